package org.redgrid.portal.web;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.redgrid.casework.Casework;
import org.redgrid.casework.CategoryChange;
import org.redgrid.casework.CategoryView;
import org.redgrid.casework.DeadlineInput;
import org.redgrid.identity.Identity;
import org.redgrid.identity.NewUser;
import org.redgrid.identity.UserView;
import org.redgrid.shared.Actor;
import org.redgrid.shared.Conflict;
import org.redgrid.shared.CurrentActor;
import org.redgrid.shared.Forbidden;
import org.redgrid.shared.InvalidValue;
import org.redgrid.shared.NotFound;
import org.redgrid.shared.Paging;
import org.redgrid.shared.Role;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 管理: categories and their deadline policies, users with their roles and scopes, import and export.
 * Each form goes to the module's own API, which checks the rules; a broken rule comes back next to its
 * field in the user's language, and nothing is changed.
 */
@Controller
class AdminPages {

    private static final int PAGE_SIZE = 20;

    private final Casework casework;
    private final Identity identity;

    AdminPages(Casework casework, Identity identity) {
        this.casework = casework;
        this.identity = identity;
    }

    @GetMapping("/admin")
    String overview(Model model) {
        model.addAttribute("actor", staff());
        model.addAttribute("section", "overview");
        return "admin";
    }

    // Categories and deadline policies

    @GetMapping("/admin/categories")
    String categories(Model model) {
        Actor actor = staff();
        model.addAttribute("section", "categories");
        model.addAttribute("categories", casework.categories());
        model.addAttribute("editable", actor.has(Role.REGION_ADMIN));
        return "admin-categories";
    }

    @GetMapping("/admin/categories/{code}")
    String category(@PathVariable String code, Model model) {
        staff();
        CategoryView category = casework.category(code);
        return categoryForm(model, category.code(), form(category), Map.of());
    }

    @PostMapping("/admin/categories/{code}")
    String saveCategory(
            @PathVariable String code,
            @RequestParam Map<String, String> form,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        staff();
        CategoryView current = casework.category(code);
        try {
            casework.saveCategory(
                    current.code(),
                    new CategoryChange(
                            current.parentCode(),
                            form.get("nameZh"),
                            form.get("nameEn"),
                            limit(form, "limitGeneral"),
                            limit(form, "limitUrgent"),
                            limit(form, "limitCritical"),
                            ratio(form.get("warnRatio")),
                            current.publicView(),
                            form.containsKey("active"),
                            current.checklist(),
                            current.maxExtension(),
                            current.evidencePhoto()));
        } catch (InvalidValue e) {
            return categoryForm(model, current.code(), form, Map.of(e.field(), message(e, locale)));
        } catch (Forbidden e) {
            return categoryForm(model, current.code(), form, Map.of("form", message(e, locale)));
        }
        redirect.addFlashAttribute("saved", current.code());
        return "redirect:/admin/categories";
    }

    private String categoryForm(Model model, String code, Map<String, String> form, Map<String, String> errors) {
        model.addAttribute("section", "categories");
        model.addAttribute("code", code);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("editable", CurrentActor.require().has(Role.REGION_ADMIN));
        return "admin-category";
    }

    private static Map<String, String> form(CategoryView category) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("nameZh", category.nameZh());
        form.put("nameEn", category.nameEn());
        pick(form, "limitGeneral", category.limitGeneral());
        pick(form, "limitUrgent", category.limitUrgent());
        pick(form, "limitCritical", category.limitCritical());
        form.put("warnRatio", Double.toString(category.warnRatio()));
        if (category.active()) form.put("active", "on");
        return form;
    }

    /** A limit picked as a number and a unit ({@code <field>Amount}, {@code <field>Unit}), as ISO-8601 for the engine. */
    private static String limit(Map<String, String> form, String field) {
        return DeadlineInput.iso(field, form.get(field + "Amount"), form.get(field + "Unit"));
    }

    private static void pick(Map<String, String> form, String field, String iso) {
        DeadlineInput picked = DeadlineInput.of(iso);
        form.put(field + "Amount", picked == null ? "" : Long.toString(picked.amount()));
        form.put(
                field + "Unit",
                picked == null ? DeadlineInput.Unit.HOURS.name() : picked.unit().name());
    }

    private static Double ratio(String value) {
        if (value == null || value.isBlank()) return null;
        try {
            return Double.valueOf(value.trim());
        } catch (NumberFormatException e) {
            throw new InvalidValue("warnRatio", "number", "预警比例须为数字，如 0.8", "warnRatio must be a number such as 0.8");
        }
    }

    // Users, roles and scopes

    @GetMapping("/admin/users")
    String users(@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page, Model model) {
        staff();
        return usersPage(model, q, page, Map.of(), Map.of());
    }

    @PostMapping("/admin/users")
    String createUser(
            @RequestParam Map<String, String> form,
            @RequestParam(name = "roles", required = false) List<Role> roles,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        try {
            UserView created = identity.createUser(new NewUser(
                    form.getOrDefault("username", "").trim(),
                    form.get("displayName"),
                    form.get("password"),
                    roles == null ? Set.of() : EnumSet.copyOf(roles),
                    form.getOrDefault("scope", "").trim(),
                    blankToNull(form.get("partnerUnit"))));
            redirect.addFlashAttribute("done", created.username());
            redirect.addAttribute("q", created.username());
            return "redirect:/admin/users";
        } catch (InvalidValue e) {
            return usersPage(model, null, 0, form, Map.of(e.field(), message(e, locale)));
        } catch (Forbidden e) {
            return usersPage(model, null, 0, form, Map.of(refusedField(roles), message(e, locale)));
        }
    }

    private String usersPage(Model model, String q, int page, Map<String, String> form, Map<String, String> errors) {
        Actor actor = CurrentActor.require();
        model.addAttribute("section", "users");
        model.addAttribute("administers", actor.administers());
        model.addAttribute("allRoles", List.of(Role.values()));
        if (actor.administers()) model.addAttribute("grantableRoles", identity.grantableRoles());
        model.addAttribute("scope", actor.scope().prefix());
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        if (actor.administers()) {
            var users = identity.users(q, new Paging(Math.max(page, 0), PAGE_SIZE));
            model.addAttribute("users", users);
            model.addAttribute("pages", (users.total() + PAGE_SIZE - 1) / PAGE_SIZE);
        }
        return "admin-users";
    }

    @GetMapping("/admin/users/{username}")
    String user(@PathVariable String username, Model model) {
        UserView user = managed(username);
        return userForm(model, user, user.roles(), user.scope(), Map.of());
    }

    @PostMapping("/admin/users/{username}")
    String changeAccess(
            @PathVariable String username,
            @RequestParam(name = "roles", required = false) List<Role> roles,
            @RequestParam(defaultValue = "") String scope,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        UserView user = managed(username);
        Set<Role> chosen = roles == null || roles.isEmpty() ? Set.of() : EnumSet.copyOf(roles);
        try {
            identity.changeAccess(user.username(), chosen, scope.trim());
        } catch (InvalidValue e) {
            return userForm(model, user, chosen, scope, Map.of(e.field(), message(e, locale)));
        } catch (Forbidden e) {
            return userForm(model, user, chosen, scope, Map.of(refusedField(roles), message(e, locale)));
        }
        redirect.addFlashAttribute("done", user.username());
        redirect.addAttribute("q", user.username());
        return "redirect:/admin/users";
    }

    @PostMapping("/admin/users/{username}/{action:disable|enable|unlock}")
    String account(
            @PathVariable String username, @PathVariable String action, Locale locale, RedirectAttributes redirect) {
        try {
            switch (action) {
                case "disable" -> identity.setEnabled(username, false);
                case "enable" -> identity.setEnabled(username, true);
                default -> identity.unlock(username);
            }
            redirect.addFlashAttribute("done", username);
        } catch (Conflict e) {
            redirect.addFlashAttribute("failed", locale.getLanguage().equals("en") ? e.getMessage() : e.messageZh());
        }
        redirect.addAttribute("q", username);
        return "redirect:/admin/users";
    }

    private String userForm(Model model, UserView user, Set<Role> roles, String scope, Map<String, String> errors) {
        model.addAttribute("section", "users");
        model.addAttribute("user", user);
        model.addAttribute("roles", roles);
        model.addAttribute("scopeValue", scope);
        model.addAttribute("grantableRoles", identity.grantableRoles());
        model.addAttribute("errors", errors);
        return "admin-user";
    }

    /** A refused grant is shown at the roles when one of them is beyond the administrator, else at the scope. */
    private String refusedField(List<Role> roles) {
        return roles != null && !identity.grantableRoles().containsAll(roles) ? "roles" : "scope";
    }

    private UserView managed(String username) {
        return identity.users(username, new Paging(0, 50)).items().stream()
                .filter(user -> user.username().equals(username))
                .findFirst()
                .orElseThrow(() -> new NotFound("user", username));
    }

    /** The administration pages are for community staff and up, as the menu shows them. */
    private static Actor staff() {
        Actor actor = CurrentActor.require();
        if (!actor.administers() && !actor.has(Role.COMMUNITY_STAFF) && !actor.has(Role.STREET_STAFF)) {
            throw new Forbidden("当前角色不能进入管理页面", "your role may not open the administration pages");
        }
        return actor;
    }

    private static String message(InvalidValue e, Locale locale) {
        return "en".equals(locale.getLanguage()) ? e.messageEn() : e.messageZh();
    }

    private static String message(Forbidden e, Locale locale) {
        return "en".equals(locale.getLanguage()) ? e.getMessage() : e.messageZh();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
