package dev.anchor.cli.provenance;

import dev.anchor.cli.TextFormat;
import dev.anchor.client.Organization;
import dev.anchor.client.epcis.CapturedEpcisEvent;
import dev.anchor.client.provenance.ChainVerification;
import dev.anchor.client.provenance.Provenance;
import dev.anchor.client.provenance.ProvenanceEvent;

import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** A batch's provenance in words: the trace, who acted, what each event did, the verdict of its hash chain. */
public final class ProvenanceText {
    private static final int TIME_WIDTH = 24;

    private ProvenanceText() {
    }

    /** The trace: a heading, one line per event (oldest first), then the verdict line. */
    public static List<String> trace(Provenance p, ChainVerification v) {
        List<String> lines = new ArrayList<>();
        int n = p.events().size();
        lines.add("Trace of batch " + p.batchId() + " (" + n + (n == 1 ? " event" : " events") + ", oldest first)");
        int seqWidth = Math.max(1, p.events().stream().mapToLong(ProvenanceEvent::seq).map(Math::abs)
                .mapToObj(Long::toString).mapToInt(String::length).max().orElse(1));
        int typeWidth = p.events().stream().mapToInt(e -> e.typeName().length()).max().orElse(0);
        int actorWidth = p.events().stream().mapToInt(e -> who(e).length()).max().orElse(0);
        for (ProvenanceEvent e : p.events()) {
            lines.add(String.format("  %" + seqWidth + "d  %-" + TIME_WIDTH + "s  %-" + typeWidth + "s  %-"
                            + actorWidth + "s  %s", e.seq(), TextFormat.time(e.timestamp()), e.typeName(),
                    who(e), details(e)).stripTrailing());
        }
        lines.add(verification(v));
        return lines;
    }

    /**
     * Who acted in an event: the organisation, and the certificate's common name (the person or system) when the
     * event records the certificate's subject, e.g. {@code manufacturer (alice@manufacturer.anchor.local)}.
     */
    public static String who(ProvenanceEvent e) {
        String organization = Organization.shortNameOf(e.actor());
        return e.actorSubject().flatMap(ProvenanceText::commonName).map(cn -> organization + " (" + cn + ")")
                .orElse(organization);
    }

    private static Optional<String> commonName(String subject) {
        try {
            return new LdapName(subject).getRdns().stream().filter(rdn -> rdn.getType().equalsIgnoreCase("CN"))
                    .map(rdn -> String.valueOf(rdn.getValue())).reduce((first, last) -> last);
        } catch (InvalidNameException notADistinguishedName) {
            return Optional.of(subject);
        }
    }

    /** The details of an event in words. */
    public static String details(ProvenanceEvent e) {
        String from = e.detail("from").map(Organization::shortNameOf).orElse("?");
        String to = e.detail("to").map(Organization::shortNameOf).orElse("?");
        switch (e.type()) {
            case PRODUCED:
                return e.detail("quantity").orElse("?") + " " + e.detail("unit").orElse("") + " of "
                        + e.detail("productName").orElse("?") + " (GTIN " + e.detail("gtin").orElse("?") + ") at "
                        + e.detail("site").orElse("?");
            case HANDOFF_INITIATED:
                return "from " + from + " to " + to + inUnit(e);
            case HANDOFF_ACCEPTED:
                return "from " + from + " to " + to + inUnit(e) + "; " + to + " now holds the batch";
            case HANDOFF_REJECTED:
                return "from " + from + " to " + to + inUnit(e) + "; reason: " + e.detail("reason").orElse("?");
            case PACKED:
                return "packed into unit " + e.detail("sscc").orElse("?");
            case UNPACKED:
                return "unpacked from unit " + e.detail("sscc").orElse("?");
            case CONSUMED:
                return e.detail("quantity").orElse("?") + " " + e.detail("unit").orElse("") + " consumed into "
                        + e.detail("output").orElse("?") + "; " + e.detail("remaining").orElse("?") + " "
                        + e.detail("unit").orElse("") + " remain";
            case TRANSFORMED:
                return e.detail("quantity").orElse("?") + " " + e.detail("unit").orElse("") + " of "
                        + e.detail("productName").orElse("?") + " (GTIN " + e.detail("gtin").orElse("?") + ") at "
                        + e.detail("site").orElse("?") + " from " + e.detail("inputs").orElse("?");
            case RECALLED:
                return "recall of " + e.detail("recallOf").orElse("?") + ": " + e.detail("reason").orElse("?");
            case RECALL_ACKNOWLEDGED:
                return "recall of " + e.detail("recallOf").orElse("?") + " acknowledged";
            case EVIDENCE_ATTACHED:
                return e.detail("mediaType").orElse("?") + ", " + e.detail("size").orElse("?") + " bytes, SHA-256 "
                        + e.detail("sha256").orElse("?") + e.detail("uri").map(uri -> ", " + uri).orElse("");
            default:
                return e.details().entrySet().stream().map(ProvenanceText::pair).collect(Collectors.joining(" "));
        }
    }

    private static String inUnit(ProvenanceEvent e) {
        return e.detail("sscc").map(sscc -> " with unit " + sscc).orElse("");
    }

    private static String pair(Map.Entry<String, Object> entry) {
        Object v = entry.getValue();
        return entry.getKey() + "=" + (v instanceof BigDecimal d ? TextFormat.quantity(d) : String.valueOf(v));
    }

    /** {@code hash chain: verified (N events)} or {@code hash chain: BROKEN at event K: reason}. */
    public static String verification(ChainVerification v) {
        if (v.intact()) {
            return "hash chain: verified (" + v.eventsChecked() + (v.eventsChecked() == 1 ? " event)" : " events)");
        }
        return "hash chain: BROKEN at event " + v.brokenAtSeq().orElse(0L) + ": " + v.problem();
    }

    /**
     * The captured EPCIS events linked to a batch: a heading, then one line each (oldest first): event time, type,
     * action, business step, disposition (CBV words; {@code -} when the event has none), the capturing organisation
     * and the event hash.
     */
    public static List<String> capturedEvents(List<CapturedEpcisEvent> events) {
        List<String> lines = new ArrayList<>();
        lines.add("captured EPCIS events (" + events.size() + "):");
        List<List<String>> rows = new ArrayList<>();
        for (CapturedEpcisEvent e : events) {
            rows.add(List.of(e.eventTime(), e.type(), e.action().orElse("-"), e.bizStep().orElse("-"),
                    e.disposition().orElse("-"), e.capturedBy() == null ? "?" : Organization.shortNameOf(e.capturedBy()),
                    e.eventId()));
        }
        int[] widths = new int[7];
        rows.forEach(row -> {
            for (int i = 0; i < widths.length; i++) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        });
        for (List<String> row : rows) {
            StringBuilder line = new StringBuilder(" ");
            for (int i = 0; i < widths.length; i++) {
                line.append(' ').append(i == widths.length - 1 ? row.get(i) : String.format("%-" + widths[i] + "s ", row.get(i)));
            }
            lines.add(line.toString().stripTrailing());
        }
        return lines;
    }
}
