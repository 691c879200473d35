/** Requests: the record that makes a write exactly-once per client request id. */
package dev.anchor.model.request;
