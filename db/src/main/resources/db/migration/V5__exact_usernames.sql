-- User names match exactly: the default collation compared them case- and accent-insensitively
-- and ignored some invisible characters, so "PLANER" signed in as "planer".
ALTER TABLE account MODIFY username VARCHAR(80) NOT NULL COLLATE utf8mb4_bin;
