/**
 * Evidence: documents (lab reports, certificates) attached to a batch by their SHA-256.
 */
package dev.anchor.client.evidence;
