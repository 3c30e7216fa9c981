-- Vintages of every ingested file, data.police.uk street records, and their coverage.
CREATE SEQUENCE source_file_id START 1;

CREATE TABLE source_file (
    id                INTEGER PRIMARY KEY,
    kind              VARCHAR NOT NULL,      -- format recognised, e.g. police-uk-street
    name              VARCHAR NOT NULL,      -- file name, or entry path inside its archive
    container         VARCHAR,               -- archive or folder it was read from
    sha256            VARCHAR NOT NULL,
    bytes             BIGINT NOT NULL,
    rows              BIGINT NOT NULL,       -- data rows in the file
    rows_stored       BIGINT NOT NULL,
    rows_set_aside    BIGINT NOT NULL,
    set_aside_reason  VARCHAR,
    crime_records     BIGINT NOT NULL,       -- rows with a Crime ID
    asb_records       BIGINT NOT NULL,       -- rows without a Crime ID (anti-social behaviour)
    duplicate_ids     BIGINT NOT NULL,       -- rows whose Crime ID repeats an earlier row of the file
    force_code        VARCHAR,               -- territorial force; NULL when set aside
    publisher         VARCHAR NOT NULL,      -- force or body as named by the file (slug)
    period_start      DATE NOT NULL,
    period_end        DATE NOT NULL,
    sample            BOOLEAN NOT NULL,      -- synthetic sample data, not real
    catalogue_version VARCHAR NOT NULL,
    ingested_at       TIMESTAMP NOT NULL,
    published_on      DATE,
    superseded_by     INTEGER
);

CREATE TABLE crime_record (
    source_file_id INTEGER NOT NULL,
    force_code     VARCHAR NOT NULL,
    month          DATE NOT NULL,
    crime_id       VARCHAR,                  -- NULL: anti-social behaviour, never counted as crime
    crime_type     VARCHAR NOT NULL,
    lsoa_code      VARCHAR,
    longitude      DOUBLE,
    latitude       DOUBLE,
    outcome        VARCHAR
);

CREATE TABLE coverage (
    source     VARCHAR NOT NULL,
    force_code VARCHAR NOT NULL,
    month      DATE NOT NULL,
    records    BIGINT NOT NULL,
    status     VARCHAR NOT NULL,             -- complete | partial | missing
    reason     VARCHAR NOT NULL,
    PRIMARY KEY (source, force_code, month)
);

CREATE TABLE catalogue_version (
    version    VARCHAR PRIMARY KEY,
    loaded_at  TIMESTAMP NOT NULL
);

CREATE TABLE force (
    catalogue_version VARCHAR NOT NULL,
    code              VARCHAR NOT NULL,
    name              VARCHAR NOT NULL,
    slug              VARCHAR NOT NULL,
    region_code       VARCHAR NOT NULL,
    region            VARCHAR NOT NULL,
    PRIMARY KEY (catalogue_version, code)
);

CREATE TABLE measure (
    catalogue_version VARCHAR NOT NULL,
    id                VARCHAR NOT NULL,
    name              VARCHAR NOT NULL,
    direction         VARCHAR NOT NULL,
    PRIMARY KEY (catalogue_version, id)
);

CREATE TABLE metric (
    catalogue_version VARCHAR NOT NULL,
    id                VARCHAR NOT NULL,
    measure_id        VARCHAR NOT NULL,
    name              VARCHAR NOT NULL,
    source            VARCHAR NOT NULL,
    unit              VARCHAR NOT NULL,
    rate_per          INTEGER,
    direction         VARCHAR NOT NULL,
    local_proxy       BOOLEAN NOT NULL,
    PRIMARY KEY (catalogue_version, id)
);

-- Figures use the newest vintage of each file: older ones stay for reproducing past releases.
CREATE VIEW current_crime_record AS
SELECT r.*
FROM crime_record r
JOIN source_file f ON f.id = r.source_file_id
WHERE f.superseded_by IS NULL;
