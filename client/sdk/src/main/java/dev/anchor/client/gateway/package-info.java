/**
 * The fabric-gateway adapter: connecting to a peer, submitting writes exactly once, reading blocks and events;
 * {@link dev.anchor.client.gateway.LocalNetwork} for the local development network. The only package that uses
 * fabric-gateway and gRPC.
 */
package dev.anchor.client.gateway;
