package dev.anchor.client.gateway;

import dev.anchor.client.BatchesRefusedException;
import dev.anchor.client.TransactionRefusedException;
import dev.anchor.client.custody.ProductionRecord;
import dev.anchor.client.custody.RefusedBatch;
import dev.anchor.model.vocabulary.ErrorCode;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads the refused batches out of a {@code BATCHES_REFUSED} refusal, whose sentence is
 * {@code N of M batches refused, nothing written: [INDEX] BATCH-ID CODE: sentence; [INDEX] …} (docs/data-model.md,
 * "Refusals"). The batch ids are taken from the records sent, by index, not from the text.
 */
final class RefusedBatches {
    private static final Pattern ENTRY = Pattern.compile("\\[(\\d+)] .*? ("
            + Stream.of(ErrorCode.values()).filter(ErrorCode::isChaincodeRefusal).map(Enum::name)
            .collect(Collectors.joining("|")) + "): ");

    private RefusedBatches() {
    }

    /** The refusal as a {@link BatchesRefusedException} naming each refused record (in index order). */
    static BatchesRefusedException of(TransactionRefusedException refusal, List<ProductionRecord> sent) {
        String text = refusal.getMessage();
        List<RefusedBatch> refused = new ArrayList<>();
        Matcher entry = ENTRY.matcher(text);
        int previous = -1;
        int index = -1;
        ErrorCode code = null;
        int sentenceStart = -1;
        while (entry.find()) {
            int next = Integer.parseInt(entry.group(1));
            if (next <= previous || next >= sent.size() || !(entry.start() == 0 || text.startsWith("; ", entry.start() - 2)
                    || text.startsWith(": ", entry.start() - 2))) {
                continue; // text inside a sentence that looks like an entry
            }
            if (code != null) {
                refused.add(new RefusedBatch(index, sent.get(index).batchId(), code,
                        text.substring(sentenceStart, entry.start() - 2)));
            }
            previous = next;
            index = next;
            code = ErrorCode.valueOf(entry.group(2));
            sentenceStart = entry.end();
        }
        if (code != null) {
            refused.add(new RefusedBatch(index, sent.get(index).batchId(), code, text.substring(sentenceStart)));
        }
        return new BatchesRefusedException(text, refused, refusal.transactionId().orElse(null), refusal.getCause());
    }
}
