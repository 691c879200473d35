package dev.anchor.client.architecture;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.anchor.client.Anchor;
import dev.anchor.client.events.EventCheckpoint;
import dev.anchor.client.gateway.GatewayConnector;
import dev.anchor.client.wire.AnchorJson;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.equivalentTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The SDK's folders by capability stay so: see docs/architecture.md, "Client SDK". */
class SdkArchitectureTest {
    private static final JavaClasses SDK = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.anchor.client");

    @Test
    void capabilityPackagesDependOnEachOtherWithoutCycles() {
        slices().matching("dev.anchor.client.(*)..").should().beFreeOfCycles().check(SDK);
    }

    @Test
    void onlyTheGatewayPackageTalksToFabricGatewayAndGrpc() {
        noClasses().that().resideOutsideOfPackage("dev.anchor.client.gateway..")
                .and().doNotHaveFullyQualifiedName(EventCheckpoint.class.getName())
                .should().dependOnClassesThat().resideInAnyPackage("org.hyperledger.fabric.client..", "io.grpc..")
                .because("the fabric-gateway adapter is one package; EventCheckpoint only stores its position with"
                        + " fabric-gateway's checkpointers")
                .check(SDK);
    }

    @Test
    void capabilityPackagesDoNotDependOnTheGatewayAdapter() {
        noClasses().that().resideInAnyPackage("dev.anchor.client.custody..", "dev.anchor.client.lineage..",
                        "dev.anchor.client.provenance..", "dev.anchor.client.evidence..", "dev.anchor.client.events..",
                        "dev.anchor.client.epcis..", "dev.anchor.client.proof..", "dev.anchor.client.request..",
                        "dev.anchor.client.wire..")
                .should().dependOnClassesThat().resideInAPackage("dev.anchor.client.gateway..")
                .check(SDK);
    }

    @Test
    void theRootPackageReachesTheImplementationOnlyThroughAnchorConnect() {
        noClasses().that().resideInAPackage("dev.anchor.client")
                .and().doNotHaveFullyQualifiedName(Anchor.class.getName())
                .should().dependOnClassesThat().resideInAnyPackage("dev.anchor.client.gateway..",
                        "dev.anchor.client.wire..", "org.hyperledger..", "io.grpc..")
                .check(SDK);
        noClasses().that().haveFullyQualifiedName(Anchor.class.getName())
                .should().dependOnClassesThat(resideInAPackage("dev.anchor.client.gateway..")
                        .and(not(equivalentTo(GatewayConnector.class))))
                .check(SDK);
    }

    @Test
    void canonicalJsonIsWrittenOnlyByTheWireModel() {
        noClasses().should().dependOnClassesThat().haveFullyQualifiedName(JsonGenerator.class.getName())
                .because("the canonical form the chaincode hashes is dev.anchor.model.json.CanonicalForm, one writer")
                .check(SDK);
    }

    @Test
    void theChaincodesAnswersAreReadThroughTheWireModelsRecords() {
        noClasses().that().resideInAnyPackage("dev.anchor.client.custody..", "dev.anchor.client.lineage..",
                        "dev.anchor.client.evidence..")
                .should().callMethod(AnchorJson.class, "text", JsonNode.class, String.class)
                .orShould().callMethod(AnchorJson.class, "instant", JsonNode.class, String.class)
                .orShould().callMethod(AnchorJson.class, "decimal", JsonNode.class, String.class)
                .orShould().callMethod(AnchorJson.class, "integer", JsonNode.class, String.class, long.class)
                .because("batches, units, traces, recalls and evidence are dev.anchor.model records read by Jackson"
                        + " (AnchorJson.read), not parsed field by field")
                .check(SDK);
    }
}
