-- A recalculated statement remembers what its published predecessor for the same period was due.
ALTER TABLE statement ADD COLUMN previous_due NUMERIC(19, 4);
