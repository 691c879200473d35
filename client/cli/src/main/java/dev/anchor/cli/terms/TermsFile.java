package dev.anchor.cli.terms;

import dev.anchor.cli.CliException;
import dev.anchor.cli.ExitCodes;
import com.fasterxml.jackson.databind.JsonNode;
import dev.anchor.model.json.CanonicalForm;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads a file of commercial terms, or a disclosed copy of them; numbers are kept exactly as written. */
public final class TermsFile {
    private TermsFile() {
    }

    /** The terms: a JSON object. */
    public static JsonNode terms(Path file) {
        JsonNode terms = json(file);
        if (!terms.isObject()) {
            throw new CliException("INVALID_TERMS", file + " must hold a JSON object (price, currency, contract, ...)",
                    ExitCodes.USAGE);
        }
        return terms;
    }

    /** The file's text. */
    static String text(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new CliException("FILE_NOT_FOUND", "no file " + file, ExitCodes.FAILED);
        }
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new CliException("FILE_UNREADABLE", "cannot read " + file + ": " + e.getMessage(), ExitCodes.FAILED);
        }
    }

    private static JsonNode json(Path file) {
        String text = text(file);
        try {
            JsonNode tree = CanonicalForm.tree(text);
            if (tree != null) {
                return tree;
            }
        } catch (IOException | RuntimeException e) {
            throw new CliException("INVALID_TERMS", file + " is not JSON: " + e.getMessage(), ExitCodes.USAGE);
        }
        throw new CliException("INVALID_TERMS", file + " is empty", ExitCodes.USAGE);
    }
}
