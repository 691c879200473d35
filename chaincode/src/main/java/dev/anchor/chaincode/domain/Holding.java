package dev.anchor.chaincode.domain;

import java.util.Optional;

/** What an organisation can hold and be offered: a batch or a logistic unit. */
public sealed interface Holding permits Batch, LogisticUnit {

    String custodian();

    Optional<PendingHandoff> pending();
}
