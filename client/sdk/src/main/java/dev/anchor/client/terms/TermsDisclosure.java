package dev.anchor.client.terms;

import com.fasterxml.jackson.databind.JsonNode;
import dev.anchor.client.AnchorException;
import dev.anchor.model.vocabulary.ErrorCode;
import dev.anchor.client.Organization;
import dev.anchor.model.json.CanonicalForm;
import dev.anchor.model.terms.TermsCopy;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The private copy of a handoff's commercial terms: the batch, the two parties, a random salt and the terms (any JSON
 * object). Its canonical JSON is what the parties' collection stores and what the ledger's public declaration holds
 * the SHA-256 of; the salt keeps that hash from being guessed from likely terms. A party discloses it as a file, and
 * anyone compares the file with the ledger:
 *
 * <pre>{@code
 * TermsDisclosure disclosed = TermsDisclosure.parse(Files.readString(Path.of("terms-PEAR-001.json")));
 * TermsCheck check = disclosed.check(auditor.termsDeclarations("PEAR-001"));
 * boolean genuine = check.matches();
 * }</pre>
 */
public final class TermsDisclosure {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int SALT_BYTES = 32;

    private final TermsCopy copy;

    private TermsDisclosure(TermsCopy copy) {
        this.copy = copy;
    }

    /** A new copy of {@code terms} for the handoff of {@code id} from {@code from} to {@code to}, with a fresh salt. */
    public static TermsDisclosure draft(String id, Organization from, Organization to, JsonNode terms) {
        Objects.requireNonNull(id, "id");
        if (terms == null || !terms.isObject()) {
            throw new AnchorException(ErrorCode.INVALID_INPUT, "commercial terms must be a JSON object");
        }
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        return new TermsDisclosure(new TermsCopy(from.mspId(), id, Base64.getEncoder().encodeToString(salt), terms,
                to.mspId()));
    }

    /**
     * A disclosed copy, as {@link #json()} wrote it (any whitespace or member order).
     *
     * @throws AnchorException with {@link ErrorCode#INVALID_INPUT} naming what is missing
     */
    public static TermsDisclosure parse(String json) {
        JsonNode tree;
        try {
            tree = CanonicalForm.tree(json);
        } catch (Exception e) {
            throw new AnchorException(ErrorCode.INVALID_INPUT, "the terms copy is not JSON: " + e.getMessage());
        }
        if (tree == null || !tree.isObject()) {
            throw new AnchorException(ErrorCode.INVALID_INPUT, "the terms copy must be a JSON object");
        }
        for (String field : List.of("id", "from", "to", "salt")) {
            if (!tree.path(field).isTextual()) {
                throw new AnchorException(ErrorCode.INVALID_INPUT, "the terms copy has no text field " + field
                        + " (a copy from `terms show` has id, from, to, salt and terms)");
            }
        }
        if (!tree.path("terms").isObject()) {
            throw new AnchorException(ErrorCode.INVALID_INPUT, "the terms copy has no object field terms");
        }
        return new TermsDisclosure(new TermsCopy(tree.get("from").asText(), tree.get("id").asText(),
                tree.get("salt").asText(), tree.get("terms"), tree.get("to").asText()));
    }

    public String id() {
        return copy.id();
    }

    /** The MSP ID of the organisation handing off. */
    public String from() {
        return copy.from();
    }

    /** The MSP ID of the recipient. */
    public String to() {
        return copy.to();
    }

    /** The terms as the parties agreed them. */
    public JsonNode terms() {
        return copy.terms().deepCopy();
    }

    /** The canonical JSON: the bytes stored, hashed and disclosed. */
    public String json() {
        return new String(CanonicalForm.write(copy), StandardCharsets.UTF_8);
    }

    /** SHA-256 (hex) of {@link #json()}, as the handoff declares it. */
    public String sha256() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(json().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }

    /** Compares this copy with the ledger's declarations of its batch (those of {@code termsDeclarations}). */
    public TermsCheck check(List<TermsDeclaration> declarations) {
        Optional<TermsDeclaration> same = declarations.stream()
                .filter(d -> d.id().equals(id()) && d.from().equals(from()) && d.to().equals(to())).findFirst();
        return new TermsCheck(same, sha256());
    }
}
