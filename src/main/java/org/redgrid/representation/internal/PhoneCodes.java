package org.redgrid.representation.internal;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.redgrid.shared.PhoneNumber;
import org.redgrid.shared.PiiCipher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The codes sent to phones of writers without an account, judged by the {@link PhoneCodePolicy}. The
 * number and the code are kept only as keyed hashes, so a copy of the database reveals neither a phone
 * nor a usable code.
 */
@Component
public class PhoneCodes {

    private static final SecureRandom RANDOM = new SecureRandom();

    private record Stored(byte[] codeHash, PhoneCodePolicy.Sent sent) {}

    private final JdbcClient jdbc;
    private final PiiCipher cipher;

    PhoneCodes(JdbcClient jdbc, PiiCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    /** A new code for the phone, or empty when one was sent less than a minute ago. */
    public Optional<String> issue(PhoneNumber phone, Instant now) {
        byte[] key = phoneHash(phone);
        Stored last = last(key, false);
        if (!PhoneCodePolicy.maySendAgain(last == null ? null : last.sent(), now)) return Optional.empty();
        String code = String.format("%06d", RANDOM.nextInt(1_000_000));
        jdbc.sql("""
                        insert into rep_phone_code (phone_hash, code_hash, sent_at, attempts)
                        values (:key, :code, :now, 0)
                        on conflict (phone_hash) do update set code_hash = excluded.code_hash,
                            sent_at = excluded.sent_at, attempts = 0""")
                .param("key", key)
                .param("code", codeHash(phone, code))
                .param("now", Timestamp.from(now))
                .update();
        return Optional.of(code);
    }

    /** Checks the code given for the phone; a wrong one counts as a try, an accepted one is used up. */
    public PhoneCodePolicy.Outcome check(PhoneNumber phone, String given, Instant now) {
        byte[] key = phoneHash(phone);
        Stored stored = last(key, true);
        boolean matches = stored != null
                && given != null
                && MessageDigest.isEqual(stored.codeHash(), codeHash(phone, given.strip()));
        PhoneCodePolicy.Outcome outcome = PhoneCodePolicy.check(stored == null ? null : stored.sent(), matches, now);
        switch (outcome) {
            case ACCEPTED ->
                jdbc.sql("delete from rep_phone_code where phone_hash = :key")
                        .param("key", key)
                        .update();
            case WRONG ->
                jdbc.sql("update rep_phone_code set attempts = attempts + 1 where phone_hash = :key")
                        .param("key", key)
                        .update();
            case EXPIRED, NONE_SENT -> {
                // Nothing to count: the writer asks for a new code.
            }
        }
        return outcome;
    }

    private Stored last(byte[] key, boolean forUpdate) {
        return jdbc.sql("select code_hash, sent_at, attempts from rep_phone_code where phone_hash = :key"
                        + (forUpdate ? " for update" : ""))
                .param("key", key)
                .query((rs, n) -> new Stored(
                        rs.getBytes(1),
                        new PhoneCodePolicy.Sent(rs.getTimestamp(2).toInstant(), rs.getInt(3))))
                .optional()
                .orElse(null);
    }

    private byte[] phoneHash(PhoneNumber phone) {
        return cipher.hash("phone-code:" + phone.value());
    }

    private byte[] codeHash(PhoneNumber phone, String code) {
        return cipher.hash("phone-code:" + phone.value() + ":" + code);
    }
}
