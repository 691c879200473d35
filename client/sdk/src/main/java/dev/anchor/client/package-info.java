/**
 * The Anchor client SDK: a typed Java API for the participants of the Anchor supply-chain chaincode.
 *
 * <p>Start with {@link dev.anchor.client.AnchorClient} (what a participant can do), obtained from
 * {@link dev.anchor.client.Anchor#connect} or {@link dev.anchor.client.gateway.LocalNetwork#connect}. Failures are
 * {@link dev.anchor.client.AnchorException}s carrying an {@link dev.anchor.model.vocabulary.ErrorCode}. A batch's history
 * is a {@link dev.anchor.client.provenance.Provenance}, whose hash chain
 * {@link dev.anchor.client.provenance.Provenance#verify()} checks.
 *
 * <p>This package holds the entry points, the role views {@link dev.anchor.client.BatchProducer} and
 * {@link dev.anchor.client.ProvenanceReader} (they span capabilities), receipts, pages and errors. The types of each
 * capability are in its own package: {@code custody}, {@code lineage}, {@code provenance}, {@code evidence},
 * {@code events}, {@code epcis}, {@code proof} and {@code request}; {@code gateway} is the fabric-gateway adapter
 * behind {@link dev.anchor.client.Anchor#connect}, {@code wire} the JSON reading and canonical writing they share.
 */
package dev.anchor.client;
