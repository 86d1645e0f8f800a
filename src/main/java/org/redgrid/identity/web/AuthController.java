package org.redgrid.identity.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Duration;
import org.redgrid.identity.Identity;
import org.redgrid.identity.TokenGrant;
import org.redgrid.identity.UserView;
import org.redgrid.identity.internal.AccountLocked;
import org.redgrid.identity.internal.LoginThrottled;
import org.redgrid.shared.Problems;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Authentication", description = "登录令牌 / bearer tokens")
class AuthController {

    record TokenRequest(
            @NotBlank @Size(max = 64) String username,
            @NotBlank @Size(max = 200) String password) {}

    private final Identity identity;
    private final Clock clock;

    AuthController(Identity identity, Clock clock) {
        this.identity = identity;
        this.clock = clock;
    }

    @PostMapping("/api/v1/auth/token")
    @Operation(
            summary = "Exchange a username and password for a bearer token",
            description = "5 consecutive failures lock the account for 15 minutes (HTTP 423); attempts beyond the"
                    + " rate limit of the client address or the account are answered 429 with Retry-After.",
            requestBody =
                    @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            content =
                                    @io.swagger.v3.oas.annotations.media.Content(
                                            mediaType = "application/json",
                                            examples =
                                                    @io.swagger.v3.oas.annotations.media.ExampleObject(
                                                            name = "demo community staff",
                                                            value =
                                                                    "{\"username\": \"taoyuan.community\", \"password\": \"Redgrid#2026\"}"))))
    TokenGrant token(@Valid @RequestBody TokenRequest request, HttpServletRequest http) {
        return identity.issueToken(request.username(), request.password(), http.getRemoteAddr());
    }

    @PostMapping("/api/v1/auth/logout")
    @Operation(summary = "Revoke the bearer token of this request")
    ResponseEntity<Void> logout(@RequestHeader(HttpHeaders.AUTHORIZATION) String authorization) {
        identity.revokeToken(authorization.substring(7).trim());
        return ResponseEntity.noContent().build();
    }

    record PasswordChange(String currentPassword, String newPassword) {}

    @PostMapping("/api/v1/me/password")
    @Operation(
            summary = "Change the own password",
            description = "Needs the current password; ends every page session and bearer token of the user,"
                    + " this one included.")
    ResponseEntity<Void> changePassword(@RequestBody PasswordChange body, HttpServletRequest request) {
        identity.changePassword(body.currentPassword(), body.newPassword(), request.getRemoteAddr());
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/api/v1/me")
    @Operation(summary = "The authenticated user, with roles and data scope")
    UserView me() {
        return identity.me();
    }

    @ExceptionHandler(LockedException.class)
    ResponseEntity<ProblemDetail> locked(LockedException e) {
        ProblemDetail problem = Problems.of(
                HttpStatus.LOCKED,
                "account-locked",
                "Account locked",
                "连续登录失败次数过多，账户已锁定 15 分钟",
                "too many consecutive failed logins; the account is locked for 15 minutes");
        long retryAfter = 15 * 60;
        if (e instanceof AccountLocked lock) {
            var until = lock.until();
            problem.setProperty("lockedUntil", until.toString());
            retryAfter = Math.max(1, Duration.between(clock.instant(), until).toSeconds());
        }
        return ResponseEntity.status(HttpStatus.LOCKED)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(retryAfter))
                .body(problem);
    }

    @ExceptionHandler(LoginThrottled.class)
    ResponseEntity<ProblemDetail> throttled(LoginThrottled e) {
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfter().toSeconds()))
                .body(Problems.of(
                        HttpStatus.TOO_MANY_REQUESTS,
                        "too-many-requests",
                        "Too many requests",
                        "登录尝试过于频繁，请稍后再试",
                        "too many login attempts; try again later"));
    }

    @ExceptionHandler({BadCredentialsException.class, DisabledException.class})
    ResponseEntity<ProblemDetail> rejected(RuntimeException e) {
        return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
                .body(Problems.of(
                        HttpStatus.UNAUTHORIZED,
                        "invalid-credentials",
                        "Invalid credentials",
                        "用户名或密码错误",
                        "wrong username or password"));
    }
}
