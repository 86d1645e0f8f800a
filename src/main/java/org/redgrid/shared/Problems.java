package org.redgrid.shared;

import java.net.URI;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/**
 * Builds RFC 9457 problems the same way everywhere: a stable type URI, a short English title, the
 * detail in the caller's language (Chinese unless English is preferred) and both languages as
 * {@code message_zh} and {@code message_en}.
 */
public final class Problems {

    public static final String TYPE_BASE = "https://redgrid.org/problems/";

    private Problems() {}

    public static ProblemDetail of(
            HttpStatusCode status, String type, String title, String messageZh, String messageEn) {
        boolean english = Locale.ENGLISH
                .getLanguage()
                .equals(LocaleContextHolder.getLocale().getLanguage());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, english ? messageEn : messageZh);
        problem.setType(URI.create(TYPE_BASE + type));
        problem.setTitle(title);
        problem.setProperty("message_zh", messageZh);
        problem.setProperty("message_en", messageEn);
        return problem;
    }

    /** A 400 problem naming the offending field and the rule it broke. */
    public static ProblemDetail invalidField(String field, String rule, String messageZh, String messageEn) {
        ProblemDetail problem = of(HttpStatusCode.valueOf(400), "invalid-value", "Invalid value", messageZh, messageEn);
        problem.setProperty("field", field);
        problem.setProperty("rule", rule);
        return problem;
    }
}
