/**
 * Lineage: transformations (inputs consumed, an output produced), the trace graphs back and forward from a
 * batch, recall reports, and a batch's whole trace with its EPCIS events.
 */
package dev.anchor.client.lineage;
