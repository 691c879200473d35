package dev.anchor.client.custody;

import dev.anchor.model.vocabulary.ErrorCode;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * What a manufacturer records when it produces a batch; the arguments of {@code RecordProduction}.
 * The chaincode checks the rules (see {@code docs/data-model.md}); a broken rule is refused with
 * {@link ErrorCode#INVALID_INPUT}.
 *
 * @param batchId     1-64 characters of {@code [A-Za-z0-9._-]}
 * @param gtin        14 digits with a correct GS1 check digit
 * @param productName non-blank, at most 200 characters
 * @param quantity    greater than 0, at most 6 fraction digits
 * @param unit        non-blank, at most 32 characters, e.g. {@code kg}
 * @param site        where it was produced; non-blank, at most 200 characters
 */
public record ProductionRecord(String batchId, String gtin, String productName, BigDecimal quantity, String unit,
                               String site) {
    /** Checks that no component is null. */
    public ProductionRecord {
        Objects.requireNonNull(batchId, "batchId");
        Objects.requireNonNull(gtin, "gtin");
        Objects.requireNonNull(productName, "productName");
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(site, "site");
    }
}
