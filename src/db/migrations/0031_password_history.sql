-- The password before the current one (NIST SP 800-63B: a reset user may not go back to the password
-- that was reset). One-time passwords are never kept here: only a password a person chose.
ALTER TABLE users ADD COLUMN previous_password_hash text;
