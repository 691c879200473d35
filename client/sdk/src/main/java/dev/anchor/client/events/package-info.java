/**
 * Events: following the chaincode's events as they commit, resuming from a checkpoint.
 */
package dev.anchor.client.events;
