package dev.anchor.server.query;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A condition on a member of the event, evaluated in Java: some object of one of the scopes has the member
 * ({@code inner}: at any depth below one of its members, as {@code EQ_INNER_…} asks) with a value that compares as
 * asked with one of the operands (EQ: any; GT/GE/LT/LE: the one); when {@code uom} is present, only objects whose
 * {@code uom} is that count (sensor reports, quantity elements). A member whose value is an array compares element by
 * element. Extension members are named as the event writes them ({@code example:myField}).
 */
public record MemberCondition(String parameter, List<MemberScope> scopes, boolean inner, String member,
                              Comparison comparison, List<Operand> operands, Optional<String> uom, TextForm form)
        implements EventCondition {

    public MemberCondition {
        Objects.requireNonNull(parameter, "parameter");
        scopes = List.copyOf(scopes);
        Objects.requireNonNull(member, "member");
        Objects.requireNonNull(comparison, "comparison");
        operands = List.copyOf(operands);
        Objects.requireNonNull(uom, "uom");
        Objects.requireNonNull(form, "form");
    }

    @Override
    public boolean test(ObjectNode event) {
        return scopes.stream()
                .flatMap(scope -> scope.objects(event))
                .filter(this::hasUom)
                .flatMap(this::values)
                .anyMatch(this::accepts);
    }

    private boolean hasUom(JsonNode object) {
        return uom.isEmpty() || uom.get().equals(object.path("uom").asText(null));
    }

    private Stream<JsonNode> values(JsonNode object) {
        Stream<JsonNode> found = inner ? nested(object) : Stream.ofNullable(object.get(member));
        return found.flatMap(value -> value.isArray() ? stream(value) : Stream.of(value));
    }

    /** The members of that name below the object's members, at any depth. */
    private Stream<JsonNode> nested(JsonNode object) {
        return stream(object).filter(JsonNode::isContainerNode).flatMap(this::deep);
    }

    private Stream<JsonNode> deep(JsonNode container) {
        Stream<JsonNode> here = container.isObject() ? Stream.ofNullable(container.get(member)) : Stream.empty();
        return Stream.concat(here, stream(container).filter(JsonNode::isContainerNode).flatMap(this::deep));
    }

    private static Stream<JsonNode> stream(JsonNode container) {
        Stream.Builder<JsonNode> children = Stream.builder();
        container.forEach(children::add);
        return children.build();
    }

    private boolean accepts(JsonNode value) {
        if (value.isNull()) {
            return false;
        }
        return switch (comparison) {
            case EXISTS -> !(value.isContainerNode() && value.isEmpty());
            case EQ -> operands.stream().anyMatch(operand -> operand.equalTo(value, form));
            default -> operands.stream().anyMatch(operand -> operand.compareWith(value)
                    .stream().anyMatch(comparison::accepts));
        };
    }
}
