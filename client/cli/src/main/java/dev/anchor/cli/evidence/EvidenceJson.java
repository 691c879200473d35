package dev.anchor.cli.evidence;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.anchor.cli.JsonOutput;
import dev.anchor.model.evidence.Evidence;

import java.util.Optional;

/** The {@code --json} answer of {@code evidence verify}. */
public final class EvidenceJson {
    private EvidenceJson() {
    }

    /** {@code {"attached":true|false,"batchId":...,"sha256":...,"evidence":{...}}}; evidence only when attached. */
    static String check(String batchId, String sha256, Optional<Evidence> evidence) {
        ObjectNode o = JsonOutput.object();
        o.put("attached", evidence.isPresent());
        o.put("batchId", batchId);
        o.put("sha256", sha256);
        evidence.ifPresent(e -> {
            ObjectNode record = o.putObject("evidence");
            record.put("attachedAt", String.valueOf(e.attachedAt()));
            record.put("attachedBy", e.attachedBy());
            record.put("mediaType", e.mediaType());
            record.put("size", e.size());
            record.put("transactionId", e.txId());
            if (e.uri() != null) {
                record.put("uri", e.uri());
            }
        });
        return JsonOutput.write(o);
    }
}
