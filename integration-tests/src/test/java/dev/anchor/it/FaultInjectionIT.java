package dev.anchor.it;

import dev.anchor.model.vocabulary.ErrorCode;
import dev.anchor.client.TransactionRefusedException;
import dev.anchor.client.custody.Batch;
import dev.anchor.model.vocabulary.EventType;
import dev.anchor.client.provenance.Provenance;
import dev.anchor.client.request.RetryPolicy;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static dev.anchor.client.Organization.AUDITOR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Faults under load on the real network: while the manufacturer records production from several workers, one
 * process is killed with SIGKILL and brought back with {@code network.sh up}: (a) the manufacturer's peer, the
 * very gateway the client talks to; (b) the leader of the three Raft ordering nodes (found through their operations
 * endpoints), where the load goes on with the other two: the longest time without an acknowledgement must stay under
 * 5 s, and the killed node, restarted, must catch up; (c) the manufacturer's chaincode server; (d) the client
 * itself, a separate process that a new one replaces, finishing from the killed one's journal. Afterwards,
 * against the client's journal: every acknowledged batch is on the ledger exactly once, nothing is there twice,
 * all four peers have the same height, the same last block hash and the same state of every batch, and every
 * hash chain verifies. The load relies on the SDK alone for retries (its retry policy) and exactly-once (a request
 * id per batch, the same in the new client of (d)); the figures count the SDK's retries and the attempts the
 * chaincode refused as {@code DUPLICATE_REQUEST} (answered with the first commit's receipt). Each scenario's
 * figures go to stdout and to {@code target/fault-injection.md}.
 * Tagged {@code disruptive}: Maven runs it after the other integration tests. Run only it with
 * {@code mvn verify -pl integration-tests -am -Dit.test=FaultInjectionIT}.
 */
@Tag("faults")
@Tag("disruptive")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FaultInjectionIT {
    private static final int WORKERS = 4;
    private static final Duration STEADY = Duration.ofSeconds(5);
    private static final Duration DOWN = Duration.ofSeconds(3);
    private static final Duration AFTER_RECOVERY = Duration.ofSeconds(5);
    private static final Path REPORT = Path.of("target/fault-injection.md");
    /**
     * Writes resume within this after the Raft leader dies: a follower campaigns after 1 to 2 s without the
     * leader's heartbeat (configtx.yaml: TickInterval 100 ms, ElectionTick 10), the election takes a round trip, and
     * the client's next retry (at most 1 s later) reaches the new leader through the peer's gateway.
     */
    private static final Duration LEADER_FAILOVER_TARGET = Duration.ofSeconds(5);
    private static final int LEADER_WORKERS = 6;
    /** How long the load runs on the two remaining ordering nodes before the killed one is restarted. */
    private static final Duration WITHOUT_THE_LEADER = Duration.ofSeconds(10);
    /** Quick retries, so that the first attempt after the election is not held back by a long pause. */
    private static final RetryPolicy FAILOVER_RETRIES = RetryPolicy.builder().maxAttempts(60)
            .initialDelay(Duration.ofMillis(100)).maxDelay(Duration.ofSeconds(1)).build();

    @RegisterExtension
    static final TestNetwork network = TestNetwork.open();
    private static final NetworkProcesses processes = new NetworkProcesses(TestNetwork.anchorHome());

    /** The figures of one scenario. */
    record Figures(String fault, int submissions, int acknowledged, int retries, int duplicatesRefused, int lost,
                   int duplicated, int committedUnacknowledged, String recovery, long height) {
        String row() {
            return String.format(Locale.ROOT, "| %s | %d | %d | %d | %d | %d | %d | %d | %s | %d |", fault, submissions,
                    acknowledged, retries, duplicatesRefused, lost, duplicated, committedUnacknowledged, recovery,
                    height);
        }
    }

    @BeforeAll
    static void newReport() throws IOException {
        Files.deleteIfExists(REPORT);
    }

    @AfterAll
    static void leaveTheNetworkWhole() throws Exception {
        processes.restart();
    }

    @Test
    @Order(1)
    void killThePeerTheClientTalksTo(@TempDir Path dir) throws Exception {
        underLoad("peer of the client's organisation", "peer0.manufacturer.anchor.local", dir);
    }

    @Test
    @Order(2)
    void killTheRaftLeader(@TempDir Path dir) throws Exception {
        OrderingService ordering = OrderingService.of(network.descriptor().descriptor());
        OrderingService.Node leader = ordering.awaitLeader(Duration.ofSeconds(30));
        try (SubmissionJournal journal = SubmissionJournal.open(dir.resolve("journal.txt"));
             ProductionLoad load = new ProductionLoad(network.descriptor(), journal,
                     TestNetwork.uniqueBatchId("fault-raftleader"), Duration.ofSeconds(5), FAILOVER_RETRIES)) {
            load.start(LEADER_WORKERS);
            Thread.sleep(STEADY.toMillis());
            assertThat(load.acknowledged()).as("the load runs before the fault").isPositive();

            int acknowledgedBefore = load.acknowledged();
            Instant killedAt = Instant.now();
            processes.kill(leader.name());
            OrderingService.Node successor = ordering.awaitLeader(Duration.ofSeconds(30));
            Duration election = Duration.between(killedAt, Instant.now());
            Thread.sleep(WITHOUT_THE_LEADER.toMillis());
            Instant observedUntil = Instant.now();
            Duration silence = load.longestSilence(killedAt, observedUntil);
            int acknowledgedWithoutIt = load.acknowledged() - acknowledgedBefore;

            long othersAtRestart = ordering.committedBlocks().values().stream().mapToLong(Long::longValue).max()
                    .orElseThrow();
            Duration restart = processes.restart();
            long caughtUp = awaitCommitted(ordering, leader, othersAtRestart, Duration.ofSeconds(60));
            Thread.sleep(AFTER_RECOVERY.toMillis());
            load.stop();

            assertThat(load.failures()).as("submissions that failed for good").isEmpty();
            String recovery = String.format(Locale.ROOT, "leader %s killed; %s led %s later; longest time without an "
                    + "acknowledgement %s; restarted in %s, it caught up to block %d", leader.name(), successor.name(),
                    seconds(election), seconds(silence), seconds(restart), caughtUp);
            Figures figures = check("Raft leader", journal, recovery);
            assertThat(figures.acknowledged()).isEqualTo(figures.submissions());
            assertThat(successor.name()).as("the new leader").isNotEqualTo(leader.name());
            assertThat(acknowledgedWithoutIt).as("writes acknowledged while the old leader was down")
                    .isPositive();
            assertThat(silence).as("the longest time without an acknowledgement after the leader was killed")
                    .isLessThan(LEADER_FAILOVER_TARGET);
        }
    }

    /** Waits until a restarted ordering node has committed block {@code block}; returns the block it reached. */
    private static long awaitCommitted(OrderingService ordering, OrderingService.Node node, long block,
                                       Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        long reached = -1;
        while (Instant.now().isBefore(deadline)) {
            reached = ordering.metric(node, "consensus_etcdraft_committed_block_number").orElse(-1);
            if (reached >= block) {
                return reached;
            }
            Thread.sleep(250);
        }
        throw new AssertionError(node.name() + " restarted has committed block " + reached + ", not " + block
                + ", within " + timeout);
    }

    @Test
    @Order(3)
    void killAChaincodeServer(@TempDir Path dir) throws Exception {
        underLoad("chaincode server of the client's organisation", "chaincode-manufacturer", dir);
    }

    @Test
    @Order(4)
    void killTheClient(@TempDir Path dir) throws Exception {
        Path journalFile = dir.resolve("journal.txt");
        String prefix = TestNetwork.uniqueBatchId("fault-client");
        Process first = loadProcess(journalFile, prefix + "-a", WORKERS, 120, dir.resolve("first.log"));
        Thread.sleep(STEADY.plusSeconds(5).toMillis());
        assertThat(first.isAlive()).as("the first client is still running; its log: %s",
                Files.readString(dir.resolve("first.log"))).isTrue();
        Instant killedAt = Instant.now();
        first.destroyForcibly().waitFor(30, TimeUnit.SECONDS);

        int leftUnacknowledged;
        try (SubmissionJournal journal = SubmissionJournal.open(journalFile)) {
            leftUnacknowledged = journal.unacknowledged().size();
        }
        Process second = loadProcess(journalFile, prefix + "-b", WORKERS, 3, dir.resolve("second.log"));
        assertThat(second.waitFor(5, TimeUnit.MINUTES)).as("the second client finishes").isTrue();
        assertThat(second.exitValue()).as("the second client's log: %s", Files.readString(dir.resolve("second.log")))
                .isZero();
        Duration recovery = Duration.between(killedAt, Instant.now());

        try (SubmissionJournal journal = SubmissionJournal.open(journalFile)) {
            Figures figures = check("client (" + leftUnacknowledged + " in flight when killed)", journal,
                    "finished by a new client in " + seconds(recovery));
            assertThat(figures.acknowledged()).isEqualTo(figures.submissions());
        }
    }

    private static void underLoad(String fault, String process, Path dir) throws Exception {
        try (SubmissionJournal journal = SubmissionJournal.open(dir.resolve("journal.txt"));
             ProductionLoad load = new ProductionLoad(network.descriptor(), journal,
                     TestNetwork.uniqueBatchId("fault-" + process.replaceAll("[^a-z]", "")))) {
            load.start(WORKERS);
            Thread.sleep(STEADY.toMillis());
            int beforeKill = load.acknowledged();
            assertThat(beforeKill).as("the load runs before the fault").isPositive();

            Instant killedAt = Instant.now();
            processes.kill(process);
            Thread.sleep(DOWN.toMillis());
            Duration restart = processes.restart();
            Instant restartedAt = Instant.now();
            Thread.sleep(AFTER_RECOVERY.toMillis());
            load.stop();

            assertThat(load.failures()).as("submissions that failed for good").isEmpty();
            String recovery = load.firstAcknowledgementAfter(restartedAt)
                    .map(first -> "acknowledgements again " + seconds(Duration.between(killedAt, first))
                            + " after the kill (restart took " + seconds(restart) + ")")
                    .orElseThrow(() -> new AssertionError("no acknowledgement after the restart"));
            Figures figures = check(fault, journal, recovery);
            assertThat(figures.acknowledged()).isEqualTo(figures.submissions());
        }
    }

    /** Checks the ledger against the journal, and the peers against each other; reports and returns the figures. */
    private static Figures check(String fault, SubmissionJournal journal, String recovery) throws Exception {
        List<String> sent = journal.sentIds();
        Set<String> acknowledged = journal.acknowledgedIds();
        int lost = 0;
        int duplicated = 0;
        int committedUnacknowledged = 0;
        List<String> problems = new ArrayList<>();
        for (String id : sent) {
            Batch batch;
            try {
                batch = network.as(AUDITOR).getBatch(id);
            } catch (TransactionRefusedException e) {
                if (e.errorCode() != ErrorCode.BATCH_NOT_FOUND) {
                    throw e;
                }
                if (acknowledged.contains(id)) {
                    lost++;
                    problems.add(id + " was acknowledged but is not on the ledger");
                }
                continue;
            }
            if (!acknowledged.contains(id)) {
                committedUnacknowledged++;
            }
            Provenance provenance = network.as(AUDITOR).getProvenance(id);
            long produced = provenance.events().stream().filter(e -> e.type() == EventType.PRODUCED).count();
            if (produced != 1 || batch.eventCount() != 1) {
                duplicated++;
                problems.add(id + " has " + produced + " production events and " + batch.eventCount() + " events");
            }
            if (!provenance.verify(batch).intact()) {
                problems.add(id + ": hash chain broken: " + provenance.verify(batch).problem());
            }
        }

        Map<dev.anchor.client.Organization, LedgerAgreement.ChainInfo> chains;
        List<String> disagreements;
        try (LedgerAgreement peers = new LedgerAgreement(network.descriptor())) {
            chains = peers.agreedChain(Duration.ofSeconds(60));
            disagreements = peers.disagreements(sent);
        }
        Figures figures = new Figures(fault, sent.size(), acknowledged.size(), journal.retries(), journal.duplicates(),
                lost, duplicated, committedUnacknowledged, recovery, chains.values().iterator().next().height());
        report(figures);

        assertThat(problems).as("lost or duplicated submissions, broken chains").isEmpty();
        assertThat(chains.values()).as("every peer's height and last block hash").containsOnly(
                chains.values().iterator().next());
        assertThat(disagreements).as("batches the peers hold differently").isEmpty();
        assertThat(catchThrowableOfType(TransactionRefusedException.class,
                () -> network.as(AUDITOR).getBatch(TestNetwork.uniqueBatchId("never-sent"))).errorCode())
                .isEqualTo(ErrorCode.BATCH_NOT_FOUND);
        return figures;
    }

    private static void report(Figures figures) throws IOException {
        if (!Files.exists(REPORT)) {
            Files.writeString(REPORT, "| fault | submissions | acknowledged | retries | duplicates refused | lost "
                    + "| duplicated | committed, unacknowledged | recovery | block height |\n"
                    + "|---|--:|--:|--:|--:|--:|--:|--:|---|--:|\n",
                    StandardCharsets.UTF_8);
        }
        Files.writeString(REPORT, figures.row() + "\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        System.out.println("[fault injection] " + figures.row());
    }

    private static Process loadProcess(Path journal, String prefix, int workers, int seconds, Path log)
            throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), ProductionLoad.class.getName(),
                network.descriptor().descriptor().toString(), journal.toString(), prefix, Integer.toString(workers),
                Integer.toString(seconds))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    private static String seconds(Duration duration) {
        return String.format(Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
    }
}
