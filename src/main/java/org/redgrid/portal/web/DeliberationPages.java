package org.redgrid.portal.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.redgrid.casework.Casework;
import org.redgrid.deliberation.Choice;
import org.redgrid.deliberation.Deliberation;
import org.redgrid.deliberation.MeetingType;
import org.redgrid.deliberation.Meetings;
import org.redgrid.deliberation.Motions;
import org.redgrid.deliberation.Participation;
import org.redgrid.deliberation.Resolutions;
import org.redgrid.deliberation.TopicChannel;
import org.redgrid.deliberation.Topics;
import org.redgrid.organization.Organization;
import org.redgrid.shared.Actor;
import org.redgrid.shared.Conflict;
import org.redgrid.shared.CurrentActor;
import org.redgrid.shared.Forbidden;
import org.redgrid.shared.InvalidValue;
import org.redgrid.shared.NotFound;
import org.redgrid.shared.Role;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 协商议事 pages, phone first: a community's topics and meetings, scheduling, the meeting in one view
 * (topic → discussion → vote → tasks → outcome → rating) with the forms each person may use there, and
 * the street's oversight. Every rule is the deliberation module's; a refused form changes nothing and
 * comes back with the reason.
 */
@Controller
class DeliberationPages {

    private static final ZoneId LOCAL = ZoneId.of("Asia/Shanghai");

    private final Deliberation deliberation;
    private final Resolutions resolutions;
    private final Casework casework;
    private final Organization organization;
    private final Clock clock;

    DeliberationPages(
            Deliberation deliberation,
            Resolutions resolutions,
            Casework casework,
            Organization organization,
            Clock clock) {
        this.deliberation = deliberation;
        this.resolutions = resolutions;
        this.casework = casework;
        this.organization = organization;
        this.clock = clock;
    }

    @GetMapping("/deliberation")
    String community(@RequestParam(required = false) String community, Model model) {
        Actor actor = CurrentActor.require();
        String code = community != null && community.matches("\\d{12}") ? community : ownCommunity(actor);
        model.addAttribute("community", code);
        model.addAttribute("communityName", code == null ? null : name(code));
        model.addAttribute("topics", deliberation.topics(code));
        model.addAttribute("meetings", deliberation.meetings(code));
        model.addAttribute("channels", TopicChannel.values());
        model.addAttribute("mayPropose", code != null && Participation.mayPropose(actor, code));
        boolean organiser = code != null && Participation.mayOrganise(actor, code);
        model.addAttribute("mayOrganise", organiser);
        model.addAttribute("suggestions", organiser ? deliberation.suggestions(code) : List.of());
        model.addAttribute("mayOversee", actor.scope().prefix().length() <= 12 && actor.managesRegistry());
        return "deliberation";
    }

    @PostMapping("/deliberation/topics")
    String propose(
            @RequestParam String community,
            @RequestParam(required = false) String title,
            @RequestParam(required = false) String description,
            @RequestParam(required = false) TopicChannel channel,
            RedirectAttributes redirect,
            Locale locale) {
        attempt(
                redirect,
                locale,
                () -> deliberation.propose(new Topics.NewTopic(community, title, description, channel, null)));
        return "redirect:/deliberation?community=" + community.replaceAll("\\D", "");
    }

    @PostMapping("/deliberation/topics/{id}/support")
    String support(@PathVariable long id, RedirectAttributes redirect, Locale locale) {
        Topics.TopicView topic = deliberation.topic(id);
        attempt(redirect, locale, () -> deliberation.support(id));
        return "redirect:/deliberation?community=" + topic.community();
    }

    @GetMapping("/deliberation/meetings/new")
    String scheduleForm(@RequestParam String community, Model model) {
        if (!community.matches("\\d{12}")) throw new NotFound("community", community);
        model.addAttribute("community", community);
        model.addAttribute("communityName", name(community));
        model.addAttribute("types", MeetingType.values());
        model.addAttribute("thresholds", org.redgrid.deliberation.MajorityRule.Threshold.values());
        model.addAttribute(
                "topics",
                deliberation.topics(community).stream()
                        .filter(t -> t.status() == org.redgrid.deliberation.TopicStatus.OPEN)
                        .toList());
        return "deliberation-new";
    }

    @PostMapping("/deliberation/meetings")
    String schedule(
            @RequestParam String community,
            @RequestParam(required = false) MeetingType type,
            @RequestParam(required = false) String title,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime startsAt,
            @RequestParam(required = false) String place,
            @RequestParam(required = false) List<Long> topicIds,
            @RequestParam(required = false) org.redgrid.deliberation.MajorityRule.Threshold threshold,
            @RequestParam(required = false) String invitees,
            RedirectAttributes redirect,
            Locale locale) {
        Meetings.MeetingView meeting = attempt(
                redirect,
                locale,
                () -> deliberation.schedule(new Meetings.NewMeeting(
                        type,
                        community,
                        title,
                        startsAt == null ? null : startsAt.atZone(LOCAL).toInstant(),
                        place,
                        topicIds,
                        threshold == null ? null : new Meetings.RuleChoice(null, null, threshold),
                        list(invitees))));
        return meeting == null
                ? "redirect:/deliberation/meetings/new?community=" + community.replaceAll("\\D", "")
                : "redirect:/deliberation/meetings/" + meeting.id();
    }

    @GetMapping("/deliberation/meetings/{id}")
    String meeting(@PathVariable long id, Model model) {
        Actor actor = CurrentActor.require();
        Meetings.MeetingView meeting = deliberation.meeting(id);
        model.addAttribute("m", meeting);
        model.addAttribute("communityName", name(meeting.community()));
        model.addAttribute("mayOrganise", Participation.mayOrganise(actor, meeting.community()));
        model.addAttribute(
                "mayRate",
                Participation.mayRate(
                        actor,
                        meeting.community(),
                        meeting.roll().stream().anyMatch(a -> a.voter().equals(actor.username()))));
        model.addAttribute("mayVote", actor.has(Role.RESIDENT) || actor.has(Role.PARTY_MEMBER));
        model.addAttribute("now", clock.instant());
        model.addAttribute(
                "categories",
                casework.categories().stream()
                        .filter(k -> k.parentCode() != null && k.active())
                        .toList());
        Map<Long, Choice> mine = new HashMap<>();
        meeting.motions().forEach(v -> resolutions.myVote(v.id()).ifPresent(c -> mine.put(v.id(), c)));
        model.addAttribute("myVotes", mine);
        model.addAttribute(
                "rated",
                meeting.motions().stream()
                        .filter(v -> v.done() && resolutions.ratedByMe(v.id()))
                        .map(Motions.MotionView::id)
                        .toList());
        return "deliberation-meeting";
    }

    @PostMapping("/deliberation/meetings/{id}/attendance")
    String attend(
            @PathVariable long id,
            @RequestParam(required = false) String voters,
            RedirectAttributes redirect,
            Locale locale) {
        attempt(redirect, locale, () -> deliberation.attend(id, new Meetings.Attendance(list(voters), List.of())));
        return back(id);
    }

    @PostMapping("/deliberation/meetings/{id}/opinions")
    String opinion(
            @PathVariable long id,
            @RequestParam(required = false) String speaker,
            @RequestParam(required = false) String text,
            RedirectAttributes redirect,
            Locale locale) {
        attempt(redirect, locale, () -> deliberation.record(id, new Meetings.Opinion(speaker, text)));
        return back(id);
    }

    @PostMapping("/deliberation/meetings/{id}/motions")
    String motion(
            @PathVariable long id,
            @RequestParam(required = false) String text,
            @RequestParam(required = false) Long topicId,
            RedirectAttributes redirect,
            Locale locale) {
        attempt(redirect, locale, () -> resolutions.propose(id, new Motions.NewMotion(text, topicId, null, null)));
        return back(id);
    }

    @PostMapping("/deliberation/motions/{id}/votes")
    String vote(
            @PathVariable long id,
            @RequestParam(required = false) String voter,
            @RequestParam(required = false) Choice choice,
            RedirectAttributes redirect,
            Locale locale) {
        String who = voter == null || voter.isBlank() ? CurrentActor.require().username() : voter;
        attempt(redirect, locale, () -> resolutions.vote(id, new Motions.NewVote(who, choice)));
        return back(resolutions.motion(id).meetingId());
    }

    @PostMapping("/deliberation/motions/{id}/close")
    String close(@PathVariable long id, RedirectAttributes redirect, Locale locale) {
        attempt(redirect, locale, () -> resolutions.close(id));
        return back(resolutions.motion(id).meetingId());
    }

    @PostMapping("/deliberation/motions/{id}/objections")
    String object(
            @PathVariable long id,
            @RequestParam(required = false) String reason,
            RedirectAttributes redirect,
            Locale locale) {
        attempt(redirect, locale, () -> resolutions.object(id, new Motions.NewObjection(reason)));
        return back(resolutions.motion(id).meetingId());
    }

    @PostMapping("/deliberation/motions/{id}/tasks")
    String task(
            @PathVariable long id,
            @RequestParam(required = false) String title,
            @RequestParam(required = false) String category,
            @RequestParam(required = false) String claimant,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate deadline,
            RedirectAttributes redirect,
            Locale locale) {
        attempt(
                redirect,
                locale,
                () -> resolutions.addTask(id, new Motions.NewTask(title, null, category, claimant, deadline)));
        return back(resolutions.motion(id).meetingId());
    }

    @PostMapping("/deliberation/resolutions/{id}/evaluations")
    String rate(
            @PathVariable long id,
            @RequestParam(required = false) Integer stars,
            @RequestParam(required = false) String comment,
            RedirectAttributes redirect,
            Locale locale) {
        attempt(redirect, locale, () -> resolutions.evaluate(id, new Motions.NewEvaluation(stars, comment)));
        return back(resolutions.motion(id).meetingId());
    }

    /** 街道督导: cards for the area, a row per area one level down (drill down), the meetings of a community. */
    @GetMapping("/deliberation/oversight")
    String oversight(
            @RequestParam(required = false) String division,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            Model model) {
        var total = resolutions.figures(division, from, to);
        model.addAttribute("total", total);
        model.addAttribute("areaName", name(total.division()));
        model.addAttribute(
                "rows",
                total.division().length() < 12
                        ? resolutions.breakdown(total.division(), total.from(), total.to())
                        : List.of());
        model.addAttribute("names", new Names(organization));
        model.addAttribute(
                "meetings", total.division().length() == 12 ? deliberation.meetings(total.division()) : List.of());
        return "deliberation-oversight";
    }

    /** Area names for the oversight table; public for the template. */
    public record Names(Organization organization) {
        public String of(String code) {
            try {
                return organization.division(code).name();
            } catch (RuntimeException unknown) {
                return code;
            }
        }
    }

    private static String ownCommunity(Actor actor) {
        String scope = actor.scope().prefix();
        return scope.length() >= 12 ? scope.substring(0, 12) : null;
    }

    private String name(String code) {
        return new Names(organization).of(code);
    }

    private static List<String> list(String text) {
        return text == null || text.isBlank()
                ? List.of()
                : Arrays.stream(text.split("[,，\\s]+"))
                        .filter(s -> !s.isBlank())
                        .toList();
    }

    private static String back(long meetingId) {
        return "redirect:/deliberation/meetings/" + meetingId;
    }

    /** Runs a form's command; a refusal comes back as a message in the reader's language. */
    private static <T> T attempt(RedirectAttributes redirect, Locale locale, Supplier<T> command) {
        boolean english = "en".equals(locale.getLanguage());
        try {
            T done = command.get();
            redirect.addFlashAttribute("saved", true);
            return done;
        } catch (InvalidValue e) {
            redirect.addFlashAttribute("error", english ? e.messageEn() : e.messageZh());
        } catch (Conflict e) {
            redirect.addFlashAttribute("error", english ? e.getMessage() : e.messageZh());
        } catch (Forbidden e) {
            redirect.addFlashAttribute("error", english ? e.getMessage() : e.messageZh());
        }
        return null;
    }
}
