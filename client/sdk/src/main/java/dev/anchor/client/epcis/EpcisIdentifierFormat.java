package dev.anchor.client.epcis;

import com.networknt.schema.ExecutionContext;
import com.networknt.schema.MessageSourceError;
import com.networknt.schema.SchemaContext;
import com.networknt.schema.format.Format;
import com.networknt.schema.format.UriFormat;
import com.networknt.schema.keyword.FormatValidator;
import com.networknt.schema.path.NodePath;
import tools.jackson.databind.JsonNode;

import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * The schema's {@code "format": "uri"}, except that where the value names a JSON-LD node of the document itself (the
 * document's {@code id}, an event's {@code eventID}, an error declaration's {@code correctiveEventIDs}), a JSON-LD
 * blank node identifier ({@code _:document1}) is accepted too, as JSON-LD and GS1's own examples allow. Every other
 * URI the schema asks for (EPCs, locations, business transactions, ...) must still be an RFC 3986 URI.
 */
final class EpcisIdentifierFormat implements Format {
    /**
     * {@code _:} then a label per the N-Triples / Turtle {@code BLANK_NODE_LABEL} production, which JSON-LD 1.1
     * refers to: it starts with a name character or digit, may hold dots inside, and does not end with a dot.
     */
    private static final Pattern BLANK_NODE;

    static {
        String base = "A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02FF\u0370-\u037D\u037F-\u1FFF\u200C-\u200D"
                + "\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD\\x{10000}-\\x{EFFFF}";
        String first = base + "_:0-9";
        String next = first + "\\-\u00B7\u0300-\u036F\u203F-\u2040";
        BLANK_NODE = Pattern.compile("_:[" + first + "](?:[" + next + ".]*[" + next + "])?");
    }

    private final UriFormat uri = new UriFormat();

    /** @return whether the text is a JSON-LD blank node identifier ({@code _:} and a blank node label) */
    static boolean isBlankNode(String text) {
        return BLANK_NODE.matcher(text).matches();
    }

    @Override
    public String getName() {
        return uri.getName();
    }

    @Override
    public String getMessageKey() {
        return uri.getMessageKey();
    }

    @Override
    public boolean matches(ExecutionContext executionContext, String value) {
        return uri.matches(executionContext, value);
    }

    @Override
    public void validate(ExecutionContext executionContext, SchemaContext schemaContext, JsonNode node,
                         JsonNode rootNode, NodePath instanceLocation, boolean assertionsEnabled,
                         Supplier<MessageSourceError.Builder> message, FormatValidator formatValidator) {
        if (!assertionsEnabled || !node.isString() || !namesADocumentNode(instanceLocation)) {
            Format.super.validate(executionContext, schemaContext, node, rootNode, instanceLocation,
                    assertionsEnabled, message, formatValidator);
            return;
        }
        String value = node.asString();
        if (!isBlankNode(value) && !uri.matches(executionContext, value)) {
            executionContext.addError(message.get().message("must be an RFC 3986 URI or a JSON-LD blank node "
                    + "identifier (_: and a name, e.g. _:event1), not \"" + value + "\"").build());
        }
    }

    /** The document's {@code id}, any {@code eventID}, and each of {@code correctiveEventIDs}. */
    private static boolean namesADocumentNode(NodePath at) {
        int count = at.getNameCount();
        if (count == 0) {
            return false;
        }
        Object last = at.getElement(count - 1);
        if ("eventID".equals(last)) {
            return true;
        }
        if (count == 1) {
            return "id".equals(last);
        }
        return last instanceof Integer && "correctiveEventIDs".equals(at.getElement(count - 2));
    }
}
