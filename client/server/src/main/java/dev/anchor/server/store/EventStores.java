package dev.anchor.server.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/**
 * Opens the query store named by a JDBC URL: an H2 file ({@code jdbc:h2:file:PATH}, the default of
 * {@code anchor serve}; {@code jdbc:h2:mem:NAME} for tests) or PostgreSQL
 * ({@code jdbc:postgresql://HOST:PORT/DATABASE?user=U&password=P}). The schema is brought up to date by the Flyway
 * migrations of {@code db/migration}, the same for both databases.
 */
public final class EventStores {
    private static final String H2_FILE = "jdbc:h2:file:";
    private static final String H2_MEMORY = "jdbc:h2:mem:";
    private static final String POSTGRESQL = "jdbc:postgresql://";

    private EventStores() {
    }

    /**
     * @throws IllegalArgumentException  for a URL of another kind
     * @throws StoreUnavailableException when the database cannot be reached or its schema not migrated
     */
    public static EventStore open(String url) {
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException("the query store URL is empty; give jdbc:h2:file:PATH or "
                    + "jdbc:postgresql://HOST:PORT/DATABASE?user=USER&password=PASSWORD");
        }
        boolean h2 = url.startsWith(H2_FILE) || url.startsWith(H2_MEMORY);
        if (!h2 && !url.startsWith(POSTGRESQL)) {
            throw new IllegalArgumentException("unsupported query store URL '" + redacted(url) + "': give "
                    + "jdbc:h2:file:PATH or jdbc:postgresql://HOST:PORT/DATABASE?user=USER&password=PASSWORD");
        }
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setPoolName("anchor-query-store");
        config.setMaximumPoolSize(h2 ? 4 : 8);
        config.setConnectionTimeout(5_000);
        config.setInitializationFailTimeout(1);
        HikariDataSource dataSource;
        try {
            dataSource = new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw new StoreUnavailableException("cannot open the query store at " + redacted(url) + ": "
                    + rootMessage(e), e);
        }
        try {
            Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        } catch (FlywayException e) {
            dataSource.close();
            throw new StoreUnavailableException("cannot prepare the query store at " + redacted(url) + ": "
                    + rootMessage(e), e);
        }
        return new JdbcEventStore(dataSource);
    }

    /** The URL without the value of its password parameter. */
    static String redacted(String url) {
        return url.replaceAll("(?i)(password=)[^&;]*", "$1***");
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return message.lines().findFirst().orElse(message);
    }
}
