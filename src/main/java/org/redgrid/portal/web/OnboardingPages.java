package org.redgrid.portal.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.redgrid.identity.CodeThrottled;
import org.redgrid.identity.Onboarding;
import org.redgrid.shared.Conflict;
import org.redgrid.shared.InvalidValue;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 注册 and 找回密码 for residents, in two steps on one page: the phone number, then the code sent to it
 * with the new password (and, to register, the name). Asks the same {@link Onboarding} as the API.
 */
@Controller
class OnboardingPages {

    private final Onboarding onboarding;
    private final MessageSource messages;

    OnboardingPages(Onboarding onboarding, MessageSource messages) {
        this.onboarding = onboarding;
        this.messages = messages;
    }

    @GetMapping("/register")
    String register(Model model) {
        model.addAttribute("mode", "register");
        return "register";
    }

    @GetMapping("/password-reset")
    String passwordReset(Model model) {
        model.addAttribute("mode", "reset");
        return "register";
    }

    @PostMapping({"/register/code", "/password-reset/code"})
    String sendCode(@RequestParam(required = false) String phone, HttpServletRequest request, Model model) {
        boolean registering = request.getServletPath().startsWith("/register");
        model.addAttribute("mode", registering ? "register" : "reset");
        model.addAttribute("phone", phone);
        try {
            if (registering) onboarding.sendRegistrationCode(phone, request.getRemoteAddr());
            else onboarding.sendPasswordResetCode(phone, request.getRemoteAddr());
            model.addAttribute("codeSent", true);
        } catch (InvalidValue refused) {
            refusal(model, refused.field(), refused.rule(), refused.messageZh(), refused.messageEn());
        } catch (CodeThrottled throttled) {
            model.addAttribute("codeSent", true);
            model.addAttribute("waitSeconds", throttled.retryAfter().toSeconds());
        }
        return "register";
    }

    @PostMapping("/register")
    String register(
            @RequestParam(required = false) String phone,
            @RequestParam(required = false) String code,
            @RequestParam(required = false) String password,
            @RequestParam(required = false) String displayName,
            HttpServletRequest request,
            Model model) {
        try {
            onboarding.register(phone, code, password, displayName, request.getRemoteAddr());
            return "redirect:/login?registered";
        } catch (InvalidValue refused) {
            refusal(model, refused.field(), refused.rule(), refused.messageZh(), refused.messageEn());
        } catch (Conflict taken) {
            refusal(model, "phone", taken.rule(), taken.messageZh(), taken.getMessage());
        }
        return again(model, "register", phone, displayName);
    }

    @PostMapping("/password-reset")
    String reset(
            @RequestParam(required = false) String phone,
            @RequestParam(required = false) String code,
            @RequestParam(required = false) String password,
            HttpServletRequest request,
            Model model) {
        try {
            onboarding.resetPassword(phone, code, password, request.getRemoteAddr());
            return "redirect:/login?reset";
        } catch (InvalidValue refused) {
            refusal(model, refused.field(), refused.rule(), refused.messageZh(), refused.messageEn());
        }
        return again(model, "reset", phone, null);
    }

    private static String again(Model model, String mode, String phone, String displayName) {
        model.addAttribute("mode", mode);
        model.addAttribute("phone", phone);
        model.addAttribute("displayName", displayName);
        model.addAttribute("codeSent", true);
        return "register";
    }

    /**
     * The field refused and why, in the page's language: the rule's own message in Chinese or English,
     * and in Mongolian the bundle's text for the rule ({@code identity.error.<rule>}) where there is one.
     */
    private void refusal(Model model, String field, String rule, String zh, String en) {
        Locale locale = LocaleContextHolder.getLocale();
        String fallback = "en".equals(locale.getLanguage()) ? en : zh;
        model.addAttribute("errorField", field);
        model.addAttribute("errorText", messages.getMessage("identity.error." + rule, null, fallback, locale));
    }
}
