package dev.anchor.cli.events;

import dev.anchor.cli.AnchorCommand;
import dev.anchor.cli.ExitCodes;
import dev.anchor.client.AnchorClient;
import dev.anchor.client.events.AnchorEvent;
import dev.anchor.client.events.AnchorEventStream;
import dev.anchor.client.events.EventCheckpoint;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * {@code anchor watch}: follows Anchor's chaincode events as they commit. With {@code --checkpoint FILE} it saves
 * each event after printing it, and a later run with the same file continues right after it: no event lost, none
 * repeated. Ctrl-C (or SIGTERM) lets the event being printed finish and be saved before the command stops.
 */
@Command(name = "watch", description = {"Follow Anchor's events as their transactions commit, one line each.",
        "With --checkpoint FILE, a later run continues right after the last event printed: none lost, none repeated.",
        "Stop it with Ctrl-C."})
public final class WatchCommand extends AnchorCommand {
    @Option(names = "--from-block", paramLabel = "N",
            description = "start at block N (default: with the next block; a checkpoint with a position wins)")
    Long fromBlock;

    @Option(names = "--checkpoint", paramLabel = "FILE", description = "keep the position here, and resume from it")
    Path checkpointFile;

    @Option(names = "--json", description = "one JSON object per event: {\"blockNumber\":...,\"transactionId\":...,"
            + "\"eventName\":...,\"payload\":{...}}")
    boolean json;

    @Option(names = "--limit", paramLabel = "N", description = "stop after N events (default: follow until stopped)")
    Long limit;

    @Override
    public Integer call() {
        Object printing = new Object();
        AtomicBoolean stopped = new AtomicBoolean();
        try (AnchorClient client = connect();
             EventCheckpoint checkpoint = checkpointFile == null ? EventCheckpoint.inMemory()
                     : EventCheckpoint.file(checkpointFile);
             AnchorEventStream events = client.watchEvents(
                     fromBlock == null ? OptionalLong.empty() : OptionalLong.of(fromBlock), checkpoint)) {
            Thread stopper = new Thread(() -> {
                synchronized (printing) {
                    stopped.set(true);
                    events.close();
                }
            }, "anchor-watch-stop");
            Runtime.getRuntime().addShutdownHook(stopper);
            try {
                long printed = 0;
                while ((limit == null || printed < limit) && events.hasNext()) {
                    AnchorEvent event = events.next();
                    synchronized (printing) {
                        if (stopped.get()) {
                            break;
                        }
                        print(json ? EventJson.of(event) : String.join("\n", EventText.of(event)));
                        checkpoint.save(event);
                        printed++;
                    }
                }
            } finally {
                removeHook(stopper);
            }
        }
        return ExitCodes.OK;
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running or ran: it closed the stream
        }
    }
}
