package org.redgrid.identity.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.regex.Pattern;
import org.redgrid.shared.Actor;
import org.redgrid.shared.CurrentActor;
import org.redgrid.shared.Role;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Limits the doors through which anyone outside the staff can write: Open311 requests (per address and
 * per api_key), a resident's report, on the page and in the API (per address and per resident), and
 * messages and phone codes to representatives (per address, and per account when logged in).
 * Runs after authentication, so it knows who reports; the login doors are limited by {@link LoginService}.
 */
class RateLimitFilter extends OncePerRequestFilter {

    private static final Pattern OPEN311_REQUESTS = Pattern.compile("/open311/v2/requests(\\.[A-Za-z]+)?");

    /** 码上找代表: messages and phone codes, in the API and on the public page, open to anyone. */
    private static final Pattern REPRESENTATIVE_DOORS =
            Pattern.compile("(/api/v1/representatives|/rep)/[^/]+/(messages|phone-codes?)");

    /** Resident onboarding: asking for a one-time code and giving one, in the API and on the pages. */
    private static final Pattern ONBOARDING_DOORS =
            Pattern.compile("(/api/v1/auth)?/(register|password-reset)(/code)?");

    private final RateLimits limits;
    private final ProblemWriter problems;

    RateLimitFilter(RateLimits limits, ProblemWriter problems) {
        this.limits = limits;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<RateLimit.Refusal> refused = "POST".equals(request.getMethod()) ? admit(request) : Optional.empty();
        if (refused.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        response.setHeader(
                HttpHeaders.RETRY_AFTER,
                Long.toString(refused.get().retryAfter().toSeconds()));
        // The decoded, normalised path the application routes on: /r%65port is /report.
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        if (path.startsWith("/api/") || path.startsWith("/open311/")) {
            problems.write(
                    response,
                    429,
                    "too-many-requests",
                    "Too many requests",
                    "提交过于频繁，请稍后再试",
                    "too many submissions; try again later");
        } else {
            response.sendError(429);
        }
    }

    private Optional<RateLimit.Refusal> admit(HttpServletRequest request) {
        // The decoded, normalised path the application routes on: /r%65port is /report.
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        String address = request.getRemoteAddr();
        if (OPEN311_REQUESTS.matcher(path).matches()) {
            return limits.admit(RateLimits.Door.OPEN311, address, request.getParameter("api_key"));
        }
        if (REPRESENTATIVE_DOORS.matcher(path).matches()) {
            return limits.admit(
                    RateLimits.Door.REPRESENTATIVE,
                    address,
                    CurrentActor.find().map(Actor::username).orElse(null));
        }
        if (ONBOARDING_DOORS.matcher(path).matches()) {
            return limits.admit(RateLimits.Door.PHONE_CODE, address, null);
        }
        if (path.equals("/report") || path.equals("/api/v1/cases")) {
            Optional<Actor> resident = CurrentActor.find().filter(RateLimitFilter::reportsAsResident);
            if (resident.isPresent()) {
                return limits.admit(
                        RateLimits.Door.REPORT, address, resident.get().username());
            }
        }
        return Optional.empty();
    }

    /** A resident who does no registry work: staff who also live in a grid report at work's pace. */
    private static boolean reportsAsResident(Actor actor) {
        return actor.has(Role.RESIDENT) && !actor.managesRegistry();
    }
}
