package org.redgrid.engagement.internal;

import org.redgrid.engagement.PointAward;
import org.redgrid.engagement.PointSource;
import org.redgrid.training.CourseAttended;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Learning counts (积分制: 学习): a party-school course a member attended earns the county's points for a
 * learning session, once per course. Runs after the attendance commits; the event publication
 * registry keeps the event until this has completed. Members not linked in engagement earn nothing.
 */
@Component
class CourseLearning {

    private final Members members;
    private final Awards awards;

    CourseLearning(Members members, Awards awards) {
        this.members = members;
        this.awards = awards;
    }

    @ApplicationModuleListener
    void on(CourseAttended event) {
        if (members.find(event.member()).isEmpty()) return;
        PointSource source = PointSource.course(event.course());
        awards.award(
                event.member(),
                (rules, earned) -> PointAward.forCourse(rules, source, earned),
                "党员教育课程 " + event.course() + "（" + event.mode() + "）",
                event.at());
    }
}
