-- Calculation runs and their statements. A statement row is written once with its run and never
-- changed; its document holds the whole statement (lines and trail) as JSON.
CREATE SEQUENCE calculation_run_seq START WITH 1 INCREMENT BY 1;
CREATE SEQUENCE statement_seq START WITH 1 INCREMENT BY 100;

CREATE TABLE calculation_run (
    id           BIGINT       NOT NULL,
    version      BIGINT       NOT NULL,
    period_start DATE         NOT NULL,
    period_end   DATE         NOT NULL,
    number       INTEGER      NOT NULL,
    status       VARCHAR(20)  NOT NULL,
    started_by   VARCHAR(100) NOT NULL,
    started_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    published_by VARCHAR(100),
    published_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT pk_calculation_run PRIMARY KEY (id),
    CONSTRAINT uq_calculation_run_number UNIQUE (period_start, period_end, number),
    CONSTRAINT ck_calculation_run_status CHECK (status IN ('CALCULATED', 'PUBLISHED'))
);

CREATE TABLE statement (
    id             BIGINT         NOT NULL,
    run_id         BIGINT         NOT NULL,
    participant_id BIGINT         NOT NULL,
    assignment_id  BIGINT         NOT NULL,
    plan_code      VARCHAR(50)    NOT NULL,
    plan_version   INTEGER        NOT NULL,
    currency       VARCHAR(3)     NOT NULL,
    kind           VARCHAR(20)    NOT NULL,
    status         VARCHAR(20)    NOT NULL,
    exception_text VARCHAR(2000),
    earned         NUMERIC(19, 4),
    amount_due     NUMERIC(19, 4),
    document       VARCHAR(1000000) NOT NULL,
    CONSTRAINT pk_statement PRIMARY KEY (id),
    CONSTRAINT uq_statement UNIQUE (run_id, assignment_id),
    CONSTRAINT fk_statement_run FOREIGN KEY (run_id) REFERENCES calculation_run (id),
    CONSTRAINT fk_statement_participant FOREIGN KEY (participant_id) REFERENCES participant (id),
    CONSTRAINT fk_statement_assignment FOREIGN KEY (assignment_id) REFERENCES plan_assignment (id)
);
CREATE INDEX ix_statement_participant ON statement (participant_id);
