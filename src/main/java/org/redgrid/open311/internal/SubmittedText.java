package org.redgrid.open311.internal;

import org.redgrid.shared.InvalidValue;
import org.redgrid.shared.Text;

/** The optional text fields of a GeoReport POST: blank is absent, anything else at most its length. */
final class SubmittedText {

    private SubmittedText() {}

    static String optional(String field, String value, int max) {
        String trimmed = Text.blankToNull(value);
        return trimmed == null ? null : Text.required(field, trimmed, max);
    }

    /** An optional {@code media_url}: an http(s) address of at most 500 characters. */
    static String mediaUrl(String value) {
        String url = optional("media_url", value, 500);
        if (url != null && !url.matches("(?i)https?://\\S+")) {
            throw new InvalidValue("media_url", "url", "media_url 须为 http(s) 地址", "media_url must be an http(s) URL");
        }
        return url;
    }
}
