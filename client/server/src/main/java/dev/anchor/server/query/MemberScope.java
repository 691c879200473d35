package dev.anchor.server.query;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.stream.Stream;

/** Where in an event a query looks for a member: the objects of the event that may hold it. */
public enum MemberScope {
    /** The event itself (its top-level extension fields). */
    EVENT,
    /** {@code ilmd}. */
    ILMD,
    /** {@code errorDeclaration}. */
    ERROR_DECLARATION,
    /** {@code readPoint}. */
    READ_POINT,
    /** {@code bizLocation}. */
    BIZ_LOCATION,
    /** Each element of {@code sensorElementList}. */
    SENSOR_ELEMENT,
    /** The {@code sensorMetadata} of each sensor element. */
    SENSOR_METADATA,
    /** Each {@code sensorReport} of each sensor element. */
    SENSOR_REPORT,
    /** Each element of {@code quantityList}, {@code childQuantityList}, {@code inputQuantityList}, {@code outputQuantityList}. */
    QUANTITY_ELEMENT;

    private static final List<String> QUANTITY_LISTS =
            List.of("quantityList", "childQuantityList", "inputQuantityList", "outputQuantityList");

    /** @return the objects of this scope in the event */
    public Stream<JsonNode> objects(ObjectNode event) {
        return switch (this) {
            case EVENT -> Stream.of(event);
            case ILMD -> object(event.get("ilmd"));
            case ERROR_DECLARATION -> object(event.get("errorDeclaration"));
            case READ_POINT -> object(event.get("readPoint"));
            case BIZ_LOCATION -> object(event.get("bizLocation"));
            case SENSOR_ELEMENT -> elements(event.get("sensorElementList"));
            case SENSOR_METADATA -> elements(event.get("sensorElementList"))
                    .flatMap(element -> object(element.get("sensorMetadata")));
            case SENSOR_REPORT -> elements(event.get("sensorElementList"))
                    .flatMap(element -> elements(element.get("sensorReport")));
            case QUANTITY_ELEMENT -> QUANTITY_LISTS.stream().flatMap(list -> elements(event.get(list)));
        };
    }

    private static Stream<JsonNode> object(JsonNode node) {
        return node != null && node.isObject() ? Stream.of(node) : Stream.empty();
    }

    private static Stream<JsonNode> elements(JsonNode node) {
        if (node == null || !node.isArray()) {
            return Stream.empty();
        }
        Stream.Builder<JsonNode> objects = Stream.builder();
        node.forEach(element -> {
            if (element.isObject()) {
                objects.add(element);
            }
        });
        return objects.build();
    }
}
