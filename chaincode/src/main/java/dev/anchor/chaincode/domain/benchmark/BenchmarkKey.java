package dev.anchor.chaincode.domain.benchmark;

import dev.anchor.chaincode.domain.shared.Refusal;
import java.util.regex.Pattern;

/** The key a benchmark floor transaction writes: 1-64 characters of {@code [A-Za-z0-9._-]}. */
public record BenchmarkKey(String value) {

    private static final Pattern FORM = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    public BenchmarkKey {
        if (value == null || !FORM.matcher(value).matches()) {
            throw Refusal.invalidInput("key must be 1-64 characters of A-Z, a-z, 0-9, '.', '_' or '-'");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
