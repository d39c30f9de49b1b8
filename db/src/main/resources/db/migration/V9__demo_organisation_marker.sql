-- Marks the organisations the demo data set created. The demo loader creates and changes only
-- these, their reference data and their accounts: an operator's organisation or account that shares
-- a code or user name with the demo is never touched, even if the demo data are switched on by
-- mistake.
ALTER TABLE organisation ADD COLUMN demo BOOLEAN NOT NULL DEFAULT FALSE;

-- A database that already holds the demo (a developer's .demo/ folder) is recognised by the demo
-- district's admin account with the published demo password; nobody runs production on that.
SET @demo_district = (
    SELECT MAX(o.id) FROM account a JOIN organisation o ON o.id = a.organisation_id
    WHERE o.code = 'lk-musterland' AND a.username = 'admin'
      AND a.password_hash = '$2a$10$013bfW2u8V5NNkM3bz6P..XifDeVLpMZIL8oyPwTbthcJ1zTdoinK');

UPDATE organisation SET demo = TRUE
WHERE @demo_district IS NOT NULL
  AND ((code = 'lk-musterland' AND id = @demo_district)
       OR (code = 'musterstadt' AND parent_id = @demo_district));
