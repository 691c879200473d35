/**
 * The Anchor client SDK: a typed Java API for the participants of the Anchor supply-chain chaincode.
 *
 * <p>Start with {@link dev.anchor.client.AnchorClient} (what a participant can do), obtained from
 * {@link dev.anchor.client.Anchor#connect} or {@link dev.anchor.client.gateway.LocalNetwork#connect}. Failures are
 * {@link dev.anchor.client.AnchorException}s carrying an {@link dev.anchor.client.ErrorCode}. A batch's history
 * is a {@link dev.anchor.client.provenance.Provenance}, whose hash chain {@link dev.anchor.client.provenance.Provenance#verify()}
 * checks.
 */
package dev.anchor.client;
