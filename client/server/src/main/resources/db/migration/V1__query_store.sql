-- The query store of anchor serve: the captured events of the committed blocks, indexed for EPCIS 2.0 queries.
-- Portable SQL: the same migration runs on H2 and PostgreSQL.

-- One row per event. seq: the order the store received the events in (block, then transaction, then write), the
-- tiebreak of every ordering. Times are UTC instants; event_time_text keeps the event's own writing.
CREATE TABLE epcis_event (
    seq                    BIGINT                   NOT NULL PRIMARY KEY,
    event_id               VARCHAR(200)             NOT NULL,
    event_time             TIMESTAMP WITH TIME ZONE NOT NULL,
    event_time_text        VARCHAR(64)              NOT NULL,
    record_time            TIMESTAMP WITH TIME ZONE NOT NULL,
    event_type             VARCHAR(40)              NOT NULL,
    action                 VARCHAR(10),
    biz_step               VARCHAR(1000),
    disposition            VARCHAR(1000),
    biz_location           VARCHAR(1000),
    read_point             VARCHAR(1000),
    error_declaration_time TIMESTAMP WITH TIME ZONE,
    event_json             TEXT                     NOT NULL,
    context_json           TEXT,
    captured_by            VARCHAR(200)             NOT NULL,
    block_number           BIGINT                   NOT NULL,
    tx_id                  VARCHAR(200)             NOT NULL,
    CONSTRAINT epcis_event_id UNIQUE (event_id)
);

-- A page of a filtered time window: each condition column first, then the order, then the tiebreak.
CREATE INDEX epcis_event_time ON epcis_event (event_time, seq);
CREATE INDEX epcis_event_record_time ON epcis_event (record_time, seq);
CREATE INDEX epcis_event_type_time ON epcis_event (event_type, event_time, seq);
CREATE INDEX epcis_event_action_time ON epcis_event (action, event_time, seq);
CREATE INDEX epcis_event_biz_step_time ON epcis_event (biz_step, event_time, seq);
CREATE INDEX epcis_event_disposition_time ON epcis_event (disposition, event_time, seq);
CREATE INDEX epcis_event_biz_location_time ON epcis_event (biz_location, event_time, seq);
CREATE INDEX epcis_event_read_point_time ON epcis_event (read_point, event_time, seq);
CREATE INDEX epcis_event_error_time ON epcis_event (error_declaration_time, seq);

-- The multi-valued fields, one row per (event, kind, value): epc, parentID, inputEPC, outputEPC, epcClass,
-- inputEPCClass, outputEPCClass, eventID, transformationID, persistentDisposition_set/unset, errorReason,
-- correctiveEventID, bizTransaction_<type>, source_<type>, destination_<type>.
CREATE TABLE epcis_event_value (
    kind  VARCHAR(200)  NOT NULL,
    field_value VARCHAR(1000) NOT NULL,
    seq   BIGINT        NOT NULL,
    CONSTRAINT epcis_event_value_pk PRIMARY KEY (kind, field_value, seq),
    CONSTRAINT epcis_event_value_event FOREIGN KEY (seq) REFERENCES epcis_event (seq)
);
CREATE INDEX epcis_event_value_seq ON epcis_event_value (seq, kind);

-- The distinct values of the top-level resources (/eventTypes, /epcs, /bizSteps, /bizLocations, /readPoints,
-- /dispositions), kept as events arrive so that listing them never scans the events.
CREATE TABLE epcis_vocabulary (
    vocabulary VARCHAR(20)   NOT NULL,
    term       VARCHAR(1000) NOT NULL,
    CONSTRAINT epcis_vocabulary_pk PRIMARY KEY (vocabulary, term)
);

-- The projection's checkpoint: the number of the next block to apply (one row).
CREATE TABLE projection_checkpoint (
    id         INTEGER NOT NULL PRIMARY KEY,
    next_block BIGINT  NOT NULL
);
INSERT INTO projection_checkpoint (id, next_block) VALUES (1, 0);

-- Named queries (POST /queries).
CREATE TABLE named_query (
    name       VARCHAR(200)             NOT NULL PRIMARY KEY,
    definition TEXT                     NOT NULL,
    created_by VARCHAR(200)             NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL
);
