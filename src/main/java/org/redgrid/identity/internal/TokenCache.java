package org.redgrid.identity.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.redgrid.shared.Actor;
import org.redgrid.shared.ClusterSignals;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The actors of bearer tokens seen lately, so that an API call does not look its token up again,
 * with revocation honoured:
 * <ul>
 *   <li>revoking a token or ending a user's tokens (lock, disable, password or access change, a
 *       resident's link) empties the cache on this node as the revocation commits, and on every other
 *       node when its signal arrives ({@link ClusterSignals}, a few milliseconds);
 *   <li>an actor read before a revocation is never kept after it: each entry carries the cache's
 *       generation at the time its lookup began, and emptying the cache starts a new generation;
 *   <li>a node that cannot hear signals (its listening connection is being reopened) does not use
 *       the cache at all, and an entry lives at most {@code redgrid.token-cache-ttl} (30 s by default)
 *       and never past its token's expiry, which bounds the one case left: a node killed between
 *       committing a revocation and sending its signal.
 * </ul>
 * {@code redgrid.token-cache-ttl=0} turns the cache off.
 */
@Component
class TokenCache {

    static final String CHANNEL = "identity_token_revoked";
    private static final int MAX_ENTRIES = 50_000;

    private record Entry(Actor actor, Instant validUntil, long generation) {}

    private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();
    private final BooleanSupplier hearsSignals;
    private final Consumer<String> broadcast;
    private final Duration ttl;
    private final TransactionSynchronization emptyAfterCommit = new TransactionSynchronization() {
        @Override
        public void afterCommit() {
            empty();
        }
    };

    @Autowired
    TokenCache(ClusterSignals signals, @Value("${redgrid.token-cache-ttl:PT30S}") Duration ttl) {
        this(signals::listening, payload -> signals.publish(CHANNEL, payload), ttl);
        signals.subscribe(CHANNEL, this::heard);
    }

    TokenCache(BooleanSupplier hearsSignals, Consumer<String> broadcast, Duration ttl) {
        if (ttl.isNegative()) throw new IllegalArgumentException("redgrid.token-cache-ttl must not be negative");
        this.hearsSignals = hearsSignals;
        this.broadcast = broadcast;
        this.ttl = ttl;
    }

    /** A revocation signalled by any node, this one included. */
    void heard(String payload) {
        empty();
    }

    /** The token's actor from the cache, else from {@code lookUp}, kept when it may be. */
    Optional<Actor> resolve(String key, Instant now, Supplier<Optional<Held>> lookUp) {
        boolean usable = !ttl.isZero() && hearsSignals.getAsBoolean();
        if (usable) {
            Entry entry = entries.get(key);
            if (entry != null && entry.generation() == generation.get() && now.isBefore(entry.validUntil())) {
                return Optional.of(entry.actor());
            }
        }
        long startedAt = generation.get();
        Optional<Held> held = lookUp.get();
        if (usable && held.isPresent()) {
            if (entries.size() >= MAX_ENTRIES) entries.clear();
            Instant until = now.plus(ttl).isBefore(held.get().expiresAt())
                    ? now.plus(ttl)
                    : held.get().expiresAt();
            entries.put(key, new Entry(held.get().actor(), until, startedAt));
            // A revocation that committed during the lookup started a new generation: drop what was read.
            if (generation.get() != startedAt) entries.remove(key);
        }
        return held.map(Held::actor);
    }

    /** What a lookup found: the actor, and until when its token is valid. */
    record Held(Actor actor, Instant expiresAt) {}

    /** Empties the cache here when the current transaction commits (now, without one) and on every node. */
    void revoked() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            if (!TransactionSynchronizationManager.getSynchronizations().contains(emptyAfterCommit)) {
                TransactionSynchronizationManager.registerSynchronization(emptyAfterCommit);
            }
        } else {
            empty();
        }
        broadcast.accept("revoked");
    }

    private void empty() {
        generation.incrementAndGet();
        entries.clear();
    }
}
