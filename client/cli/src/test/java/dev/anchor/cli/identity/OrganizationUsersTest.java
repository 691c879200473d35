package dev.anchor.cli.identity;

import dev.anchor.client.ConnectionOptions;
import dev.anchor.client.Organization;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OrganizationUsersTest {
    @TempDir
    Path org;

    private ConnectionOptions defaultUser() throws Exception {
        Path msp = org.resolve("users/User1@retailer.anchor.local/msp");
        Files.createDirectories(msp.resolve("signcerts"));
        Files.createDirectories(msp.resolve("keystore"));
        Files.createDirectories(msp.resolve("cacerts"));
        Files.createDirectories(msp.resolve("tlscacerts"));
        Files.writeString(msp.resolve("signcerts/cert.pem"), "user1 cert");
        Files.writeString(msp.resolve("keystore/abc_sk"), "user1 key");
        Files.writeString(msp.resolve("cacerts/ca.retailer.anchor.local-cert.pem"), "ca");
        Files.writeString(msp.resolve("tlscacerts/tlsca.retailer.anchor.local-cert.pem"), "ca");
        Files.writeString(msp.resolve("config.yaml"), "NodeOUs: {}");
        return ConnectionOptions.builder().organization(Organization.RETAILER).peerEndpoint("127.0.0.1:9051")
                .tlsCaCert(org.resolve("tls.crt")).certificate(msp.resolve("signcerts/cert.pem"))
                .privateKey(msp.resolve("keystore/abc_sk")).build();
    }

    @Test
    void aUserLivesBesideTheDefaultUserUnderItsEnrolmentId() throws Exception {
        OrganizationUsers users = OrganizationUsers.of(defaultUser());
        assertThat(users.domain()).isEqualTo("retailer.anchor.local");
        assertThat(users.enrollmentId("bob")).isEqualTo("bob@retailer.anchor.local");
        assertThat(users.msp("bob")).isEqualTo(org.resolve("users/bob@retailer.anchor.local/msp"));
    }

    @Test
    void anEnrolledUserIsInstalledWithTheOrganisationsCaAndActsWithItsOwnCertificate() throws Exception {
        ConnectionOptions user1 = defaultUser();
        OrganizationUsers users = OrganizationUsers.of(user1);
        assertThat(users.enrolled("bob")).isFalse();
        Path enrolled = users.enrolmentFolder("bob");
        Files.createDirectories(enrolled.resolve("signcerts"));
        Files.createDirectories(enrolled.resolve("keystore"));
        Files.createDirectories(enrolled.resolve("cacerts"));
        Files.writeString(enrolled.resolve("signcerts/cert.pem"), "bob cert");
        Files.writeString(enrolled.resolve("keystore/def_sk"), "bob key");
        Files.writeString(enrolled.resolve("cacerts/127-0-0-1-9054.pem"), "ca");

        Path msp = users.install("bob", enrolled);

        assertThat(users.enrolled("bob")).isTrue();
        assertThat(msp.resolve("cacerts").toFile().list()).containsExactly("ca.retailer.anchor.local-cert.pem");
        assertThat(msp.resolve("config.yaml")).hasContent("NodeOUs: {}");
        assertThat(enrolled).doesNotExist();
        ConnectionOptions bob = users.connectionOptions("bob");
        assertThat(bob.certificate()).hasContent("bob cert");
        assertThat(bob.privateKey()).hasContent("bob key");
        assertThat(bob.peerEndpoint()).isEqualTo(user1.peerEndpoint());
    }

    @Test
    void aUserNotEnrolledHereIsNamedWithTheCommandToEnrolIt() throws Exception {
        OrganizationUsers users = OrganizationUsers.of(defaultUser());
        assertThatThrownBy(() -> users.connectionOptions("carol"))
                .isInstanceOf(IdentityException.class)
                .hasMessageContaining("user carol of RetailerMSP is not enrolled on this machine")
                .hasMessageContaining("anchor --org retailer user enroll carol");
    }
}
