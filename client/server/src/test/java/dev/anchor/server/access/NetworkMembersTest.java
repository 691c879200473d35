package dev.anchor.server.access;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NetworkMembersTest {
    private static final Instant NOW = Instant.parse("2026-12-03T10:00:00Z");
    private static final Instant YEAR_AGO = NOW.minus(Duration.ofDays(365));
    private static final Instant IN_A_YEAR = NOW.plus(Duration.ofDays(365));

    @Test
    void aCertificateIssuedByAMembersCaIsThatMembersCaller() throws Exception {
        TestAuthority distributor = new TestAuthority("distributor", YEAR_AGO, IN_A_YEAR);
        TestAuthority retailer = new TestAuthority("retailer", YEAR_AGO, IN_A_YEAR);
        NetworkMembers members = NetworkMembers.of(Map.of("DistributorMSP", List.of(distributor.certificate),
                "RetailerMSP", List.of(retailer.certificate)));

        TestAuthority.Issued user = retailer.issue("User1@retailer", YEAR_AGO, IN_A_YEAR);

        assertThat(members.identify(user.certificate(), NOW))
                .contains(new Caller("RetailerMSP", "OU=client,CN=User1@retailer"));
    }

    @Test
    void aCertificateOfAnotherCaIsNobody() throws Exception {
        TestAuthority member = new TestAuthority("distributor", YEAR_AGO, IN_A_YEAR);
        TestAuthority foreign = new TestAuthority("distributor", YEAR_AGO, IN_A_YEAR);  // same name, other key
        NetworkMembers members = NetworkMembers.of(Map.of("DistributorMSP", List.of(member.certificate)));

        assertThat(members.identify(foreign.issue("User1", YEAR_AGO, IN_A_YEAR).certificate(), NOW)).isEmpty();
    }

    @Test
    void anExpiredOrNotYetValidCertificateIsNobody() throws Exception {
        TestAuthority ca = new TestAuthority("distributor", YEAR_AGO, IN_A_YEAR);
        NetworkMembers members = NetworkMembers.of(Map.of("DistributorMSP", List.of(ca.certificate)));

        assertThat(members.identify(ca.issue("old", YEAR_AGO, NOW.minusSeconds(1)).certificate(), NOW)).isEmpty();
        assertThat(members.identify(ca.issue("early", NOW.plusSeconds(60), IN_A_YEAR).certificate(), NOW)).isEmpty();
    }

    @Test
    void aNetworkWithoutMembersIsRefused() {
        assertThatThrownBy(() -> NetworkMembers.of(Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no organisation's CA certificate");
    }
}
