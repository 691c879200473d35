package dev.anchor.chaincode.domain.lineage;

import dev.anchor.chaincode.domain.custody.Batch;
import dev.anchor.chaincode.domain.custody.BatchLedger;
import dev.anchor.chaincode.domain.custody.BatchRecords;
import dev.anchor.chaincode.domain.custody.HashChain;
import dev.anchor.chaincode.domain.provenance.EventDetails;
import dev.anchor.model.vocabulary.EventType;
import dev.anchor.chaincode.domain.provenance.ProvenanceEvent;
import dev.anchor.chaincode.domain.shared.BatchId;
import dev.anchor.model.vocabulary.ErrorCode;
import dev.anchor.chaincode.domain.shared.Quantity;
import dev.anchor.chaincode.domain.shared.Refusal;
import dev.anchor.chaincode.domain.shared.Organization;
import dev.anchor.chaincode.domain.shared.Submission;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * A manufacturer turns input batches it holds into a new output batch, in one transaction: it consumes a quantity
 * of each input (never more than what remains of it), and the output is linked to every input in both directions
 * of the batch graph.
 *
 * <p>Checks, in this order, each over all inputs before the next: role (manufacturer), arguments, the output id
 * is unused, every input exists, the caller holds every input, no input has a pending handoff, no input is
 * recalled, no input is over-consumed. Each input gets a {@code CONSUMED} event, the output a {@code TRANSFORMED}
 * event (its first); the transaction's chaincode event is the output's.
 */
public final class Transformation {

    /** At most this many inputs per transformation: bounds the transaction's write set (data-model.md, "Limits"). */
    public static final int MAX_INPUTS = 1_000;

    private final BatchRecords records;
    private final LineageLedger lineage;

    public Transformation(BatchLedger ledger, LineageLedger lineage, HashChain hashChain) {
        this.records = new BatchRecords(ledger, hashChain);
        this.lineage = Objects.requireNonNull(lineage, "lineage");
    }

    /**
     * Consumes the inputs and records the output batch, held by the caller; answers the output. {@code inputs} is
     * read after the role check, so that a caller without the role is told so even when its inputs are unreadable.
     */
    public Batch transform(Submission submission, Supplier<List<Consumption>> inputs, BatchSpec output) {
        String caller = submission.callerMspId();
        BatchRecords.requireOrganization(caller, Organization.MANUFACTURER, "transform batches");

        BatchSpec.ValidBatchSpec spec = output.validate();
        List<Consumption.ValidConsumption> consumptions = validInputs(inputs.get(), spec.batchId());

        records.requireUnused(spec.batchId());
        List<Batch> held = new ArrayList<>();
        consumptions.forEach(consumption -> held.add(records.existing(consumption.batchId())));
        held.forEach(batch -> BatchRecords.requireCustodian(batch, caller));
        held.forEach(Transformation::requireNoPendingHandoff);
        held.forEach(BatchRecords::requireNotRecalled);
        for (int i = 0; i < held.size(); i++) {
            requireEnough(held.get(i), consumptions.get(i).quantity());
        }

        for (int i = 0; i < held.size(); i++) {
            consume(submission, held.get(i), consumptions.get(i).quantity(), spec.batchId());
        }
        ProvenanceEvent transformed = records.first(spec.batchId(), submission, EventType.TRANSFORMED,
                EventDetails.transformation(spec.details(), describe(consumptions)));
        Batch made = spec.transformed(transformed, caller);
        records.ledger().record(made, transformed);
        return made;
    }

    private static List<Consumption.ValidConsumption> validInputs(List<Consumption> inputs, BatchId outputId) {
        if (inputs == null || inputs.isEmpty()) {
            throw Refusal.invalidInput("a transformation needs at least one input");
        }
        if (inputs.size() > MAX_INPUTS) {
            throw Refusal.invalidInput("a transformation may have at most " + MAX_INPUTS + " inputs");
        }
        List<Consumption.ValidConsumption> valid = new ArrayList<>();
        Set<BatchId> seen = new HashSet<>();
        for (Consumption input : inputs) {
            if (input == null) {
                throw Refusal.invalidInput("an input needs a batchId and a quantity");
            }
            Consumption.ValidConsumption consumption = input.validate();
            if (!seen.add(consumption.batchId())) {
                throw Refusal.invalidInput("input " + consumption.batchId() + " is listed twice");
            }
            if (consumption.batchId().equals(outputId)) {
                throw Refusal.invalidInput("batch " + outputId + " cannot be made from itself");
            }
            valid.add(consumption);
        }
        return valid;
    }

    private static void requireNoPendingHandoff(Batch batch) {
        batch.pending().ifPresent(pending -> {
            throw new Refusal(ErrorCode.HANDOFF_PENDING, "batch " + batch.batchId() + " has a pending handoff from "
                    + pending.from() + " to " + pending.to());
        });
    }

    private static void requireEnough(Batch batch, Quantity wanted) {
        if (wanted.value().compareTo(batch.remaining()) > 0) {
            throw new Refusal(ErrorCode.OVER_CONSUMPTION, "cannot consume " + wanted + " " + batch.unit() + " of batch "
                    + batch.batchId() + ": only " + batch.remaining().toPlainString() + " " + batch.unit() + " remain");
        }
    }

    private void consume(Submission submission, Batch input, Quantity quantity, BatchId output) {
        BigDecimal remaining = input.remaining().subtract(quantity.value());
        ProvenanceEvent consumed = records.append(input, submission, EventType.CONSUMED,
                EventDetails.consumption(output, quantity, remaining, input.unit()));
        records.ledger().store(input.afterConsumption(consumed, remaining), consumed);
        lineage.link(new BatchLink(input.batchId(), output, quantity, input.unit(), submission.txId()));
    }

    private static String describe(List<Consumption.ValidConsumption> consumptions) {
        return consumptions.stream().map(c -> c.batchId() + ":" + c.quantity())
                .collect(Collectors.joining(","));
    }
}
