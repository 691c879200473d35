package dev.anchor.chaincode.domain.custody;

import java.util.Optional;

/**
 * What an organisation can hold and be offered: a {@link Batch} or a logistic unit
 * ({@code domain.unit.LogisticUnit}). Not sealed: outside a named module Java permits a sealed type's subtypes only
 * in its own package, and the unit lives in its own capability package.
 */
public interface Holding {

    String custodian();

    Optional<PendingHandoff> pending();
}
