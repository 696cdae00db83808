-- LIKE 'prefix%' only uses a btree index built with the pattern operator class (unless the collation is C).
CREATE INDEX ix_participant_path ON participant (manager_path varchar_pattern_ops);
