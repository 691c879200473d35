/**
 * Custody: batches and logistic units (SSCC) as the ledger holds them, their handoffs between organisations,
 * an organisation's inventory and inbox, and the recall a batch is under.
 */
package dev.anchor.client.custody;
