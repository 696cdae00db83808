-- Sales operations' releases of deals held as windfalls: from then on every run credits them in full.
CREATE SEQUENCE windfall_release_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE windfall_release (
    id             BIGINT        NOT NULL,
    version        BIGINT        NOT NULL,
    transaction_id BIGINT        NOT NULL,
    reason         VARCHAR(2000) NOT NULL,
    released_by    VARCHAR(100)  NOT NULL,
    released_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_windfall_release PRIMARY KEY (id),
    CONSTRAINT uq_windfall_release_transaction UNIQUE (transaction_id),
    CONSTRAINT fk_windfall_release_transaction FOREIGN KEY (transaction_id) REFERENCES sales_transaction (id)
);
