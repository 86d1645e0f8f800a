package org.redgrid.shared;

/**
 * A part of the platform whose paths answer errors in a format of their own rather than as RFC 9457
 * problems (Open311's GeoReport error list): the platform's error page and the server's last-resort
 * error report ask it for every error under its paths.
 */
public interface PathErrorFormat {

    /** Whether errors of requests to {@code path} (without the context path) are written in this format. */
    boolean covers(String path);

    /** The error answer for a request to {@code path}: {@code description} is in the caller's language. */
    Body write(String path, int status, String description);

    /** An error answer: its media type and bytes. */
    record Body(String mediaType, byte[] bytes) {}
}
