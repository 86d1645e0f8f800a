package org.redgrid.identity.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.redgrid.identity.CodeThrottled;
import org.redgrid.identity.Onboarding;
import org.redgrid.identity.ResidentAccount;
import org.redgrid.shared.Problems;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Resident onboarding", description = "手机号注册与找回密码 / registration and password reset by phone")
class OnboardingController {

    record PhoneOnly(String phone) {}

    record Registration(String phone, String code, String password, String displayName) {}

    record PasswordReset(String phone, String code, String password) {}

    private final Onboarding onboarding;

    OnboardingController(Onboarding onboarding) {
        this.onboarding = onboarding;
    }

    @PostMapping("/api/v1/auth/register/code")
    @Operation(
            summary = "Send a registration code to a mobile number",
            description = "Always 202 for a valid mainland mobile number, whether or not it has an account (then no"
                    + " code is sent), so the answer reveals nothing. 6 digits, valid 5 minutes and 5 tries; at"
                    + " most one code a minute and five a day per phone, else 429 with Retry-After.")
    ResponseEntity<Void> registrationCode(@RequestBody PhoneOnly body, HttpServletRequest http) {
        onboarding.sendRegistrationCode(body.phone(), http.getRemoteAddr());
        return ResponseEntity.accepted().build();
    }

    @PostMapping("/api/v1/auth/register")
    @Operation(
            summary = "Register a resident account with the code sent to the phone",
            description = "201 with Location /api/v1/me; the account is a RESIDENT linked to no person yet, and"
                    + " logs in with its username or its phone number.")
    ResponseEntity<ResidentAccount> register(@RequestBody Registration body, HttpServletRequest http) {
        ResidentAccount account = onboarding.register(
                body.phone(), body.code(), body.password(), body.displayName(), http.getRemoteAddr());
        return ResponseEntity.created(URI.create("/api/v1/me")).body(account);
    }

    @PostMapping("/api/v1/auth/password-reset/code")
    @Operation(
            summary = "Send a password reset code to a mobile number",
            description = "Always 202 for a valid mainland mobile number, whether or not it has an account.")
    ResponseEntity<Void> passwordResetCode(@RequestBody PhoneOnly body, HttpServletRequest http) {
        onboarding.sendPasswordResetCode(body.phone(), http.getRemoteAddr());
        return ResponseEntity.accepted().build();
    }

    @PostMapping("/api/v1/auth/password-reset")
    @Operation(
            summary = "Set a new password with the code sent to the phone",
            description = "204; lifts a lock-out and ends every session and token of the account.")
    ResponseEntity<Void> resetPassword(@RequestBody PasswordReset body, HttpServletRequest http) {
        onboarding.resetPassword(body.phone(), body.code(), body.password(), http.getRemoteAddr());
        return ResponseEntity.noContent().build();
    }

    @ExceptionHandler(CodeThrottled.class)
    ResponseEntity<ProblemDetail> throttled(CodeThrottled e) {
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfter().toSeconds()))
                .body(Problems.of(
                        HttpStatus.TOO_MANY_REQUESTS,
                        "too-many-codes",
                        "Too many codes",
                        "验证码发送过于频繁，请稍后再试",
                        "too many codes for this phone; try again later"));
    }
}
