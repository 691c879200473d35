/**
 * Anchor's wire model: what crosses the wire between the chaincode and its clients, by capability. Each type is a
 * record whose components are the members of its JSON object, written and read through
 * {@link dev.anchor.model.json.CanonicalForm}; {@link dev.anchor.model.vocabulary} holds the error codes and event
 * types. No Fabric, and nothing of the chaincode's domain: the chaincode maps its domain to these records, a client
 * reads them.
 *
 * <pre>{@code
 * Batch batch = CanonicalForm.read(contract.evaluateTransaction("GetBatch", "PEAR-001"), Batch.class);
 * }</pre>
 */
package dev.anchor.model;
