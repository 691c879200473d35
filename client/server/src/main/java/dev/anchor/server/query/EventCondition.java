package dev.anchor.server.query;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** A condition the store evaluates in Java on the events its SQL conditions selected. */
public interface EventCondition {
    /** @return the query parameter it comes from */
    String parameter();

    /** @return whether the event (as captured) satisfies it */
    boolean test(ObjectNode event);
}
