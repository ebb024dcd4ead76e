-- A unit's completion now waits for the assigning side to accept it (a report of kind 'accept').
-- Completions recorded before this rule counted at once: they are marked as recorded by the
-- assigning side (approved), so no task's status changes with this migration.
UPDATE task_reports SET approved = true WHERE kind = 'complete' AND approved IS NULL;
