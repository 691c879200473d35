package dev.anchor.client.terms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.anchor.client.AnchorException;
import dev.anchor.client.Organization;
import dev.anchor.model.json.CanonicalForm;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class TermsDisclosureTest {

    /** The chaincode's unit tests store this copy under this hash (TermsFixture): client and chaincode agree. */
    private static final String COPY = "{\"from\":\"ManufacturerMSP\",\"id\":\"PEAR-1\",\"salt\":\"c2FsdHNhbHRzYWx0c2FsdA==\","
            + "\"terms\":{\"currency\":\"EUR\",\"price\":12.4},\"to\":\"DistributorMSP\"}";

    @Test
    void aDisclosedCopyHashesAsWrittenInAnyLayout() {
        TermsDisclosure canonical = TermsDisclosure.parse(COPY);
        TermsDisclosure reformatted = TermsDisclosure.parse("{\n  \"to\": \"DistributorMSP\", \"terms\": {\"price\": 12.40,"
                + " \"currency\": \"EUR\"},\n  \"salt\": \"c2FsdHNhbHRzYWx0c2FsdA==\", \"id\": \"PEAR-1\","
                + " \"from\": \"ManufacturerMSP\"}");

        assertThat(canonical.json()).isEqualTo(COPY);
        assertThat(reformatted.sha256()).isEqualTo(canonical.sha256()).hasSize(64);
    }

    @Test
    void aCopyMatchesOnlyTheDeclarationOfItsHandoffAndHash() {
        TermsDisclosure copy = TermsDisclosure.parse(COPY);
        TermsDeclaration declared = new TermsDeclaration("PEAR-1", "ManufacturerMSP", "DistributorMSP", copy.sha256(),
                "tx-1");

        assertThat(copy.check(List.of(declared)).matches()).isTrue();
        assertThat(TermsDisclosure.parse(COPY.replace("12.4", "11.4")).check(List.of(declared)).matches()).isFalse();
        TermsCheck otherPair = copy.check(List.of(new TermsDeclaration("PEAR-1", "DistributorMSP", "RetailerMSP",
                copy.sha256(), "tx-2")));
        assertThat(otherPair.declaration()).isEmpty();
        assertThat(otherPair.matches()).isFalse();
    }

    @Test
    void aDraftHasAFreshSaltAndKeepsTheTerms() throws IOException {
        var terms = CanonicalForm.tree("{\"price\":12.40}");
        TermsDisclosure one = TermsDisclosure.draft("PEAR-1", Organization.MANUFACTURER, Organization.DISTRIBUTOR, terms);
        TermsDisclosure two = TermsDisclosure.draft("PEAR-1", Organization.MANUFACTURER, Organization.DISTRIBUTOR, terms);

        assertThat(one.sha256()).isNotEqualTo(two.sha256());
        assertThat(TermsDisclosure.parse(one.json()).sha256()).isEqualTo(one.sha256());
        assertThat(one.from()).isEqualTo("ManufacturerMSP");
        assertThat(one.terms().get("price").decimalValue()).isEqualByComparingTo("12.4");
    }

    @Test
    void aFileWithoutSaltOrTermsIsNamed() {
        assertThatThrownBy(() -> TermsDisclosure.parse("{\"id\":\"PEAR-1\",\"from\":\"A\",\"to\":\"B\",\"terms\":{}}"))
                .isInstanceOf(AnchorException.class).hasMessageContaining("salt");
        assertThatThrownBy(() -> TermsDisclosure.parse("{\"id\":\"PEAR-1\",\"from\":\"A\",\"to\":\"B\",\"salt\":\"s\"}"))
                .isInstanceOf(AnchorException.class).hasMessageContaining("terms");
        assertThatThrownBy(() -> TermsDisclosure.parse("not json")).isInstanceOf(AnchorException.class)
                .hasMessageContaining("not JSON");
    }
}
