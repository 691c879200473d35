package dev.anchor.chaincode.domain.evidence;

import dev.anchor.chaincode.domain.custody.Batch;
import dev.anchor.chaincode.domain.custody.BatchLedger;
import dev.anchor.chaincode.domain.custody.BatchRecords;
import dev.anchor.chaincode.domain.custody.HashChain;
import dev.anchor.chaincode.domain.provenance.EventDetails;
import dev.anchor.model.vocabulary.EventType;
import dev.anchor.chaincode.domain.provenance.ProvenanceEvent;
import dev.anchor.chaincode.domain.shared.BatchId;
import dev.anchor.model.vocabulary.ErrorCode;
import dev.anchor.chaincode.domain.shared.Refusal;
import dev.anchor.chaincode.domain.shared.Members;
import dev.anchor.chaincode.domain.shared.Sha256;
import dev.anchor.chaincode.domain.shared.Submission;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Attaching off-chain documents (a lab report, a certificate) to a batch by their SHA-256, and finding out whether a
 * given document was attached. Any organisation of the channel may attach; attaching appends an
 * {@code EVIDENCE_ATTACHED} event to the batch's hash chain.
 *
 * <p>Checks: role (an organisation of the channel), arguments (batch id, hash, media type, size, locator),
 * existence of the batch, then the document not attached to it yet ({@link ErrorCode#EVIDENCE_EXISTS}).
 */
public final class EvidenceRegistry {

    /** {@code type/subtype}, e.g. {@code application/pdf}, with optional parameters; at most 127 characters. */
    private static final Pattern MEDIA_TYPE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]*/[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]*(;[ -~]*)?");
    private static final int MAX_MEDIA_TYPE = 127;
    private static final Pattern SIZE = Pattern.compile("0|[1-9][0-9]{0,14}");
    /** A URI as printable ASCII without blanks, at most 2048 characters. */
    private static final Pattern URI = Pattern.compile("[!-~]{1,2048}");

    private final BatchRecords records;
    private final EvidenceLedger evidence;
    private final Members members;

    public EvidenceRegistry(BatchLedger ledger, EvidenceLedger evidence, HashChain hashChain, Members members) {
        this.members = Objects.requireNonNull(members, "members");
        this.records = new BatchRecords(ledger, hashChain);
        this.evidence = Objects.requireNonNull(evidence, "evidence");
    }

    /** Attaches the document's record to the batch; answers the batch. {@code uri} may be null or empty. */
    public Batch attach(Submission submission, String batchId, String sha256, String mediaType, String size,
            String uri) {
        String caller = submission.callerMspId();
        if (members.find(caller).isEmpty()) {
            throw new Refusal(ErrorCode.FORBIDDEN_ROLE,
                    BatchRecords.describe(caller) + " may not attach evidence; only organisations of the channel may");
        }
        BatchId id = new BatchId(batchId);
        Sha256 digest = new Sha256(sha256);
        if (mediaType == null || mediaType.length() > MAX_MEDIA_TYPE || !MEDIA_TYPE.matcher(mediaType).matches()) {
            throw Refusal.invalidInput("mediaType must be a media type such as application/pdf");
        }
        if (size == null || !SIZE.matcher(size).matches()) {
            throw Refusal.invalidInput("size must be a whole number of bytes, at most 15 digits");
        }
        String locator = uri == null || uri.isEmpty() ? null : uri;
        if (locator != null && !URI.matcher(locator).matches()) {
            throw Refusal.invalidInput("uri must be at most 2048 printable ASCII characters without blanks");
        }
        Batch batch = records.existing(id);
        evidence.findEvidence(id, digest).ifPresent(earlier -> {
            throw new Refusal(ErrorCode.EVIDENCE_EXISTS, "a document with SHA-256 " + digest
                    + " was already attached to batch " + id + " by " + earlier.attachedBy() + " at " + earlier.attachedAt());
        });

        Evidence attached = new Evidence(id, digest, mediaType, Long.parseLong(size), locator, caller,
                submission.timestamp(), submission.txId());
        ProvenanceEvent event = records.append(batch, submission, EventType.EVIDENCE_ATTACHED,
                EventDetails.evidence(attached.sha256(), attached.mediaType(), attached.size(),
                        attached.locator().orElse(null)));
        evidence.putEvidence(attached);
        Batch after = batch.after(event, batch.custodian(), batch.pendingHandoff());
        records.ledger().record(after, event);
        return after;
    }

    /** The record of the document with this hash attached to the batch, or {@link ErrorCode#EVIDENCE_NOT_FOUND}. */
    public Evidence find(String batchId, String sha256) {
        BatchId id = new BatchId(batchId);
        Sha256 digest = new Sha256(sha256);
        records.existing(id);
        return evidence.findEvidence(id, digest).orElseThrow(() -> new Refusal(ErrorCode.EVIDENCE_NOT_FOUND,
                "no document with SHA-256 " + digest + " is attached to batch " + id));
    }
}
