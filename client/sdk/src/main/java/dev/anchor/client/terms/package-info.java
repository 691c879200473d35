/**
 * Commercial terms of handoffs, kept private to the two parties (docs/private-terms.md): {@link TermsParty} attaches,
 * shows and purges them; {@link TermsDisclosure} is the private copy a party keeps and may disclose, and
 * {@link TermsDisclosure#check} lets anyone compare a disclosed copy with the hash the ledger holds.
 */
package dev.anchor.client.terms;
