-- Releases (docs/method.md, "Releases"): the figures of one rolling year and every earlier one, frozen
-- when prepared. A release row is written once and never updated; what happens to it afterwards
-- (scheduled, re-scheduled, cancelled) is appended to release_event, so its status is read from the
-- clock and its latest event, and a published release can never be changed, only superseded.
CREATE TABLE release (
    id                VARCHAR PRIMARY KEY,   -- period and sequence: 2021-06-1, its correction 2021-06-2
    period_end        VARCHAR NOT NULL,      -- YYYY-MM, the last month of the rolling year
    prepared_at       TIMESTAMP NOT NULL,    -- UTC
    prepared_by       VARCHAR NOT NULL,
    catalogue_version VARCHAR NOT NULL,
    method_version    VARCHAR NOT NULL,
    vintages          VARCHAR NOT NULL,      -- ids of the source files its figures rest on, ';' separated
    figures           INTEGER NOT NULL,
    sample            BOOLEAN NOT NULL,
    supersedes        VARCHAR,               -- the published release of the same period it corrects
    reason            VARCHAR,               -- why the correction was made
    content           BLOB NOT NULL,         -- the frozen snapshot, gzipped JSON (web/SnapshotDocument)
    content_sha256    VARCHAR NOT NULL       -- checked whenever the content is read
);

CREATE TABLE release_event (
    release_id        VARCHAR NOT NULL,
    seq               INTEGER NOT NULL,      -- order of the release's events
    happened_at       TIMESTAMP NOT NULL,    -- UTC
    action            VARCHAR NOT NULL,      -- scheduled | cancelled
    publish_at        TIMESTAMP,             -- UTC, for scheduled
    reason            VARCHAR,               -- for cancelled
    actor             VARCHAR NOT NULL,
    PRIMARY KEY (release_id, seq)
);
