package org.redgrid.open311.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;

/** Text in the caller's language (Chinese unless English is asked for) and times in local time. */
public final class Localized {

    private Localized() {}

    public static boolean english() {
        return Locale.ENGLISH
                .getLanguage()
                .equals(LocaleContextHolder.getLocale().getLanguage());
    }

    public static String text(String zh, String en) {
        return english() ? en : zh;
    }

    /** The instant to the second with the local offset ({@code +08:00}); null stays null. */
    static OffsetDateTime local(Instant instant) {
        return instant == null
                ? null
                : instant.truncatedTo(ChronoUnit.SECONDS)
                        .atZone(RequestWindow.LOCAL)
                        .toOffsetDateTime();
    }
}
