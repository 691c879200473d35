/**
 * EPCIS 2.0: capturing documents to the ledger, queries, the feed of committed EPCIS blocks, a batch's export,
 * the official schema and CBV event hashes.
 */
package dev.anchor.client.epcis;
