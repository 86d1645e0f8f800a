package org.redgrid.casework;

import java.util.Optional;
import org.redgrid.shared.InvalidValue;

/**
 * An uploaded photo, accepted only when its first bytes say JPEG, PNG or WebP (the declared type and
 * the file name are not trusted) and it is at most {@link #MAX_BYTES}.
 */
public record Photo(String filename, String contentType, byte[] bytes) {

    public static final int MAX_BYTES = 5 * 1024 * 1024;

    public static Photo of(String filename, byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw new InvalidValue("file", "photo.empty", "照片为空", "the photo is empty");
        }
        if (bytes.length > MAX_BYTES) {
            throw new InvalidValue("file", "photo.size", "照片不能超过 5 MB", "a photo may be at most 5 MB");
        }
        String type = sniff(bytes)
                .orElseThrow(() -> new InvalidValue(
                        "file", "photo.type", "只接受 JPEG、PNG 或 WebP 图片", "only JPEG, PNG or WebP images are accepted"));
        String name = filename == null || filename.isBlank() ? "photo" : filename.replaceAll("[\\\\/\\r\\n\"]", "_");
        if (name.length() > 200) name = name.substring(name.length() - 200);
        return new Photo(name, type, bytes);
    }

    static Optional<String> sniff(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF) {
            return Optional.of("image/jpeg");
        }
        if (b.length >= 8
                && (b[0] & 0xFF) == 0x89
                && b[1] == 'P'
                && b[2] == 'N'
                && b[3] == 'G'
                && b[4] == 0x0D
                && b[5] == 0x0A) {
            return Optional.of("image/png");
        }
        if (b.length >= 12
                && b[0] == 'R'
                && b[1] == 'I'
                && b[2] == 'F'
                && b[3] == 'F'
                && b[8] == 'W'
                && b[9] == 'E'
                && b[10] == 'B'
                && b[11] == 'P') {
            return Optional.of("image/webp");
        }
        return Optional.empty();
    }
}
