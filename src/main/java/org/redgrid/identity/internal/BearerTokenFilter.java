package org.redgrid.identity.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.redgrid.identity.Identity;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/** Authenticates API calls that carry {@code Authorization: Bearer <token>}; a bad token is a 401 problem. */
class BearerTokenFilter extends OncePerRequestFilter {

    private final Identity identity;
    private final ProblemWriter problems;

    BearerTokenFilter(Identity identity, ProblemWriter problems) {
        this.identity = identity;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            chain.doFilter(request, response);
            return;
        }
        var actor = identity.actorForToken(header.substring(7).trim());
        if (actor.isEmpty()) {
            problems.write(
                    response,
                    401,
                    "invalid-token",
                    "Invalid token",
                    "令牌无效或已过期，请重新获取",
                    "the bearer token is invalid or expired; request a new one");
            return;
        }
        AuthenticatedActor principal = new AuthenticatedActor(actor.get());
        var authentication =
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.authorities());
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
