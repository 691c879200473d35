package dev.anchor.client.gateway;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.anchor.client.Anchor;
import dev.anchor.client.AnchorException;
import dev.anchor.model.vocabulary.ErrorCode;
import dev.anchor.client.epcis.CommittedEpcisBlock;
import dev.anchor.client.epcis.CommittedEpcisEvent;
import dev.anchor.client.proof.CommittedWrites;
import dev.anchor.client.proof.ProofFormatException;
import dev.anchor.client.wire.AnchorJson;
import org.hyperledger.fabric.protos.common.Block;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the captured EPCIS events a block committed: the writes of the Anchor chaincode's {@code epcis} record keys
 * ({@code \u0000epcis\u0000<eventId>\u0000}, docs/data-model.md "Keys"; not the {@code epcis-…} index entries) by
 * the block's valid transactions, each value being the event's record.
 */
final class EpcisBlockReader {
    /** The start of every EPCIS record key: the composite key namespace and its object type {@code epcis}. */
    static final String RECORD_KEY_PREFIX = "\u0000epcis\u0000";

    private EpcisBlockReader() {
    }

    /**
     * @param block     a committed block
     * @param chaincode the Anchor chaincode's name (its namespace in the write sets)
     * @throws AnchorException ({@link ErrorCode#UNEXPECTED}) when a valid transaction or a record in it is unreadable
     */
    static CommittedEpcisBlock read(Block block, String chaincode) {
        long number = block.getHeader().getNumber();
        List<CommittedEpcisEvent> events = new ArrayList<>();
        List<CommittedWrites.Write> writes;
        try {
            writes = CommittedWrites.of(block, chaincode, RECORD_KEY_PREFIX);
        } catch (ProofFormatException e) {
            throw new AnchorException(ErrorCode.UNEXPECTED, "block " + number + " cannot be read: " + e.getMessage(),
                    null, e);
        }
        for (CommittedWrites.Write w : writes) {
            String eventId = eventId(w.key());
            if (eventId == null) {
                continue;
            }
            ObjectNode record;
            try {
                record = (ObjectNode) AnchorJson.parseObject(w.value().toString(StandardCharsets.UTF_8),
                        "the EPCIS record of event " + eventId);
            } catch (AnchorException e) {
                throw new AnchorException(ErrorCode.UNEXPECTED, "block " + number + ", transaction "
                        + w.transactionId() + ": " + e.getMessage(), w.transactionId(), e);
            }
            events.add(new CommittedEpcisEvent(eventId, record, number, w.transactionId(), w.transactionIndex()));
        }
        return new CommittedEpcisBlock(number, events);
    }

    /** The event id of a record key, or null for a key of one more attribute (not a record). */
    private static String eventId(String key) {
        String rest = key.substring(RECORD_KEY_PREFIX.length());
        int end = rest.indexOf('\u0000');
        return end > 0 && end == rest.length() - 1 ? rest.substring(0, end) : null;
    }
}
