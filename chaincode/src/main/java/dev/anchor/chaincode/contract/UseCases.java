package dev.anchor.chaincode.contract;

import dev.anchor.chaincode.domain.custody.HashChain;
import dev.anchor.chaincode.domain.custody.Holdings;
import dev.anchor.chaincode.domain.custody.ProductionRun;
import dev.anchor.chaincode.domain.custody.SupplyChain;
import dev.anchor.chaincode.domain.epcis.EpcisCapture;
import dev.anchor.chaincode.domain.epcis.EpcisQueries;
import dev.anchor.chaincode.domain.evidence.EvidenceRegistry;
import dev.anchor.chaincode.domain.lineage.Tracing;
import dev.anchor.chaincode.domain.lineage.Transformation;
import dev.anchor.chaincode.domain.membership.MemberAdmissions;
import dev.anchor.chaincode.domain.membership.Membership;
import dev.anchor.chaincode.domain.recall.Recalls;
import dev.anchor.chaincode.domain.request.Requests;
import dev.anchor.chaincode.domain.terms.PrivateTerms;
import dev.anchor.chaincode.domain.unit.Aggregation;
import dev.anchor.chaincode.domain.unit.UnitHandoffs;
import dev.anchor.chaincode.ledger.FabricBatchLedger;
import dev.anchor.chaincode.ledger.FabricEpcisLedger;
import dev.anchor.chaincode.ledger.FabricEpcisRecords;
import dev.anchor.chaincode.ledger.FabricEvidenceLedger;
import dev.anchor.chaincode.ledger.FabricHoldingsIndex;
import dev.anchor.chaincode.ledger.FabricLineageLedger;
import dev.anchor.chaincode.ledger.FabricMemberLedger;
import dev.anchor.chaincode.ledger.FabricRequestLedger;
import dev.anchor.chaincode.ledger.FabricTermsLedger;
import dev.anchor.chaincode.ledger.FabricUnitLedger;
import org.hyperledger.fabric.shim.ChaincodeStub;

/** The supply chain's use cases, each over the world state of one transaction (its stub). */
final class UseCases {

    private final ChaincodeStub stub;
    private final FabricBatchLedger batches;
    private final FabricUnitLedger units;
    private final FabricLineageLedger lineage;
    private final FabricEvidenceLedger evidence;
    private final HashChain hashChain;
    private final FabricMemberLedger memberLedger;
    private final Membership members;

    UseCases(ChaincodeStub stub, HashChain hashChain) {
        this.stub = stub;
        this.batches = new FabricBatchLedger(stub);
        this.units = new FabricUnitLedger(stub, batches);
        this.lineage = new FabricLineageLedger(stub, batches);
        this.evidence = new FabricEvidenceLedger(stub);
        this.hashChain = hashChain;
        this.memberLedger = new FabricMemberLedger(stub);
        this.members = new Membership(memberLedger);
    }

    SupplyChain supplyChain() {
        return new SupplyChain(batches, hashChain, members);
    }

    ProductionRun productionRun() {
        return new ProductionRun(batches, supplyChain());
    }

    Aggregation aggregation() {
        return new Aggregation(batches, units, hashChain, members);
    }

    UnitHandoffs unitHandoffs() {
        return new UnitHandoffs(batches, units, hashChain, members);
    }

    Holdings holdings() {
        return new Holdings(new FabricHoldingsIndex(stub, batches, units));
    }

    Transformation transformation() {
        return new Transformation(batches, lineage, hashChain);
    }

    Tracing tracing() {
        return new Tracing(batches, lineage, hashChain);
    }

    Recalls recalls() {
        return new Recalls(batches, lineage, hashChain, members);
    }

    EvidenceRegistry evidence() {
        return new EvidenceRegistry(batches, evidence, hashChain, members);
    }

    EpcisCapture epcisCapture() {
        return new EpcisCapture(batches, new FabricEpcisLedger(stub), lineage);
    }

    Requests requests() {
        return new Requests(new FabricRequestLedger(stub));
    }

    PrivateTerms terms() {
        return new PrivateTerms(new FabricTermsLedger(stub));
    }

    Membership membership() {
        return members;
    }

    MemberAdmissions admissions() {
        return new MemberAdmissions(memberLedger);
    }

    EpcisQueries epcisQueries() {
        return new EpcisQueries(new FabricEpcisRecords(stub), batches);
    }
}
