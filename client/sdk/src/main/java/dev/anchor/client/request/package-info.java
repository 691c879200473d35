/**
 * Requests: the retry policy of writes and the listener of their attempts.
 */
package dev.anchor.client.request;
