package dev.anchor.server.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The store's contract on an H2 file in a temporary directory, and how opening fails. */
class H2EventStoreTest extends EventStoreContractTest {
    @TempDir
    Path directory;

    @Override
    protected String emptyStoreUrl() {
        return "jdbc:h2:file:" + directory.resolve("epcis");
    }

    @Test
    void keepsEventsAndCheckpointAcrossReopening() {
        store.apply(new dev.anchor.client.epcis.CommittedEpcisBlock(0, java.util.List.of()));
        store.close();
        store = EventStores.open(emptyStoreUrl());
        assertThat(store.nextBlock()).isEqualTo(1);
    }

    @Test
    void refusesAnUnsupportedUrlAndReportsAnUnreachableDatabase() {
        assertThatThrownBy(() -> EventStores.open("jdbc:mysql://localhost/x"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("jdbc:h2:file:PATH");
        assertThatThrownBy(() -> EventStores.open("jdbc:postgresql://127.0.0.1:1/anchor?user=a&password=secret"))
                .isInstanceOf(StoreUnavailableException.class)
                .hasMessageContaining("127.0.0.1:1")
                .hasMessageNotContaining("secret");
    }
}
