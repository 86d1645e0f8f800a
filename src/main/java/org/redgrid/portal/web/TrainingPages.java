package org.redgrid.portal.web;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Locale;
import java.util.function.Supplier;
import org.redgrid.people.People;
import org.redgrid.shared.Actor;
import org.redgrid.shared.Conflict;
import org.redgrid.shared.CurrentActor;
import org.redgrid.shared.InvalidValue;
import org.redgrid.shared.Paging;
import org.redgrid.training.AttendanceMode;
import org.redgrid.training.AttendanceRecorded;
import org.redgrid.training.CourseMode;
import org.redgrid.training.CourseView;
import org.redgrid.training.NewAttendance;
import org.redgrid.training.NewCourse;
import org.redgrid.training.NewCourseOrder;
import org.redgrid.training.OrderStatus;
import org.redgrid.training.TakeOrder;
import org.redgrid.training.Training;
import org.redgrid.training.TrainingCourses;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * 党员教育: schools and the teacher pool, the demand list (点单 / 接单), courses, enrolment, and the sign-in
 * page the venue's QR code opens. Every rule is the training module's; a refusal comes back as its message.
 */
@Controller
class TrainingPages {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    private final Training training;
    private final TrainingCourses courses;
    private final People people;

    TrainingPages(Training training, TrainingCourses courses, People people) {
        this.training = training;
        this.courses = courses;
        this.people = people;
    }

    @GetMapping("/training")
    String schools(Model model) {
        model.addAttribute("schools", training.schools(null));
        model.addAttribute("teachers", training.teachers(null, false));
        return "training";
    }

    @GetMapping("/training/orders")
    String orders(Model model) {
        model.addAttribute("orders", training.orders(null));
        model.addAttribute("runsSchools", training.runsSchools());
        if (training.runsSchools()) {
            model.addAttribute("teachers", training.teachers(null, true));
            model.addAttribute("schools", training.schoolsRun());
        }
        return "training-orders";
    }

    @PostMapping("/training/orders")
    String placeOrder(
            @RequestParam(required = false) String topic,
            @RequestParam(required = false) String note,
            @RequestParam(required = false) String scopeCode,
            Locale locale,
            RedirectAttributes redirect) {
        return act(
                locale,
                redirect,
                "/training/orders",
                () -> training.placeOrder(new NewCourseOrder(topic, note, null, scopeCode))
                        .id());
    }

    @PostMapping("/training/orders/{id}/take")
    String takeOrder(
            @PathVariable long id,
            @RequestParam(required = false) Long teacherId,
            @RequestParam(required = false) Long schoolId,
            Locale locale,
            RedirectAttributes redirect) {
        return act(
                locale,
                redirect,
                "/training/orders",
                () -> training.takeOrder(id, new TakeOrder(teacherId, schoolId)).id());
    }

    @GetMapping("/training/courses")
    String courseList(Model model) {
        model.addAttribute("courses", courses.courses(null, false));
        model.addAttribute("runsSchools", training.runsSchools());
        if (training.runsSchools()) {
            model.addAttribute("schools", training.schoolsRun());
            model.addAttribute("takenOrders", training.orders(OrderStatus.TAKEN));
        }
        return "training-courses";
    }

    @PostMapping("/training/courses")
    String schedule(
            @RequestParam(required = false) Long schoolId,
            @RequestParam(required = false) String title,
            @RequestParam(required = false) String topic,
            @RequestParam(required = false) Long orderId,
            @RequestParam(required = false) CourseMode mode,
            @RequestParam(required = false) LocalDateTime startsAt,
            @RequestParam(required = false) Integer minutes,
            @RequestParam(required = false) Integer capacity,
            Locale locale,
            RedirectAttributes redirect) {
        return act(locale, redirect, "/training/courses", () -> {
            var starts = startsAt == null ? null : startsAt.atZone(BEIJING).toInstant();
            var ends = starts == null || minutes == null ? null : starts.plusSeconds(60L * Math.max(minutes, 0));
            return courses.scheduleCourse(
                            new NewCourse(schoolId, title, topic, null, orderId, mode, starts, ends, capacity, null))
                    .id();
        });
    }

    @GetMapping("/training/courses/{id}")
    String course(@PathVariable long id, Model model) {
        Actor actor = CurrentActor.require();
        CourseView course = courses.course(id);
        model.addAttribute("course", course);
        model.addAttribute("enrolments", courses.enrolments(id));
        model.addAttribute("works", actor.managesRegistry());
        model.addAttribute("runs", training.runsSchoolAt(course.scopeCode()));
        if (actor.managesRegistry() && course.enrolmentOpen()) {
            model.addAttribute(
                    "members", people.partyMembers(null, new Paging(0, 200)).items());
        }
        return "training-course";
    }

    @PostMapping("/training/courses/{id}/enrolments")
    String enrol(
            @PathVariable long id,
            @RequestParam(required = false) Long member,
            Locale locale,
            RedirectAttributes redirect) {
        return act(
                locale,
                redirect,
                "/training/courses/" + id,
                () -> courses.enrol(id, member).id());
    }

    @PostMapping("/training/courses/{id}/attendance")
    String attend(
            @PathVariable long id,
            @RequestParam(required = false) Long member,
            @RequestParam(required = false) AttendanceMode mode,
            @RequestParam(required = false) Integer minutesOnline,
            Locale locale,
            RedirectAttributes redirect) {
        return act(
                locale,
                redirect,
                "/training/courses/" + id,
                () -> attended(
                        courses.recordAttendance(id, new NewAttendance(member, mode, null, minutesOnline)), redirect));
    }

    /** The page the venue's QR code opens: the enrolled members of the reader's scope, each to sign in. */
    @GetMapping("/training/check-in/{id}")
    String checkIn(@PathVariable long id, @RequestParam(required = false) String code, Model model) {
        model.addAttribute("course", courses.course(id));
        model.addAttribute("enrolments", courses.enrolments(id));
        model.addAttribute("code", code);
        return "training-check-in";
    }

    @PostMapping("/training/check-in/{id}")
    String signIn(
            @PathVariable long id,
            @RequestParam(required = false) Long member,
            @RequestParam(required = false) String code,
            Locale locale,
            RedirectAttributes redirect) {
        redirect.addAttribute("code", code);
        return act(
                locale,
                redirect,
                "/training/check-in/" + id,
                () -> attended(
                        courses.recordAttendance(id, new NewAttendance(member, AttendanceMode.IN_PERSON, code, null)),
                        redirect));
    }

    /** The venue's QR code for staff of the school: it opens the sign-in page with the course's code. */
    @GetMapping(value = "/training/courses/{id}/venue.png", produces = MediaType.IMAGE_PNG_VALUE)
    ResponseEntity<byte[]> venueCode(@PathVariable long id) {
        String link = ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/training/check-in/{id}")
                .queryParam("code", courses.venueCode(id))
                .buildAndExpand(id)
                .toUriString();
        return ResponseEntity.ok()
                .contentType(MediaType.IMAGE_PNG)
                .cacheControl(CacheControl.noStore())
                .body(QrPages.png(link));
    }

    private static Object attended(AttendanceRecorded recorded, RedirectAttributes redirect) {
        if (!recorded.attended()) redirect.addFlashAttribute("short", recorded.member());
        return recorded.member();
    }

    private static String act(Locale locale, RedirectAttributes redirect, String back, Supplier<Object> action) {
        try {
            redirect.addFlashAttribute("done", action.get());
        } catch (InvalidValue e) {
            redirect.addFlashAttribute("failed", english(locale) ? e.messageEn() : e.messageZh());
        } catch (Conflict e) {
            redirect.addFlashAttribute("failed", english(locale) ? e.getMessage() : e.messageZh());
        }
        return "redirect:" + back;
    }

    private static boolean english(Locale locale) {
        return "en".equals(locale.getLanguage());
    }
}
