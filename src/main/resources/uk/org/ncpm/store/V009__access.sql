-- Sign-in and audit (issue 13). Accounts are changed by `ncpm users` and the admin pages; sessions live in the
-- server's memory only. audit_event is append-only: nothing in the application updates or deletes its rows.
CREATE TABLE app_user (
    username         VARCHAR PRIMARY KEY,
    display_name     VARCHAR NOT NULL,
    role             VARCHAR NOT NULL CHECK (role IN ('analyst', 'force', 'pcc', 'admin')),
    force_code       VARCHAR,                -- a territorial force of the catalogue, for force and pcc only
    password_hash    VARCHAR,                -- Argon2id, PHC string ($argon2id$v=19$m=...); null for OIDC-only accounts
    disabled         BOOLEAN NOT NULL DEFAULT false,
    created_at       TIMESTAMP NOT NULL,
    oidc_subject     VARCHAR,
    CHECK ((role IN ('force', 'pcc')) = (force_code IS NOT NULL))
);

CREATE SEQUENCE audit_event_id START 1;

CREATE TABLE audit_event (
    id               BIGINT PRIMARY KEY DEFAULT nextval('audit_event_id'),
    event_key        VARCHAR NOT NULL UNIQUE, -- given when the event happens: a journal flushed twice adds it once
    occurred_at      TIMESTAMP NOT NULL,      -- UTC ("at" is a keyword of DuckDB)
    actor            VARCHAR NOT NULL,
    action           VARCHAR NOT NULL,
    target           VARCHAR,
    detail           VARCHAR,
    outcome          VARCHAR NOT NULL,
    remote_address   VARCHAR
);
