package dev.anchor.cli;

import dev.anchor.client.Organization;
import dev.anchor.client.gateway.LocalNetwork;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Reads an organisation's short name on the command line ({@code --org}, {@code --to}): a founding organisation
 * ({@code manufacturer}, ...), or an organisation added since, as the network descriptor lists it
 * ({@code network.sh add-org wholesaler}).
 */
public final class OrganizationNames {

    private OrganizationNames() {
    }

    /**
     * The organisation named: a founder without reading anything, else one the descriptor (if there is one) lists.
     *
     * @throws IllegalArgumentException naming the valid names when there is none
     */
    public static Organization resolve(String name, Path descriptor) {
        try {
            return Organization.fromShortName(name);
        } catch (IllegalArgumentException notAFounder) {
            if (!Files.isRegularFile(descriptor)) {
                throw notAFounder;
            }
            List<Organization> known = new ArrayList<>(Organization.founders());
            LocalNetwork.load(descriptor).organizations().stream().filter(o -> !known.contains(o)).forEach(known::add);
            return Organization.fromShortName(name, known);
        }
    }

    /** The founders' short names, for help texts ({@code ${COMPLETION-CANDIDATES}}). */
    public static final class Founders implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Organization.founders().stream().map(Organization::shortName).iterator();
        }
    }
}
