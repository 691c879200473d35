package dev.anchor.chaincode.domain.request;

import java.util.Optional;

/** Where the request records of writes made before issue 16 are kept, per organisation; nothing adds to them now. */
public interface RequestLedger {

    Optional<RequestRecord> findRequest(String callerMspId, RequestId requestId);
}
