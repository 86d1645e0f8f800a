package org.redgrid.portal.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.springframework.stereotype.Component;

/**
 * Times as the pages show them: local time in Inner Mongolia (UTC+8), to the minute. Public because
 * the templates call it as {@code @fmt}, and expressions reach only public types and methods.
 */
@Component("fmt")
public class Formats {

    private static final DateTimeFormatter MINUTE =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Shanghai"));

    public String at(Instant instant) {
        return instant == null ? "" : MINUTE.format(instant);
    }

    /** An ISO-8601 timestamp for the {@code datetime} attribute of a {@code <time>} element. */
    public String iso(Instant instant) {
        return instant == null ? "" : instant.toString();
    }
}
