package dev.anchor.client.request;

import dev.anchor.client.ConnectionOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RetryPolicyTest {
    private final RetryPolicy policy = RetryPolicy.builder().maxAttempts(8).initialDelay(Duration.ofMillis(200))
            .maxDelay(Duration.ofSeconds(5)).build();

    @Test
    void theCeilingDoublesFromTheInitialDelayUpToTheMaximum() {
        assertThat(IntStream.rangeClosed(1, 7).mapToObj(policy::ceilingAfter).map(Duration::toMillis))
                .containsExactly(200L, 400L, 800L, 1600L, 3200L, 5000L, 5000L);
        assertThat(policy.ceilingAfter(10_000)).isEqualTo(Duration.ofSeconds(5));
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.0, 0.25, 0.5, 0.999999})
    void aPauseIsBetweenHalfTheCeilingAndTheCeiling(double random) {
        for (int attempt = 1; attempt <= 12; attempt++) {
            Duration ceiling = policy.ceilingAfter(attempt);
            assertThat(policy.delayAfter(attempt, random))
                    .isBetween(ceiling.dividedBy(2), ceiling)
                    .isLessThanOrEqualTo(policy.maxDelay());
        }
    }

    @Test
    void theJitterSpreadsPausesOverTheUpperHalf() {
        assertThat(policy.delayAfter(3, 0.0)).isEqualTo(Duration.ofMillis(400));
        assertThat(policy.delayAfter(3, 0.5)).isEqualTo(Duration.ofMillis(600));
        assertThat(policy.delayAfter(3, 0.999999)).isEqualTo(Duration.ofMillis(799));
    }

    @Test
    void givesUpAfterTheLastAttempt() {
        RetryPolicy three = RetryPolicy.builder().maxAttempts(3).build();
        assertThat(three.allowsAnotherAfter(1)).isTrue();
        assertThat(three.allowsAnotherAfter(2)).isTrue();
        assertThat(three.allowsAnotherAfter(3)).isFalse();
        assertThat(RetryPolicy.none().allowsAnotherAfter(1)).isFalse();
    }

    @Test
    void defaultsAreFiveAttemptsFrom200MillisecondsToFiveSeconds() {
        assertThat(RetryPolicy.DEFAULT.maxAttempts()).isEqualTo(5);
        assertThat(RetryPolicy.DEFAULT.initialDelay()).isEqualTo(Duration.ofMillis(200));
        assertThat(RetryPolicy.DEFAULT.maxDelay()).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void refusesSettingsOutOfRange() {
        assertThatThrownBy(() -> RetryPolicy.builder().maxAttempts(0).build())
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RetryPolicy.builder().initialDelay(Duration.ZERO).build())
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RetryPolicy.builder().initialDelay(Duration.ofSeconds(2))
                .maxDelay(Duration.ofSeconds(1)).build()).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> policy.delayAfter(1, 1.0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> policy.ceilingAfter(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void connectionOptionsCarryThePolicyAndTheListener() {
        SubmitListener listener = new SubmitListener() {
        };
        ConnectionOptions options = ConnectionOptions.builder().peerEndpoint("127.0.0.1:7051")
                .tlsCaCert(java.nio.file.Path.of("ca.crt")).mspId("ManufacturerMSP")
                .certificate(java.nio.file.Path.of("cert.pem")).privateKey(java.nio.file.Path.of("key.pem"))
                .retryPolicy(policy).submitListener(listener).build();

        assertThat(options.retryPolicy()).isSameAs(policy);
        assertThat(options.toBuilder().build().submitListener()).isSameAs(listener);
        assertThat(ConnectionOptions.builder().peerEndpoint("h:1").tlsCaCert(java.nio.file.Path.of("ca.crt"))
                .mspId("ManufacturerMSP").certificate(java.nio.file.Path.of("c")).privateKey(java.nio.file.Path.of("k"))
                .build().retryPolicy()).isSameAs(RetryPolicy.DEFAULT);
    }
}
