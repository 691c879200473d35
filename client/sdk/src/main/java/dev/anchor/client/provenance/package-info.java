/**
 * Provenance: the events of one batch in order and the hash chain that links them.
 */
package dev.anchor.client.provenance;
