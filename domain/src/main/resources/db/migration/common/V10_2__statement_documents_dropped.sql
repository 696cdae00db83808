-- Every statement's document is typed data now (V10_1).
ALTER TABLE statement DROP COLUMN document;
