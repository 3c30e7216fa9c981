-- Aggregated numbers from published tables (recorded crime, ONS tables, populations, tidy files).
CREATE TABLE observation (
    source_file_id INTEGER NOT NULL,
    metric         VARCHAR NOT NULL,         -- catalogue metric or series id
    area_code      VARCHAR NOT NULL,
    period_start   DATE NOT NULL,
    period_end     DATE NOT NULL,
    value          DOUBLE,                   -- NULL: not available in the source (see marker), never zero
    lower          DOUBLE,
    upper          DOUBLE,
    unit           VARCHAR NOT NULL,
    marker         VARCHAR,                  -- the source's not-available marker: .. : - blank
    location       VARCHAR NOT NULL,         -- sheet/row/column or line in the source file
    note           VARCHAR
);

-- Figures use the newest data for each metric, area and period: the observation from the file
-- that reaches furthest in time (a later edition revises earlier periods), then the latest ingested.
CREATE VIEW current_observation AS
SELECT * EXCLUDE (rank_newest) FROM (
    SELECT o.*, row_number() OVER (
        PARTITION BY o.metric, o.area_code, o.period_start, o.period_end
        ORDER BY f.period_end DESC, f.id DESC) AS rank_newest
    FROM observation o
    JOIN source_file f ON f.id = o.source_file_id
    WHERE f.superseded_by IS NULL
) WHERE rank_newest = 1;

CREATE VIEW population AS
SELECT area_code, period_end AS mid_year, value AS persons, source_file_id, note
FROM current_observation
WHERE metric = 'population';

-- What a revision replaces: a newer file with the same identity supersedes the current one.
-- Street files: kind|force slug|month. Tables: kind|period covered|series they carry.
ALTER TABLE source_file ADD COLUMN identity VARCHAR;
UPDATE source_file SET identity = kind || '|' || publisher || '|' || strftime(period_start, '%Y-%m');
