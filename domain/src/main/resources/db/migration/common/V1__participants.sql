-- Participants: everyone who is paid by, manages or administers incentive plans.
-- manager_path is the chain of the participant's managers' ids from the top of the hierarchy down
-- ("/3/17/"), so a manager's whole reporting line is one indexed prefix search.
CREATE SEQUENCE participant_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE participant (
    id             BIGINT        NOT NULL,
    version        BIGINT        NOT NULL,
    username       VARCHAR(100)  NOT NULL,
    full_name      VARCHAR(200)  NOT NULL,
    email          VARCHAR(254),
    title          VARCHAR(200),
    manager_id     BIGINT,
    manager_path   VARCHAR(2000) NOT NULL,
    currency       CHAR(3)       NOT NULL,
    start_date     DATE          NOT NULL,
    CONSTRAINT pk_participant PRIMARY KEY (id),
    CONSTRAINT uq_participant_username UNIQUE (username),
    CONSTRAINT fk_participant_manager FOREIGN KEY (manager_id) REFERENCES participant (id)
);

CREATE INDEX ix_participant_manager ON participant (manager_id);
