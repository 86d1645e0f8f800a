package org.redgrid.identity.internal;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.redgrid.shared.PhoneNumber;
import org.redgrid.shared.PiiCipher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The one-time codes sent to phones, judged by the {@link OneTimeCodePolicy}. Neither the number nor the
 * code is stored: both only as keyed hashes, so a copy of the database reveals no usable code.
 */
@Component
public class OneTimeCodes {

    /** What a code is for; a code sent for one purpose is never accepted for another. */
    public enum Purpose {
        REGISTER,
        PASSWORD_RESET
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final PiiCipher cipher;

    OneTimeCodes(JdbcClient jdbc, PiiCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    /** The times codes were sent to the phone in the last day, whatever their purpose. */
    public List<Instant> sentInLastDay(PhoneNumber phone, Instant now) {
        return jdbc.sql("select sent_at from one_time_code_send where phone_hash = :phone and sent_at > :since")
                .param("phone", phoneHash(phone))
                .param("since", Timestamp.from(now.minus(OneTimeCodePolicy.DAY)))
                .query((rs, n) -> rs.getTimestamp(1).toInstant())
                .list();
    }

    /** Counts a send against the phone's limits, whether or not a code goes out (see the caller). */
    public void countSend(PhoneNumber phone, Instant now) {
        jdbc.sql("delete from one_time_code_send where sent_at < :old")
                .param("old", Timestamp.from(now.minus(OneTimeCodePolicy.DAY)))
                .update();
        jdbc.sql("insert into one_time_code_send (phone_hash, sent_at) values (:phone, :now)")
                .param("phone", phoneHash(phone))
                .param("now", Timestamp.from(now))
                .update();
    }

    /** A new code for the phone and purpose, replacing any earlier one. */
    public String issue(Purpose purpose, PhoneNumber phone, Instant now) {
        String code = String.format("%0" + OneTimeCodePolicy.DIGITS + "d", RANDOM.nextInt(1_000_000));
        jdbc.sql("""
                        insert into one_time_code (purpose, phone_hash, code_hash, sent_at, attempts)
                        values (:purpose, :phone, :code, :now, 0)
                        on conflict (purpose, phone_hash) do update
                            set code_hash = excluded.code_hash, sent_at = excluded.sent_at, attempts = 0""")
                .param("purpose", purpose.name())
                .param("phone", phoneHash(phone))
                .param("code", codeHash(purpose, phone, code))
                .param("now", Timestamp.from(now))
                .update();
        return code;
    }

    /** Judges the code given; a wrong one counts as a try, an accepted one is used up. */
    public OneTimeCodePolicy.Outcome use(Purpose purpose, PhoneNumber phone, String given, Instant now) {
        byte[] key = phoneHash(phone);
        record Stored(byte[] codeHash, OneTimeCodePolicy.Issued issued) {}
        Stored stored = jdbc.sql("select code_hash, sent_at, attempts from one_time_code"
                        + " where purpose = :purpose and phone_hash = :phone for update")
                .param("purpose", purpose.name())
                .param("phone", key)
                .query((rs, n) -> new Stored(
                        rs.getBytes(1),
                        new OneTimeCodePolicy.Issued(rs.getTimestamp(2).toInstant(), rs.getInt(3))))
                .optional()
                .orElse(null);
        boolean matches = stored != null
                && OneTimeCodePolicy.wellFormed(given)
                && MessageDigest.isEqual(stored.codeHash(), codeHash(purpose, phone, given.strip()));
        var outcome = OneTimeCodePolicy.check(stored == null ? null : stored.issued(), matches, now);
        switch (outcome) {
            case ACCEPTED, EXPIRED ->
                jdbc.sql("delete from one_time_code where purpose = :purpose and phone_hash = :phone")
                        .param("purpose", purpose.name())
                        .param("phone", key)
                        .update();
            case WRONG ->
                jdbc.sql("update one_time_code set attempts = attempts + 1"
                                + " where purpose = :purpose and phone_hash = :phone")
                        .param("purpose", purpose.name())
                        .param("phone", key)
                        .update();
            case NONE_SENT -> {
                // nothing stored to count against: the caller asks for a code first
            }
        }
        return outcome;
    }

    private byte[] phoneHash(PhoneNumber phone) {
        return cipher.hash("one-time-code:" + phone.value());
    }

    private byte[] codeHash(Purpose purpose, PhoneNumber phone, String code) {
        return cipher.hash("one-time-code:" + purpose + ":" + phone.value() + ":" + code);
    }
}
