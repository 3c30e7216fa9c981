-- Editions and footnotes of published tables.

-- How the publisher names the edition a file is ("ONS PFA tables, year ending June 2019 edition");
-- NULL for sources without editions.
ALTER TABLE source_file ADD COLUMN edition VARCHAR;

-- The source's footnotes that qualify one observation (an imputed quarter, an undercount, what a
-- published total includes), in the order the source gives them. An observation is identified by its
-- file, metric, area and period: a file gives each at most once.
CREATE TABLE observation_footnote (
    source_file_id INTEGER NOT NULL,
    metric         VARCHAR NOT NULL,
    area_code      VARCHAR NOT NULL,
    period_start   DATE NOT NULL,
    period_end     DATE NOT NULL,
    ordinal        INTEGER NOT NULL,         -- 1, 2, … in the order the reader attached them
    text           VARCHAR NOT NULL,
    PRIMARY KEY (source_file_id, metric, area_code, period_start, period_end, ordinal)
);

-- The current observation of a metric, area and period is the one from the latest edition: the
-- current vintage whose file reaches furthest in time (an edition's own period: the year ending June
-- 2019 edition revises the year ending June 2018 that the June 2018 edition gave), then the one
-- published later where the file says when, and only then the one ingested later (two vintages of
-- the same edition, e.g. a corrected republication). Ingest order alone never decides between
-- editions: loading June 2019 and then March 2018 leaves June 2019's figures current.
CREATE OR REPLACE VIEW current_observation AS
SELECT * EXCLUDE (rank_newest) FROM (
    SELECT o.*, row_number() OVER (
        PARTITION BY o.metric, o.area_code, o.period_start, o.period_end
        ORDER BY f.period_end DESC, f.published_on DESC NULLS LAST, f.id DESC) AS rank_newest
    FROM observation o
    JOIN source_file f ON f.id = o.source_file_id
    WHERE f.superseded_by IS NULL
) WHERE rank_newest = 1;
