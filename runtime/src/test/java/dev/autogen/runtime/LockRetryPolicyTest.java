package dev.autogen.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class LockRetryPolicyTest {

  private final LockRetryPolicy policy = new LockRetryPolicy(Duration.ofSeconds(5), 10, Duration.ofSeconds(1));

  @Test
  void thePauseDoublesFromTheFirstDelayUpToTheCap() {
    assertThat(policy.delayBefore(1, () -> 0.999999)).isEqualTo(Duration.ofMillis(999));
    assertThat(policy.delayBefore(2, () -> 0.999999)).isEqualTo(Duration.ofMillis(1999));
    assertThat(policy.delayBefore(3, () -> 0.999999)).isEqualTo(Duration.ofMillis(3999));
    assertThat(policy.delayBefore(6, () -> 0.999999)).isEqualTo(Duration.ofMillis(29999));
    assertThat(policy.delayBefore(60, () -> 0.999999)).isEqualTo(Duration.ofMillis(29999));
  }

  @Test
  void jitterTakesAtMostHalfThePauseAway() {
    assertThat(policy.delayBefore(1, () -> 0.0)).isEqualTo(Duration.ofMillis(500));
    assertThat(policy.delayBefore(60, () -> 0.0)).isEqualTo(Duration.ofSeconds(15));
    assertThat(new LockRetryPolicy(Duration.ofSeconds(1), 1, Duration.ofMinutes(5)).delayBefore(1, () -> 0.0))
        .isEqualTo(Duration.ofSeconds(15));
  }

  @Test
  void retriesAreCountedAfterTheFirstTry() {
    assertThat(policy.mayRetry(10)).isTrue();
    assertThat(policy.mayRetry(11)).isFalse();
    assertThat(LockRetryPolicy.OFF.mayRetry(1)).isFalse();
    assertThat(LockRetryPolicy.OFF.enabled()).isFalse();
  }

  @Test
  void aTimeoutOfZeroWouldMeanForeverAndIsRefused() {
    assertThatThrownBy(() -> new LockRetryPolicy(Duration.ZERO, 0, Duration.ofSeconds(1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must be positive");
    assertThatThrownBy(() -> new LockRetryPolicy(Duration.ofSeconds(1), -1, Duration.ofSeconds(1)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
