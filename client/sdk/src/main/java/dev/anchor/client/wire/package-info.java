/**
 * The chaincode's JSON as the SDK reads it (tolerant) and writes it (canonical): shared by the SDK's packages,
 * not part of its API.
 */
package dev.anchor.client.wire;
