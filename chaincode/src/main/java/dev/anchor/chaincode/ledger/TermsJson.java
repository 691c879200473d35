package dev.anchor.chaincode.ledger;

import com.fasterxml.jackson.databind.JsonNode;
import dev.anchor.chaincode.domain.shared.Refusal;
import dev.anchor.chaincode.domain.shared.Sha256;
import dev.anchor.chaincode.domain.terms.TermsCopy;
import dev.anchor.chaincode.domain.terms.TermsDeclaration;
import dev.anchor.model.json.CanonicalForm;
import dev.anchor.model.terms.HandoffTerms;
import java.util.List;
import java.util.Optional;

/** Handoff terms on the wire: declarations, private copies (checked and made canonical) and the answers. */
public final class TermsJson {

    /** Fewer characters of salt would let the hash of likely terms be guessed. */
    private static final int MIN_SALT = 16;

    private TermsJson() {
    }

    public static byte[] encodeDeclaration(TermsDeclaration declaration) {
        return CanonicalForm.write(wire(declaration));
    }

    public static TermsDeclaration decodeDeclaration(byte[] json) {
        dev.anchor.model.terms.TermsDeclaration wire =
                CanonicalForm.read(json, dev.anchor.model.terms.TermsDeclaration.class);
        return new TermsDeclaration(wire.id(), wire.from(), wire.to(), new Sha256(wire.termsHash()), wire.txId());
    }

    public static byte[] encodeDeclarations(List<TermsDeclaration> declarations) {
        return CanonicalForm.write(declarations.stream().map(TermsJson::wire).toList());
    }

    /** The declarations, each with the private copy this peer holds (null once purged). */
    public static byte[] encodeWithCopies(List<TermsDeclaration> declarations,
            java.util.function.Function<TermsDeclaration, Optional<byte[]>> copies) {
        return CanonicalForm.write(declarations.stream().map(d -> new HandoffTerms(copies.apply(d)
                .map(bytes -> CanonicalForm.read(bytes, dev.anchor.model.terms.TermsCopy.class)).orElse(null),
                wire(d))).toList());
    }

    /**
     * A private copy as a client sent it (the transient entry): a JSON object with {@code id}, {@code from},
     * {@code to}, {@code salt} (at least {@value #MIN_SALT} characters) and {@code terms} (an object), nothing else;
     * answered with its canonical bytes, which are stored and hashed.
     */
    public static TermsCopy decodeCopy(byte[] json) {
        JsonNode tree;
        try {
            tree = CanonicalForm.tree(json);
        } catch (RuntimeException e) {
            throw Refusal.invalidInput("the terms are not JSON");
        }
        if (tree == null || !tree.isObject()) {
            throw Refusal.invalidInput("the terms must be a JSON object");
        }
        for (String field : List.of("id", "from", "to", "salt")) {
            if (!tree.path(field).isTextual() || tree.path(field).asText().isEmpty()) {
                throw Refusal.invalidInput("the terms copy needs the text field " + field);
            }
        }
        if (tree.get("salt").asText().length() < MIN_SALT) {
            throw Refusal.invalidInput("the salt of the terms must have at least " + MIN_SALT + " characters");
        }
        if (!tree.path("terms").isObject()) {
            throw Refusal.invalidInput("the field terms must be a JSON object");
        }
        if (tree.size() != 5) {
            throw Refusal.invalidInput("the terms copy has fields id, from, to, salt and terms, nothing else");
        }
        dev.anchor.model.terms.TermsCopy copy = CanonicalForm.read(json, dev.anchor.model.terms.TermsCopy.class);
        return new TermsCopy(copy.id(), copy.from(), copy.to(), CanonicalForm.write(copy));
    }

    private static dev.anchor.model.terms.TermsDeclaration wire(TermsDeclaration declaration) {
        return new dev.anchor.model.terms.TermsDeclaration(declaration.from(), declaration.id(),
                declaration.termsHash().value(), declaration.to(), declaration.txId());
    }
}
