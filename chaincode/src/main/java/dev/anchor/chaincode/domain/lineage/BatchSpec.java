package dev.anchor.chaincode.domain.lineage;

import dev.anchor.chaincode.domain.custody.Batch;
import dev.anchor.chaincode.domain.provenance.EventDetails;
import dev.anchor.chaincode.domain.provenance.ProvenanceEvent;
import dev.anchor.chaincode.domain.shared.BatchId;
import dev.anchor.model.vocabulary.ErrorCode;
import dev.anchor.chaincode.domain.shared.FreeText;
import dev.anchor.chaincode.domain.shared.Gtin;
import dev.anchor.chaincode.domain.shared.Quantity;

/**
 * What a new batch is, as the arguments of a production or a transformation give it. Checking it
 * ({@link #validate()}) applies the input rules of data-model.md and refuses with {@link ErrorCode#INVALID_INPUT}.
 */
public record BatchSpec(String batchId, String gtin, String productName, String quantity, String unit, String site) {

    private static final int MAX_PRODUCT_NAME = 200;
    private static final int MAX_SITE = 200;
    private static final int MAX_UNIT = 32;

    /** The specification with every field checked, in argument order. */
    ValidBatchSpec validate() {
        BatchId id = new BatchId(batchId);
        Gtin itemNumber = new Gtin(gtin);
        String name = FreeText.require("productName", productName, MAX_PRODUCT_NAME);
        Quantity amount = Quantity.parse(quantity);
        String unitOfMeasure = FreeText.require("unit", unit, MAX_UNIT);
        String productionSite = FreeText.require("site", site, MAX_SITE);
        return new ValidBatchSpec(id, itemNumber, name, amount, unitOfMeasure, productionSite);
    }

    /** A checked specification. */
    record ValidBatchSpec(BatchId batchId, Gtin gtin, String productName, Quantity quantity, String unit, String site) {

        /** The facts a production event records. */
        EventDetails details() {
            return EventDetails.production(gtin, productName, quantity, unit, site);
        }

        /** The output of a transformation, held by its producer, after its first event: made from others. */
        Batch transformed(ProvenanceEvent first, String producer) {
            return new Batch(batchId, producer, first.seq(), gtin, first.hash(), null, null, first.timestamp(), producer,
                    productName, quantity, site, unit, null, null, false, true);
        }
    }
}
