package org.redgrid.training;

import java.time.Clock;
import java.util.List;
import org.redgrid.organization.Organization;
import org.redgrid.organization.Places;
import org.redgrid.shared.Actor;
import org.redgrid.shared.AuditRecord;
import org.redgrid.shared.Conflict;
import org.redgrid.shared.CurrentActor;
import org.redgrid.shared.DataScope;
import org.redgrid.shared.Forbidden;
import org.redgrid.shared.InvalidValue;
import org.redgrid.shared.NotFound;
import org.redgrid.shared.Text;
import org.redgrid.training.internal.CourseOrders;
import org.redgrid.training.internal.Schools;
import org.redgrid.training.internal.Teachers;
import org.redgrid.training.internal.TrainingRoles;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The training module's registry and demand: schools and teaching points, the teacher pool, and the
 * demand list where members and branches order topics (点单) and teachers take them (接单). Courses,
 * enrolment and attendance are {@link TrainingCourses}. Reads see the caller's scope and the schools
 * and pool of the places above it; writes stay inside the scope and are audited.
 */
@Service
@Transactional(readOnly = true)
public class Training {

    private final Schools schools;
    private final Teachers teachers;
    private final CourseOrders orders;
    private final Organization organization;
    private final Places places;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Training(
            Schools schools,
            Teachers teachers,
            CourseOrders orders,
            Organization organization,
            Places places,
            ApplicationEventPublisher events,
            Clock clock) {
        this.schools = schools;
        this.teachers = teachers;
        this.orders = orders;
        this.organization = organization;
        this.places = places;
        this.events = events;
        this.clock = clock;
    }

    // Schools and teaching points

    public List<SchoolView> schools(SchoolKind kind) {
        return schools.list(scope(), kind);
    }

    /** The schools the caller runs: those inside their own scope, when their role runs schools. */
    public List<SchoolView> schoolsRun() {
        Actor actor = CurrentActor.require();
        if (!TrainingRoles.runsSchools(actor)) return List.of();
        return schools.list(actor.scope(), null).stream()
                .filter(school -> actor.scope().contains(school.scopeCode()))
                .toList();
    }

    public SchoolView school(long id) {
        return schools.find(scope(), id).orElseThrow(() -> new NotFound("school", id));
    }

    @Transactional
    public SchoolView createSchool(NewSchool command) {
        Actor actor = TrainingRoles.schoolStaff();
        if (command.kind() == null) throw new InvalidValue("kind", "required", "须选择类型", "kind is required");
        Text.required("name", command.name(), 150);
        String scopeCode = places.placeWithin("scopeCode", command.scopeCode(), actor.scope());
        if (scopeCode.length() == 15) {
            throw new InvalidValue(
                    "scopeCode",
                    "training.school-place",
                    "党校与教学点须设在区划（而非网格）",
                    "a school belongs to a division, not a grid");
        }
        if (command.parentId() != null) school(command.parentId());
        if (command.servicePlaceId() != null
                && organization.servicePlaces(scopeCode).stream()
                        .noneMatch(place -> place.id() == command.servicePlaceId())) {
            throw new InvalidValue(
                    "servicePlaceId",
                    "training.service-place",
                    "服务场所不在该区划内",
                    "the service place does not lie in the school's division");
        }
        long id = schools.insert(command, scopeCode, clock.instant());
        events.publishEvent(new AuditRecord(
                "TRAINING_SCHOOL_CREATED", "training_school", Long.toString(id), scopeCode, command.name()));
        return school(id);
    }

    // The teacher pool

    public List<TeacherView> teachers(String topic, boolean availableOnly) {
        return teachers.list(scope(), topic, availableOnly);
    }

    public TeacherView teacher(long id) {
        return teachers.find(scope(), id).orElseThrow(() -> new NotFound("teacher", id));
    }

    @Transactional
    public TeacherView addTeacher(NewTeacher command) {
        Actor actor = TrainingRoles.schoolStaff();
        String scopeCode = places.placeWithin("scopeCode", command.scopeCode(), actor.scope());
        long id = teachers.insert(command, scopeCode, clock.instant());
        events.publishEvent(
                new AuditRecord("TRAINING_TEACHER_ADDED", "training_teacher", Long.toString(id), scopeCode, null));
        return teacher(id);
    }

    // The demand list: 点单 and 接单

    public List<CourseOrderView> orders(OrderStatus status) {
        return orders.list(scope(), status);
    }

    public CourseOrderView order(long id) {
        return orders.find(scope(), id).orElseThrow(() -> new NotFound("order", id));
    }

    /** 点单: the topic is ordered for a place inside the caller's scope (their own place when absent). */
    @Transactional
    public CourseOrderView placeOrder(NewCourseOrder command) {
        Actor actor = TrainingRoles.orderer();
        String raw = command.scopeCode() == null || command.scopeCode().isBlank()
                ? actor.scope().prefix()
                : command.scopeCode();
        String scopeCode = places.placeWithin("scopeCode", raw, actor.scope());
        if (command.partyOrgId() != null && !organization.partyOrgVisible(command.partyOrgId())) {
            throw new NotFound("party organisation", command.partyOrgId());
        }
        long id = orders.insert(command, scopeCode, actor.username(), clock.instant());
        events.publishEvent(new AuditRecord(
                "TRAINING_ORDER_PLACED", "training_order", Long.toString(id), scopeCode, command.topic()));
        return order(id);
    }

    /** 接单: an available teacher of the pool takes an open order, for a school the caller runs. */
    @Transactional
    public CourseOrderView takeOrder(long id, TakeOrder command) {
        Actor actor = TrainingRoles.schoolStaff();
        CourseOrderView order = order(id);
        if (command.teacherId() == null)
            throw new InvalidValue("teacherId", "required", "须指定接单教师", "teacherId is required");
        if (command.schoolId() == null)
            throw new InvalidValue("schoolId", "required", "须指定承办党校", "schoolId is required");
        TeacherView teacher = teacher(command.teacherId());
        SchoolView school = runBy(actor, command.schoolId());
        if (!teacher.available()) {
            throw new Conflict("teacher.unavailable", "该教师暂不可接单", "the teacher is not available");
        }
        if (!orders.take(id, order.status(), teacher.id(), school.id(), clock.instant())) {
            throw new Conflict("order.taken", "该需求已被接单", "the order has already been taken");
        }
        events.publishEvent(new AuditRecord(
                "TRAINING_ORDER_TAKEN",
                "training_order",
                Long.toString(id),
                order.scopeCode(),
                "teacher " + teacher.id() + " school " + school.id()));
        return order(id);
    }

    /** Whether the caller runs schools (registry, pool, courses, taking orders); pages ask this too. */
    public boolean runsSchools() {
        return TrainingRoles.runsSchools(CurrentActor.require());
    }

    /** Whether the caller runs the schools of a place: their role runs schools and the place is theirs. */
    public boolean runsSchoolAt(String scopeCode) {
        Actor actor = CurrentActor.require();
        return TrainingRoles.runsSchools(actor) && actor.scope().contains(scopeCode);
    }

    /** A school the actor runs: visible, and inside their own scope (a school above it is only read). */
    SchoolView runBy(Actor actor, long schoolId) {
        SchoolView school = school(schoolId);
        if (!actor.scope().contains(school.scopeCode())) {
            throw new Forbidden("只能为本级及下级党校安排课程", "you may only act for schools inside your own scope");
        }
        return school;
    }

    private static DataScope scope() {
        return CurrentActor.require().scope();
    }
}
