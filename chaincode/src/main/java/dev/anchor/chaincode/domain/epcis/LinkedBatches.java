package dev.anchor.chaincode.domain.epcis;

import dev.anchor.chaincode.domain.custody.Batch;
import dev.anchor.chaincode.domain.custody.BatchLedger;
import dev.anchor.chaincode.domain.shared.BatchId;
import dev.anchor.chaincode.domain.shared.Gs1BatchReference;
import dev.anchor.chaincode.domain.shared.Sscc;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The Anchor batches that EPCIS identifiers name: a {@link Gs1BatchReference} whose lot is a batch id that exists
 * on the ledger with the same GTIN. Each batch is read at most once.
 */
final class LinkedBatches {

    private static final Pattern BATCH_ID_FORM = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    private final BatchLedger ledger;
    private final Map<String, Optional<Batch>> read = new HashMap<>();

    LinkedBatches(BatchLedger ledger) {
        this.ledger = Objects.requireNonNull(ledger, "ledger");
    }

    /** The batch an EPC or EPC class names, or empty when it names none that exists with its GTIN. */
    Optional<Batch> find(String identifier) {
        Optional<Gs1BatchReference> reference = Gs1BatchReference.of(identifier);
        if (reference.isEmpty() || !BATCH_ID_FORM.matcher(reference.get().lot()).matches()
                || Sscc.hasForm(reference.get().lot())) {
            return Optional.empty();
        }
        String lot = reference.get().lot();
        Optional<Batch> batch = read.computeIfAbsent(lot, id -> ledger.findBatch(new BatchId(id)));
        return batch.filter(b -> b.gtin().value().equals(reference.get().gtin()));
    }
}
