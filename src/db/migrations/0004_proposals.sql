-- Proposals: what the extractor read in a document, kept until a person accepts, merges or rejects
-- each one; and a content hash so that submitting the same document twice stores it once.

ALTER TABLE documents ADD COLUMN content_hash text;
CREATE UNIQUE INDEX documents_content_hash_idx ON documents(content_hash);

CREATE TABLE proposals (
  id text PRIMARY KEY DEFAULT gen_random_uuid()::text,
  document_id text NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  kind text NOT NULL CHECK (kind IN ('observation', 'target', 'task')),
  span_start integer NOT NULL,
  span_end integer NOT NULL,
  quote text NOT NULL,
  -- The body the item would be registered with, as proposed; a person may edit it on accepting.
  payload jsonb NOT NULL,
  -- What the extractor read, kept for the record.
  extracted jsonb NOT NULL,
  confidence numeric NOT NULL CHECK (confidence >= 0 AND confidence <= 1),
  warnings jsonb NOT NULL DEFAULT '[]',
  status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'accepted', 'merged', 'rejected')),
  item_id text,
  decided_by text,
  decided_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK (span_end >= span_start)
);
CREATE INDEX proposals_document_idx ON proposals(document_id, span_start);
