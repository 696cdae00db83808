-- Accounts and account teams, plan assignments with targets, actuals (transactions, results and
-- ratings), the import record, and the Envers audit of everything that affects pay.

ALTER TABLE participant ADD COLUMN role_profile_id BIGINT;
ALTER TABLE participant ADD COLUMN base_salary NUMERIC(19, 4);
ALTER TABLE participant ADD CONSTRAINT fk_participant_role_profile
    FOREIGN KEY (role_profile_id) REFERENCES role_profile (id);

CREATE SEQUENCE account_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE account_team_member_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE plan_assignment_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE sales_transaction_seq START WITH 1 INCREMENT BY 500;
CREATE SEQUENCE measure_result_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE import_batch_seq START WITH 1 INCREMENT BY 1;
CREATE SEQUENCE audit_revision_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE account (
    id      BIGINT       NOT NULL,
    version BIGINT       NOT NULL,
    code    VARCHAR(50)  NOT NULL,
    name    VARCHAR(200) NOT NULL,
    tier    VARCHAR(20)  NOT NULL,
    CONSTRAINT pk_account PRIMARY KEY (id),
    CONSTRAINT uq_account_code UNIQUE (code),
    CONSTRAINT ck_account_tier CHECK (tier IN ('STRATEGIC', 'KEY', 'CORE'))
);

CREATE TABLE account_team_member (
    id             BIGINT        NOT NULL,
    account_id     BIGINT        NOT NULL,
    participant_id BIGINT        NOT NULL,
    split_percent  NUMERIC(7, 4) NOT NULL,
    valid_from     DATE          NOT NULL,
    valid_to       DATE,
    CONSTRAINT pk_account_team_member PRIMARY KEY (id),
    CONSTRAINT uq_account_team_member UNIQUE (account_id, participant_id, valid_from),
    CONSTRAINT fk_account_team_member_account FOREIGN KEY (account_id) REFERENCES account (id),
    CONSTRAINT fk_account_team_member_participant FOREIGN KEY (participant_id) REFERENCES participant (id),
    CONSTRAINT ck_account_team_member_split CHECK (split_percent > 0 AND split_percent <= 100),
    CONSTRAINT ck_account_team_member_dates CHECK (valid_to IS NULL OR valid_to >= valid_from)
);
CREATE INDEX ix_account_team_member_participant ON account_team_member (participant_id);

CREATE TABLE plan_assignment (
    id              BIGINT NOT NULL,
    version         BIGINT NOT NULL,
    participant_id  BIGINT NOT NULL,
    plan_version_id BIGINT NOT NULL,
    valid_from      DATE   NOT NULL,
    valid_to        DATE   NOT NULL,
    CONSTRAINT pk_plan_assignment PRIMARY KEY (id),
    CONSTRAINT fk_plan_assignment_participant FOREIGN KEY (participant_id) REFERENCES participant (id),
    CONSTRAINT fk_plan_assignment_version FOREIGN KEY (plan_version_id) REFERENCES plan_version (id),
    CONSTRAINT ck_plan_assignment_dates CHECK (valid_to >= valid_from)
);
CREATE INDEX ix_plan_assignment_participant ON plan_assignment (participant_id, valid_from);

CREATE TABLE plan_assignment_target (
    assignment_id BIGINT         NOT NULL,
    measure_code  VARCHAR(50)    NOT NULL,
    period_end    DATE           NOT NULL,
    target_value  NUMERIC(19, 4) NOT NULL,
    CONSTRAINT pk_plan_assignment_target PRIMARY KEY (assignment_id, measure_code, period_end),
    CONSTRAINT fk_plan_assignment_target FOREIGN KEY (assignment_id) REFERENCES plan_assignment (id),
    CONSTRAINT ck_plan_assignment_target_positive CHECK (target_value > 0)
);

CREATE TABLE sales_transaction (
    id                   BIGINT         NOT NULL,
    version              BIGINT         NOT NULL,
    external_id          VARCHAR(100)   NOT NULL,
    account_id           BIGINT         NOT NULL,
    booking_date         DATE           NOT NULL,
    amount               NUMERIC(19, 4) NOT NULL,
    margin               NUMERIC(19, 4),
    currency             CHAR(3)        NOT NULL,
    contract_term_months INTEGER        NOT NULL,
    first_year_amount    NUMERIC(19, 4),
    cancelled_on         DATE,
    CONSTRAINT pk_sales_transaction PRIMARY KEY (id),
    CONSTRAINT uq_sales_transaction_external_id UNIQUE (external_id),
    CONSTRAINT fk_sales_transaction_account FOREIGN KEY (account_id) REFERENCES account (id)
);
CREATE INDEX ix_sales_transaction_account_date ON sales_transaction (account_id, booking_date);

CREATE TABLE measure_result (
    id             BIGINT         NOT NULL,
    version        BIGINT         NOT NULL,
    participant_id BIGINT         NOT NULL,
    measure_code   VARCHAR(50)    NOT NULL,
    period_end     DATE           NOT NULL,
    result_value   NUMERIC(19, 4) NOT NULL,
    recorded_by    VARCHAR(100)   NOT NULL,
    recorded_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    comment_text   VARCHAR(2000),
    CONSTRAINT pk_measure_result PRIMARY KEY (id),
    CONSTRAINT uq_measure_result UNIQUE (participant_id, measure_code, period_end),
    CONSTRAINT fk_measure_result_participant FOREIGN KEY (participant_id) REFERENCES participant (id)
);

CREATE TABLE import_batch (
    id              BIGINT       NOT NULL,
    kind            VARCHAR(30)  NOT NULL,
    format          VARCHAR(10)  NOT NULL,
    sha256          VARCHAR(64)  NOT NULL,
    row_count       INTEGER      NOT NULL,
    created_count   INTEGER      NOT NULL,
    updated_count   INTEGER      NOT NULL,
    unchanged_count INTEGER      NOT NULL,
    imported_by     VARCHAR(100) NOT NULL,
    imported_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_import_batch PRIMARY KEY (id)
);

-- Envers: one row per revision (who, when), and per audited table its rows as of each revision
-- (revtype 0 added, 1 changed, 2 removed).
CREATE TABLE audit_revision (
    id         BIGINT       NOT NULL,
    changed_at BIGINT       NOT NULL,
    changed_by VARCHAR(100) NOT NULL,
    CONSTRAINT pk_audit_revision PRIMARY KEY (id)
);

CREATE TABLE participant_aud (
    id              BIGINT   NOT NULL,
    rev             BIGINT   NOT NULL,
    revtype         SMALLINT,
    username        VARCHAR(100),
    full_name       VARCHAR(200),
    email           VARCHAR(254),
    title           VARCHAR(200),
    manager_id      BIGINT,
    manager_path    VARCHAR(2000),
    currency        CHAR(3),
    start_date      DATE,
    role_profile_id BIGINT,
    base_salary     NUMERIC(19, 4),
    CONSTRAINT pk_participant_aud PRIMARY KEY (id, rev),
    CONSTRAINT fk_participant_aud_rev FOREIGN KEY (rev) REFERENCES audit_revision (id)
);

CREATE TABLE account_aud (
    id      BIGINT NOT NULL,
    rev     BIGINT NOT NULL,
    revtype SMALLINT,
    code    VARCHAR(50),
    name    VARCHAR(200),
    tier    VARCHAR(20),
    CONSTRAINT pk_account_aud PRIMARY KEY (id, rev),
    CONSTRAINT fk_account_aud_rev FOREIGN KEY (rev) REFERENCES audit_revision (id)
);

CREATE TABLE account_team_member_aud (
    id             BIGINT NOT NULL,
    rev            BIGINT NOT NULL,
    revtype        SMALLINT,
    account_id     BIGINT,
    participant_id BIGINT,
    split_percent  NUMERIC(7, 4),
    valid_from     DATE,
    valid_to       DATE,
    CONSTRAINT pk_account_team_member_aud PRIMARY KEY (id, rev),
    CONSTRAINT fk_account_team_member_aud_rev FOREIGN KEY (rev) REFERENCES audit_revision (id)
);

CREATE TABLE plan_version_aud (
    id                         BIGINT NOT NULL,
    rev                        BIGINT NOT NULL,
    revtype                    SMALLINT,
    plan_id                    BIGINT,
    number                     INTEGER,
    status                     VARCHAR(20),
    effective_from             DATE,
    ti_kind                    VARCHAR(20),
    ti_value                   NUMERIC(19, 4),
    performance_period         VARCHAR(20),
    payout_frequency           VARCHAR(20),
    advance_rate_percent       NUMERIC(7, 4),
    plan_cap_multiple          NUMERIC(9, 4),
    crediting_rule             VARCHAR(20),
    windfall_threshold_percent NUMERIC(9, 4),
    draw_kind                  VARCHAR(20),
    draw_amount                NUMERIC(19, 4),
    draw_carries_over          BOOLEAN,
    clawback_window_months     INTEGER,
    modifier_measure_code      VARCHAR(50),
    approved_by                VARCHAR(100),
    approved_at                TIMESTAMP WITH TIME ZONE,
    CONSTRAINT pk_plan_version_aud PRIMARY KEY (id, rev),
    CONSTRAINT fk_plan_version_aud_rev FOREIGN KEY (rev) REFERENCES audit_revision (id)
);

CREATE TABLE plan_measure_aud (
    id              BIGINT NOT NULL,
    rev             BIGINT NOT NULL,
    revtype         SMALLINT,
    plan_version_id BIGINT,
    position        INTEGER,
    code            VARCHAR(50),
    name            VARCHAR(200),
    perspective     VARCHAR(20),
    source          VARCHAR(20),
    direction       VARCHAR(20),
    data_rule       VARCHAR(20),
    weight_percent  NUMERIC(7, 4),
    curve_type      VARCHAR(10),
    curve_cap       NUMERIC(12, 6),
    CONSTRAINT pk_plan_measure_aud PRIMARY KEY (id, rev),
    CONSTRAINT fk_plan_measure_aud_rev FOREIGN KEY (rev) REFERENCES audit_revision (id)
);

CREATE TABLE plan_measure_point_aud (
    rev        BIGINT   NOT NULL,
    revtype    SMALLINT NOT NULL,
    measure_id BIGINT   NOT NULL,
    position   INTEGER  NOT NULL,
    attainment NUMERIC(12, 6),
    payout     NUMERIC(12, 6),
    CONSTRAINT pk_plan_measure_point_aud PRIMARY KEY (rev, revtype, measure_id, position),
    CONSTRAINT fk_plan_measure_point_aud_rev FOREIGN KEY (rev) REFERENCES audit_revision (id)
);

CREATE TABLE plan_gate_aud (
    id                 BIGINT NOT NULL,
    rev                BIGINT NOT NULL,
    revtype            SMALLINT,
    plan_version_id    BIGINT,
    position           INTEGER,
    measure_code       VARCHAR(50),
    minimum_attainment NUMERIC(12, 6),
    CONSTRAINT pk_plan_gate_aud PRIMARY KEY (id, rev),
    CONSTRAINT fk_plan_gate_aud_rev FOREIGN KEY (rev) REFERENCES audit_revision (id)
);

CREATE TABLE plan_gate_governed_aud (
    rev          BIGINT      NOT NULL,
    revtype      SMALLINT,
    gate_id      BIGINT      NOT NULL,
    measure_code VARCHAR(50) NOT NULL,
    CONSTRAINT pk_plan_gate_governed_aud PRIMARY KEY (rev, gate_id, measure_code),
    CONSTRAINT fk_plan_gate_governed_aud_rev FOREIGN KEY (rev) REFERENCES audit_revision (id)
);

CREATE TABLE plan_modifier_point_aud (
    rev             BIGINT   NOT NULL,
    revtype         SMALLINT NOT NULL,
    plan_version_id BIGINT   NOT NULL,
    position        INTEGER  NOT NULL,
    attainment      NUMERIC(12, 6),
    payout          NUMERIC(12, 6),
    CONSTRAINT pk_plan_modifier_point_aud PRIMARY KEY (rev, revtype, plan_version_id, position),
    CONSTRAINT fk_plan_modifier_point_aud_rev FOREIGN KEY (rev) REFERENCES audit_revision (id)
);

CREATE TABLE plan_assignment_aud (
    id              BIGINT NOT NULL,
    rev             BIGINT NOT NULL,
    revtype         SMALLINT,
    participant_id  BIGINT,
    plan_version_id BIGINT,
    valid_from      DATE,
    valid_to        DATE,
    CONSTRAINT pk_plan_assignment_aud PRIMARY KEY (id, rev),
    CONSTRAINT fk_plan_assignment_aud_rev FOREIGN KEY (rev) REFERENCES audit_revision (id)
);

CREATE TABLE plan_assignment_target_aud (
    rev           BIGINT   NOT NULL,
    revtype       SMALLINT NOT NULL,
    assignment_id BIGINT   NOT NULL,
    setordinal    INTEGER  NOT NULL,
    measure_code  VARCHAR(50),
    period_end    DATE,
    target_value  NUMERIC(19, 4),
    CONSTRAINT pk_plan_assignment_target_aud PRIMARY KEY (rev, revtype, assignment_id, setordinal),
    CONSTRAINT fk_plan_assignment_target_aud_rev FOREIGN KEY (rev) REFERENCES audit_revision (id)
);

CREATE TABLE sales_transaction_aud (
    id                   BIGINT NOT NULL,
    rev                  BIGINT NOT NULL,
    revtype              SMALLINT,
    external_id          VARCHAR(100),
    account_id           BIGINT,
    booking_date         DATE,
    amount               NUMERIC(19, 4),
    margin               NUMERIC(19, 4),
    currency             CHAR(3),
    contract_term_months INTEGER,
    first_year_amount    NUMERIC(19, 4),
    cancelled_on         DATE,
    CONSTRAINT pk_sales_transaction_aud PRIMARY KEY (id, rev),
    CONSTRAINT fk_sales_transaction_aud_rev FOREIGN KEY (rev) REFERENCES audit_revision (id)
);

CREATE TABLE measure_result_aud (
    id             BIGINT NOT NULL,
    rev            BIGINT NOT NULL,
    revtype        SMALLINT,
    participant_id BIGINT,
    measure_code   VARCHAR(50),
    period_end     DATE,
    result_value   NUMERIC(19, 4),
    recorded_by    VARCHAR(100),
    recorded_at    TIMESTAMP WITH TIME ZONE,
    comment_text   VARCHAR(2000),
    CONSTRAINT pk_measure_result_aud PRIMARY KEY (id, rev),
    CONSTRAINT fk_measure_result_aud_rev FOREIGN KEY (rev) REFERENCES audit_revision (id)
);
