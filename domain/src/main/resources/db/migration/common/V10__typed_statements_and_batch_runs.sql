-- Plans say whether overlay team members are credited and whether an overpaid true-up is forgiven;
-- account team places are primary (their splits never exceed 100 % on a day) or overlay. Existing
-- plans credited overlay always, as they did.
ALTER TABLE plan_version ADD COLUMN overlay_allowed BOOLEAN DEFAULT TRUE NOT NULL;
ALTER TABLE plan_version ADD COLUMN true_up_forgiven BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE plan_version_aud ADD COLUMN overlay_allowed BOOLEAN;
ALTER TABLE plan_version_aud ADD COLUMN true_up_forgiven BOOLEAN;
ALTER TABLE account_team_member ADD COLUMN team_role VARCHAR(10) DEFAULT 'PRIMARY' NOT NULL;
ALTER TABLE account_team_member ADD CONSTRAINT ck_account_team_member_role CHECK (team_role IN ('PRIMARY', 'OVERLAY'));
ALTER TABLE account_team_member_aud ADD COLUMN team_role VARCHAR(10);

-- Runs are Jakarta Batch jobs: CALCULATING while the job runs (restartable), then CALCULATED; a run
-- of a period not yet ended is an estimate, never published; an unpublished run can be discarded.
ALTER TABLE calculation_run DROP CONSTRAINT ck_calculation_run_status;
ALTER TABLE calculation_run ADD CONSTRAINT ck_calculation_run_status
    CHECK (status IN ('CALCULATING', 'CALCULATED', 'PUBLISHED', 'DISCARDED', 'FAILED'));
ALTER TABLE calculation_run ADD COLUMN estimate BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE calculation_run ADD COLUMN job_execution_id BIGINT;
ALTER TABLE calculation_run ADD COLUMN participants INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE calculation_run ADD COLUMN participants_done INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE calculation_run ADD COLUMN calculated_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE calculation_run ADD COLUMN discarded_by VARCHAR(100);
ALTER TABLE calculation_run ADD COLUMN discarded_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE calculation_run ADD COLUMN failure VARCHAR(2000);
-- The participant ids that bound the job's partitions, kept so that a restart splits alike.
ALTER TABLE calculation_run ADD COLUMN partition_bounds VARCHAR(2000);

-- A statement as typed data: what it pays for and measured, the scorecard's totals, the advance or
-- true-up, the draw, what it carries and what is due, the explanation as stored steps; its lines,
-- held windfalls and carried adjustments as rows of their own.
ALTER TABLE statement ALTER COLUMN document DROP NOT NULL;
ALTER TABLE statement ADD COLUMN scorecard_start DATE;
ALTER TABLE statement ADD COLUMN scorecard_end DATE;
ALTER TABLE statement ADD COLUMN assigned_from DATE;
ALTER TABLE statement ADD COLUMN assigned_to DATE;
ALTER TABLE statement ADD COLUMN target_incentive NUMERIC(19, 4);
ALTER TABLE statement ADD COLUMN rounding_line NUMERIC(19, 4);
ALTER TABLE statement ADD COLUMN multiplier NUMERIC(19, 6);
ALTER TABLE statement ADD COLUMN modifier_line NUMERIC(19, 4);
ALTER TABLE statement ADD COLUMN cap_line NUMERIC(19, 4);
ALTER TABLE statement ADD COLUMN advance_rate_percent NUMERIC(7, 4);
ALTER TABLE statement ADD COLUMN paid_before NUMERIC(19, 4);
ALTER TABLE statement ADD COLUMN advance_amount NUMERIC(19, 4);
ALTER TABLE statement ADD COLUMN true_up_overpaid NUMERIC(19, 4);
ALTER TABLE statement ADD COLUMN own_due NUMERIC(19, 4);
ALTER TABLE statement ADD COLUMN overpaid_recovered NUMERIC(19, 4);
ALTER TABLE statement ADD COLUMN overpaid_balance NUMERIC(19, 4);
ALTER TABLE statement ADD COLUMN draw_kind VARCHAR(20);
ALTER TABLE statement ADD COLUMN draw_amount NUMERIC(19, 4);
ALTER TABLE statement ADD COLUMN draw_recovered NUMERIC(19, 4);
ALTER TABLE statement ADD COLUMN draw_balance_before NUMERIC(19, 4);
ALTER TABLE statement ADD COLUMN draw_balance NUMERIC(19, 4);
ALTER TABLE statement ADD COLUMN draw_forgiven NUMERIC(19, 4);
ALTER TABLE statement ADD COLUMN supersedes_id BIGINT;
ALTER TABLE statement ADD COLUMN superseded_by_id BIGINT;
ALTER TABLE statement ADD COLUMN explanation VARCHAR(100000);
ALTER TABLE statement ADD COLUMN notes VARCHAR(100000);
CREATE INDEX ix_statement_run_participant ON statement (run_id, participant_id);
CREATE INDEX ix_statement_assignment ON statement (assignment_id);

CREATE TABLE statement_line (
    statement_id       BIGINT         NOT NULL,
    position           INTEGER        NOT NULL,
    measure_code       VARCHAR(255)   NOT NULL,
    measure_name       VARCHAR(255)   NOT NULL,
    weight_percent     NUMERIC(7, 4)  NOT NULL,
    target             NUMERIC(19, 4),
    actual             NUMERIC(38, 6),
    attainment_percent NUMERIC(19, 2),
    payout_percent     NUMERIC(19, 2),
    gated_by           VARCHAR(255),
    amount             NUMERIC(19, 4) NOT NULL,
    trail              VARCHAR(100000),
    CONSTRAINT pk_statement_line PRIMARY KEY (statement_id, position),
    CONSTRAINT fk_statement_line_statement FOREIGN KEY (statement_id) REFERENCES statement (id)
        ON DELETE CASCADE
);

CREATE TABLE statement_held_windfall (
    statement_id BIGINT         NOT NULL,
    position     INTEGER        NOT NULL,
    deal_id      VARCHAR(100)   NOT NULL,
    measure_code VARCHAR(255)   NOT NULL,
    credit       NUMERIC(19, 4) NOT NULL,
    threshold    NUMERIC(19, 4) NOT NULL,
    CONSTRAINT pk_statement_held_windfall PRIMARY KEY (statement_id, position),
    CONSTRAINT fk_statement_held_windfall FOREIGN KEY (statement_id) REFERENCES statement (id)
        ON DELETE CASCADE
);
CREATE INDEX ix_statement_held_windfall_deal ON statement_held_windfall (deal_id);

CREATE TABLE statement_adjustment (
    statement_id  BIGINT NOT NULL,
    adjustment_id BIGINT NOT NULL,
    CONSTRAINT pk_statement_adjustment PRIMARY KEY (statement_id, adjustment_id),
    CONSTRAINT fk_statement_adjustment_statement FOREIGN KEY (statement_id) REFERENCES statement (id)
        ON DELETE CASCADE,
    CONSTRAINT fk_statement_adjustment_adjustment FOREIGN KEY (adjustment_id) REFERENCES adjustment (id)
);
CREATE INDEX ix_statement_adjustment_adjustment ON statement_adjustment (adjustment_id);
