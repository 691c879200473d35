package dev.anchor.cli;

import dev.anchor.client.Organization;
import dev.anchor.client.Page;
import dev.anchor.client.custody.Batch;
import dev.anchor.client.custody.Holding;
import dev.anchor.client.custody.LogisticUnit;
import dev.anchor.model.custody.PendingHandoff;
import dev.anchor.client.epcis.CapturedEpcisEvent;
import dev.anchor.client.events.AnchorEvent;
import dev.anchor.client.provenance.ChainVerification;
import dev.anchor.client.provenance.Provenance;
import dev.anchor.client.provenance.ProvenanceEvent;

import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Human-readable text of batches, provenance and verification verdicts. */
final class TextFormat {
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);
    private static final int TIME_WIDTH = 24;

    private TextFormat() {
    }

    /** {@code distributor (DistributorMSP)}, or the MSP ID alone if it is not one of the four. */
    static String org(String mspId) {
        return Organization.describe(mspId);
    }

    /** A transaction id shortened for narrative lines: its first 12 characters. */
    static String shortTx(String txId) {
        return txId == null ? "?" : txId.length() <= 12 ? txId : txId.substring(0, 12);
    }

    static String time(Instant instant) {
        return instant == null ? "?" : TIME.format(instant);
    }

    static String quantity(BigDecimal q) {
        return q == null ? "?" : q.stripTrailingZeros().toPlainString();
    }

    /** The batch, several lines, naming producer, custodian and any pending handoff. */
    static List<String> batch(Batch b) {
        List<String> lines = new ArrayList<>();
        lines.add("Batch " + b.batchId());
        lines.add("  product:    " + b.productName() + " (GTIN " + b.gtin() + ")");
        lines.add("  quantity:   " + quantity(b.quantity()) + " " + b.unit());
        lines.add("  site:       " + b.site());
        lines.add("  producer:   " + org(b.producer()) + ", produced " + time(b.producedAt()));
        lines.add("  custodian:  " + org(b.custodian()));
        lines.add("  pending:    " + b.pendingHandoff().map(TextFormat::pending).orElse("no handoff pending"));
        lines.add("  events:     " + b.eventCount() + " (last hash " + b.lastEventHash() + ")");
        return lines;
    }

    private static String pending(PendingHandoff p) {
        return "handoff from " + org(p.from()) + " to " + org(p.to()) + ", initiated " + time(p.initiatedAt())
                + ", waiting for " + Organization.shortNameOf(p.to()) + " to accept or reject";
    }

    /**
     * Who acted in an event: the organisation, and the certificate's common name (the person or system) when the
     * event records the certificate's subject, e.g. {@code manufacturer (alice@manufacturer.anchor.local)}.
     */
    static String who(ProvenanceEvent e) {
        String organization = Organization.shortNameOf(e.actor());
        return e.actorSubject().flatMap(TextFormat::commonName).map(cn -> organization + " (" + cn + ")")
                .orElse(organization);
    }

    private static java.util.Optional<String> commonName(String subject) {
        try {
            return new LdapName(subject).getRdns().stream().filter(rdn -> rdn.getType().equalsIgnoreCase("CN"))
                    .map(rdn -> String.valueOf(rdn.getValue())).reduce((first, last) -> last);
        } catch (InvalidNameException notADistinguishedName) {
            return java.util.Optional.of(subject);
        }
    }

    /** The trace: a heading, one line per event (oldest first), then the verdict line. */
    static List<String> trace(Provenance p, ChainVerification v) {
        List<String> lines = new ArrayList<>();
        int n = p.events().size();
        lines.add("Trace of batch " + p.batchId() + " (" + n + (n == 1 ? " event" : " events") + ", oldest first)");
        int seqWidth = Math.max(1, p.events().stream().mapToLong(ProvenanceEvent::seq).map(Math::abs)
                .mapToObj(Long::toString).mapToInt(String::length).max().orElse(1));
        int typeWidth = p.events().stream().mapToInt(e -> e.typeName().length()).max().orElse(0);
        int actorWidth = p.events().stream().mapToInt(e -> who(e).length()).max().orElse(0);
        for (ProvenanceEvent e : p.events()) {
            lines.add(String.format("  %" + seqWidth + "d  %-" + TIME_WIDTH + "s  %-" + typeWidth + "s  %-"
                            + actorWidth + "s  %s", e.seq(), time(e.timestamp()), e.typeName(),
                    who(e), details(e)).stripTrailing());
        }
        lines.add(verification(v));
        return lines;
    }

    /**
     * The captured EPCIS events linked to a batch: a heading, then one line each (oldest first): event time, type,
     * action, business step, disposition (CBV words; {@code -} when the event has none), the capturing organisation
     * and the event hash.
     */
    static List<String> capturedEvents(List<CapturedEpcisEvent> events) {
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

    /** {@code hash chain: verified (N events)} or {@code hash chain: BROKEN at event K: reason}. */
    static String verification(ChainVerification v) {
        if (v.intact()) {
            return "hash chain: verified (" + v.eventsChecked() + (v.eventsChecked() == 1 ? " event)" : " events)");
        }
        return "hash chain: BROKEN at event " + v.brokenAtSeq().orElse(0L) + ": " + v.problem();
    }

    /** The details of an event in words. */
    static String details(ProvenanceEvent e) {
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
                return e.details().entrySet().stream().map(TextFormat::pair).collect(Collectors.joining(" "));
        }
    }

    private static String inUnit(ProvenanceEvent e) {
        return e.detail("sscc").map(sscc -> " with unit " + sscc).orElse("");
    }

    /** The unit, several lines: custodian, pending handoff, the batches in it. */
    static List<String> unit(LogisticUnit u) {
        List<String> lines = new ArrayList<>();
        lines.add("Unit " + u.sscc());
        lines.add("  packed:     by " + org(u.packedBy()) + ", " + time(u.packedAt()));
        lines.add("  custodian:  " + org(u.custodian()));
        lines.add("  pending:    " + u.pendingHandoff().map(TextFormat::pending).orElse("no handoff pending"));
        lines.add("  batches:    " + u.batchIds().size() + ": " + String.join(", ", u.batchIds()));
        return lines;
    }

    /** One line per holding ({@code batch ID  quantity unit product  [in unit S]  [pending to X]}), then the bookmark. */
    static List<String> holdings(String title, Page<Holding> page) {
        List<String> lines = new ArrayList<>();
        lines.add(title + " (" + page.items().size() + (page.items().size() == 1 ? " item" : " items")
                + (page.hasMore() ? ", more on the next page)" : ")"));
        for (Holding h : page.items()) {
            String pending = h.pendingHandoff().map(p -> "  offered by " + Organization.shortNameOf(p.from())
                    + " to " + Organization.shortNameOf(p.to())).orElse("");
            String line;
            if (h instanceof LogisticUnit u) {
                line = "  unit  " + u.sscc() + "  " + u.batchIds().size() + (u.batchIds().size() == 1 ? " batch" : " batches");
            } else {
                Batch b = (Batch) h;
                line = "  batch " + b.batchId() + "  " + quantity(b.quantity()) + " " + b.unit() + " "
                        + b.productName() + b.packedIn().map(s -> "  in unit " + s).orElse("");
            }
            lines.add(line + pending);
        }
        page.bookmark().ifPresent(b -> lines.add("next page: --bookmark " + b));
        return lines;
    }

    /**
     * One line per provenance event an Anchor event carries:
     * {@code block 12  tx 1a2b3c4d5e6f  HANDOFF_ACCEPTED  PEAR-001 #4  by distributor: from ... to ...}.
     */
    static List<String> event(AnchorEvent event) {
        List<String> lines = new ArrayList<>();
        String head = "block " + event.blockNumber() + "  tx " + shortTx(event.transactionId()) + "  ";
        if (event.events().isEmpty()) {
            lines.add(head + event.name());
        }
        for (ProvenanceEvent e : event.events()) {
            lines.add(head + e.typeName() + "  " + e.batchId() + " #" + e.seq() + "  by "
                    + who(e) + ": " + details(e));
        }
        return lines;
    }

    private static String pair(Map.Entry<String, Object> entry) {
        Object v = entry.getValue();
        return entry.getKey() + "=" + (v instanceof BigDecimal d ? quantity(d) : String.valueOf(v));
    }

    /** A one-line rendering of a message: newlines become spaces. */
    static String oneLine(String message) {
        return message == null ? "" : message.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
    }
}
