package dev.anchor.chaincode.domain.epcis;

import java.math.BigDecimal;

/**
 * One quantity element of a captured EPCIS event ({@code quantityList}, {@code childQuantityList},
 * {@code inputQuantityList}, {@code outputQuantityList}): an EPC class and, when the event states them, a
 * quantity and its unit of measure (UN/CEFACT code, e.g. {@code KGM}).
 */
public record EpcisQuantity(String epcClass, BigDecimal quantity, String uom) {
}
