package dev.anchor.cli;

import dev.anchor.client.Organization;
import picocli.CommandLine;

import java.util.Arrays;
import java.util.Iterator;

/** Reads an organisation's short name ({@code manufacturer}, ...) on the command line. */
public final class OrganizationConverter implements CommandLine.ITypeConverter<Organization> {
    @Override
    public Organization convert(String value) {
        try {
            return Organization.fromShortName(value);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.TypeConversionException(e.getMessage());
        }
    }

    /** The short names, for help texts ({@code ${COMPLETION-CANDIDATES}}). */
    public static final class Names implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(Organization.values()).map(Organization::shortName).iterator();
        }
    }
}
