package dev.anchor.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.anchor.client.lineage.Consumption;
import dev.anchor.client.evidence.EvidenceRecord;
import dev.anchor.client.custody.ProductionRecord;
import dev.anchor.client.proof.ProvenanceProof;
import dev.anchor.client.lineage.TransformationRecord;
import dev.anchor.server.AnchorServer;
import dev.anchor.server.ServerSettings;
import dev.anchor.server.access.AccessTokens;
import dev.anchor.server.access.CertifiedKey;
import dev.anchor.server.access.LocalMembers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static dev.anchor.client.Organization.DISTRIBUTOR;
import static dev.anchor.client.Organization.MANUFACTURER;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The web page of {@code anchor serve} in a real headless Chromium, against the real network: a distributor's
 * quality manager logs in with a token, finds a juice batch by its GS1 Digital Link, sees its supply graph and who
 * holds what, sees the recall of its pears arrive live and acknowledges it, and checks files against the pears'
 * evidence; at phone width too; with no console error. Screenshots go to {@code target/screenshots/}.
 */
class WebPageIT {
    private static final String PEAR_GTIN = "09506000134352";
    private static final String JUICE_GTIN = "09506000134369";
    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final String LAB_REPORT = "Sample of the pears: Listeria monocytogenes detected (lab report 4711)";

    @RegisterExtension
    static final TestNetwork network = TestNetwork.open();

    @TempDir
    static Path dir;

    private static AnchorServer server;
    private static AccessTokens tokens;
    private static HeadlessChromium chromium;
    private static String pear;
    private static String juice;

    @BeforeAll
    static void start() throws Exception {
        pear = TestNetwork.uniqueBatchId("webpear");
        juice = TestNetwork.uniqueBatchId("webjuice");
        network.as(MANUFACTURER).recordProduction(new ProductionRecord(pear, PEAR_GTIN, "Conference pears",
                new BigDecimal("1200"), "kg", "Orchard Lane"));
        Path report = Files.writeString(dir.resolve("lab-report.txt"), LAB_REPORT, StandardCharsets.UTF_8);
        network.as(MANUFACTURER).attachEvidence(EvidenceRecord.ofFile(pear, report, "text/plain", null));
        network.as(MANUFACTURER).transform(new TransformationRecord(List.of(Consumption.parse(pear + ":600")),
                new ProductionRecord(juice, JUICE_GTIN, "Pear juice", new BigDecimal("450"), "l", "Press house")));
        network.as(MANUFACTURER).initiateHandoff(juice, DISTRIBUTOR);
        network.settle(); // the recipient's peer has committed the offer
        network.as(DISTRIBUTOR).acceptHandoff(juice);

        tokens = AccessTokens.load(dir.resolve("token.key"), DISTRIBUTOR.mspId());
        ServerSettings settings = new ServerSettings(DISTRIBUTOR.mspId(), "127.0.0.1", 0,
                "jdbc:h2:file:" + dir.resolve("epcis").toAbsolutePath(),
                CertifiedKey.selfSigned(dir.resolve("tls"), Instant.now()),
                LocalMembers.of(null, TestNetwork.anchorHome().resolve(".anchor/network.json")), tokens, 100, 4);
        server = AnchorServer.start(settings, network.as(DISTRIBUTOR));
        chromium = new HeadlessChromium(true, Path.of(System.getProperty("anchor.screenshots", "target/screenshots")));
    }

    @AfterAll
    static void stop() {
        if (chromium != null) {
            chromium.close();
        }
        if (server != null) {
            server.close();
        }
    }

    private static WebDriver browser() {
        return chromium.driver();
    }

    private static WebElement until(By by) {
        return new WebDriverWait(browser(), PATIENCE).until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    private static void untilText(By by, String text) {
        new WebDriverWait(browser(), PATIENCE).until(ExpectedConditions.textToBePresentInElementLocated(by, text));
    }

    /** The body of the page's download link {@code linkId}, fetched by the page with its session. */
    private static String fetched(String linkId) {
        return (String) ((JavascriptExecutor) browser()).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(document.getElementById(arguments[0]).href).then((r) => r.text()).then(done, (e) => done(String(e)));
                """, linkId);
    }

    /** Opens the page and logs in with a token unless the session cookie of an earlier test still holds. */
    private static void openLoggedIn() {
        browser().get("https://127.0.0.1:" + server.port() + "/");
        new WebDriverWait(browser(), PATIENCE).until(ExpectedConditions.or(
                ExpectedConditions.visibilityOfElementLocated(By.id("token")),
                ExpectedConditions.visibilityOfElementLocated(By.id("who"))));
        if (browser().findElement(By.id("token")).isDisplayed()) {
            browser().findElement(By.id("token")).sendKeys(tokens.issue("quality", Duration.ofHours(1), Instant.now()),
                    Keys.ENTER);
        }
        untilText(By.id("who-org"), "DistributorMSP");
    }

    private static void find(String text) {
        WebElement q = until(By.id("q"));
        q.clear();
        q.sendKeys(text, Keys.ENTER);
    }

    @Test
    void aQualityManagerFindsABatchSeesItsJourneyAndRecallLiveAcknowledgesItAndChecksEvidence() throws Exception {
        openLoggedIn();

        // find by GS1 Digital Link: the supply graph (drawn by Cytoscape.js), who holds what, not recalled yet
        find("https://id.gs1.org/01/" + JUICE_GTIN + "/10/" + juice);
        untilText(By.id("batch-title"), juice);
        untilText(By.id("holders"), pear);
        assertThat(browser().findElements(By.cssSelector("#graph canvas"))).isNotEmpty();
        assertThat(browser().findElement(By.id("holders")).getText()).contains("ManufacturerMSP", "DistributorMSP",
                "input");
        assertThat(browser().findElement(By.id("verdict")).getText()).startsWith("Hash chain intact");
        assertThat(browser().findElement(By.id("recall-status")).getText()).isEqualTo("Not recalled.");
        assertThat(browser().findElement(By.id("acknowledge")).isDisplayed()).isFalse();
        // the timeline says who signed each event: the organisation and its user's certificate name, and the transaction
        String produced = browser().findElement(By.cssSelector("#timeline li")).getText();
        assertThat(produced).contains("(User1@").containsPattern("signed in transaction [0-9a-f]{64}");
        untilText(By.id("live"), "Live:");
        chromium.screenshot("1-juice-found");

        // live: the manufacturer recalls the pears; the juice shows the recall without a reload
        int eventsBefore = browser().findElements(By.cssSelector("#timeline li")).size();
        network.as(MANUFACTURER).recall(pear, "Listeria in lab sample 4711");
        untilText(By.id("recall-status"), "Recalled through " + pear);
        assertThat(browser().findElements(By.cssSelector("#timeline li[data-type=RECALLED]"))).hasSize(1);
        assertThat(browser().findElements(By.cssSelector("#timeline li"))).hasSize(eventsBefore + 1);
        assertThat(browser().findElement(By.id("recall-table")).getText()).contains(pear, juice);
        chromium.screenshot("2-recall-arrived-live");

        // the distributor holds the juice: it acknowledges the recall from the page
        until(By.id("acknowledge")).click();
        untilText(By.id("recall-status"), "Acknowledged by DistributorMSP");
        assertThat(browser().findElement(By.id("acknowledge")).isDisplayed()).isFalse();

        // the pears: a dropped file that is their lab report matches, another file does not
        find(pear);
        untilText(By.id("batch-title"), pear);
        ((JavascriptExecutor) browser()).executeScript("""
                const data = new DataTransfer();
                data.items.add(new File([arguments[0]], 'lab-report.txt', {type: 'text/plain'}));
                document.getElementById('drop').dispatchEvent(new DragEvent('drop', {dataTransfer: data, bubbles: true, cancelable: true}));
                """, LAB_REPORT);
        untilText(By.id("check"), "matches the evidence of " + pear);
        Path other = Files.writeString(dir.resolve("other.txt"), "not the lab report", StandardCharsets.UTF_8);
        browser().findElement(By.id("file")).sendKeys(other.toString());
        untilText(By.id("check"), "does not match any evidence of " + pear);
        chromium.screenshot("3-evidence-checked");

        // the downloads, as the browser gets them with its session: a proof bundle that verifies offline, the export
        ProvenanceProof proof = ProvenanceProof.fromJson(fetched("proof"));
        assertThat(proof.batchId()).isEqualTo(pear);
        assertThat(proof.verify().verified()).as(proof.verify().failures().toString()).isTrue();
        JsonNode export = new ObjectMapper().readTree(fetched("export"));
        assertThat(export.path("type").asText()).isEqualTo("EPCISDocument");
        assertThat(export.toString()).contains(pear);

        // phone width: nothing wider than the screen
        browser().manage().window().setSize(new Dimension(390, 844));
        find(juice);
        untilText(By.id("batch-title"), juice);
        Object overflow = ((JavascriptExecutor) browser()).executeScript(
                "return document.documentElement.scrollWidth - window.innerWidth;");
        Object wide = ((JavascriptExecutor) browser()).executeScript("return [...document.querySelectorAll('body *')]"
                + ".filter((e) => e.getBoundingClientRect().right > window.innerWidth + 1 && !e.parentElement.closest('table'))"
                + ".map((e) => e.tagName + '#' + e.id + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect()"
                + ".right)).slice(0, 12).join('; ') + ' / innerWidth ' + window.innerWidth;");
        assertThat(((Number) overflow).intValue()).as("wider than the screen: " + wide).isLessThanOrEqualTo(0);
        chromium.screenshot("4-phone-width");

        assertThat(chromium.consoleErrors()).isEmpty();
    }

    @Test
    void aBatchThatIsNotOnTheLedgerSaysSoAndTheKeyboardReachesTheSearch() {
        openLoggedIn();

        find("NO-SUCH-" + pear);
        untilText(By.id("status"), "no batch NO-SUCH-" + pear + " is on the ledger");

        browser().findElement(By.id("q")).sendKeys(Keys.TAB);
        assertThat(browser().switchTo().activeElement().getText()).as("after the search box comes its button")
                .isEqualTo("Find");
        assertThat(chromium.consoleErrors()).as("a 404 answer is shown, not an error in the console").isEmpty();
    }
}
