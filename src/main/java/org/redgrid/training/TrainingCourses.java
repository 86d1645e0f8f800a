package org.redgrid.training;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.redgrid.organization.Organization;
import org.redgrid.organization.PartyOrgView;
import org.redgrid.people.People;
import org.redgrid.people.PersonView;
import org.redgrid.shared.Actor;
import org.redgrid.shared.AuditRecord;
import org.redgrid.shared.Conflict;
import org.redgrid.shared.CurrentActor;
import org.redgrid.shared.InvalidValue;
import org.redgrid.shared.NotFound;
import org.redgrid.shared.Text;
import org.redgrid.training.internal.AttendanceRates;
import org.redgrid.training.internal.CourseCapacity;
import org.redgrid.training.internal.CourseOrders;
import org.redgrid.training.internal.Courses;
import org.redgrid.training.internal.EnrolmentWindow;
import org.redgrid.training.internal.Enrolments;
import org.redgrid.training.internal.InPersonCheckIn;
import org.redgrid.training.internal.OnlineAttendance;
import org.redgrid.training.internal.TrainingRoles;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Courses, enrolment and attendance: a school schedules a course (in person, online or both) with its
 * capacity and enrolment window; members are enrolled by those who work their grid; attendance counts
 * by {@link InPersonCheckIn} or {@link OnlineAttendance} and is published as {@link CourseAttended}.
 */
@Service
@Transactional(readOnly = true)
public class TrainingCourses {

    private static final Duration LONGEST_COURSE = Duration.ofDays(7);
    private static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("2100-01-01T00:00:00Z");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Training training;
    private final Courses courses;
    private final CourseOrders orders;
    private final Enrolments enrolments;
    private final AttendanceRates rates;
    private final People people;
    private final Organization organization;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    TrainingCourses(
            Training training,
            Courses courses,
            CourseOrders orders,
            Enrolments enrolments,
            AttendanceRates rates,
            People people,
            Organization organization,
            ApplicationEventPublisher events,
            Clock clock) {
        this.training = training;
        this.courses = courses;
        this.orders = orders;
        this.enrolments = enrolments;
        this.rates = rates;
        this.people = people;
        this.organization = organization;
        this.events = events;
        this.clock = clock;
    }

    public List<CourseView> courses(Long schoolId, boolean upcomingOnly) {
        return courses.list(CurrentActor.require().scope(), schoolId, upcomingOnly);
    }

    public CourseView course(long id) {
        return stored(id).view();
    }

    /** The code the venue's QR code carries, for staff of the school that holds the course. */
    public String venueCode(long courseId) {
        Actor actor = TrainingRoles.schoolStaff();
        Courses.Stored course = stored(courseId);
        training.runBy(actor, course.view().schoolId());
        return course.venueCode();
    }

    @Transactional
    public CourseView scheduleCourse(NewCourse command) {
        Actor actor = TrainingRoles.schoolStaff();
        if (command.schoolId() == null) throw new InvalidValue("schoolId", "required", "须指定党校", "schoolId is required");
        SchoolView school = training.runBy(actor, command.schoolId());
        CourseOrderView order = command.orderId() == null ? null : training.order(command.orderId());
        String title = Text.required("title", command.title(), 150);
        String topic = command.topic() == null || command.topic().isBlank()
                ? order == null ? Text.required("topic", title, 100) : order.topic()
                : Text.required("topic", command.topic(), 100);
        if (command.mode() == null) throw new InvalidValue("mode", "required", "须选择授课方式", "mode is required");
        Instant starts = required("startsAt", command.startsAt());
        Instant ends = required("endsAt", command.endsAt());
        if (starts.isBefore(EARLIEST) || starts.isAfter(LATEST)) {
            throw new InvalidValue(
                    "startsAt", "course.times", "开课时间须在2000年至2100年之间", "a course starts between 2000 and 2100");
        }
        if (!ends.isAfter(starts) || Duration.between(starts, ends).compareTo(LONGEST_COURSE) > 0) {
            throw new InvalidValue(
                    "endsAt", "course.times", "结束时间须晚于开始时间，且课程不超过7天", "a course ends after it starts, within 7 days");
        }
        CourseCapacity capacity = CourseCapacity.of(command.mode(), command.capacity());
        EnrolmentWindow window = EnrolmentWindow.of(starts, ends, command.enrolmentClosesAt());
        if (window.closesAt().isBefore(EARLIEST)) {
            throw new InvalidValue(
                    "enrolmentClosesAt", "course.times", "报名截止时间须在2000年之后", "enrolment closes after 2000");
        }
        Long teacherId = order == null ? null : order.teacherId();
        if (command.teacherId() != null)
            teacherId = training.teacher(command.teacherId()).id();
        if (order != null && !orders.schedule(order.id(), order.status())) {
            throw new Conflict("order.scheduled", "该需求已排课", "the order is already scheduled");
        }
        long id = courses.insert(
                new Courses.Row(
                        school.id(),
                        title,
                        topic,
                        teacherId,
                        order == null ? null : order.id(),
                        command.mode(),
                        starts,
                        ends,
                        capacity.seats(),
                        window.closesAt(),
                        HexFormat.of().formatHex(bytes()),
                        school.scopeCode()),
                clock.instant());
        events.publishEvent(new AuditRecord(
                "TRAINING_COURSE_SCHEDULED", "training_course", Long.toString(id), school.scopeCode(), title));
        return course(id);
    }

    public List<EnrolmentView> enrolments(long courseId) {
        Actor actor = CurrentActor.require();
        return enrolments.ofCourse(actor.scope(), course(courseId).id());
    }

    /** Enrols a party member of the caller's scope, while the window is open and a seat is free. */
    @Transactional
    public EnrolmentView enrol(long courseId, Long member) {
        Actor actor = TrainingRoles.memberWorker();
        PersonView person = partyMember(member);
        CourseView course = course(courseId);
        courses.lock(course.id());
        new EnrolmentWindow(course.enrolmentClosesAt()).check(clock.instant());
        if (enrolments.exists(course.id(), person.id())) {
            throw new Conflict("enrolment.duplicate", "该党员已报名本课程", "the member is already enrolled");
        }
        new CourseCapacity(course.capacity()).admit(enrolments.count(course.id()));
        Long branch = person.partyMembership().partyOrgId();
        enrolments.insert(
                course.id(),
                new Enrolments.Member(person.id(), person.name(), person.gridCode(), branch),
                actor.username(),
                clock.instant());
        events.publishEvent(new AuditRecord(
                "TRAINING_ENROLLED",
                "training_course",
                Long.toString(course.id()),
                person.gridCode(),
                "person " + person.id()));
        return enrolments.find(actor.scope(), course.id(), person.id()).orElseThrow();
    }

    /** Records a member's attendance; when it counts, {@link CourseAttended} is published. */
    @Transactional
    public AttendanceRecorded recordAttendance(long courseId, NewAttendance command) {
        Actor actor = TrainingRoles.memberWorker();
        if (command.member() == null) throw new InvalidValue("member", "required", "须指定党员", "member is required");
        if (command.mode() == null) throw new InvalidValue("mode", "required", "须选择签到方式", "mode is required");
        Courses.Stored stored = stored(courseId);
        CourseView course = stored.view();
        EnrolmentView enrolment = enrolments
                .find(actor.scope(), course.id(), command.member())
                .orElseThrow(() -> new NotFound("enrolment", command.member()));
        if (!course.mode().allows(command.mode())) {
            throw new InvalidValue("mode", "attendance.mode", "本课程不支持该签到方式", "this course is not held in that way");
        }
        Instant now = clock.instant();
        Duration length = Duration.between(course.startsAt(), course.endsAt());
        boolean attended;
        if (command.mode() == AttendanceMode.IN_PERSON) {
            boolean runs = training.runsSchoolAt(course.scopeCode());
            InPersonCheckIn.check(
                    now, course.startsAt(), course.endsAt(), stored.venueCode(), command.venueCode(), runs);
            attended = true;
        } else {
            if (now.isBefore(course.startsAt())) {
                throw new Conflict("attendance.not-started", "课程尚未开始", "the course has not started");
            }
            attended = OnlineAttendance.STANDARD.counts(length, command.minutesOnline());
        }
        Integer minutes = command.mode() == AttendanceMode.ONLINE ? command.minutesOnline() : null;
        if (!enrolments.record(enrolment.id(), command.mode(), minutes, attended, actor.username(), now)) {
            throw new Conflict("attendance.recorded", "该党员已签到", "the member's attendance is already recorded");
        }
        BigDecimal hours = attended
                ? BigDecimal.valueOf(length.toMinutes()).divide(BigDecimal.valueOf(60), 1, RoundingMode.HALF_UP)
                : BigDecimal.ZERO;
        events.publishEvent(new AuditRecord(
                "TRAINING_ATTENDANCE_RECORDED",
                "training_course",
                Long.toString(course.id()),
                enrolment.gridCode(),
                "person " + enrolment.member() + " " + command.mode() + (attended ? "" : " not counted")));
        if (attended) {
            events.publishEvent(new CourseAttended(
                    enrolment.member(),
                    course.id(),
                    course.schoolId(),
                    course.scopeCode(),
                    enrolment.gridCode(),
                    enrolment.partyOrgId(),
                    command.mode(),
                    hours,
                    now));
        }
        return new AttendanceRecorded(
                enrolment.id(),
                enrolment.member(),
                course.id(),
                command.mode(),
                attended,
                hours,
                attended || command.mode() == AttendanceMode.IN_PERSON ? null : "attendance.online-share");
    }

    /**
     * Attendance per school and per branch of the courses that started between {@code from} and
     * {@code to} (inclusive days, Beijing time), counted over the members inside the caller's scope (the
     * platform's when no one is logged in, for a scoring round).
     */
    public AttendanceReport attendance(LocalDate from, LocalDate to) {
        Actor actor = CurrentActor.orSystem();
        AttendanceRates.Period period = AttendanceRates.Period.days(from, to);
        Map<Long, String> branchNames = organization.partyOrgs("").stream()
                .collect(Collectors.toMap(PartyOrgView::id, PartyOrgView::name, (a, b) -> a));
        List<AttendanceRate> branches = rates.perBranch(actor.scope(), period).stream()
                .map(rate -> new AttendanceRate(
                        rate.id(),
                        branchNames.getOrDefault(rate.id(), "#" + rate.id()),
                        rate.enrolled(),
                        rate.attended(),
                        rate.members(),
                        rate.rate()))
                .toList();
        return new AttendanceReport(from, to, rates.perSchool(actor.scope(), period), branches);
    }

    private PersonView partyMember(Long member) {
        if (member == null) throw new InvalidValue("member", "required", "须指定党员", "member is required");
        PersonView person = people.person(member);
        if (person.partyMembership() == null) {
            throw new InvalidValue(
                    "member", "training.party-member", "只能为党员报名党员教育课程", "only party members enrol in party education");
        }
        return person;
    }

    private Courses.Stored stored(long id) {
        return courses.find(CurrentActor.require().scope(), id).orElseThrow(() -> new NotFound("course", id));
    }

    private static Instant required(String field, Instant value) {
        if (value == null) throw new InvalidValue(field, "required", field + " 不能为空", field + " is required");
        return value;
    }

    private static byte[] bytes() {
        byte[] code = new byte[16];
        RANDOM.nextBytes(code);
        return code;
    }
}
