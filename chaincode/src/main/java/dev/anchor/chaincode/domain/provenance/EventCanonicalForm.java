package dev.anchor.chaincode.domain.provenance;

/** Gives the canonical bytes a provenance event is hashed over. Implemented by the ledger encoding. */
public interface EventCanonicalForm {

    /** The canonical JSON of the event without its {@code hash} member, as UTF-8. */
    byte[] withoutHash(ProvenanceEvent event);
}
