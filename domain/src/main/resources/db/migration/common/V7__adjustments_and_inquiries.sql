-- Adjustments: the difference of a recalculated published period, or an inquiry's resolution, carried
-- as a line into the participant's next open period; settled by the published statement carrying it.
CREATE SEQUENCE adjustment_seq START WITH 1 INCREMENT BY 1;
CREATE SEQUENCE inquiry_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE adjustment (
    id                   BIGINT         NOT NULL,
    version              BIGINT         NOT NULL,
    participant_id       BIGINT         NOT NULL,
    currency             VARCHAR(3)     NOT NULL,
    amount               NUMERIC(19, 4) NOT NULL,
    reason               VARCHAR(500)   NOT NULL,
    source               VARCHAR(20)    NOT NULL,
    advance              BOOLEAN        NOT NULL,
    source_statement_id  BIGINT         NOT NULL,
    source_assignment_id BIGINT         NOT NULL,
    origin_period_end    DATE           NOT NULL,
    created_by           VARCHAR(100)   NOT NULL,
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    carried_statement_id BIGINT,
    carried_period_start DATE,
    carried_period_end   DATE,
    CONSTRAINT pk_adjustment PRIMARY KEY (id),
    CONSTRAINT fk_adjustment_participant FOREIGN KEY (participant_id) REFERENCES participant (id),
    CONSTRAINT fk_adjustment_source FOREIGN KEY (source_statement_id) REFERENCES statement (id),
    CONSTRAINT fk_adjustment_carried FOREIGN KEY (carried_statement_id) REFERENCES statement (id),
    CONSTRAINT ck_adjustment_source CHECK (source IN ('RECALCULATION', 'INQUIRY'))
);
CREATE INDEX ix_adjustment_participant ON adjustment (participant_id);

-- What a statement carried: its amount due includes it.
ALTER TABLE statement ADD COLUMN adjustments NUMERIC(19, 4);

CREATE TABLE inquiry (
    id            BIGINT        NOT NULL,
    version       BIGINT        NOT NULL,
    statement_id  BIGINT        NOT NULL,
    line          VARCHAR(200)  NOT NULL,
    question      VARCHAR(2000) NOT NULL,
    raised_by     VARCHAR(100)  NOT NULL,
    raised_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    status        VARCHAR(20)   NOT NULL,
    answer        VARCHAR(2000),
    answered_by   VARCHAR(100),
    answered_at   TIMESTAMP WITH TIME ZONE,
    adjustment_id BIGINT,
    CONSTRAINT pk_inquiry PRIMARY KEY (id),
    CONSTRAINT fk_inquiry_statement FOREIGN KEY (statement_id) REFERENCES statement (id),
    CONSTRAINT fk_inquiry_adjustment FOREIGN KEY (adjustment_id) REFERENCES adjustment (id),
    CONSTRAINT uq_inquiry_adjustment UNIQUE (adjustment_id),
    CONSTRAINT ck_inquiry_status CHECK (status IN ('OPEN', 'ANSWERED', 'RESOLVED'))
);
CREATE INDEX ix_inquiry_statement ON inquiry (statement_id);
