package dev.anchor.chaincode.contract;

import dev.anchor.chaincode.domain.EvidenceRegistry;
import dev.anchor.chaincode.domain.HashChain;
import dev.anchor.chaincode.domain.Recalls;
import dev.anchor.chaincode.domain.SupplyChain;
import dev.anchor.chaincode.domain.Tracing;
import dev.anchor.chaincode.domain.Transformation;
import dev.anchor.chaincode.ledger.CanonicalJson;
import dev.anchor.chaincode.ledger.FabricBatchLedger;
import dev.anchor.chaincode.ledger.FabricEvidenceLedger;
import dev.anchor.chaincode.ledger.FabricLineageLedger;
import org.hyperledger.fabric.shim.ChaincodeStub;

/** The supply chain's use cases, each over the world state of one transaction (its stub). */
final class UseCases {

    private final FabricBatchLedger batches;
    private final FabricLineageLedger lineage;
    private final FabricEvidenceLedger evidence;
    private final HashChain hashChain;

    UseCases(ChaincodeStub stub, CanonicalJson json, HashChain hashChain) {
        this.batches = new FabricBatchLedger(stub, json);
        this.lineage = new FabricLineageLedger(stub, json);
        this.evidence = new FabricEvidenceLedger(stub, json);
        this.hashChain = hashChain;
    }

    SupplyChain supplyChain() {
        return new SupplyChain(batches, hashChain);
    }

    Transformation transformation() {
        return new Transformation(batches, lineage, hashChain);
    }

    Tracing tracing() {
        return new Tracing(batches, lineage, hashChain);
    }

    Recalls recalls() {
        return new Recalls(batches, lineage, hashChain);
    }

    EvidenceRegistry evidence() {
        return new EvidenceRegistry(batches, evidence, hashChain);
    }
}
