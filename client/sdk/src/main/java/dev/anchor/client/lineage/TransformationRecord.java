package dev.anchor.client.lineage;

import dev.anchor.client.custody.ProductionRecord;

import java.util.List;
import java.util.Objects;

/**
 * A transformation: what it consumes of each input batch, and the new batch it produces from them (the arguments
 * of {@code TransformBatches}).
 *
 * <pre>{@code
 * manufacturer.transform(new TransformationRecord(
 *         List.of(new Consumption("PEAR-001", new BigDecimal("600")), Consumption.parse("PEAR-002:400")),
 *         new ProductionRecord("JUICE-001", "09506000134369", "Pear juice", new BigDecimal("500"), "l", "Press house")));
 * }</pre>
 *
 * @param inputs what is consumed, each input once, at most 1000
 * @param output the batch produced; its producer and custodian is the caller
 */
public record TransformationRecord(List<Consumption> inputs, ProductionRecord output) {
    /** Copies {@code inputs}; checks that nothing is null. */
    public TransformationRecord {
        inputs = List.copyOf(Objects.requireNonNull(inputs, "inputs"));
        Objects.requireNonNull(output, "output");
    }
}
