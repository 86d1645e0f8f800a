package org.redgrid.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.redgrid.identity.Identity;
import org.redgrid.shared.MapTiles;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseCookie;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.savedrequest.CookieRequestCache;

/**
 * Three doors: the JSON API under {@code /api} takes bearer tokens only (stateless, no cookies, so no
 * CSRF), the pages take a form login with a session (stored only once logged in) and CSRF tokens on
 * every form, and Open311 under
 * {@code /open311} is open, its POST carrying an api_key.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    /**
     * No observation around every security filter, authentication and authorization. Disabling them
     * by property ({@code management.observations.enable.spring.security}) left each filter of each
     * request wrapped in a no-op observation; without the wrappers the chain is a plain chain (the
     * request metrics, {@code http.server.requests}, do not need them).
     */
    @Bean
    static SecurityObservationSettings securityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder(10);
    }

    @Bean
    AuthenticationProvider loginProvider(LoginService logins) {
        return new AuthenticationProvider() {
            @Override
            public Authentication authenticate(Authentication authentication) {
                String address = authentication.getDetails() instanceof WebAuthenticationDetails details
                        ? details.getRemoteAddress()
                        : null;
                var actor = logins.authenticate(
                        authentication.getName(), String.valueOf(authentication.getCredentials()), address);
                var principal = new AuthenticatedActor(actor);
                return UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.authorities());
            }

            @Override
            public boolean supports(Class<?> type) {
                return UsernamePasswordAuthenticationToken.class.isAssignableFrom(type);
            }
        };
    }

    /** After the security filters (order -100), so that a report's author is known. */
    @Bean
    FilterRegistrationBean<RateLimitFilter> rateLimitFilter(RateLimits limits, ProblemWriter problems) {
        FilterRegistrationBean<RateLimitFilter> registration =
                new FilterRegistrationBean<>(new RateLimitFilter(limits, problems));
        registration.setOrder(0);
        return registration;
    }

    /**
     * Open311 GeoReport v2: open to any client as the specification wants; the api_key form field is
     * the credential of a POST and is checked by the adapter. No session, no cookies, so no CSRF.
     */
    @Bean
    @Order(0)
    SecurityFilterChain open311(HttpSecurity http) throws Exception {
        http.securityMatcher("/open311/**")
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .formLogin(form -> form.disable())
                .httpBasic(basic -> basic.disable())
                .logout(logout -> logout.disable())
                .requestCache(cache -> cache.disable())
                .anonymous(anonymous -> {})
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll());
        return http.build();
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, Identity identity, ProblemWriter problems) throws Exception {
        http.securityMatcher("/api/**")
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .formLogin(form -> form.disable())
                .httpBasic(basic -> basic.disable())
                .logout(logout -> logout.disable())
                .requestCache(cache -> cache.disable())
                .authorizeHttpRequests(requests -> requests.requestMatchers(
                                HttpMethod.POST,
                                "/api/v1/auth/token",
                                "/api/v1/auth/register",
                                "/api/v1/auth/register/code",
                                "/api/v1/auth/password-reset",
                                "/api/v1/auth/password-reset/code")
                        .permitAll()
                        // 码上找代表: a resident scans a representative's code without an account.
                        .requestMatchers(
                                HttpMethod.GET,
                                "/api/v1/representatives/{id}",
                                "/api/v1/representative-messages/receipts/{receipt}",
                                // 15分钟服务圈: where the public service places are, for anyone, signed in or not
                                "/api/v1/service-places/nearest")
                        .permitAll()
                        .requestMatchers(
                                HttpMethod.POST,
                                "/api/v1/representatives/{id}/messages",
                                "/api/v1/representatives/{id}/phone-codes")
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .addFilterBefore(new BearerTokenFilter(identity, problems), UsernamePasswordAuthenticationFilter.class)
                .exceptionHandling(errors -> errors.authenticationEntryPoint((request, response, e) -> problems.write(
                                response,
                                401,
                                "unauthenticated",
                                "Unauthenticated",
                                "需要登录：请携带 Authorization: Bearer <token>",
                                "authentication required: send Authorization: Bearer <token>"))
                        .accessDeniedHandler((request, response, e) -> problems.write(
                                response, 403, "forbidden", "Forbidden", "当前角色无权执行此操作", "your role may not do this")));
        return http.build();
    }

    /**
     * Static files: open to all, no session looked up, and without Spring Security's {@code no-store},
     * which would make every page load them again; portal's StaticCaching sets their Cache-Control.
     * Pages and the API keep {@code no-store}: they carry personal data.
     */
    @Bean
    @Order(2)
    SecurityFilterChain staticFiles(HttpSecurity http) throws Exception {
        http.securityMatcher("/webjars/**", "/css/**", "/js/**")
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .headers(headers -> headers.cacheControl(cache -> cache.disable()))
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll());
        return http.build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain pages(HttpSecurity http, MapTiles tiles) throws Exception {
        http.authorizeHttpRequests(requests -> requests.requestMatchers(
                                "/login",
                                "/register",
                                "/register/**",
                                "/password-reset",
                                "/password-reset/**",
                                "/fonts/**",
                                "/rep/**",
                                "/service-circle",
                                "/webjars/**",
                                "/css/**",
                                "/js/**",
                                "/favicon.ico",
                                "/manifest.webmanifest",
                                "/sw.js",
                                "/pwa/**",
                                "/error",
                                "/v3/api-docs/**",
                                "/swagger-ui/**",
                                "/swagger-ui.html",
                                "/actuator/health/**")
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .csrf(csrf -> csrf.csrfTokenRepository(csrfCookie()))
                .requestCache(cache -> cache.requestCache(pageRequests()))
                .formLogin(form -> form.loginPage("/login")
                        .defaultSuccessUrl("/", false)
                        .failureHandler((request, response, e) -> {
                            if (e instanceof LoginThrottled throttled) {
                                response.setHeader(
                                        "Retry-After",
                                        Long.toString(throttled.retryAfter().toSeconds()));
                                response.sendError(429);
                                return;
                            }
                            keepLastLogin(request, response);
                            response.sendRedirect(request.getContextPath()
                                    + (e instanceof AccountLocked ? "/login?locked" : "/login?error"));
                        }))
                .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
                .headers(headers -> headers.referrerPolicy(
                                referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                        .contentSecurityPolicy(csp -> csp.policyDirectives(contentSecurityPolicy(tiles))));
        return http.build();
    }

    /** Images come from the platform itself, and from the base map's tile server only when one is configured. */
    static String contentSecurityPolicy(MapTiles tiles) {
        String images = tiles.enabled() ? "'self' data: " + tiles.imageSource() : "'self' data:";
        return "default-src 'self'; img-src " + images + "; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'";
    }

    /**
     * Keeps the username typed for the login page after a failure (five minutes, this path only), so that
     * a resident who mistyped the password need not type the name again and the page can warn before the
     * lock-out. A cookie, not the address: a phone number used to log in must not reach logs or history.
     */
    private static void keepLastLogin(HttpServletRequest request, HttpServletResponse response) {
        String typed = request.getParameter("username");
        if (typed == null || typed.isBlank()) return;
        String value = typed.strip();
        ResponseCookie cookie = ResponseCookie.from(
                        LoginService.LAST_LOGIN_COOKIE,
                        URLEncoder.encode(value.length() > 64 ? value.substring(0, 64) : value, StandardCharsets.UTF_8))
                .path(request.getContextPath() + "/login")
                .httpOnly(true)
                .sameSite("Lax")
                .maxAge(Duration.ofMinutes(5))
                .build();
        response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
    }

    /**
     * After login a person lands on the page they asked for (a scanned grid report code opens the report
     * page of its place), but only for whole pages: never a fragment htmx asked for or a live stream.
     * The page asked for is kept in a cookie, not a session: an anonymous view stores nothing.
     */
    private static CookieRequestCache pageRequests() {
        CookieRequestCache cache = new CookieRequestCache();
        cache.setRequestMatcher(request -> "GET".equals(request.getMethod())
                && request.getHeader("HX-Request") == null
                && String.valueOf(request.getHeader("Accept")).contains("text/html"));
        cache.setCookieCustomizer(cookie -> cookie.setAttribute("SameSite", "Lax"));
        return cache;
    }

    /**
     * The CSRF token of the pages lives in a cookie (double submit: the form field must match it), so
     * the login form needs no session and only a logged-in user gets a stored one.
     */
    private static CookieCsrfTokenRepository csrfCookie() {
        CookieCsrfTokenRepository tokens = new CookieCsrfTokenRepository();
        tokens.setCookieName("REDGRID-XSRF");
        tokens.setCookieCustomizer(cookie -> cookie.sameSite("Lax"));
        return tokens;
    }
}
