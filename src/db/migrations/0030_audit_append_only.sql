-- The audit trail is append-only: entries from now on carry a keyed hash (HMAC, the key outside the
-- database), and no UPDATE, DELETE or TRUNCATE reaches the table through any role that keeps triggers on.
ALTER TABLE audit_log ADD COLUMN keyed boolean NOT NULL DEFAULT false;

CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_log is append-only: % refused', TG_OP USING ERRCODE = '42501';
END
$$;

CREATE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();
