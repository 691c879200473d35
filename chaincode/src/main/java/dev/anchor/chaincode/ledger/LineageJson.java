package dev.anchor.chaincode.ledger;

import com.fasterxml.jackson.databind.JsonNode;
import dev.anchor.chaincode.domain.custody.Batch;
import dev.anchor.chaincode.domain.lineage.BatchLink;
import dev.anchor.chaincode.domain.lineage.Consumption;
import dev.anchor.chaincode.domain.lineage.TraceGraph;
import dev.anchor.chaincode.domain.lineage.TraceNode;
import dev.anchor.chaincode.domain.lineage.TraceStep;
import dev.anchor.chaincode.domain.shared.BatchId;
import dev.anchor.chaincode.domain.shared.Quantity;
import dev.anchor.chaincode.domain.shared.Refusal;
import dev.anchor.chaincode.domain.shared.Sscc;
import dev.anchor.model.json.CanonicalForm;
import dev.anchor.model.lineage.OutputLink;
import dev.anchor.model.lineage.TraceDirection;
import dev.anchor.model.vocabulary.ErrorCode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Lineage on the wire: links (under their output and their input), traces, and the inputs of TransformBatches. */
public final class LineageJson {

    private LineageJson() {
    }

    /** The value of a link's key under its output ({@code input}+output+input). */
    public static byte[] encodeLink(BatchLink link) {
        return CanonicalForm.write(wire(link));
    }

    public static BatchLink decodeLink(byte[] json) {
        return domain(CanonicalForm.read(json, dev.anchor.model.lineage.BatchLink.class));
    }

    /**
     * The value of a link's key under its input ({@code output}+input+output): the link and, as {@code outputState},
     * the output batch's current state ({@code output} null: the link alone, until the output is written).
     */
    public static byte[] encodeOutputLink(BatchLink link, Batch output) {
        return CanonicalForm.write(new OutputLink(link.input().value(), link.output().value(),
                output == null ? null : CustodyJson.wire(output), link.quantity().value(), link.txId(), link.unit()));
    }

    /** A link's entry under its input, with the copy of the output's state when it holds one. */
    public static TraceStep decodeOutputLink(byte[] json) {
        OutputLink wire = CanonicalForm.read(json, OutputLink.class);
        return new TraceStep(new BatchLink(new BatchId(wire.input()), new BatchId(wire.output()),
                new Quantity(wire.quantity()), wire.unit(), wire.txId()),
                wire.outputState() == null ? null : CustodyJson.domain(wire.outputState()));
    }

    /** The answer of a trace: the batches reached, with their depth from the root, and the links followed. */
    public static byte[] encodeTrace(TraceGraph graph) {
        return CanonicalForm.write(new dev.anchor.model.lineage.TraceGraph(
                TraceDirection.valueOf(graph.direction().name()), edges(graph), nodes(graph), graph.root().value()));
    }

    /**
     * Reads the {@code inputs} argument of TransformBatches: a JSON array of {@code {"batchId":…,"quantity":…}},
     * the quantity a string ({@code "12.5"}) or a number. Anything else is {@code INVALID_INPUT}.
     */
    public static List<Consumption> decodeConsumptions(String inputs) {
        JsonNode array;
        try {
            array = inputs == null ? null : CanonicalForm.tree(inputs);
        } catch (IOException e) {
            throw new Refusal(ErrorCode.INVALID_INPUT, "inputs must be a JSON array of {\"batchId\":…,\"quantity\":…}");
        }
        if (array == null || !array.isArray()) {
            throw new Refusal(ErrorCode.INVALID_INPUT, "inputs must be a JSON array of {\"batchId\":…,\"quantity\":…}");
        }
        List<Consumption> consumptions = new ArrayList<>();
        for (JsonNode element : array) {
            if (!element.isObject()) {
                throw new Refusal(ErrorCode.INVALID_INPUT, "each input must be an object {\"batchId\":…,\"quantity\":…}");
            }
            consumptions.add(new Consumption(scalar(element.get("batchId")), scalar(element.get("quantity"))));
        }
        return consumptions;
    }

    /** A string member as is, a number in plain notation, anything else null (refused by the domain). */
    static String scalar(JsonNode value) {
        if (value == null) {
            return null;
        }
        if (value.isTextual()) {
            return value.textValue();
        }
        return value.isNumber() ? value.decimalValue().toPlainString() : null;
    }

    static dev.anchor.model.lineage.BatchLink wire(BatchLink link) {
        return new dev.anchor.model.lineage.BatchLink(link.input().value(), link.output().value(),
                link.quantity().value(), link.txId(), link.unit());
    }

    private static BatchLink domain(dev.anchor.model.lineage.BatchLink wire) {
        return new BatchLink(new BatchId(wire.input()), new BatchId(wire.output()), new Quantity(wire.quantity()),
                wire.unit(), wire.txId());
    }

    /** The nodes of a trace or recall report: each batch's id, product, quantities, custodian, pending recipient, recall. */
    static List<dev.anchor.model.lineage.TraceNode> nodes(TraceGraph graph) {
        List<dev.anchor.model.lineage.TraceNode> nodes = new ArrayList<>();
        for (TraceNode traced : graph.nodes()) {
            Batch batch = traced.batch();
            nodes.add(new dev.anchor.model.lineage.TraceNode(batch.batchId().value(), batch.custodian(), traced.depth(),
                    batch.gtin().value(), batch.packed().map(Sscc::value).orElse(null),
                    batch.pending().map(pending -> pending.to()).orElse(null), batch.productName(),
                    batch.quantity().value(), batch.recalled().map(CustodyJson::wire).orElse(null), batch.remaining(),
                    batch.unit()));
        }
        return nodes;
    }

    static List<dev.anchor.model.lineage.BatchLink> edges(TraceGraph graph) {
        return graph.edges().stream().map(LineageJson::wire).toList();
    }
}
