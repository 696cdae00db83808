CREATE INDEX ix_participant_path ON participant (manager_path);
