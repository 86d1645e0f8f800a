package org.redgrid.training.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.redgrid.training.AttendanceRecorded;
import org.redgrid.training.AttendanceReport;
import org.redgrid.training.CourseOrderView;
import org.redgrid.training.CourseView;
import org.redgrid.training.EnrolmentView;
import org.redgrid.training.NewAttendance;
import org.redgrid.training.NewCourse;
import org.redgrid.training.NewCourseOrder;
import org.redgrid.training.NewSchool;
import org.redgrid.training.NewTeacher;
import org.redgrid.training.OrderStatus;
import org.redgrid.training.SchoolKind;
import org.redgrid.training.SchoolView;
import org.redgrid.training.TakeOrder;
import org.redgrid.training.TeacherView;
import org.redgrid.training.Training;
import org.redgrid.training.TrainingCourses;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/training")
@Tag(
        name = "Training",
        description = "党员教育：党校与教学点、师资库、点单接单、课程、报名与签到 / party schools, teacher pool, orders, courses, attendance")
class TrainingController {

    record Enrol(Long member) {}

    private final Training training;
    private final TrainingCourses courses;

    TrainingController(Training training, TrainingCourses courses) {
        this.training = training;
        this.courses = courses;
    }

    @GetMapping("/schools")
    @Operation(summary = "Schools and teaching points of the caller's scope and the places above it")
    List<SchoolView> schools(@RequestParam(required = false) SchoolKind kind) {
        return training.schools(kind);
    }

    @GetMapping("/schools/{id}")
    @Operation(summary = "One school or teaching point; 404 outside scope")
    SchoolView school(@PathVariable long id) {
        return training.school(id);
    }

    @PostMapping("/schools")
    @Operation(summary = "Register a school or teaching point for a division (street staff and above); audited")
    ResponseEntity<SchoolView> createSchool(@RequestBody NewSchool body) {
        SchoolView school =
                training.createSchool(body == null ? new NewSchool(null, null, null, null, null, null) : body);
        return ResponseEntity.created(URI.create("/api/v1/training/schools/" + school.id()))
                .body(school);
    }

    @GetMapping("/teachers")
    @Operation(summary = "The teacher pool, optionally by topic and only those available")
    List<TeacherView> teachers(
            @RequestParam(required = false) String topic, @RequestParam(defaultValue = "false") boolean available) {
        return training.teachers(topic, available);
    }

    @PostMapping("/teachers")
    @Operation(summary = "Add a teacher with topics to the pool of a county (street staff and above); audited")
    ResponseEntity<TeacherView> addTeacher(@RequestBody NewTeacher body) {
        TeacherView teacher =
                training.addTeacher(body == null ? new NewTeacher(null, null, null, null, null, null) : body);
        return ResponseEntity.created(URI.create("/api/v1/training/teachers/" + teacher.id()))
                .body(teacher);
    }

    @GetMapping("/teachers/{id}")
    @Operation(summary = "One teacher of the pool inside the caller's scope")
    TeacherView teacher(@PathVariable long id) {
        return training.teacher(id);
    }

    @GetMapping("/orders/{id}")
    @Operation(summary = "One course order inside the caller's scope")
    CourseOrderView order(@PathVariable long id) {
        return training.order(id);
    }

    @GetMapping("/orders")
    @Operation(summary = "The demand list (点单) of the caller's scope")
    List<CourseOrderView> orders(@RequestParam(required = false) OrderStatus status) {
        return training.orders(status);
    }

    @PostMapping("/orders")
    @Operation(summary = "Order a topic (点单) for a place in scope, optionally for a branch; audited")
    ResponseEntity<CourseOrderView> placeOrder(@RequestBody NewCourseOrder body) {
        CourseOrderView order = training.placeOrder(body == null ? new NewCourseOrder(null, null, null, null) : body);
        return ResponseEntity.created(URI.create("/api/v1/training/orders/" + order.id()))
                .body(order);
    }

    @PostMapping("/orders/{id}/take")
    @Operation(summary = "A pool teacher takes an open order (接单) for a school; 409 once taken; audited")
    CourseOrderView takeOrder(@PathVariable long id, @RequestBody TakeOrder body) {
        return training.takeOrder(id, body == null ? new TakeOrder(null, null) : body);
    }

    @GetMapping("/courses")
    @Operation(summary = "Courses of the caller's scope and of the schools above it, newest first")
    List<CourseView> courses(
            @RequestParam(required = false) Long school, @RequestParam(defaultValue = "false") boolean upcoming) {
        return courses.courses(school, upcoming);
    }

    @GetMapping("/courses/{id}")
    @Operation(summary = "One course with its seats and whether enrolment is open; 404 outside scope")
    CourseView course(@PathVariable long id) {
        return courses.course(id);
    }

    @PostMapping("/courses")
    @Operation(
            summary = "Schedule a course at a school, in person, online or both; audited",
            description = "Capacity is required unless the course is ONLINE; enrolment closes at `enrolmentClosesAt`"
                    + " (the start when absent, never after the end). With `orderId` the taken order is scheduled.")
    ResponseEntity<CourseView> scheduleCourse(@RequestBody NewCourse body) {
        CourseView course = courses.scheduleCourse(
                body == null ? new NewCourse(null, null, null, null, null, null, null, null, null, null) : body);
        return ResponseEntity.created(URI.create("/api/v1/training/courses/" + course.id()))
                .body(course);
    }

    @GetMapping("/courses/{id}/enrolments")
    @Operation(summary = "The members of the caller's scope enrolled in a course, with their attendance")
    List<EnrolmentView> enrolments(@PathVariable long id) {
        return courses.enrolments(id);
    }

    @PostMapping("/courses/{id}/enrolments")
    @Operation(
            summary = "Enrol a party member (person id) of the caller's scope; audited",
            description = "409 `enrolment.closed`, `course.full` or `enrolment.duplicate`.")
    ResponseEntity<EnrolmentView> enrol(@PathVariable long id, @RequestBody Enrol body) {
        EnrolmentView enrolment = courses.enrol(id, body == null ? null : body.member());
        return ResponseEntity.created(URI.create("/api/v1/training/courses/" + id + "/enrolments"))
                .body(enrolment);
    }

    @PostMapping("/courses/{id}/attendance")
    @Operation(
            summary = "Record an enrolled member's attendance, IN_PERSON or ONLINE; audited",
            description = "IN_PERSON: from 30 minutes before the start to the end, with the venue's `venueCode` (staff"
                    + " of the school may leave it out). ONLINE: `minutesOnline`; it counts at 80% of the course"
                    + " time. A counted attendance publishes CourseAttended.")
    AttendanceRecorded attend(@PathVariable long id, @RequestBody NewAttendance body) {
        return courses.recordAttendance(id, body == null ? new NewAttendance(null, null, null, null) : body);
    }

    @GetMapping("/attendance")
    @Operation(summary = "Attendance per school and per branch of the courses started in a period (inclusive days)")
    AttendanceReport attendance(@RequestParam LocalDate from, @RequestParam LocalDate to) {
        return courses.attendance(from, to);
    }
}
