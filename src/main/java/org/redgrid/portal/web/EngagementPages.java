package org.redgrid.portal.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.redgrid.engagement.Engagement;
import org.redgrid.engagement.EngagementGuards;
import org.redgrid.engagement.MemberView;
import org.redgrid.engagement.NewPost;
import org.redgrid.engagement.NewRegistration;
import org.redgrid.engagement.Points;
import org.redgrid.engagement.PostKind;
import org.redgrid.engagement.Rankings;
import org.redgrid.engagement.RegistrationStatus;
import org.redgrid.engagement.ServiceRecords;
import org.redgrid.engagement.Volunteering;
import org.redgrid.shared.Actor;
import org.redgrid.shared.Conflict;
import org.redgrid.shared.CurrentActor;
import org.redgrid.shared.Forbidden;
import org.redgrid.shared.InvalidValue;
import org.redgrid.shared.Role;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 党员服务: a member's 双报到, activities to sign up and check in to, and points with their sources; the
 * community's approvals and oversight (registered members, hours, stars, teams below minimum, rankings
 * with drill-down); an employer's own members with their 双报告. Every rule is asked of engagement.
 */
@Controller
class EngagementPages {

    private static final ZoneId LOCAL = ZoneId.of("Asia/Shanghai");

    private final Engagement engagement;
    private final Volunteering volunteering;
    private final Points points;
    private final ServiceRecords records;
    private final Clock clock;

    EngagementPages(
            Engagement engagement, Volunteering volunteering, Points points, ServiceRecords records, Clock clock) {
        this.engagement = engagement;
        this.volunteering = volunteering;
        this.points = points;
        this.records = records;
        this.clock = clock;
    }

    @GetMapping("/engagement")
    String home(@RequestParam(required = false) String division, Model model) {
        Actor actor = CurrentActor.require();
        Optional<MemberView> me = engagement.me();
        model.addAttribute("me", me.orElse(null));
        model.addAttribute("activities", volunteering.activities(null, true));
        model.addAttribute("teams", volunteering.teams(null));
        model.addAttribute("checkInKey", UUID.randomUUID().toString());
        if (me.isPresent()) {
            model.addAttribute("points", points.points(me.get().person()));
            model.addAttribute("community", me.get().gridCode().substring(0, 12));
            model.addAttribute("postKinds", List.of(PostKind.PIONEER, PostKind.RESPONSIBILITY, PostKind.DEMONSTRATION));
        }
        model.addAttribute("registrations", engagement.registrations(null));
        boolean organiser = EngagementGuards.mayOrganise(actor, actor.scope().prefix());
        model.addAttribute("organiser", organiser);
        if (organiser) {
            LocalDate today = LocalDate.now(clock.withZone(LOCAL));
            var figures = points.figures(division, today.withDayOfYear(1), today);
            model.addAttribute("figures", figures);
            model.addAttribute(
                    "ranking",
                    points.rankings(
                            figures.division(),
                            figures.division().length() < 12 ? Rankings.COMMUNITY : Rankings.EMPLOYER,
                            null,
                            null));
            model.addAttribute("pending", engagement.registrations(RegistrationStatus.PENDING));
        }
        if (organiser || actor.has(Role.DEPARTMENT)) model.addAttribute("members", engagement.members());
        if (actor.has(Role.DEPARTMENT) && actor.partnerUnit() != null) model.addAttribute("unit", actor.partnerUnit());
        return "engagement";
    }

    @PostMapping("/engagement/registrations")
    String register(
            @RequestParam(required = false) String community,
            @RequestParam(required = false) String grid,
            @RequestParam(required = false) String serviceCentre,
            @RequestParam(required = false) String residentsGroup,
            @RequestParam(required = false) PostKind post,
            Locale locale,
            RedirectAttributes redirect) {
        return attempt(locale, redirect, () -> {
            MemberView me =
                    engagement.me().orElseThrow(() -> new Forbidden("账号未关联党员", "the login is not linked to a member"));
            engagement.register(new NewRegistration(
                    me.person(),
                    null,
                    community,
                    grid,
                    serviceCentre,
                    residentsGroup,
                    post == null ? List.of() : List.of(new NewPost(post, null, null))));
            return "engagement.registered.done";
        });
    }

    /** 单位双报到: the unit's own login registers the unit at its partner community. */
    @PostMapping("/engagement/unit-registrations")
    String registerUnit(@RequestParam(required = false) String community, Locale locale, RedirectAttributes redirect) {
        return attempt(locale, redirect, () -> {
            engagement.register(new NewRegistration(
                    null, CurrentActor.require().partnerUnit(), community, null, null, null, List.of()));
            return "engagement.registered.done";
        });
    }

    @PostMapping("/engagement/registrations/{id}/{decision:approve|decline}")
    String decide(@PathVariable long id, @PathVariable String decision, Locale locale, RedirectAttributes redirect) {
        return attempt(locale, redirect, () -> {
            engagement.decide(id, decision.equals("approve"));
            return "engagement.decided";
        });
    }

    @PostMapping("/engagement/activities/{id}/signup")
    String signUp(@PathVariable long id, Locale locale, RedirectAttributes redirect) {
        return attempt(locale, redirect, () -> {
            volunteering.signUp(id, null);
            return "engagement.signedUpDone";
        });
    }

    /** The form carries a key made when the page was drawn: a double tap checks in once. */
    @PostMapping("/engagement/activities/{id}/checkin")
    String checkIn(
            @PathVariable long id,
            @RequestParam(required = false) String key,
            Locale locale,
            RedirectAttributes redirect) {
        return attempt(locale, redirect, () -> {
            var checkIn = volunteering.checkIn(id, null, null, key);
            redirect.addFlashAttribute("awarded", checkIn.points());
            return "engagement.checkedIn";
        });
    }

    @GetMapping("/engagement/members/{id}/report")
    void report(
            @PathVariable long id,
            @RequestParam(required = false) LocalDate from,
            @RequestParam(required = false) LocalDate to,
            @RequestParam(defaultValue = "html") String format,
            HttpServletResponse response)
            throws IOException {
        boolean xlsx = "xlsx".equals(format);
        var out = new java.io.ByteArrayOutputStream();
        records.write(id, from, to, xlsx ? ServiceRecords.Format.XLSX : ServiceRecords.Format.HTML, out);
        if (xlsx) {
            response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            response.setHeader("Content-Disposition", "attachment; filename=\"service-record-" + id + ".xlsx\"");
        } else {
            response.setContentType("text/html;charset=UTF-8");
        }
        response.getOutputStream().write(out.toByteArray());
    }

    /** Runs a form action; a refusal becomes a message on the page in the user's language. */
    private static String attempt(Locale locale, RedirectAttributes redirect, Supplier<String> action) {
        boolean english = "en".equals(locale.getLanguage());
        try {
            redirect.addFlashAttribute("done", action.get());
        } catch (InvalidValue e) {
            redirect.addFlashAttribute("failed", english ? e.messageEn() : e.messageZh());
        } catch (Conflict e) {
            redirect.addFlashAttribute("failed", english ? e.getMessage() : e.messageZh());
        } catch (Forbidden e) {
            redirect.addFlashAttribute("failed", english ? e.getMessage() : e.messageZh());
        }
        return "redirect:/engagement";
    }
}
