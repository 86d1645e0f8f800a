package org.redgrid.open311;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.redgrid.organization.Places;
import org.redgrid.shared.Actor;
import org.redgrid.shared.AuditRecord;
import org.redgrid.shared.Conflict;
import org.redgrid.shared.CurrentActor;
import org.redgrid.shared.DataScope;
import org.redgrid.shared.Forbidden;
import org.redgrid.shared.InvalidValue;
import org.redgrid.shared.NotFound;
import org.redgrid.shared.ScopedSql;
import org.redgrid.shared.Text;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * API keys of outside 311 clients. County, city and region administrators issue and revoke keys for
 * areas inside their own scope; every issue and revocation is audited. Only a SHA-256 hash of a key
 * is stored: keys are long random strings, so the hash alone cannot be turned back into one.
 */
@Service
@Transactional(readOnly = true)
public class ApiKeys {

    private final JdbcClient jdbc;
    private final Places places;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    ApiKeys(JdbcClient jdbc, Places places, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.places = places;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Issues a new random key for an area inside the administrator's scope: an existing division or
     * grid, asked of {@link Places#bindable} as a user's scope is.
     */
    @Transactional
    public IssuedApiKey issue(NewApiKey command) {
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        String secret = "o311_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        return new IssuedApiKey(register(command, secret), secret);
    }

    /** Registers a key whose secret is given, as demo mode does with its well-known key. */
    @Transactional
    public ApiKeyView register(NewApiKey command, String secret) {
        Actor actor = requireAdministrator();
        String name = Text.required("name", command == null ? null : command.name(), 100);
        DataScope scope = places.bindable("scope", command.scope(), actor.scope());
        if (secret == null || secret.length() < 12) {
            throw new InvalidValue("secret", "min-length", "密钥至少 12 个字符", "a key has at least 12 characters");
        }
        long id = jdbc.sql("""
                        insert into open311_key (name, key_hash, key_hint, scope_code, created_by, created_at)
                        values (:name, :hash, :hint, :scope, :by, :now) returning id""")
                .param("name", name)
                .param("hash", hash(secret))
                .param("hint", secret.substring(secret.length() - 4))
                .param("scope", scope.prefix())
                .param("by", actor.username())
                .param("now", Timestamp.from(clock.instant()))
                .query(Long.class)
                .single();
        events.publishEvent(
                new AuditRecord("OPEN311_KEY_ISSUED", "open311_key", String.valueOf(id), scope.prefix(), name));
        return find(id).orElseThrow();
    }

    /** Revokes a key; its client's next request is refused with 403. */
    @Transactional
    public ApiKeyView revoke(long id) {
        Actor actor = requireAdministrator();
        ApiKeyView key = visible(actor, id);
        if (key.revokedAt() != null) {
            throw new Conflict("open311-key.revoked", "该密钥已被吊销", "the key is already revoked");
        }
        jdbc.sql("update open311_key set revoked_at = :now, revoked_by = :by where id = :id and revoked_at is null")
                .param("now", Timestamp.from(clock.instant()))
                .param("by", actor.username())
                .param("id", id)
                .update();
        events.publishEvent(
                new AuditRecord("OPEN311_KEY_REVOKED", "open311_key", String.valueOf(id), key.scope(), key.name()));
        return find(id).orElseThrow();
    }

    /** The keys for areas inside the administrator's scope, newest first. */
    public List<ApiKeyView> list() {
        Actor actor = requireAdministrator();
        return ScopedSql.bind(
                        jdbc.sql("select * from open311_key where " + ScopedSql.within("scope_code")
                                + " order by id desc"),
                        actor.scope())
                .query(ApiKeys::map)
                .list();
    }

    public ApiKeyView key(long id) {
        return visible(requireAdministrator(), id);
    }

    /** The live key with this secret; empty for an unknown or revoked one. */
    public Optional<ApiKeyView> authenticate(String secret) {
        if (secret == null || secret.isBlank() || secret.length() > 200) return Optional.empty();
        return jdbc.sql("select * from open311_key where key_hash = :hash and revoked_at is null")
                .param("hash", hash(secret.trim()))
                .query(ApiKeys::map)
                .optional();
    }

    private ApiKeyView visible(Actor actor, long id) {
        return ScopedSql.bind(
                        jdbc.sql("select * from open311_key where id = :id and " + ScopedSql.within("scope_code")),
                        actor.scope())
                .param("id", id)
                .query(ApiKeys::map)
                .optional()
                .orElseThrow(() -> new NotFound("open311_key", id));
    }

    private Optional<ApiKeyView> find(long id) {
        return jdbc.sql("select * from open311_key where id = :id")
                .param("id", id)
                .query(ApiKeys::map)
                .optional();
    }

    private static Actor requireAdministrator() {
        Actor actor = CurrentActor.require();
        if (!actor.administers()) {
            throw new Forbidden(
                    "只有旗县区及以上管理员可以管理 Open311 密钥", "only county, city or region administrators manage Open311 keys");
        }
        return actor;
    }

    private static byte[] hash(String secret) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ApiKeyView map(ResultSet rs, int row) throws SQLException {
        Timestamp revoked = rs.getTimestamp("revoked_at");
        return new ApiKeyView(
                rs.getLong("id"),
                rs.getString("name"),
                "…" + rs.getString("key_hint"),
                rs.getString("scope_code"),
                rs.getString("created_by"),
                rs.getTimestamp("created_at").toInstant(),
                revoked == null ? null : revoked.toInstant(),
                rs.getString("revoked_by"));
    }
}
