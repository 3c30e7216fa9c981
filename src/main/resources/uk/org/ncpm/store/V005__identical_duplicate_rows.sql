-- Rows identical in every column of the street file to an earlier row of the same file: kept as published,
-- counted once (docs/method.md, "Data quality"). NULL: loaded before this check existed (not checked, counted).
ALTER TABLE crime_record ADD COLUMN identical_repeat BOOLEAN;
ALTER TABLE source_file ADD COLUMN identical_duplicates BIGINT;   -- crime records repeating an earlier row exactly
ALTER TABLE coverage ADD COLUMN duplicates_dropped BIGINT NOT NULL DEFAULT 0;

CREATE OR REPLACE VIEW current_crime_record AS
SELECT r.*
FROM crime_record r
JOIN source_file f ON f.id = r.source_file_id
WHERE f.superseded_by IS NULL;
