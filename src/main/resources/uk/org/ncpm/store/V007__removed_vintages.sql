-- Vintages taken out of the store by `ncpm sources remove`: their rows and observations are deleted,
-- what they were is kept here for the audit. Ids are never reused (store/VintagePlan reads this table),
-- so a figure's provenance never points at another file than the one it was computed from.
CREATE TABLE removed_vintage (
    id                INTEGER PRIMARY KEY,   -- the id it had in source_file
    kind              VARCHAR NOT NULL,
    name              VARCHAR NOT NULL,
    container         VARCHAR,
    sha256            VARCHAR NOT NULL,
    bytes             BIGINT NOT NULL,
    rows              BIGINT NOT NULL,
    publisher         VARCHAR NOT NULL,
    force_code        VARCHAR,
    period_start      DATE NOT NULL,
    period_end        DATE NOT NULL,
    identity          VARCHAR,
    edition           VARCHAR,
    ingested_at       TIMESTAMP NOT NULL,
    was_current       BOOLEAN NOT NULL,      -- figures used it when it was removed
    made_current      INTEGER,               -- the earlier vintage of the same file that became current in its place
    removed_at        TIMESTAMP NOT NULL
);
