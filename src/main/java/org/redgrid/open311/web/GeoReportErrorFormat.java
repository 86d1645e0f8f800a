package org.redgrid.open311.web;

import org.redgrid.shared.PathErrorFormat;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Errors under {@code /open311} that never reach the adapter — a refused parameter, an unknown path,
 * a request the server itself rejects — answered as GeoReport error lists like the adapter's own, in
 * JSON when the path ends in {@code .json}, otherwise XML.
 */
@Component
class GeoReportErrorFormat implements PathErrorFormat {

    @Override
    public boolean covers(String path) {
        return path.startsWith("/open311/") || path.equals("/open311");
    }

    @Override
    public Body write(String path, int status, String description) {
        GeoReportFormat format = GeoReportFormat.ofPath(path);
        HttpStatus resolved = HttpStatus.resolve(status);
        return new Body(
                format.mediaType().toString(),
                GeoReportErrors.body(
                        format, resolved == null ? HttpStatus.INTERNAL_SERVER_ERROR : resolved, description));
    }
}
