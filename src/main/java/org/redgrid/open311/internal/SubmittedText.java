package org.redgrid.open311.internal;

import org.redgrid.shared.InvalidValue;
import org.redgrid.shared.Text;

/** The {@code media_url} of a GeoReport POST (the other optional fields are {@link Text#optional}). */
final class SubmittedText {

    private SubmittedText() {}

    /** An optional {@code media_url}: an http(s) address of at most 500 characters. */
    static String mediaUrl(String value) {
        String url = Text.optional("media_url", value, 500);
        if (url != null && !url.matches("(?i)https?://\\S+")) {
            throw new InvalidValue("media_url", "url", "media_url 须为 http(s) 地址", "media_url must be an http(s) URL");
        }
        return url;
    }
}
