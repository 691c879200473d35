package dev.anchor.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class BenchmarkCommandTest {
    private static final Path HOME = Path.of("/repo");

    private static BenchmarkSettings settings(String... args) {
        BenchmarkCommand command = new BenchmarkCommand(HOME, System.out);
        new CommandLine(command).parseArgs(args);
        return command.settings();
    }

    @Test
    void defaultsRunEveryRoundForADurationWithWarmUp() {
        BenchmarkSettings settings = settings();

        assertThat(settings.rounds()).containsExactly(RoundKind.values());
        assertThat(settings.shape().byCount()).isFalse();
        assertThat(settings.shape().duration()).isEqualTo(Duration.ofSeconds(60));
        assertThat(settings.shape().workers()).isEqualTo(64);
        assertThat(settings.shape().warmup()).isEqualTo(Duration.ofSeconds(30));
        assertThat(settings.systemWarmup()).isEqualTo(Duration.ofSeconds(180));
        assertThat(settings.shapesOf(RoundKind.PRODUCTION)).singleElement()
                .satisfies(shape -> assertThat(shape.warmup()).isEqualTo(Duration.ofSeconds(30)));
        assertThat(settings.shapesOf(RoundKind.EPCIS)).extracting(LoadShape::workers).containsExactly(1, 4);
        assertThat(settings.epcisEvents()).isEqualTo(100);
        assertThat(settings.server()).isEqualTo(EpcisServerLoad.DEFAULT);
        assertThat(settings.shapesOf(RoundKind.EPCIS_HTTP)).extracting(LoadShape::workers).containsExactly(2);
        assertThat(settings.shapesOf(RoundKind.EPCIS_QUERY)).singleElement().satisfies(shape -> {
            assertThat(shape.workers()).isEqualTo(1);
            assertThat(shape.operations()).isEqualTo(1000);
        });
        assertThat(settings.descriptor()).isEqualTo(HOME.resolve(".anchor/network.json"));
        assertThat(settings.output().toString()).matches("/repo/benchmark/results/\\d{8}T\\d{6}Z");
    }

    @Test
    void optionsChooseRoundsWorkersReadersAndLength() {
        BenchmarkSettings settings = settings("--rounds", "provenance,floor", "--workers", "16", "--readers", "2",
                "--operations", "500", "--warmup", "1.5", "--system-warmup", "0", "--output", "out", "--label", "pool 16");

        assertThat(settings.rounds()).containsExactly(RoundKind.FLOOR, RoundKind.PROVENANCE);
        assertThat(settings.shapesOf(RoundKind.FLOOR)).extracting(LoadShape::workers).containsExactly(16);
        assertThat(settings.shapesOf(RoundKind.PROVENANCE)).extracting(LoadShape::workers).containsExactly(2);
        assertThat(settings.shape().byCount()).isTrue();
        assertThat(settings.shape().operations()).isEqualTo(500);
        assertThat(settings.shape().warmup()).isEqualTo(Duration.ofMillis(1500));
        assertThat(settings.output()).isEqualTo(Path.of("out").toAbsolutePath().normalize());
        assertThat(settings.label()).isEqualTo("pool 16");
    }

    @Test
    void anUnknownRoundIsOneErrorLineWithoutAStackTrace() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int exit = BenchmarkCommand.execute(HOME, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), "--rounds", "recall");

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .isEqualTo("error: unknown round 'recall'; the rounds are: floor, production, bulk-floor, bulk, handoff, provenance, trace, epcis, "
                        + "epcis-sdk, epcis-http, epcis-query"
                        + System.lineSeparator());
    }

    @Test
    void aMissingNetworkSaysHowToStartIt() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int exit = BenchmarkCommand.execute(Path.of("/nonexistent-anchor"), new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8), "--rounds", "production", "--output", "/tmp/x-unused");

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("error: network descriptor")
                .contains("network-config/network.sh up").doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void zeroWorkersIsRefused() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int exit = BenchmarkCommand.execute(HOME, new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8), "--workers", "0");

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("error: workers must be at least 1");
    }

    @Test
    void theEpcisRoundRunsOncePerNumberOfCapturersWithItsTransactionSize() {
        BenchmarkSettings settings = settings("--rounds", "epcis", "--capturers", "2,8,2", "--epcis-events", "250");

        assertThat(settings.shapesOf(RoundKind.EPCIS)).extracting(LoadShape::workers).containsExactly(2, 8);
        assertThat(settings.epcisEvents()).isEqualTo(250);
    }

    @Test
    void moreEpcisEventsThanTheChaincodeTakesInOneCallAreRefused() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int exit = BenchmarkCommand.execute(HOME, new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8), "--epcis-events", "1001");

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .startsWith("error: EPCIS events per transaction must be between 1 and 1000");
    }

    @Test
    void theServerRoundsTakeTheirDocumentsQueriesAndStore() {
        BenchmarkSettings settings = settings("--rounds", "epcis-query,epcis-http", "--document-events", "500",
                "--documents", "3", "--query-events", "20000", "--queries", "50",
                "--store", "jdbc:postgresql://127.0.0.1:5433/anchor?user=anchor&password=secret");

        assertThat(settings.rounds()).containsExactly(RoundKind.EPCIS_HTTP, RoundKind.EPCIS_QUERY);
        assertThat(settings.server()).isEqualTo(new EpcisServerLoad(500, 3, 20_000, 50,
                Optional.of("jdbc:postgresql://127.0.0.1:5433/anchor?user=anchor&password=secret")));
        assertThat(settings.shapesOf(RoundKind.EPCIS_HTTP)).extracting(LoadShape::workers).containsExactly(3);
        assertThat(settings.shapesOf(RoundKind.EPCIS_QUERY)).extracting(LoadShape::operations).containsExactly(50L);
    }

    @Test
    void aQueryStoreSmallerThanOneBlockIsRefusedNamingTheOption() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int exit = BenchmarkCommand.execute(HOME, new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8), "--query-events", "10");

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--query-events").contains("1000")
                .doesNotContain("\tat ");
    }
}
