/** Evidence: documents attached to batches by their hash. */
package dev.anchor.model.evidence;
