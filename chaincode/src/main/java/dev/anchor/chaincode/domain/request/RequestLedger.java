package dev.anchor.chaincode.domain.request;

import java.util.Optional;

/** Where the first committed transaction of each request id is kept, per organisation. */
public interface RequestLedger {

    Optional<RequestRecord> findRequest(String callerMspId, RequestId requestId);

    void putRequest(String callerMspId, RequestRecord record);
}
