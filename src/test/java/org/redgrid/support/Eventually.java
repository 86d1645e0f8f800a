package org.redgrid.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;

/** Waits for what a listener does after the commit: polls every 100 ms and fails after 30 s. */
public final class Eventually {

    private Eventually() {}

    public static void eventually(BooleanSupplier condition) throws InterruptedException {
        Instant until = Instant.now().plus(Duration.ofSeconds(30));
        while (!condition.getAsBoolean()) {
            assertThat(Instant.now()).as("waited 30 s").isBefore(until);
            Thread.sleep(100);
        }
    }
}
