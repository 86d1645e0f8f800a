package org.redgrid.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.redgrid.casework.Casework;
import org.redgrid.shared.CurrentActor;
import org.redgrid.shared.OncePerTick;
import org.redgrid.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** Scheduled jobs run on every node; OncePerTick lets one of them do a job's work at a time. */
@IntegrationTest
class OncePerTickTests {

    @Autowired
    OncePerTick oncePerTick;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    Casework casework;

    /** Holds {@code job}'s claim in a transaction of its own, as another node's running job does, until released. */
    private CompletableFuture<Boolean> anotherNodeHolds(String job, CountDownLatch claimed, CountDownLatch release) {
        return CompletableFuture.supplyAsync(() -> transactions.execute(tx -> {
            boolean mine = oncePerTick.claim(job);
            claimed.countDown();
            try {
                release.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return mine;
        }));
    }

    @Test
    void twoNodesStartingTheSameJobAtOnceDoItsWorkOnce() throws Exception {
        String job = "test.job." + System.nanoTime();
        AtomicInteger done = new AtomicInteger();
        CountDownLatch bothTried = new CountDownLatch(2);
        List<CompletableFuture<Void>> nodes = new ArrayList<>();
        for (int node = 0; node < 2; node++) {
            nodes.add(CompletableFuture.runAsync(() -> transactions.executeWithoutResult(tx -> {
                boolean mine = oncePerTick.claim(job);
                bothTried.countDown();
                try {
                    // Each keeps its transaction, and so a claim it holds, until both have tried.
                    bothTried.await(60, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                if (mine) done.incrementAndGet();
            })));
        }
        CompletableFuture.allOf(nodes.toArray(CompletableFuture[]::new)).get(90, TimeUnit.SECONDS);

        assertThat(done).hasValue(1);
    }

    @Test
    void theNextTickRunsTheJobAgainOnceTheRunBeforeHasCommitted() {
        String job = "test.job." + System.nanoTime();

        Boolean first = transactions.execute(tx -> oncePerTick.claim(job));
        Boolean next = transactions.execute(tx -> oncePerTick.claim(job));

        assertThat(first).isTrue();
        assertThat(next).isTrue();
    }

    @Test
    void aClaimOutsideATransactionIsRefusedBecauseItWouldEndWithItsStatement() {
        assertThatThrownBy(() -> oncePerTick.claim("test.job")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aDeadlineSweepWhileAnotherNodeSweepsLeavesTheCasesToThatNode() throws Exception {
        CountDownLatch claimed = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        var other = anotherNodeHolds("casework.deadline-sweep", claimed, release);
        assertThat(claimed.await(60, TimeUnit.SECONDS)).isTrue();
        try {
            var result = CurrentActor.runAsSystem(() -> casework.sweepDeadlines(Instant.now()));

            assertThat(result.ran()).isFalse();
        } finally {
            release.countDown();
        }
        assertThat(other.get(60, TimeUnit.SECONDS)).isTrue();
        assertThat(CurrentActor.runAsSystem(() -> casework.sweepDeadlines(Instant.now()))
                        .ran())
                .isTrue();
    }
}
