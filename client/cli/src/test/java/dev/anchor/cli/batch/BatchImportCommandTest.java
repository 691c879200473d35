package dev.anchor.cli.batch;

import dev.anchor.cli.CliRun;
import dev.anchor.cli.ExitCodes;
import dev.anchor.client.custody.ProductionRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class BatchImportCommandTest {
    private static final String HEADER = "batchId,gtin,productName,quantity,unit,site\n";

    @TempDir
    Path dir;
    private final ImportingLedger ledger = new ImportingLedger();

    private CliRun.Result run(String... args) {
        List<String> all = new ArrayList<>(List.of("--org", "manufacturer", "batch", "import"));
        all.addAll(List.of(args));
        return new CliRun().client(ledger.client()).run(all.toArray(String[]::new));
    }

    private Path file(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }

    /** A CSV file of {@code n} pear batches PEAR-1…PEAR-n, one per line from line 2. */
    private Path pears(int n) throws IOException {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 1; i <= n; i++) {
            csv.append("PEAR-").append(i).append(",09506000134352,Conference pears,").append(i * 10).append(",kg,Orchard Lane\n");
        }
        return file("pears.csv", csv.toString());
    }

    @Test
    void recordsACsvFileInChunksOfPerTx() throws IOException {
        CliRun.Result result = run(pears(5).toString(), "--per-tx", "2");

        assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCodes.OK);
        assertThat(ledger.batches.keySet()).containsExactlyInAnyOrder("PEAR-1", "PEAR-2", "PEAR-3", "PEAR-4", "PEAR-5");
        assertThat(ledger.batches.get("PEAR-3")).isEqualTo(new ProductionRecord("PEAR-3", "09506000134352",
                "Conference pears", new BigDecimal("30"), "kg", "Orchard Lane"));
        assertThat(ledger.requests).hasSize(3);
        assertThat(result.out()).contains("Recorded 5 of 5 batches of " + dir.resolve("pears.csv")
                + " in 3 transactions (2 per transaction).");
    }

    @Test
    void readsJsonLinesWithQuantitiesAsStringsOrNumbersAndColumnsInAnyOrder() throws IOException {
        Path jsonl = file("shift.jsonl", """
                {"site":"Orchard Lane","unit":"kg","quantity":12.5,"productName":"Conference pears","gtin":"09506000134352","batchId":"PEAR-1"}

                {"batchId":"PEAR-2","gtin":"09506000134352","productName":"Conference pears","quantity":"1200","unit":"kg","site":"Orchard Lane"}
                """);
        Path csv = file("other-order.csv", "site,batchId,unit,gtin,quantity,productName\n"
                + "\"Orchard Lane, north\",PEAR-3,kg,09506000134352,7,\"Pears \"\"Conference\"\"\"\n");

        assertThat(run(jsonl.toString()).exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run(csv.toString()).exitCode()).isEqualTo(ExitCodes.OK);

        assertThat(ledger.batches.get("PEAR-1").quantity()).isEqualByComparingTo("12.5");
        assertThat(ledger.batches.get("PEAR-2").quantity()).isEqualByComparingTo("1200");
        assertThat(ledger.batches.get("PEAR-3").site()).isEqualTo("Orchard Lane, north");
        assertThat(ledger.batches.get("PEAR-3").productName()).isEqualTo("Pears \"Conference\"");
    }

    @Test
    void rowsThatCannotBeReadAreReportedByLineAndNothingIsSent() throws IOException {
        Path csv = file("bad.csv", HEADER
                + "PEAR-1,09506000134352,Conference pears,1200,kg,Orchard Lane\n"     // line 2: fine
                + "PEAR-2,09506000134352,Conference pears,12;5,kg,Orchard Lane\n"     // line 3: quantity
                + "PEAR-3,09506000134352,,1200,kg,Orchard Lane\n"                      // line 4: empty name
                + "PEAR-4,09506000134352,\"Conference\npears\",1200,kg\n"             // lines 5-6: a value short
                + "PEAR-1,09506000134352,Conference pears,5,kg,Orchard Lane\n");      // line 7: PEAR-1 again

        CliRun.Result result = run(csv.toString());

        assertThat(result.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(ledger.calls).isEmpty();
        assertThat(result.errLines()).containsExactly(
                "line 3: PEAR-2: INVALID_INPUT: quantity \"12;5\" is not a decimal number (write e.g. 1200 or 12.5)",
                "line 4: PEAR-3: INVALID_INPUT: productName is missing",
                "line 5: PEAR-4: INVALID_INPUT: has 5 values, the header 6",
                "line 7: PEAR-1: INVALID_INPUT: batch PEAR-1 is also on line 2",
                "error: INVALID_INPUT: 4 of 5 rows of " + csv + " cannot be read (listed on standard error); nothing was sent");
    }

    @Test
    void aHeaderWithoutTheFieldsIsRefusedBeforeAnyRow() throws IOException {
        Path csv = file("header.csv", "id,gtin,productName,quantity,unit,site\nPEAR-1,09506000134352,p,1,kg,s\n");

        CliRun.Result result = run(csv.toString());

        assertThat(result.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(result.errLines().get(0)).isEqualTo("line 1: -: INVALID_INPUT: the header: unknown field \"id\" "
                + "(the fields are batchId, gtin, productName, quantity, unit, site); field batchId is missing");
        assertThat(ledger.calls).isEmpty();
    }

    @Test
    void jsonLinesThatAreNotObjectsOrHaveStrangeMembersAreReported() throws IOException {
        Path jsonl = file("bad.jsonl", "{\"batchId\":\"PEAR-1\"\n[1]\n{\"batchId\":\"PEAR-3\",\"colour\":\"green\"}\n"
                + "{\"batchId\":\"PEAR-4\",\"gtin\":9506000134352,\"productName\":\"p\",\"quantity\":1,\"unit\":\"kg\","
                + "\"site\":\"s\"}\n");

        CliRun.Result result = run(jsonl.toString());

        assertThat(result.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(result.errLines()).hasSize(5);
        assertThat(result.errLines().get(0)).startsWith("line 1: -: INVALID_INPUT: not JSON: ");
        assertThat(result.errLines().get(1)).isEqualTo("line 2: -: INVALID_INPUT: not a JSON object");
        assertThat(result.errLines().get(2)).startsWith("line 3: PEAR-3: INVALID_INPUT: unknown field \"colour\"");
        assertThat(result.errLines().get(3)).isEqualTo("line 4: PEAR-4: INVALID_INPUT: gtin must be a string");
        assertThat(ledger.calls).isEmpty();
    }

    @Test
    void aRefusedChunkIsReportedWithItsRowsAndNothingOfItIsWrittenTheOthersAre() throws IOException {
        ledger.refusedIds.add("PEAR-4");

        CliRun.Result result = run(pears(6).toString(), "--per-tx", "2");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(ledger.batches.keySet()).containsExactlyInAnyOrder("PEAR-1", "PEAR-2", "PEAR-5", "PEAR-6");
        assertThat(result.errLines()).containsExactly(
                "line 5: PEAR-4: INVALID_INPUT: gtin has a wrong check digit",
                "error: BATCHES_REFUSED: 2 of 6 batches not recorded: the chaincode refused rows of their transactions "
                        + "(listed on standard error); correct those rows and run the same command again");
        assertThat(result.out()).contains("Recorded 4 of 6 batches")
                .contains("Not recorded: lines 4-5 (2 batches): 1 refused by the chaincode (listed on standard error), nothing of them "
                        + "written");
    }

    @Test
    void runningTheSameCommandAfterACrashRecordsTheRestAndNothingTwice() throws IOException {
        Path csv = pears(11);
        ledger.commitsBeforeCrash = 2;

        CliRun.Result crashed = run(csv.toString(), "--per-tx", "2", "--in-flight", "1");

        assertThat(crashed.exitCode()).isEqualTo(ExitCodes.UNAVAILABLE);
        assertThat(ledger.batches).hasSize(4);
        assertThat(crashed.out()).contains("Recorded 4 of 11 batches")
                .contains("Not recorded: lines 6-7 (2 batches): UNAVAILABLE: peer 127.0.0.1:7051 is unavailable")
                .contains("Not recorded: lines 8-12 (5 batches): not sent: an earlier chunk failed");
        assertThat(crashed.errLines()).last().asString().startsWith("error: NOT_RECORDED: 7 of 11 batches not recorded; "
                + "run the same command again");
        List<String> firstRun = List.copyOf(ledger.calls);

        ledger.commitsBeforeCrash = -1;
        CliRun.Result resumed = run(csv.toString(), "--per-tx", "2", "--in-flight", "1");

        assertThat(resumed.exitCode()).as(resumed.err()).isEqualTo(ExitCodes.OK);
        assertThat(ledger.batches).hasSize(11);
        assertThat(ledger.requests).hasSize(6);
        // The rerun sent the two committed chunks again under the same request ids, answered by their first commit.
        assertThat(ledger.calls.subList(firstRun.size(), ledger.calls.size()).subList(0, 2))
                .isEqualTo(firstRun.subList(0, 2));
        assertThat(resumed.out()).contains("Recorded 11 of 11 batches");
    }

    @Test
    void requestIdsFollowTheChunksContentNotTheRun() throws IOException {
        Path csv = pears(3);
        run(csv.toString(), "--per-tx", "2", "--in-flight", "1");
        run(csv.toString(), "--per-tx", "2", "--in-flight", "1");
        Files.writeString(csv, Files.readString(csv).replace(",30,kg", ",31,kg"));
        ledger.batches.clear();
        run(csv.toString(), "--per-tx", "2", "--in-flight", "1");

        assertThat(ledger.calls).hasSize(6);
        assertThat(ledger.calls.get(0)).matches("import-[0-9a-f]{64}").isEqualTo(ledger.calls.get(2))
                .isEqualTo(ledger.calls.get(4));
        assertThat(ledger.calls.get(1)).isEqualTo(ledger.calls.get(3)).isNotEqualTo(ledger.calls.get(5));
        assertThat(new LinkedHashSet<>(ledger.calls)).hasSize(3);
    }

    @Test
    void jsonSummarisesTransactionsAndProblems() throws IOException {
        ledger.refusedIds.add("PEAR-3");

        CliRun.Result result = run(pears(3).toString(), "--per-tx", "2", "--json");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(result.out()).startsWith("{\"file\":\"" + dir.resolve("pears.csv") + "\",\"batches\":3,\"recorded\":2,"
                + "\"notRecorded\":1,\"transactions\":[{\"lines\":\"2-3\",\"requestId\":\"import-")
                .contains("\"transactionId\":\"tx-1\"},{\"lines\":\"4-4\",\"requestId\":\"import-")
                .endsWith("\"notRecorded\":\"refused\"}],\"problems\":[{\"line\":4,\"batchId\":\"PEAR-3\","
                        + "\"code\":\"INVALID_INPUT\",\"message\":\"gtin has a wrong check digit\"}]}\n");
    }

    @Test
    void refusesBadOptionsAndUnknownFileKinds() throws IOException {
        Path csv = pears(1);

        assertThat(run(csv.toString(), "--per-tx", "0").err()).contains("--per-tx must be 1 to 1000");
        assertThat(run(csv.toString(), "--per-tx", "1001").exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run(csv.toString(), "--in-flight", "17").exitCode()).isEqualTo(ExitCodes.USAGE);
        CliRun.Result xlsx = run(file("shift.xlsx", "x").toString());
        assertThat(xlsx.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(xlsx.err()).contains("must end in .csv, .jsonl or .ndjson");
        assertThat(run(dir.resolve("missing.csv").toString()).err()).contains("no such file");
        assertThat(ledger.calls).isEmpty();
    }

    @Test
    void helpDocumentsTheFields() {
        CliRun.Result help = new CliRun().run("batch", "import", "--help");

        assertThat(help.out()).contains("batchId", "gtin", "productName", "quantity", "unit", "site", "--per-tx");
    }
}
