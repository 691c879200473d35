package dev.anchor.cli.batch;

import dev.anchor.client.lineage.Consumption;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads one {@code ID:QTY} of {@code --inputs}. */
public final class ConsumptionConverter implements ITypeConverter<Consumption> {
    @Override
    public Consumption convert(String value) {
        try {
            return Consumption.parse(value);
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException(e.getMessage());
        }
    }
}
