package dev.anchor.chaincode.domain.lineage;

import dev.anchor.chaincode.domain.shared.BatchId;
import dev.anchor.model.vocabulary.ErrorCode;
import dev.anchor.chaincode.domain.shared.Quantity;

/** What a transformation asks to consume of one input batch: its id and a quantity (in that batch's unit). */
public record Consumption(String batchId, String quantity) {

    /** The consumption with its id and quantity checked ({@link ErrorCode#INVALID_INPUT} otherwise). */
    ValidConsumption validate() {
        return new ValidConsumption(new BatchId(batchId), Quantity.parse(quantity));
    }

    record ValidConsumption(BatchId batchId, Quantity quantity) {
    }
}
