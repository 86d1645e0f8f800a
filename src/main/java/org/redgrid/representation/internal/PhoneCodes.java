package org.redgrid.representation.internal;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.redgrid.shared.PhoneNumber;
import org.redgrid.shared.PiiCipher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The codes sent to phones of writers without an account, kept by a keyed hash of the number (never
 * the number itself) and judged by the {@link PhoneCodePolicy}.
 */
@Component
public class PhoneCodes {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final PiiCipher cipher;

    PhoneCodes(JdbcClient jdbc, PiiCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    /** A new code for the phone, or empty when one was sent less than a minute ago. */
    public Optional<String> issue(PhoneNumber phone, Instant now) {
        byte[] key = cipher.hash("phone-code:" + phone.value());
        if (!PhoneCodePolicy.maySendAgain(last(key), now)) return Optional.empty();
        String code = String.format("%06d", RANDOM.nextInt(1_000_000));
        jdbc.sql("""
                        insert into rep_phone_code (phone_hash, code, sent_at, attempts) values (:key, :code, :now, 0)
                        on conflict (phone_hash) do update set code = excluded.code, sent_at = excluded.sent_at,
                            attempts = 0""")
                .param("key", key)
                .param("code", code)
                .param("now", Timestamp.from(now))
                .update();
        return Optional.of(code);
    }

    /** Checks the code given for the phone; a wrong one counts as a try, an accepted one is used up. */
    public PhoneCodePolicy.Outcome check(PhoneNumber phone, String given, Instant now) {
        byte[] key = cipher.hash("phone-code:" + phone.value());
        PhoneCodePolicy.Outcome outcome = PhoneCodePolicy.check(last(key), given, now);
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

    private PhoneCodePolicy.Sent last(byte[] key) {
        return jdbc.sql("select code, sent_at, attempts from rep_phone_code where phone_hash = :key")
                .param("key", key)
                .query((rs, n) -> new PhoneCodePolicy.Sent(
                        rs.getString(1), rs.getTimestamp(2).toInstant(), rs.getInt(3)))
                .optional()
                .orElse(null);
    }
}
