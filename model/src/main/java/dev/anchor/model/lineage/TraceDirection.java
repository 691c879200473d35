package dev.anchor.model.lineage;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Which way a trace went: to the inputs ({@code "back"}) or to the outputs ({@code "forward"}). */
public enum TraceDirection {
    @JsonProperty("back")
    BACK,
    @JsonProperty("forward")
    FORWARD
}
