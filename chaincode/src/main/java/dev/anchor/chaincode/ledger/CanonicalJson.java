package dev.anchor.chaincode.ledger;

import com.fasterxml.jackson.databind.JsonNode;
import dev.anchor.chaincode.domain.provenance.EventCanonicalForm;
import dev.anchor.chaincode.domain.provenance.ProvenanceEvent;
import dev.anchor.model.json.CanonicalForm;

/**
 * The chaincode's canonical form (docs/data-model.md, "Canonical JSON"), as the domain's hash chain asks for it: the
 * bytes an event is hashed over. The form itself is {@link CanonicalForm} of the model module; each capability
 * writes and reads its own values ({@link CustodyJson}, {@link ProvenanceJson}, {@link UnitJson},
 * {@link LineageJson}, {@link RecallJson}, {@link EvidenceJson}, {@link EpcisCaptureJson}, {@link EpcisQueryJson},
 * {@link RequestJson}).
 */
public final class CanonicalJson implements EventCanonicalForm {

    @Override
    public byte[] withoutHash(ProvenanceEvent event) {
        return ProvenanceJson.withoutHash(event);
    }

    /** Writes any JSON tree canonically. */
    public byte[] encode(JsonNode tree) {
        return CanonicalForm.write(tree);
    }

    /** Reads any JSON document into a tree; decimals are kept exactly. */
    public JsonNode parse(byte[] json) {
        return CanonicalForm.tree(json);
    }
}
