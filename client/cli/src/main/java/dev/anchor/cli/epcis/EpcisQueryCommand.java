package dev.anchor.cli.epcis;

import dev.anchor.cli.AnchorCommand;
import dev.anchor.cli.ExitCodes;
import dev.anchor.client.AnchorClient;
import dev.anchor.client.epcis.EpcisQuery;
import dev.anchor.client.epcis.EpcisQueryPage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code anchor epcis query [--eventType T] [--GE_eventTime TIME] … [--page-size N] [--bookmark B] [--all]}: prints
 * an EPCISQueryDocument.
 */
@Command(name = "query", sortOptions = false, description = {
        "Query the captured EPCIS events; prints an EPCIS 2.0 EPCISQueryDocument (JSON-LD).",
        "Parameters AND together; the values of one parameter (repeat it, or separate values with '|') OR together.",
        "A MATCH_ value ending in * is a prefix: urn:epc:idpat:sgtin:0614141.107346.* matches urn:epc:id:sgtin:0614141.107346.…",
        "On the ledger a page reads the next --page-size captured events in event id order and prints those that match,",
        "so it can hold fewer (even none) while more follow: when more follow, the next page's bookmark is printed on",
        "standard error; only its absence says the answer is complete."})
public final class EpcisQueryCommand extends AnchorCommand {
    @Option(names = "--eventType", split = "\\|", paramLabel = "TYPE",
            description = "ObjectEvent, AggregationEvent, TransactionEvent, TransformationEvent, AssociationEvent")
    List<String> eventType;

    @Option(names = "--GE_eventTime", paramLabel = "TIME", description = "at or after, e.g. 2026-11-25T00:00:00Z")
    String geEventTime;

    @Option(names = "--LT_eventTime", paramLabel = "TIME", description = "before")
    String ltEventTime;

    @Option(names = "--EQ_bizStep", split = "\\|", paramLabel = "STEP", description = "e.g. shipping (or a CBV URI)")
    List<String> bizStep;

    @Option(names = "--EQ_disposition", split = "\\|", paramLabel = "DISP", description = "e.g. in_transit")
    List<String> disposition;

    @Option(names = "--EQ_bizLocation", split = "\\|", paramLabel = "ID", description = "business location id")
    List<String> bizLocation;

    @Option(names = "--EQ_readPoint", split = "\\|", paramLabel = "ID", description = "read point id")
    List<String> readPoint;

    @Option(names = "--MATCH_epc", split = "\\|", paramLabel = "EPC", description = "in epcList or childEPCs")
    List<String> epc;

    @Option(names = "--MATCH_anyEPC", split = "\\|", paramLabel = "EPC",
            description = "anywhere: also parentID, inputEPCList, outputEPCList")
    List<String> anyEpc;

    @Option(names = "--MATCH_epcClass", split = "\\|", paramLabel = "CLASS",
            description = "in quantityList or childQuantityList")
    List<String> epcClass;

    @Option(names = "--MATCH_anyEPCClass", split = "\\|", paramLabel = "CLASS",
            description = "anywhere: also inputQuantityList, outputQuantityList")
    List<String> anyEpcClass;

    @Option(names = "--page-size", paramLabel = "N", defaultValue = "100",
            description = "captured events a page reads, 1 to 1000 (default: ${DEFAULT-VALUE}); it prints those that "
                    + "match, so fewer, even none, while more follow")
    int pageSize;

    @Option(names = "--bookmark", paramLabel = "B", description = "the next page: the bookmark the previous page printed")
    String bookmark;

    @Option(names = "--all", description = "follow every page and print one document")
    boolean all;

    /** The query the options describe. */
    EpcisQuery query() {
        Map<String, List<String>> options = new LinkedHashMap<>();
        options.put("eventType", eventType);
        options.put("GE_eventTime", geEventTime == null ? null : List.of(geEventTime));
        options.put("LT_eventTime", ltEventTime == null ? null : List.of(ltEventTime));
        options.put("EQ_bizStep", bizStep);
        options.put("EQ_disposition", disposition);
        options.put("EQ_bizLocation", bizLocation);
        options.put("EQ_readPoint", readPoint);
        options.put("MATCH_epc", epc);
        options.put("MATCH_anyEPC", anyEpc);
        options.put("MATCH_epcClass", epcClass);
        options.put("MATCH_anyEPCClass", anyEpcClass);
        EpcisQuery query = EpcisQuery.all();
        for (Map.Entry<String, List<String>> option : options.entrySet()) {
            if (option.getValue() != null) {
                query = query.with(option.getKey(), option.getValue().toArray(String[]::new));
            }
        }
        return query;
    }

    @Override
    public Integer call() {
        try (AnchorClient client = connect()) {
            EpcisQueryPage page = all ? client.queryEpcis(query()) : client.queryEpcis(query(), pageSize, bookmark);
            print(page.document().toPrettyString());
            page.bookmark().ifPresent(next -> {
                spec.commandLine().getErr().println("more events follow: --bookmark " + next);
                spec.commandLine().getErr().flush();
            });
        }
        return ExitCodes.OK;
    }
}
