package dev.anchor.server.query;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Instant;

/**
 * A query saved under a name ({@code POST /queries}): its definition as the client sent it
 * ({@code {"name":…,"query":{…}}}, query-schema.json), who created it and when.
 */
public record NamedQuery(String name, ObjectNode definition, String createdBy, Instant createdAt) {
}
