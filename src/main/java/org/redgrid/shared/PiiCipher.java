package org.redgrid.shared;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts personal data at rest (AES-256-GCM, random 96-bit nonce) and computes a keyed hash
 * (HMAC-SHA-256) beside it, so that an exact ID number can be found without decrypting every row.
 * Both keys are derived from one master key so that operators manage a single secret.
 */
public final class PiiCipher {

    private static final byte FORMAT_VERSION = 1;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKeySpec encryptionKey;
    private final SecretKeySpec hashKey;
    private final SecureRandom random = new SecureRandom();

    public PiiCipher(byte[] masterKey) {
        if (masterKey.length != 32) throw new IllegalArgumentException("PII master key must be 32 bytes");
        this.encryptionKey = new SecretKeySpec(derive(masterKey, "redgrid-pii-encryption"), "AES");
        this.hashKey = new SecretKeySpec(derive(masterKey, "redgrid-pii-lookup-hash"), "HmacSHA256");
    }

    public byte[] encrypt(String plain) {
        if (plain == null) return null;
        return seal(plain.getBytes(StandardCharsets.UTF_8));
    }

    public String decrypt(byte[] stored) {
        if (stored == null) return null;
        return new String(open(stored), StandardCharsets.UTF_8);
    }

    /**
     * Encrypts bytes (such as a scanned page of a personnel file) in the same format as the text
     * values, so that one key and one rotation procedure cover every secret the platform stores.
     */
    public byte[] seal(byte[] plain) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            random.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, encryptionKey, new GCMParameterSpec(TAG_BITS, nonce));
            byte[] sealed = cipher.doFinal(plain);
            return ByteBuffer.allocate(1 + NONCE_BYTES + sealed.length)
                    .put(FORMAT_VERSION)
                    .put(nonce)
                    .put(sealed)
                    .array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PII encryption failed", e);
        }
    }

    /** Decrypts what {@link #seal} stored; fails when the key is wrong or the bytes were altered. */
    public byte[] open(byte[] stored) {
        if (stored.length < 1 + NONCE_BYTES || stored[0] != FORMAT_VERSION)
            throw new IllegalStateException("unknown PII ciphertext format");
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(
                    Cipher.DECRYPT_MODE,
                    encryptionKey,
                    new GCMParameterSpec(TAG_BITS, Arrays.copyOfRange(stored, 1, 1 + NONCE_BYTES)));
            return cipher.doFinal(stored, 1 + NONCE_BYTES, stored.length - 1 - NONCE_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PII ciphertext does not authenticate: wrong key or altered data", e);
        }
    }

    /** The lookup hash of a value already in canonical form (as the value types normalise it). */
    public byte[] hash(String canonical) {
        if (canonical == null) return null;
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(hashKey);
            return mac.doFinal(canonical.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PII hash failed", e);
        }
    }

    private static byte[] derive(byte[] masterKey, String purpose) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(masterKey, "HmacSHA256"));
            return mac.doFinal(purpose.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
