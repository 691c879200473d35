package dev.anchor.cli.demo;

import dev.anchor.cli.TextFormat;
import dev.anchor.cli.provenance.GraphFormat;
import dev.anchor.client.AnchorClient;
import dev.anchor.client.Organization;
import dev.anchor.client.TransactionRefusedException;
import dev.anchor.client.custody.ProductionRecord;
import dev.anchor.model.evidence.Evidence;
import dev.anchor.client.evidence.EvidenceRecord;
import dev.anchor.client.lineage.Consumption;
import dev.anchor.client.lineage.TransformationRecord;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The demo's second act: two pear batches pressed into juice, the juice bottled, one bottle batch shipped on a pallet
 * and the other handed on alone; one pear batch fails a lab test, its report is attached as evidence and the batch is
 * recalled; the recall reaches every bottle, so the pallet cannot be shipped on, the holders acknowledge, and the
 * auditor reads the trace forward and the recall report.
 */
public final class JuiceStory {
    private static final String PEARS = "09506000134352";
    private static final String JUICE = "09506000134369";

    private final DemoCommand demo;
    private final String pearsA;
    private final String pearsB;
    private final String juice;
    private final String bottlesA;
    private final String bottlesB;
    private final String pallet;
    private final AnchorClient manufacturer;
    private final AnchorClient distributor;
    private final AnchorClient retailer;
    private final AnchorClient auditor;

    JuiceStory(DemoCommand demo, String id, String pallet, AnchorClient manufacturer, AnchorClient distributor, AnchorClient retailer,
               AnchorClient auditor) {
        this.demo = demo;
        this.pearsA = id + "-PA";
        this.pearsB = id + "-PB";
        this.juice = id + "-JUICE";
        this.bottlesA = id + "-BOTTLES-A";
        this.bottlesB = id + "-BOTTLES-B";
        this.pallet = pallet;
        this.manufacturer = manufacturer;
        this.distributor = distributor;
        this.retailer = retailer;
        this.auditor = auditor;
    }

    void play() {
        demo.print("");
        demo.print("The story of pear juice");
        demo.step(1, manufacturer, "records pear batches " + pearsA + " (1000 kg) and " + pearsB + " (800 kg)", () -> {
            manufacturer.recordProduction(pears(pearsA, "1000"));
            return manufacturer.recordProduction(pears(pearsB, "800"));
        });
        demo.step(2, manufacturer, "presses 600 kg of " + pearsA + " and 400 kg of " + pearsB + " into 700 l of juice "
                + juice, () -> manufacturer.transform(new TransformationRecord(
                List.of(Consumption.parse(pearsA + ":600"), Consumption.parse(pearsB + ":400")),
                new ProductionRecord(juice, JUICE, "Pear juice", new BigDecimal("700"), "l", "Press house"))));
        demo.step(3, manufacturer, "bottles 300 l into 400 bottles " + bottlesA + " and 375 l into 500 bottles "
                + bottlesB, () -> {
            manufacturer.transform(bottling(bottlesA, "300", "400"));
            return manufacturer.transform(bottling(bottlesB, "375", "500"));
        });
        demo.unitStep(4, manufacturer, "packs " + bottlesA + " on pallet " + pallet,
                () -> manufacturer.packUnit(pallet, List.of(bottlesA)));
        demo.unitStep(5, distributor, "receives pallet " + pallet, () -> {
            manufacturer.initiateUnitHandoff(pallet, Organization.DISTRIBUTOR);
            return distributor.acceptUnitHandoff(pallet);
        });
        demo.step(6, retailer, "receives " + bottlesB, () -> {
            manufacturer.initiateHandoff(bottlesB, Organization.RETAILER);
            return retailer.acceptHandoff(bottlesB);
        });
        Path report = labReport();
        try {
            EvidenceRecord evidence = EvidenceRecord.ofFile(pearsB, report, "text/plain",
                    "https://lab.example/reports/4711");
            demo.step(7, manufacturer, "attaches the lab report on " + pearsB + " (Listeria found), SHA-256 "
                    + evidence.sha256().substring(0, 12) + "...", () -> manufacturer.attachEvidence(evidence));
            demo.step(8, manufacturer, "recalls " + pearsB + ": \"Listeria in lab sample 4711\"",
                    () -> manufacturer.recall(pearsB, "Listeria in lab sample 4711"));
            try {
                distributor.initiateUnitHandoff(pallet, Organization.RETAILER);
                demo.print(" 9. distributor  ships pallet " + pallet + " on: accepted?! (it should have been refused)");
            } catch (TransactionRefusedException e) {
                demo.print(" 9. distributor  tries to ship pallet " + pallet + " on: refused, " + e.errorCode() + ": "
                        + e.getMessage());
            }
            demo.print("10. auditor      traces " + pearsB + " forward:");
            demo.print(indent(GraphFormat.graph(auditor.traceForward(pearsB))));
            demo.step(11, distributor, "acknowledges the recall of " + bottlesA, () -> distributor.acknowledgeRecall(bottlesA));
            demo.step(12, retailer, "acknowledges the recall of " + bottlesB, () -> retailer.acknowledgeRecall(bottlesB));
            demo.print("13. auditor      reads the recall report:");
            demo.print(indent(GraphFormat.recallReport(auditor.recallReport(pearsB))));
            Evidence found = auditor.findEvidence(pearsB, EvidenceRecord.sha256Of(report)).orElseThrow();
            demo.print("14. auditor      checks the lab report: attached to " + pearsB + " by "
                    + Organization.shortNameOf(found.attachedBy()) + " at " + TextFormat.time(found.attachedAt()));
        } finally {
            delete(report);
        }
    }

    private static ProductionRecord pears(String id, String kilograms) {
        return new ProductionRecord(id, PEARS, "Conference pears", new BigDecimal(kilograms), "kg", "Orchard Lane");
    }

    private TransformationRecord bottling(String id, String litres, String bottles) {
        return new TransformationRecord(List.of(Consumption.parse(juice + ":" + litres)),
                new ProductionRecord(id, JUICE, "Pear juice 0.75 l", new BigDecimal(bottles), "bottle", "Bottling line"));
    }

    private Path labReport() {
        try {
            Path file = Files.createTempFile("anchor-lab-report-", ".txt");
            Files.writeString(file, "Lab report 4711\nSample: " + pearsB + "\nListeria monocytogenes: DETECTED\n",
                    StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the demo's lab report", e);
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // A temporary file left behind is harmless.
        }
    }

    private static List<String> indent(List<String> lines) {
        return lines.stream().map(line -> "    " + line).toList();
    }
}
