package dev.anchor.chaincode.domain.epcis;

import dev.anchor.chaincode.domain.custody.Batch;
import dev.anchor.chaincode.domain.custody.BatchLedger;
import dev.anchor.chaincode.domain.lineage.BatchLink;
import dev.anchor.chaincode.domain.lineage.LineageLedger;
import dev.anchor.chaincode.domain.shared.BatchId;
import dev.anchor.chaincode.domain.shared.Quantity;
import dev.anchor.chaincode.domain.shared.Submission;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Links the Anchor batches a captured TransformationEvent names as inputs ({@code inputEPCList},
 * {@code inputQuantityList}) to those it names as outputs ({@code outputEPCList}, {@code outputQuantityList}),
 * in the batch graph that {@code TransformBatches} writes, so that traces and recalls follow them.
 *
 * <p>Quantities: a link states what the event says was used of the input, and consumes nothing: the input's
 * {@code remaining} and its provenance are unchanged, because the event reports a transformation, it is not
 * Anchor's own. The quantity is the sum of the input's stated quantities in {@code inputQuantityList}, in the
 * first stated unit of measure (the batch's unit when the event gives none); when the event states none, it is
 * the number of the input's identifiers in the event, in {@code EA} (each).
 *
 * <p>A linked input is marked {@code outputsLinked} (its state only: no provenance event), so that a trace forward,
 * which skips the link range of a batch nothing was consumed from, still reads it; a linked output is marked
 * {@code inputsLinked}, so that every later write of it keeps the copy of its state under its inputs current.
 * Both marks start from the state as this transaction last wrote it, so that a batch that is an input of one link
 * and an output of another keeps both.
 *
 * <p>As with {@code TransformBatches}, only an input the capturing organisation holds is linked; an input and an
 * output that are the same batch, and a link already in the graph (from a transformation or an earlier event),
 * are not linked again.
 */
final class EpcisTransformationLinks {

    /** The UN/CEFACT unit "each": a count of identifiers. */
    static final String EACH = "EA";
    private static final int MAX_FRACTION_DIGITS = 6;
    private static final int MAX_INTEGER_DIGITS = 18;

    private final LineageLedger lineage;
    private final BatchLedger batches;
    /** The state of each batch marked in this transaction, as last written. */
    private final Map<BatchId, Batch> marked = new HashMap<>();
    /** Links made earlier in this transaction, which the ledger reads do not see yet: "input output". */
    private final Set<String> made = new HashSet<>();

    EpcisTransformationLinks(LineageLedger lineage, BatchLedger batches) {
        this.lineage = Objects.requireNonNull(lineage, "lineage");
        this.batches = Objects.requireNonNull(batches, "batches");
    }

    List<BatchLink> link(EpcisEvent event, LinkedBatches named, Submission submission) {
        Map<String, Used> inputs = new TreeMap<>();
        for (String epc : event.inputEpcs()) {
            named.find(epc).ifPresent(batch -> inputs.computeIfAbsent(batch.batchId().value(), id -> new Used(batch))
                    .count());
        }
        for (EpcisQuantity quantity : event.inputQuantities()) {
            named.find(quantity.epcClass()).ifPresent(batch -> inputs.computeIfAbsent(batch.batchId().value(),
                    id -> new Used(batch)).add(quantity));
        }
        Map<String, Batch> outputs = new TreeMap<>();
        event.outputEpcs().forEach(epc -> named.find(epc).ifPresent(b -> outputs.put(b.batchId().value(), b)));
        event.outputQuantities().forEach(q -> named.find(q.epcClass()).ifPresent(b -> outputs.put(b.batchId().value(), b)));

        List<BatchLink> links = new ArrayList<>();
        for (Used input : inputs.values()) {
            if (!input.batch.custodian().equals(submission.callerMspId())) {
                continue;
            }
            for (Batch output : outputs.values()) {
                BatchId in = input.batch.batchId();
                BatchId out = output.batchId();
                if (in.equals(out) || made.contains(in + " " + out) || linked(in, out)) {
                    continue;
                }
                BatchLink link = new BatchLink(in, out, input.quantity(), input.unit(), submission.txId());
                lineage.link(link);
                made.add(in + " " + out);
                Batch from = current(input.batch);
                if (!from.outputsLinked()) {
                    mark(from.withLinkedOutputs());
                }
                Batch to = current(output);
                if (!to.inputsLinked()) {
                    mark(to.withLinkedInputs());
                }
                links.add(link);
            }
        }
        return links;
    }

    private Batch current(Batch read) {
        return marked.getOrDefault(read.batchId(), read);
    }

    private void mark(Batch batch) {
        batches.mark(batch);
        marked.put(batch.batchId(), batch);
    }

    private boolean linked(BatchId input, BatchId output) {
        return lineage.inputsOf(output).stream().anyMatch(link -> link.input().equals(input));
    }

    /** What an event says was used of one input batch. */
    private static final class Used {
        private final Batch batch;
        private BigDecimal stated;
        private String uom;
        private int identifiers;

        Used(Batch batch) {
            this.batch = batch;
        }

        void count() {
            identifiers++;
        }

        void add(EpcisQuantity quantity) {
            identifiers++;
            if (quantity.quantity() == null) {
                return;
            }
            if (stated == null) {
                stated = quantity.quantity();
                uom = quantity.uom();
            } else if (Objects.equals(uom, quantity.uom())) {
                stated = stated.add(quantity.quantity());
            }
        }

        Quantity quantity() {
            return usable(stated) ? new Quantity(stated) : new Quantity(BigDecimal.valueOf(identifiers));
        }

        String unit() {
            if (!usable(stated)) {
                return EACH;
            }
            return uom == null ? batch.unit() : uom;
        }

        /** A stated amount Anchor can hold as a quantity (greater than zero, at most 18.6 digits). */
        private static boolean usable(BigDecimal amount) {
            if (amount == null || amount.signum() <= 0) {
                return false;
            }
            BigDecimal plain = amount.stripTrailingZeros();
            return Math.max(0, plain.scale()) <= MAX_FRACTION_DIGITS
                    && plain.precision() - plain.scale() <= MAX_INTEGER_DIGITS;
        }
    }
}
