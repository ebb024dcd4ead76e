-- E-mail: an address on the account, and the mails a command decided to send (the reminders of
-- đôn đốc), kept in the same transaction as the decision and sent afterwards, off the request path;
-- a failure to send is recorded on the mail (attempts, error), never lost and never fatal.
ALTER TABLE users ADD COLUMN email text;

CREATE TABLE mail_outbox (
  id bigserial PRIMARY KEY,
  kind text NOT NULL,
  recipient text NOT NULL,
  user_id text REFERENCES users(id) ON DELETE SET NULL,
  subject text NOT NULL,
  body text NOT NULL,
  queued_at timestamptz NOT NULL DEFAULT now(),
  sent_at timestamptz,
  failed_at timestamptz,
  attempts integer NOT NULL DEFAULT 0,
  error text
);
CREATE INDEX mail_outbox_pending_idx ON mail_outbox (id) WHERE sent_at IS NULL;
