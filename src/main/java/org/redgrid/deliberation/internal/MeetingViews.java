package org.redgrid.deliberation.internal;

import java.util.List;
import org.redgrid.deliberation.Meetings.MeetingView;
import org.redgrid.deliberation.Motions.EvaluationView;
import org.redgrid.deliberation.Motions.MotionView;
import org.redgrid.deliberation.Motions.TaskView;
import org.springframework.stereotype.Component;

/** Puts a meeting's record together: agenda, roll, opinions, motions with their tasks and ratings. */
@Component
public class MeetingViews {

    private final MeetingRecords meetings;
    private final TopicRecords topics;
    private final MotionRecords motions;
    private final ResolutionRecords resolutions;

    MeetingViews(MeetingRecords meetings, TopicRecords topics, MotionRecords motions, ResolutionRecords resolutions) {
        this.meetings = meetings;
        this.topics = topics;
        this.motions = motions;
        this.resolutions = resolutions;
    }

    public MeetingView of(MeetingRecords.Meeting meeting) {
        return new MeetingView(
                meeting.id(),
                meeting.type(),
                meeting.type().nameZh(),
                meeting.community(),
                meeting.title(),
                meeting.startsAt(),
                meeting.place(),
                meeting.rule(),
                meeting.type().entitlement(),
                meeting.organiser(),
                meeting.minutes(),
                topics.agenda(meeting.id()),
                meetings.invitees(meeting.id()),
                MeetingRecords.attendees(meetings.roll(meeting.id())),
                meetings.opinions(meeting.id()),
                motions.ofMeeting(meeting.id()).stream().map(this::of).toList());
    }

    public MotionView of(MotionRecords.Motion motion) {
        List<TaskView> tasks = resolutions.tasks(motion.id());
        List<EvaluationView> ratings = resolutions.evaluations(motion.id());
        long done = tasks.stream().filter(TaskView::done).count();
        Double rating = ratings.isEmpty()
                ? null
                : Math.round(10.0
                                * ratings.stream()
                                        .mapToInt(EvaluationView::stars)
                                        .average()
                                        .orElseThrow())
                        / 10.0;
        return new MotionView(
                motion.id(),
                motion.meetingId(),
                motion.topicId(),
                motion.text(),
                motion.window().opensAt(),
                motion.window().closesAt(),
                motion.outcome(),
                motion.result(),
                tasks,
                tasks.isEmpty() ? 0 : (int) (100 * done / tasks.size()),
                rating,
                ratings.size(),
                resolutions.objections(motion.id()));
    }
}
