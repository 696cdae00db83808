-- What each measure is measured on (bookings, margin, margin %, imported results, ratings).
ALTER TABLE plan_measure ADD COLUMN data_rule VARCHAR(20);
UPDATE plan_measure SET data_rule = CASE WHEN source = 'QUALITATIVE' THEN 'RATING' ELSE 'BOOKINGS' END;
ALTER TABLE plan_measure ALTER COLUMN data_rule SET NOT NULL;
