-- A run for some participants only names them (user names, comma-separated); null: everyone.
ALTER TABLE calculation_run ADD COLUMN selection VARCHAR(2000);
