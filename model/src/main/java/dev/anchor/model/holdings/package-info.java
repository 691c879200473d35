/** What an organisation holds or is offered: pages of batches and logistic units (GetInventory, GetInbox). */
package dev.anchor.model.holdings;
