-- Figures computed by the measures engine: one per metric, area, rolling year and source.
CREATE TABLE figure (
    metric            VARCHAR NOT NULL,
    area_code         VARCHAR NOT NULL,
    period_end        DATE NOT NULL,        -- last day of the rolling year
    source            VARCHAR NOT NULL,     -- stored format the figure comes from; sources are never mixed
    source_label      VARCHAR NOT NULL,
    unit              VARCHAR NOT NULL,
    value             DOUBLE,               -- NULL: not available (see reason), never zero
    lower             DOUBLE,               -- 95% interval: exact Poisson for counts, published for surveys
    upper             DOUBLE,
    rate              DOUBLE,
    rate_lower        DOUBLE,
    rate_upper        DOUBLE,
    rate_per          DOUBLE,
    population        DOUBLE,
    population_note   VARCHAR,
    baseline          DOUBLE,               -- year ending June 2019, same source
    change            DOUBLE,
    change_pct        DOUBLE,
    p_value           DOUBLE,
    verdict           VARCHAR,
    excluded_forces   VARCHAR,              -- England and Wales like-for-like: forces left out of both periods
    published         DOUBLE,               -- the source's own national figure, where it gives one
    status            VARCHAR NOT NULL,     -- available | not available
    reason            VARCHAR NOT NULL,
    source_files      VARCHAR NOT NULL,     -- provenance: id:sha256 of every vintage used
    catalogue_version VARCHAR NOT NULL,
    computed_at       TIMESTAMP NOT NULL,
    PRIMARY KEY (metric, area_code, period_end, source)
);

-- What each figure source was last computed from, so a recompute only redoes what changed.
CREATE TABLE computation (
    metric      VARCHAR NOT NULL,
    source      VARCHAR NOT NULL,
    fingerprint VARCHAR NOT NULL,
    figures     INTEGER NOT NULL,
    computed_at TIMESTAMP NOT NULL,
    PRIMARY KEY (metric, source)
);
