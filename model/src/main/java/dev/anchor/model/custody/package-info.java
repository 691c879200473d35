/** Batches and their custody: the batch record, pending handoffs, recalls as a batch carries them. */
package dev.anchor.model.custody;
