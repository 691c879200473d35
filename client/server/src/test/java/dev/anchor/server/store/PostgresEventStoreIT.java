package dev.anchor.server.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

/**
 * The store's contract on PostgreSQL: the cluster of {@code network-config/postgres.sh up}, which the build starts
 * before the integration tests and whose JDBC URL it passes as {@code anchor.store.postgres.url}. Each test starts
 * from an empty schema.
 */
class PostgresEventStoreIT extends EventStoreContractTest {
    @Override
    protected String emptyStoreUrl() throws Exception {
        String url = System.getProperty("anchor.store.postgres.url",
                "jdbc:postgresql://127.0.0.1:5433/anchor?user=anchor&password=anchor");
        try (Connection connection = DriverManager.getConnection(url);
             Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA public CASCADE");
            statement.execute("CREATE SCHEMA public");
        }
        return url;
    }
}
