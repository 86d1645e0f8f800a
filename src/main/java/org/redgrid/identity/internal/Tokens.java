package org.redgrid.identity.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.redgrid.shared.Actor;
import org.redgrid.shared.PlatformSettings;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Opaque bearer tokens: 256 random bits handed to the client, only their SHA-256 stored, so a leaked
 * database cannot be replayed and any node can check a token (stateless nodes, shared PostgreSQL).
 */
@Component
public class Tokens {

    public record Issued(String token, Instant expiresAt) {}

    private final JdbcClient jdbc;
    private final UserAccounts users;
    private final PlatformSettings settings;
    private final Clock clock;
    private final TokenCache cache;
    private final SecureRandom random = new SecureRandom();

    Tokens(JdbcClient jdbc, UserAccounts users, PlatformSettings settings, Clock clock, TokenCache cache) {
        this.cache = cache;
        this.jdbc = jdbc;
        this.users = users;
        this.settings = settings;
        this.clock = clock;
    }

    public Issued issue(String username) {
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Instant now = clock.instant();
        Instant expiresAt = now.plus(settings.tokenTtl());
        jdbc.sql("""
                        insert into api_token (token_hash, user_id, issued_at, expires_at)
                        select :hash, id, :now, :expires from app_user where username = :username""")
                .param("hash", digest(token))
                .param("now", Timestamp.from(now))
                .param("expires", Timestamp.from(expiresAt))
                .param("username", username)
                .update();
        return new Issued(token, expiresAt);
    }

    public Optional<Actor> resolve(String token) {
        byte[] digest = digest(token);
        Instant now = clock.instant();
        return cache.resolve(
                HexFormat.of().formatHex(digest),
                now,
                () -> users.byToken(digest, Timestamp.from(now))
                        .filter(holder -> holder.user().enabled())
                        .filter(holder -> !holder.user().lockedAt(now))
                        .map(holder -> new TokenCache.Held(holder.user().actor(), holder.expiresAt())));
    }

    public void revoke(String token) {
        jdbc.sql("delete from api_token where token_hash = :hash")
                .param("hash", digest(token))
                .update();
        cache.revoked();
    }

    /** Hourly on every node; deleting expired rows twice is harmless, so no lock is needed. */
    @org.springframework.scheduling.annotation.Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
    public void purgeExpired() {
        jdbc.sql("delete from api_token where expires_at < :now")
                .param("now", Timestamp.from(clock.instant()))
                .update();
    }

    private static byte[] digest(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
