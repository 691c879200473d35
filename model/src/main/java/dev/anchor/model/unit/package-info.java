/** Logistic units (SSCC) and the chaincode events of their transactions. */
package dev.anchor.model.unit;
