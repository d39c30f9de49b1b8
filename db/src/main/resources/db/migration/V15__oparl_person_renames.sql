-- OParl shows an account holding a committee seat as a person, by its display name, and a renamed
-- person must change its `modified` so that syncing clients fetch the new name. The account keeps
-- no modification time of its own, and one moving with every sign-in would publish when members
-- sign in: this one moves with the name only. Whatever renames an account sets it to the
-- database's CURRENT_TIMESTAMP, like every OParl timestamp (see the OParl section of the README).
-- Not a trigger: with a BEFORE UPDATE trigger on account, MariaDB 11.4 refuses a multi-row
-- INSERT ... SELECT into it ("Column 'organisation_id' cannot be null"), as the demo data do.
ALTER TABLE account ADD COLUMN name_changed_at DATETIME NULL;
