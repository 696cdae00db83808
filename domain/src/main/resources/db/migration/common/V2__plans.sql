-- Role profiles, plans, plan versions and their balanced scorecards.
-- A measure code is unique within its version; the model checks it (a database constraint would
-- break replacing a draft's scorecard in one flush, where inserts precede deletes).
CREATE SEQUENCE role_profile_seq START WITH 1 INCREMENT BY 10;
CREATE SEQUENCE comp_plan_seq START WITH 1 INCREMENT BY 10;
CREATE SEQUENCE plan_version_seq START WITH 1 INCREMENT BY 10;
CREATE SEQUENCE plan_measure_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE plan_gate_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE role_profile (
    id                       BIGINT        NOT NULL,
    version                  BIGINT        NOT NULL,
    code                     VARCHAR(50)   NOT NULL,
    name                     VARCHAR(200)  NOT NULL,
    sales_cycle_months       INTEGER       NOT NULL,
    opportunities_per_year   NUMERIC(9, 2) NOT NULL,
    team_selling             BOOLEAN       NOT NULL,
    key_account              BOOLEAN       NOT NULL,
    variable_pay_min_percent NUMERIC(5, 2) NOT NULL,
    variable_pay_max_percent NUMERIC(5, 2) NOT NULL,
    CONSTRAINT pk_role_profile PRIMARY KEY (id),
    CONSTRAINT uq_role_profile_code UNIQUE (code)
);

CREATE TABLE comp_plan (
    id              BIGINT       NOT NULL,
    version         BIGINT       NOT NULL,
    code            VARCHAR(50)  NOT NULL,
    name            VARCHAR(200) NOT NULL,
    role_profile_id BIGINT       NOT NULL,
    currency        CHAR(3)      NOT NULL,
    CONSTRAINT pk_comp_plan PRIMARY KEY (id),
    CONSTRAINT uq_comp_plan_code UNIQUE (code),
    CONSTRAINT fk_comp_plan_role_profile FOREIGN KEY (role_profile_id) REFERENCES role_profile (id)
);

CREATE TABLE plan_version (
    id                         BIGINT         NOT NULL,
    version                    BIGINT         NOT NULL,
    plan_id                    BIGINT         NOT NULL,
    number                     INTEGER        NOT NULL,
    status                     VARCHAR(20)    NOT NULL,
    effective_from             DATE           NOT NULL,
    ti_kind                    VARCHAR(20)    NOT NULL,
    ti_value                   NUMERIC(19, 4) NOT NULL,
    performance_period         VARCHAR(20)    NOT NULL,
    payout_frequency           VARCHAR(20)    NOT NULL,
    advance_rate_percent       NUMERIC(7, 4),
    plan_cap_multiple          NUMERIC(9, 4),
    crediting_rule             VARCHAR(20)    NOT NULL,
    windfall_threshold_percent NUMERIC(9, 4),
    draw_kind                  VARCHAR(20),
    draw_amount                NUMERIC(19, 4),
    draw_carries_over          BOOLEAN        NOT NULL,
    clawback_window_months     INTEGER        NOT NULL,
    modifier_measure_code      VARCHAR(50),
    approved_by                VARCHAR(100),
    approved_at                TIMESTAMP WITH TIME ZONE,
    CONSTRAINT pk_plan_version PRIMARY KEY (id),
    CONSTRAINT uq_plan_version_number UNIQUE (plan_id, number),
    CONSTRAINT fk_plan_version_plan FOREIGN KEY (plan_id) REFERENCES comp_plan (id),
    CONSTRAINT ck_plan_version_status CHECK (status IN ('DRAFT', 'APPROVED'))
);

CREATE TABLE plan_measure (
    id              BIGINT        NOT NULL,
    plan_version_id BIGINT        NOT NULL,
    position        INTEGER,      -- written by Hibernate after the insert (ordered one-to-many)
    code            VARCHAR(50)   NOT NULL,
    name            VARCHAR(200)  NOT NULL,
    perspective     VARCHAR(20)   NOT NULL,
    source          VARCHAR(20)   NOT NULL,
    direction       VARCHAR(20),
    weight_percent  NUMERIC(7, 4) NOT NULL,
    curve_type      VARCHAR(10)   NOT NULL,
    curve_cap       NUMERIC(12, 6),
    CONSTRAINT pk_plan_measure PRIMARY KEY (id),
    CONSTRAINT fk_plan_measure_version FOREIGN KEY (plan_version_id) REFERENCES plan_version (id)
);

CREATE TABLE plan_measure_point (
    measure_id BIGINT         NOT NULL,
    position   INTEGER        NOT NULL,
    attainment NUMERIC(12, 6) NOT NULL,
    payout     NUMERIC(12, 6) NOT NULL,
    CONSTRAINT pk_plan_measure_point PRIMARY KEY (measure_id, position),
    CONSTRAINT fk_plan_measure_point_measure FOREIGN KEY (measure_id) REFERENCES plan_measure (id)
);

CREATE TABLE plan_gate (
    id                 BIGINT         NOT NULL,
    plan_version_id    BIGINT         NOT NULL,
    position           INTEGER,       -- written by Hibernate after the insert
    measure_code       VARCHAR(50)    NOT NULL,
    minimum_attainment NUMERIC(12, 6) NOT NULL,
    CONSTRAINT pk_plan_gate PRIMARY KEY (id),
    CONSTRAINT fk_plan_gate_version FOREIGN KEY (plan_version_id) REFERENCES plan_version (id)
);

CREATE TABLE plan_gate_governed (
    gate_id      BIGINT      NOT NULL,
    measure_code VARCHAR(50) NOT NULL,
    CONSTRAINT pk_plan_gate_governed PRIMARY KEY (gate_id, measure_code),
    CONSTRAINT fk_plan_gate_governed_gate FOREIGN KEY (gate_id) REFERENCES plan_gate (id)
);

CREATE TABLE plan_modifier_point (
    plan_version_id BIGINT         NOT NULL,
    position        INTEGER        NOT NULL,
    attainment      NUMERIC(12, 6) NOT NULL,
    payout          NUMERIC(12, 6) NOT NULL,
    CONSTRAINT pk_plan_modifier_point PRIMARY KEY (plan_version_id, position),
    CONSTRAINT fk_plan_modifier_point_version FOREIGN KEY (plan_version_id) REFERENCES plan_version (id)
);
