package dev.anchor.chaincode.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import dev.anchor.chaincode.ledger.LedgerKeys;
import dev.anchor.model.json.CanonicalForm;
import dev.anchor.model.vocabulary.ErrorCode;
import dev.anchor.model.vocabulary.EventType;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Random;
import java.util.UUID;
import org.hyperledger.fabric.shim.ledger.CompositeKey;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    private static final JavaClasses CHAINCODE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.anchor.chaincode");

    /** The wire model module, on the chaincode's class path. */
    private static final JavaClasses MODEL = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.anchor.model");

    /** Calls that make endorsing peers disagree: the wall clock and randomness. */
    private static final DescribedPredicate<JavaMethodCall> CLOCK_OR_CHANCE =
            new DescribedPredicate<>("the wall clock or a source of randomness") {
                @Override
                public boolean test(JavaMethodCall call) {
                    String owner = call.getTargetOwner().getName();
                    String name = call.getName();
                    return owner.equals(System.class.getName()) && (name.equals("currentTimeMillis") || name.equals("nanoTime"))
                            || owner.startsWith("java.time.") && name.equals("now")
                            || owner.equals("java.time.Clock") && name.startsWith("system")
                            || owner.equals(UUID.class.getName()) && name.equals("randomUUID")
                            || owner.equals(Math.class.getName()) && name.equals("random");
                }
            };

    static final ArchRule DETERMINISTIC = noClasses()
            .should().callMethodWhere(CLOCK_OR_CHANCE)
            .orShould().dependOnClassesThat().areAssignableTo(Random.class)
            .because("every endorsing peer must compute the same result from the same proposal");

    @Test
    void theDomainKnowsNothingOfFabricOrJackson() {
        noClasses().that().resideInAPackage("dev.anchor.chaincode.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("org.hyperledger..", "com.fasterxml..")
                .check(CHAINCODE);
    }

    /**
     * The domain does not know the wire: of the model module it uses only the vocabulary (error codes, event types),
     * plain enums that both sides share; the ledger adapter maps the domain to the wire records.
     */
    @Test
    void theDomainDependsOnlyOnTheJavaPlatformItselfAndTheSharedVocabulary() {
        classes().that().resideInAPackage("dev.anchor.chaincode.domain..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "dev.anchor.chaincode.domain..",
                        "dev.anchor.model.vocabulary..")
                .check(CHAINCODE);
    }

    @Test
    void theCapabilitiesOfTheDomainDependOnEachOtherWithoutCycles() {
        slices().matching("dev.anchor.chaincode.domain.(*)..").should().beFreeOfCycles().check(CHAINCODE);
    }

    @Test
    void theModelKnowsNeitherFabricNorTheChaincode() {
        noClasses().that().resideInAPackage("dev.anchor.model..")
                .should().dependOnClassesThat().resideInAnyPackage("org.hyperledger..", "dev.anchor.chaincode..")
                .check(MODEL);
    }

    @Test
    void theVocabularyIsPlainJava() {
        classes().that().resideInAPackage("dev.anchor.model.vocabulary..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "dev.anchor.model.vocabulary..")
                .check(MODEL);
    }

    @Test
    void theChaincodeRefusesOnlyWithTheChaincodesCodes() {
        for (ErrorCode code : ErrorCode.values()) {
            if (!code.isChaincodeRefusal()) {
                noClasses().should().accessField(ErrorCode.class, code.name())
                        .because(code + " is a client-side code of the shared ErrorCode, never a refusal")
                        .check(CHAINCODE);
            }
        }
    }

    @Test
    void theChaincodeNeverWritesTheReadersUnknownEventType() {
        noClasses().should().accessField(EventType.class, EventType.UNKNOWN.name())
                .because("UNKNOWN is a reader's word for a type it does not know yet, never an event's type")
                .check(CHAINCODE);
    }

    @Test
    void theCapabilitiesOfTheModelDependOnEachOtherWithoutCycles() {
        slices().matching("dev.anchor.model.(*)..").should().beFreeOfCycles().check(MODEL);
    }

    @Test
    void theLedgerAdapterDoesNotReachIntoTheContract() {
        noClasses().that().resideInAPackage("dev.anchor.chaincode.ledger..")
                .should().dependOnClassesThat().resideInAPackage("dev.anchor.chaincode.contract..")
                .check(CHAINCODE);
    }

    /** JSON is the ledger's business: each capability's codec there ({@code CustodyJson}, …) and nothing else. */
    @Test
    void onlyTheLedgerJsonCodecsUseJackson() {
        noClasses().that().resideOutsideOfPackage("dev.anchor.chaincode.ledger")
                .or().haveSimpleNameNotEndingWith("Json")
                .should().dependOnClassesThat().resideInAPackage("com.fasterxml..")
                .check(CHAINCODE);
    }

    /** One canonical writer and reader: the model's {@link CanonicalForm}; the chaincode makes no mapper or generator. */
    @Test
    void onlyTheModelsCanonicalFormWritesJson() {
        noClasses().should().dependOnClassesThat().areAssignableTo(ObjectMapper.class)
                .orShould().dependOnClassesThat().areAssignableTo(JsonFactory.class)
                .orShould().dependOnClassesThat().areAssignableTo(JsonGenerator.class)
                .check(CHAINCODE);
        noClasses().that().doNotHaveFullyQualifiedName(CanonicalForm.class.getName())
                .should().dependOnClassesThat().areAssignableTo(ObjectMapper.class)
                .orShould().dependOnClassesThat().areAssignableTo(JsonGenerator.class)
                .check(MODEL);
    }

    @Test
    void onlyLedgerKeysBuildsCompositeKeys() {
        noClasses().that().doNotHaveFullyQualifiedName(LedgerKeys.class.getName())
                .should().callConstructor(CompositeKey.class, String.class, String[].class)
                .orShould().callConstructor(CompositeKey.class, String.class, java.util.List.class)
                .orShould().callMethod(org.hyperledger.fabric.shim.ChaincodeStub.class, "createCompositeKey",
                        String.class, String[].class)
                .check(CHAINCODE);
    }

    @Test
    void noClassReadsTheWallClockOrUsesRandomness() {
        DETERMINISTIC.check(CHAINCODE);
    }

    @Test
    void theDeterminismRuleCatchesClocksAndRandomness() {
        for (Class<?> offender : new Class<?>[] {
                ReadsInstantNow.class, ReadsLocalDateTimeNow.class, ReadsCurrentTimeMillis.class,
                DrawsRandomUuid.class, RollsDice.class}) {
            JavaClasses classes = new ClassFileImporter().importClasses(offender);
            assertThatThrownBy(() -> DETERMINISTIC.check(classes)).as(offender.getSimpleName())
                    .isInstanceOf(AssertionError.class);
        }
    }

    static final class ReadsInstantNow {
        Instant stamp() {
            return Instant.now();
        }
    }

    static final class ReadsLocalDateTimeNow {
        LocalDateTime stamp() {
            return LocalDateTime.now();
        }
    }

    static final class ReadsCurrentTimeMillis {
        long stamp() {
            return System.currentTimeMillis();
        }
    }

    static final class DrawsRandomUuid {
        UUID id() {
            return UUID.randomUUID();
        }
    }

    static final class RollsDice {
        int roll() {
            return new Random(6).nextInt(6);
        }
    }
}
