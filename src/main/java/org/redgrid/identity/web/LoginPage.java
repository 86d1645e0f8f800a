package org.redgrid.identity.web;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.redgrid.identity.internal.LockoutRule;
import org.redgrid.identity.internal.LoginService;
import org.redgrid.organization.Organization;
import org.redgrid.shared.CurrentActor;
import org.springframework.security.web.savedrequest.CookieRequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The login page. After a wrong password it keeps the username typed (from a short-lived cookie, never
 * the address bar) and warns before the lock-out as the {@link LockoutRule} says; reached from a grid's
 * report code while logged out, it names the place and says what a resident can do there.
 */
@Controller
class LoginPage {

    private final LoginService logins;
    private final Organization organization;

    LoginPage(LoginService logins, Organization organization) {
        this.logins = logins;
        this.organization = organization;
    }

    @GetMapping("/login")
    String login(HttpServletRequest request, Model model) {
        String username = lastLogin(request);
        model.addAttribute("username", username);
        model.addAttribute("lockMinutes", LockoutRule.lockMinutes());
        if (request.getParameter("error") != null && !username.isEmpty()) {
            logins.attemptsLeftToWarn(username).ifPresent(left -> model.addAttribute("attemptsLeft", left));
        }
        gridAskedFor(request)
                .ifPresent(grid -> CurrentActor.runAsSystem(() -> {
                    var place = organization.grid(grid);
                    model.addAttribute("placeGrid", place.name());
                    model.addAttribute(
                            "placeCommunity",
                            organization.division(place.communityCode()).name());
                    model.addAttribute("placeCode", grid);
                    return place;
                }));
        return "login";
    }

    private static String lastLogin(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) return "";
        return Arrays.stream(cookies)
                .filter(cookie -> LoginService.LAST_LOGIN_COOKIE.equals(cookie.getName()))
                .map(cookie -> URLDecoder.decode(cookie.getValue(), StandardCharsets.UTF_8))
                .map(value -> value.length() > 64 ? value.substring(0, 64) : value)
                .findFirst()
                .orElse("");
    }

    /**
     * The grid of the report code that led here: {@code ?grid=} on this page, or the report page the
     * visitor asked for before being sent to log in (the saved request's cookie).
     */
    private java.util.Optional<String> gridAskedFor(HttpServletRequest request) {
        String grid = request.getParameter("grid");
        if (grid == null) {
            SavedRequest saved = new CookieRequestCache().getRequest(request, null);
            if (saved != null && saved.getRedirectUrl().contains("/report")) {
                grid = UriComponentsBuilder.fromUriString(saved.getRedirectUrl())
                        .build()
                        .getQueryParams()
                        .getFirst("grid");
            }
        }
        return java.util.Optional.ofNullable(grid)
                .map(String::strip)
                .filter(code -> code.matches("\\d{15}") && organization.gridExists(code));
    }
}
