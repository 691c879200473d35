package dev.anchor.client.events;

import dev.anchor.client.AnchorException;
import dev.anchor.model.vocabulary.ErrorCode;
import org.hyperledger.fabric.client.Checkpointer;
import org.hyperledger.fabric.client.FileCheckpointer;
import org.hyperledger.fabric.client.InMemoryCheckpointer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Where an event watcher has got to: the block and transaction of the last event it handled. Save each event
 * after handling it; a stream opened with the same checkpoint later (after a crash or a restart) starts with the
 * event right after it, so no event is lost and none is handled twice. Built on fabric-gateway's
 * {@link FileCheckpointer} and {@link InMemoryCheckpointer}.
 *
 * <pre>{@code
 * try (EventCheckpoint checkpoint = EventCheckpoint.file(Path.of("anchor-events.checkpoint"));
 *      AnchorEventStream events = client.watchEvents(OptionalLong.of(0), checkpoint)) {
 *     while (events.hasNext()) {
 *         AnchorEvent event = events.next();
 *         handle(event);
 *         checkpoint.save(event);           // only now is it done
 *     }
 * }
 * }</pre>
 *
 * A crash between {@code handle} and {@code save} hands that one event over again on restart: make {@code handle}
 * idempotent (the transaction id identifies an event) if that matters.
 */
public final class EventCheckpoint implements AutoCloseable {
    private final Checkpointer checkpointer;

    private EventCheckpoint(Checkpointer checkpointer) {
        this.checkpointer = checkpointer;
    }

    /**
     * A checkpoint kept in a file (created if missing), synced to disk on every save.
     *
     * @throws AnchorException with {@link ErrorCode#CONFIGURATION} when the file cannot be read or created
     */
    public static EventCheckpoint file(Path path) {
        Objects.requireNonNull(path, "path");
        try {
            return new EventCheckpoint(new FileCheckpointer(path));
        } catch (IOException | RuntimeException e) {
            throw new AnchorException(ErrorCode.CONFIGURATION, "cannot use the checkpoint file " + path + ": "
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()), null, e);
        }
    }

    /** A checkpoint kept in memory only: resumes within this process. */
    public static EventCheckpoint inMemory() {
        return new EventCheckpoint(new InMemoryCheckpointer());
    }

    /**
     * Records that {@code event} has been handled.
     *
     * @throws AnchorException with {@link ErrorCode#CONFIGURATION} when the checkpoint file cannot be written
     */
    public void save(AnchorEvent event) {
        try {
            checkpointer.checkpointTransaction(event.blockNumber(), event.transactionId());
        } catch (IOException e) {
            throw new AnchorException(ErrorCode.CONFIGURATION, "cannot write the checkpoint: " + e.getMessage(),
                    event.transactionId(), e);
        }
    }

    /** @return the block of the last event saved, if any */
    public OptionalLong blockNumber() {
        return checkpointer.getBlockNumber();
    }

    /** @return the transaction of the last event saved, if any */
    public Optional<String> transactionId() {
        return checkpointer.getTransactionId();
    }

    /** Closes the checkpoint file, if any. */
    @Override
    public void close() {
        if (checkpointer instanceof FileCheckpointer file) {
            try {
                file.close();
            } catch (IOException e) {
                // nothing is lost: every save was synced
            }
        }
    }
}
