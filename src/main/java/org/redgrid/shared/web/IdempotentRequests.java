package org.redgrid.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.redgrid.shared.Actor;
import org.redgrid.shared.CurrentActor;
import org.redgrid.shared.IdempotencyKey;
import org.redgrid.shared.InvalidValue;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.PathContainer;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Every write (API or page form) sent with an {@code Idempotency-Key} by a logged-in user runs in one
 * transaction with its key: the first request claims the key, writes, and stores its answer before the
 * commit; a retry with the same key and the same request gets that answer again with
 * {@code Idempotent-Replayed: true}; the same key with a different request is 422 naming the header. A
 * refused write (4xx, 5xx) is rolled back with its claim, so the key stays free for a corrected retry.
 */
@Component
@Order(1) // after security (the user is known) and the rate limit (a throttled request claims nothing)
class IdempotentRequests extends OncePerRequestFilter {

    static final String REPLAYED = "Idempotent-Replayed";
    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");

    private final IdempotentAnswers answers;
    private final TransactionTemplate transactions;

    private final List<PathPattern> selfHandled;

    /**
     * {@code selfHandled}: paths whose endpoint answers a repeated key itself with a rule of its own
     * (engagement's check-in tells a repeat apart in its body: {@code replayed: true}, no points).
     */
    IdempotentRequests(
            IdempotentAnswers answers,
            PlatformTransactionManager transactions,
            @Value("${redgrid.idempotency.self-handled:/api/v1/engagement/activities/*/checkins}")
                    List<String> selfHandled) {
        this.answers = answers;
        this.transactions = new TransactionTemplate(transactions);
        this.selfHandled = selfHandled.stream()
                .map(PathPatternParser.defaultInstance::parse)
                .toList();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        PathContainer path = PathContainer.parsePath(request.getRequestURI());
        return selfHandled.stream().anyMatch(pattern -> pattern.matches(path));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(IdempotencyKey.HEADER);
        Optional<Actor> actor = CurrentActor.find();
        if (header == null || !WRITES.contains(request.getMethod()) || actor.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        IdempotencyKey key;
        RequestFingerprint.Read read;
        try {
            key = new IdempotencyKey(header);
            read = RequestFingerprint.read(request);
        } catch (InvalidValue refused) {
            refuse(request, response, HttpStatus.BAD_REQUEST, refused);
            return;
        }
        String user = actor.get().username();
        ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
        Outcome outcome;
        try {
            outcome = transactions.execute(tx -> {
                Optional<IdempotentAnswers.Answer> earlier = answers.claim(user, key, read.fingerprint());
                if (earlier.isPresent()) return Outcome.earlier(earlier.get());
                try {
                    chain.doFilter(read.request(), answer);
                } catch (IOException | ServletException e) {
                    throw new Failed(e);
                }
                if (answer.getStatus() >= 400) {
                    tx.setRollbackOnly();
                } else {
                    answers.answer(
                            user,
                            key,
                            answer.getStatus(),
                            answer.getContentType(),
                            answer.getHeader("Location"),
                            answer.getContentAsByteArray());
                }
                return Outcome.FIRST;
            });
        } catch (Failed failed) {
            if (failed.getCause() instanceof IOException io) throw io;
            throw (ServletException) failed.getCause();
        }
        if (outcome.earlier() == null) {
            if (!answer.containsHeader(REPLAYED) && answer.getStatus() < 400) answer.setHeader(REPLAYED, "false");
            answer.copyBodyToResponse();
            return;
        }
        IdempotentAnswers.Answer earlier = outcome.earlier();
        if (!earlier.fingerprint().equals(read.fingerprint()) || earlier.status() == null) {
            refuse(request, response, HttpStatus.UNPROCESSABLE_ENTITY, IdempotencyKey.reused());
            return;
        }
        replay(earlier, response);
    }

    private static void replay(IdempotentAnswers.Answer earlier, HttpServletResponse response) throws IOException {
        response.setStatus(earlier.status());
        if (earlier.contentType() != null) response.setContentType(earlier.contentType());
        if (earlier.location() != null) response.setHeader("Location", earlier.location());
        response.setHeader(REPLAYED, "true");
        byte[] body = earlier.body() == null ? new byte[0] : earlier.body();
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    private static void refuse(
            HttpServletRequest request, HttpServletResponse response, HttpStatus status, InvalidValue refused)
            throws IOException {
        request.setAttribute(ErrorAnswers.REFUSED, refused);
        response.sendError(status.value());
    }

    /** The first request went through, or an earlier answer was found for the key. */
    private record Outcome(IdempotentAnswers.Answer earlier) {
        static final Outcome FIRST = new Outcome(null);

        static Outcome earlier(IdempotentAnswers.Answer answer) {
            return new Outcome(answer);
        }
    }

    /** Carries a checked failure of the filter chain out of the transaction callback. */
    private static final class Failed extends RuntimeException {
        Failed(Exception cause) {
            super(cause);
        }
    }
}
