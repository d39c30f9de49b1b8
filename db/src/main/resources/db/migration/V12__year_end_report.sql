-- The planner's year-end report closes a cycle; it belongs to the cycle, readable as long as the
-- cycle is, not only in the engine's history or abbreviated in the audit log.
ALTER TABLE planning_cycle ADD COLUMN year_end_report TEXT NULL;
