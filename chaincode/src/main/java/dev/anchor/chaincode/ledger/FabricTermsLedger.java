package dev.anchor.chaincode.ledger;

import dev.anchor.chaincode.domain.terms.TermsDeclaration;
import dev.anchor.chaincode.domain.terms.TermsLedger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hyperledger.fabric.shim.ChaincodeStub;
import org.hyperledger.fabric.shim.ledger.KeyValue;
import org.hyperledger.fabric.shim.ledger.QueryResultsIterator;

/**
 * Terms on the ledger: declarations in the world state under {@code terms}+id+from+to, private copies under the
 * same key in the parties' collection. Reading a copy reads this peer's private store only.
 */
public final class FabricTermsLedger implements TermsLedger {

    private final ChaincodeStub stub;

    public FabricTermsLedger(ChaincodeStub stub) {
        this.stub = stub;
    }

    @Override
    public void declare(TermsDeclaration declaration) {
        stub.putState(key(declaration), TermsJson.encodeDeclaration(declaration));
    }

    @Override
    public List<TermsDeclaration> declarations(String id) {
        List<TermsDeclaration> declarations = new ArrayList<>();
        try (QueryResultsIterator<KeyValue> range = stub.getStateByPartialCompositeKey(LedgerKeys.termsOf(id))) {
            for (KeyValue entry : range) {
                declarations.add(TermsJson.decodeDeclaration(entry.getValue()));
            }
        }
        return declarations;
    }

    @Override
    public Optional<byte[]> privateCopy(TermsDeclaration declaration) {
        byte[] copy = stub.getPrivateData(declaration.collection(), key(declaration));
        return copy == null || copy.length == 0 ? Optional.empty() : Optional.of(copy);
    }

    @Override
    public void putPrivateCopy(TermsDeclaration declaration, byte[] canonical) {
        stub.putPrivateData(declaration.collection(), key(declaration), canonical);
    }

    @Override
    public void purgePrivateCopy(TermsDeclaration declaration) {
        stub.purgePrivateData(declaration.collection(), key(declaration));
    }

    private static String key(TermsDeclaration declaration) {
        return LedgerKeys.terms(declaration.id(), declaration.from(), declaration.to());
    }
}
