-- Method 2.0 (docs/method.md): one typed figure. Figures are recomputed from the stored facts, so the
-- table is rebuilt empty and every figure source is computed again at the next `ncpm compute`.
DROP TABLE figure;
DELETE FROM computation;
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
    rate              DOUBLE,               -- per rate_per residents
    rate_lower        DOUBLE,
    rate_upper        DOUBLE,
    rate_per          INTEGER,
    population        DOUBLE,               -- residents the rate is per
    population_year   INTEGER,              -- mid-year of the estimate (the same for every force of a national rate)
    population_note   VARCHAR,
    change_basis      VARCHAR,              -- rate | count | estimate: the one quantity change and test are on
    baseline          DOUBLE,               -- year ending June 2019 in the value's unit
    baseline_on_basis DOUBLE,               -- the baseline on the change basis (the baseline rate for a rate change)
    change            DOUBLE,               -- on the change basis; percentage points for percentages
    change_pct        DOUBLE,
    change_pct_lower  DOUBLE,               -- 95% interval of the percentage change, where the test gives one
    change_pct_upper  DOUBLE,
    value_change      DOUBLE,               -- value - baseline in the value's unit (the count change beside a rate change)
    p_value           DOUBLE,
    verdict           VARCHAR,              -- SIGNIFICANT_DECREASE | NO_SIGNIFICANT_CHANGE | SIGNIFICANT_INCREASE | NOT_TESTED
    verdict_words     VARCHAR NOT NULL,     -- as shown, with (improvement) or (deterioration)
    test_method       VARCHAR NOT NULL,
    phi               DOUBLE,               -- over-dispersion scale the test allowed for
    compared_on       VARCHAR NOT NULL,
    test_note         VARCHAR NOT NULL,
    excluded_forces   VARCHAR NOT NULL,     -- England and Wales like-for-like: forces left out of both periods
    population_share  DOUBLE,               -- England and Wales: share of the population the forces summed hold
    published         DOUBLE,               -- the source's own national figure, where it gives one
    published_note    VARCHAR NOT NULL,
    footnotes         VARCHAR NOT NULL,     -- the source's footnotes on this area and year, one per line
    status            VARCHAR NOT NULL,     -- available | not available
    reason            VARCHAR NOT NULL,
    source_files      VARCHAR NOT NULL,     -- provenance: id:sha256 of every vintage used
    catalogue_version VARCHAR NOT NULL,
    method_version    VARCHAR NOT NULL,
    computed_at       TIMESTAMP NOT NULL,
    PRIMARY KEY (metric, area_code, period_end, source)
);
