package org.redgrid.portal.web;

import java.util.regex.Pattern;

/**
 * How long a browser may keep a static file: for ever when its URL names its content (the resource
 * chain's {@code name-<md5>.ext}, which the server answers only while the content still has that hash,
 * so a changed file is a new URL), otherwise only after asking again ({@code no-cache}: revalidated by
 * Last-Modified, never stale). A static file never carries {@code no-store}: it holds no personal data.
 */
public final class StaticCaching {

    public static final String FOREVER = "public, max-age=31536000, immutable";

    public static final String REVALIDATE = "no-cache";

    private static final Pattern CONTENT_HASH = Pattern.compile("-[0-9a-f]{32}\\.[A-Za-z0-9]+$");

    private StaticCaching() {}

    /** The Cache-Control of a static file served under {@code path}. */
    public static String cacheControl(String path) {
        return CONTENT_HASH.matcher(path).find() ? FOREVER : REVALIDATE;
    }
}
