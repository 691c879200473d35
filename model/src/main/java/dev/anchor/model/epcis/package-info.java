/** GS1 EPCIS 2.0 on the ledger: captured event records, capture answers, query pages. */
package dev.anchor.model.epcis;
