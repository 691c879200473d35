/**
 * Provenance proofs: collected from a peer's {@code qscc}, verified offline against trust anchors.
 */
package dev.anchor.client.proof;
