package org.redgrid.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LockoutRuleTest {

    @Test
    void fiveConsecutiveFailuresLockForFifteenMinutes() {
        assertThat(LockoutRule.locks(4)).isFalse();
        assertThat(LockoutRule.locks(5)).isTrue();
        assertThat(LockoutRule.lockMinutes()).isEqualTo(15);
    }

    @Test
    void afterThreeFailuresTwoAttemptsAreLeftAndThePageWarns() {
        assertThat(LockoutRule.attemptsLeft(3)).isEqualTo(2);
        assertThat(LockoutRule.warns(3)).isTrue();
    }

    @Test
    void afterFourFailuresOneAttemptIsLeftAndThePageStillWarns() {
        assertThat(LockoutRule.attemptsLeft(4)).isEqualTo(1);
        assertThat(LockoutRule.warns(4)).isTrue();
    }

    @Test
    void oneOrTwoFailuresDoNotWarnYet() {
        assertThat(LockoutRule.warns(0)).isFalse();
        assertThat(LockoutRule.warns(1)).isFalse();
        assertThat(LockoutRule.warns(2)).isFalse();
    }

    @Test
    void aLockedAccountHasNoAttemptsLeftAndNoWarning() {
        assertThat(LockoutRule.attemptsLeft(5)).isZero();
        assertThat(LockoutRule.warns(5)).isFalse();
    }
}
