-- Webhook subscriptions to named queries (POST /queries/{name}/subscriptions) and how far each has delivered.
-- Portable SQL: the same migration runs on H2 and PostgreSQL.

-- next_block: the subscription's position, the first block whose matching events it has not delivered yet.
-- schedule_json: query-schedule.json's members as the client sent them, NULL for a stream subscription.
-- Deleting the named query deletes its subscriptions (openapi.yaml: "forcibly unsubscribes").
CREATE TABLE query_subscription (
    id                  VARCHAR(64)              NOT NULL PRIMARY KEY,
    query_name          VARCHAR(200)             NOT NULL,
    dest                VARCHAR(2000)            NOT NULL,
    signature_token     VARCHAR(1000),
    stream              BOOLEAN                  NOT NULL,
    schedule_json       VARCHAR(2000),
    report_if_empty     BOOLEAN                  NOT NULL,
    initial_record_time TIMESTAMP WITH TIME ZONE,
    created_by          VARCHAR(200)             NOT NULL,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    last_notified_at    TIMESTAMP WITH TIME ZONE,
    next_block          BIGINT                   NOT NULL,
    CONSTRAINT query_subscription_query FOREIGN KEY (query_name) REFERENCES named_query (name) ON DELETE CASCADE
);
CREATE INDEX query_subscription_query_name ON query_subscription (query_name);

-- A subscription's catch-up reads the events of a range of blocks.
CREATE INDEX epcis_event_block ON epcis_event (block_number, seq);
