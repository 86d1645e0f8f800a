package org.redgrid.identity.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.redgrid.shared.DataScope;
import org.redgrid.shared.Paging;
import org.redgrid.shared.PhoneNumber;
import org.redgrid.shared.PiiCipher;
import org.redgrid.shared.ScopedSql;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class UserAccounts {

    private static final String COLUMNS = "id, username, display_name, password_hash, roles, scope_code, partner_unit,"
            + " enabled, failed_attempts, locked_until, last_login_at";

    private final JdbcClient jdbc;
    private final PiiCipher cipher;

    private final TokenCache tokenCache;

    UserAccounts(JdbcClient jdbc, PiiCipher cipher, TokenCache tokenCache) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.tokenCache = tokenCache;
    }

    /**
     * The user a login names: a username, or the mobile number a resident registered with (which no
     * username can be mistaken for: usernames start with a letter).
     */
    public Optional<UserAccount> byLogin(String login) {
        if (login != null && login.matches("(\\+?86)?1[3-9]\\d{9}")) {
            return byPhone(PhoneNumber.parse("username", login));
        }
        return byUsername(login);
    }

    public Optional<UserAccount> byPhone(PhoneNumber phone) {
        return jdbc.sql("select " + COLUMNS + " from app_user where phone_hash = :hash")
                .param("hash", cipher.hash(phone.value()))
                .query(UserAccounts::map)
                .optional();
    }

    /** A resident who registered with a phone: role RESIDENT, the given scope, the phone encrypted and hashed. */
    public long insertResident(
            String username, String displayName, String passwordHash, PhoneNumber phone, String scope, Instant now) {
        return jdbc.sql("""
                        insert into app_user (username, display_name, password_hash, roles, scope_code, created_at,
                                              phone_enc, phone_hash)
                        values (:username, :displayName, :hash, :roles, :scope, :now, :phoneEnc, :phoneHash)
                        returning id""")
                .param("username", username)
                .param("displayName", displayName)
                .param("hash", passwordHash)
                .param("roles", new String[] {"RESIDENT"})
                .param("scope", scope)
                .param("now", Timestamp.from(now))
                .param("phoneEnc", cipher.encrypt(phone.value()))
                .param("phoneHash", cipher.hash(phone.value()))
                .query(Long.class)
                .single();
    }

    /** The keyed hash of the user's mobile number, when it registered with one. */
    public Optional<byte[]> phoneHash(String username) {
        return jdbc.sql("select phone_hash from app_user where username = :username and phone_hash is not null")
                .param("username", username)
                .query((rs, n) -> rs.getBytes(1))
                .optional();
    }

    /** The person the user is linked to, if any. */
    public Optional<Long> linkedPerson(String username) {
        return jdbc.sql("select person_id from app_user where username = :username and person_id is not null")
                .param("username", username)
                .query(Long.class)
                .optional();
    }

    /**
     * Links an unlinked resident to a person and narrows its scope to the person's grid; false when the
     * account is not an unlinked resident (any more).
     */
    public boolean linkResident(String username, long personId, String gridCode) {
        tokenCache.revoked();
        return jdbc.sql("""
                        update app_user set person_id = :person, scope_code = :grid
                         where username = :username and person_id is null and 'RESIDENT' = any (roles)""")
                        .param("username", username)
                        .param("person", personId)
                        .param("grid", gridCode)
                        .update()
                == 1;
    }

    /** The masked mobile number of a user, when it registered with one. */
    public Optional<String> maskedPhone(long id) {
        return jdbc.sql("select phone_enc from app_user where id = :id and phone_enc is not null")
                .param("id", id)
                .query((rs, n) -> new PhoneNumber(cipher.decrypt(rs.getBytes(1))).masked())
                .optional();
    }

    public Optional<UserAccount> byUsername(String username) {
        return jdbc.sql("select " + COLUMNS + " from app_user where username = :username")
                .param("username", username)
                .query(UserAccounts::map)
                .optional();
    }

    /** The user an unexpired API token was issued to, read with the token in one statement. */
    /** The holder of an unexpired token, with the token's expiry. */
    public record TokenHolder(UserAccount user, Instant expiresAt) {}

    public Optional<TokenHolder> byToken(byte[] tokenHash, java.sql.Timestamp now) {
        return jdbc.sql("select t.expires_at, " + COLUMNS.replaceAll("(\\w+)", "u.$1")
                        + " from api_token t join app_user u on u.id = t.user_id"
                        + " where t.token_hash = :hash and t.expires_at > :now")
                .param("hash", tokenHash)
                .param("now", now)
                .query((rs, row) -> new TokenHolder(
                        map(rs, row), rs.getTimestamp("expires_at").toInstant()))
                .optional();
    }

    public Optional<UserAccount> byId(long id) {
        return jdbc.sql("select " + COLUMNS + " from app_user where id = :id")
                .param("id", id)
                .query(UserAccounts::map)
                .optional();
    }

    public List<UserAccount> page(DataScope scope, String query, Paging paging) {
        return ScopedSql.bind(
                        jdbc.sql("select " + COLUMNS + " from app_user where " + ScopedSql.within("scope_code")
                                + " and (:q = '' or username like :like or display_name like :like)"
                                + " order by scope_code, username limit :limit offset :offset"),
                        scope)
                .param("q", query)
                .param("like", "%" + query + "%")
                .param("limit", paging.size())
                .param("offset", paging.offset())
                .query(UserAccounts::map)
                .list();
    }

    public long count(DataScope scope, String query) {
        return ScopedSql.bind(
                        jdbc.sql("select count(*) from app_user where " + ScopedSql.within("scope_code")
                                + " and (:q = '' or username like :like or display_name like :like)"),
                        scope)
                .param("q", query)
                .param("like", "%" + query + "%")
                .query(Long.class)
                .single();
    }

    public List<String> usernamesOfUnit(String creditCode) {
        return jdbc.sql("select username from app_user where partner_unit = :unit and enabled order by username")
                .param("unit", creditCode)
                .query(String.class)
                .list();
    }

    public List<String> usernamesAt(String scope, String[] roles) {
        return jdbc.sql(
                        "select username from app_user where scope_code = :scope and roles && cast(:roles as text[]) and enabled"
                                + " order by username")
                .param("scope", scope)
                .param("roles", roles)
                .query(String.class)
                .list();
    }

    public List<String> usernamesWithin(DataScope scope, String[] roles) {
        return ScopedSql.bind(
                        jdbc.sql("select username from app_user where " + ScopedSql.within("scope_code")
                                + " and roles && cast(:roles as text[]) and enabled order by username"),
                        scope)
                .param("roles", roles)
                .query(String.class)
                .list();
    }

    public long insert(
            String username,
            String displayName,
            String passwordHash,
            String[] roles,
            String scope,
            String partnerUnit,
            Instant now) {
        return jdbc.sql("""
                        insert into app_user (username, display_name, password_hash, roles, scope_code, partner_unit, created_at)
                        values (:username, :displayName, :hash, :roles, :scope, :partnerUnit, :now)
                        returning id""")
                .param("username", username)
                .param("displayName", displayName)
                .param("hash", passwordHash)
                .param("roles", roles)
                .param("scope", scope)
                .param("partnerUnit", partnerUnit)
                .param("now", Timestamp.from(now))
                .query(Long.class)
                .single();
    }

    public void changeAccess(long id, String[] roles, String scope) {
        jdbc.sql("update app_user set roles = :roles, scope_code = :scope where id = :id")
                .param("id", id)
                .param("roles", roles)
                .param("scope", scope)
                .update();
        tokenCache.revoked();
    }

    public void changePassword(long id, String passwordHash) {
        jdbc.sql("update app_user set password_hash = :hash where id = :id")
                .param("id", id)
                .param("hash", passwordHash)
                .update();
        tokenCache.revoked();
    }

    public void setEnabled(long id, boolean enabled) {
        jdbc.sql("update app_user set enabled = :enabled where id = :id")
                .param("id", id)
                .param("enabled", enabled)
                .update();
        tokenCache.revoked();
    }

    /**
     * Ends every page session (Spring Session rows, found by principal name) and every bearer token of
     * the user, so that a lock, a disabled account or a change of access or password takes effect at
     * once on every node.
     */
    public void endSessionsAndTokens(String username) {
        jdbc.sql("delete from spring_session where principal_name = :username")
                .param("username", username)
                .update();
        jdbc.sql("delete from api_token where user_id = (select id from app_user where username = :username)")
                .param("username", username)
                .update();
        tokenCache.revoked();
    }

    /** Counts a failure and, at the threshold, locks the account; returns the new failure count. */
    int recordFailure(long id, int threshold, Instant lockUntil) {
        return jdbc.sql("""
                        update app_user
                           set failed_attempts = failed_attempts + 1,
                               locked_until = case when failed_attempts + 1 >= :threshold then :lockUntil else locked_until end
                         where id = :id
                        returning failed_attempts""")
                .param("id", id)
                .param("threshold", threshold)
                .param("lockUntil", Timestamp.from(lockUntil))
                .query(Integer.class)
                .single();
    }

    void recordSuccess(long id, Instant now) {
        jdbc.sql("update app_user set failed_attempts = 0, locked_until = null, last_login_at = :now where id = :id")
                .param("id", id)
                .param("now", Timestamp.from(now))
                .update();
    }

    /** A lock that has run out starts a fresh count of failures. */
    public void clearLock(long id) {
        jdbc.sql("update app_user set failed_attempts = 0, locked_until = null where id = :id")
                .param("id", id)
                .update();
    }

    private static UserAccount map(ResultSet rs, int row) throws SQLException {
        Array roles = rs.getArray("roles");
        Timestamp lockedUntil = rs.getTimestamp("locked_until");
        Timestamp lastLogin = rs.getTimestamp("last_login_at");
        return new UserAccount(
                rs.getLong("id"),
                rs.getString("username"),
                rs.getString("display_name"),
                rs.getString("password_hash"),
                UserAccount.roles((String[]) roles.getArray()),
                rs.getString("scope_code"),
                rs.getString("partner_unit"),
                rs.getBoolean("enabled"),
                rs.getInt("failed_attempts"),
                lockedUntil == null ? null : lockedUntil.toInstant(),
                lastLogin == null ? null : lastLogin.toInstant());
    }
}
