package org.redgrid.portal.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Chinese first; {@code ?lang=en} switches the pages to English, {@code ?lang=mn} the resident pages to
 * traditional Mongolian script (docs/i18n.md), and a cookie remembers the choice; API
 * clients choose with {@code Accept-Language}. Pages ignore the browser's language on purpose: the
 * platform speaks Chinese first, whatever language the device was set up in.
 */
@Configuration(proxyBeanMethods = false)
class LocaleConfiguration implements WebMvcConfigurer {

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("redgrid-lang");
        resolver.setDefaultLocaleFunction(
                request -> requestedPath(request).startsWith("/api/") && request.getHeader("Accept-Language") != null
                        ? request.getLocale()
                        : Locale.SIMPLIFIED_CHINESE);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setRejectInvalidCookies(false); // a tampered cookie means the default language, not an error
        return resolver;
    }

    /** The path the caller asked for, also while the error page answers it. */
    private static String requestedPath(HttpServletRequest request) {
        return request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String failed
                ? failed
                : request.getRequestURI();
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new KnownLanguageInterceptor());
    }

    /**
     * {@code ?lang=} switches only to a language the platform speaks; anything else is ignored, so that
     * no stray value reaches the cookie (where characters such as {@code ;} are illegal).
     */
    static final class KnownLanguageInterceptor extends LocaleChangeInterceptor {

        /**
         * Chinese, English or Mongolian (traditional script, for the resident pages), optionally with a
         * region: {@code zh}, {@code zh_CN}, {@code en-US}, {@code mn}.
         */
        private static final Pattern KNOWN = Pattern.compile("(zh|en|mn)([-_][A-Za-z]{2})?");

        KnownLanguageInterceptor() {
            setParamName("lang");
        }

        @Override
        public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
                throws ServletException {
            return !known(asked(request)) || super.preHandle(request, response, handler);
        }

        /**
         * The language asked for, or null when the query cannot be decoded at all: such a request is
         * refused before it gets here, and its error page must still render (in the default language).
         */
        private String asked(HttpServletRequest request) {
            try {
                return request.getParameter(getParamName());
            } catch (RuntimeException undecodable) {
                return null;
            }
        }

        @Override
        protected Locale parseLocaleValue(String value) {
            return Locale.forLanguageTag(value.trim().replace('_', '-'));
        }

        static boolean known(String value) {
            return value != null && KNOWN.matcher(value.trim()).matches();
        }
    }
}
