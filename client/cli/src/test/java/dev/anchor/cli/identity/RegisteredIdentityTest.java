package dev.anchor.cli.identity;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RegisteredIdentityTest {
    @Test
    void readsTheNameTypeAndRoleOfALineOfIdentityList() {
        String line = "Name: alice@manufacturer.anchor.local, Type: client, Affiliation: , Max Enrollments: -1,"
                + " Attributes: [{Name:anchor.role Value:quality ECert:true} {Name:hf.EnrollmentID"
                + " Value:alice@manufacturer.anchor.local ECert:true} {Name:hf.Type Value:client ECert:true}]";
        assertThat(RegisteredIdentity.parse(line))
                .contains(new RegisteredIdentity("alice@manufacturer.anchor.local", "client", "quality"));
    }

    @Test
    void anIdentityWithoutARoleHasAnEmptyOne() {
        String line = "Name: ca-admin, Type: client, Affiliation: , Max Enrollments: -1, Attributes:"
                + " [{Name:hf.Registrar.Roles Value:* ECert:false} {Name:hf.Revoker Value:1 ECert:false}]";
        assertThat(RegisteredIdentity.parse(line)).contains(new RegisteredIdentity("ca-admin", "client", ""));
    }

    @Test
    void otherLinesAreNotIdentities() {
        assertThat(RegisteredIdentity.parse("2026/12/03 08:18:34 [INFO] TLS Enabled")).isEmpty();
    }
}
