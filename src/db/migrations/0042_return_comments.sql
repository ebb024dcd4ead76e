-- Trả lại báo cáo với ý kiến từng dòng: the secretariat's comment on each figure or task line of a
-- returned submission ([{"line": "figure"|"task", "id": …, "comment": …}]), shown beside the fields.
-- The submission's history (submitted, returned with its comments, accepted) is read from the audit trail.
ALTER TABLE submissions ADD COLUMN return_comments jsonb NOT NULL DEFAULT '[]'::jsonb;
