package dev.anchor.server.query;

import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A value a query compares event members with: a number, a date-time (with an offset, compared as an instant) or
 * plain text, as its text reads.
 */
public record Operand(String text, Optional<BigDecimal> number, Optional<Instant> time) {
    public Operand {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(time, "time");
    }

    /** Reads a value as a number if it is one, else as a date-time if it is one, else as text. */
    public static Operand of(String text) {
        return new Operand(text, number(text), time(text));
    }

    static Optional<BigDecimal> number(String text) {
        try {
            return Optional.of(new BigDecimal(text));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    static Optional<Instant> time(String text) {
        try {
            return Optional.of(OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /**
     * Orders an event member against this operand: numerically when both are numbers, as instants when both are
     * date-times.
     *
     * @return the sign of (member - operand), or empty when they are not comparable
     */
    public OptionalInt compareWith(JsonNode member) {
        if (member.isNumber() && number.isPresent()) {
            return OptionalInt.of(Integer.signum(member.decimalValue().compareTo(number.get())));
        }
        if (member.isTextual() && time.isPresent()) {
            Optional<Instant> memberTime = time(member.textValue());
            if (memberTime.isPresent()) {
                return OptionalInt.of(Integer.signum(memberTime.get().compareTo(time.get())));
            }
        }
        if (member.isTextual() && number.isPresent()) {
            Optional<BigDecimal> memberNumber = number(member.textValue());
            if (memberNumber.isPresent()) {
                return OptionalInt.of(Integer.signum(memberNumber.get().compareTo(number.get())));
            }
        }
        return OptionalInt.empty();
    }

    /** @return whether an event member equals this operand: as numbers, as instants, or as text */
    public boolean equalTo(JsonNode member, TextForm form) {
        OptionalInt order = compareWith(member);
        if (order.isPresent()) {
            return order.getAsInt() == 0;
        }
        if (member.isValueNode() && !member.isNull()) {
            return form.normal(member.asText()).equals(form.normal(text));
        }
        return false;
    }
}
