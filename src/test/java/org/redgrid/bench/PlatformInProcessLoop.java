package org.redgrid.bench;

import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.redgrid.casework.CaseAction;
import org.redgrid.casework.CaseStatus;
import org.redgrid.casework.CaseType;
import org.redgrid.casework.Casework;
import org.redgrid.casework.NewCase;
import org.redgrid.casework.Satisfaction;
import org.redgrid.casework.TransitionRequest;
import org.redgrid.identity.Identity;
import org.redgrid.shared.Actor;
import org.redgrid.shared.CurrentActor;

/**
 * The platform's case loop called in-process, through the case engine's facade ({@link Casework}) of a
 * platform running in the benchmark's JVM: the same eight commands as {@link PlatformHttpLoop}, as the
 * same three users, each command its own transaction with its guards, event rows, audit record and
 * published events, but without HTTP, JSON or a token check. Each user's actor is looked up once, as
 * Flowable in-process is only told the user's name.
 */
final class PlatformInProcessLoop implements LoopRace.Loop {

    private final Casework casework;
    private final Map<String, Actor> actors;
    private final AtomicLong loops = new AtomicLong();

    PlatformInProcessLoop(Casework casework, Identity identity) {
        this.casework = casework;
        this.actors = Map.of(
                PlatformHttpLoop.RESIDENT, actor(identity, PlatformHttpLoop.RESIDENT),
                PlatformHttpLoop.COMMUNITY, actor(identity, PlatformHttpLoop.COMMUNITY),
                PlatformHttpLoop.WORKER, actor(identity, PlatformHttpLoop.WORKER));
    }

    private static Actor actor(Identity identity, String username) {
        return identity.actorOf(username).orElseThrow(() -> new IllegalStateException("no demo user " + username));
    }

    @Override
    public void run(long number) {
        long id = as(
                PlatformHttpLoop.RESIDENT,
                () -> casework.create(
                                new NewCase(
                                        CaseType.PROBLEM,
                                        "EVENT.PARKING",
                                        null,
                                        null,
                                        PlatformHttpLoop.GRID,
                                        null,
                                        null,
                                        null,
                                        PlatformHttpLoop.TITLE_PREFIX + number,
                                        PlatformHttpLoop.DESCRIPTION),
                                null)
                        .view()
                        .id());
        act(PlatformHttpLoop.COMMUNITY, id, CaseAction.FILE, "立案", null);
        act(PlatformHttpLoop.COMMUNITY, id, CaseAction.DISPATCH, "网格员上门处理", PlatformHttpLoop.WORKER);
        act(PlatformHttpLoop.WORKER, id, CaseAction.ACCEPT, null, null);
        act(PlatformHttpLoop.WORKER, id, CaseAction.REPORT_BACK, "已劝离，消防通道畅通", null);
        act(PlatformHttpLoop.COMMUNITY, id, CaseAction.VERIFY_PASS, "现场核查通过", null);
        act(PlatformHttpLoop.COMMUNITY, id, CaseAction.CLOSE, null, null);
        CaseStatus status = as(
                        PlatformHttpLoop.RESIDENT,
                        () -> casework.transition(
                                id,
                                new TransitionRequest(
                                        CaseAction.RATE, null, null, true, Satisfaction.SATISFIED, null, null)))
                .status();
        if (status != CaseStatus.RATED) throw new IllegalStateException("rated case is " + status);
        loops.incrementAndGet();
    }

    private void act(String user, long id, CaseAction action, String note, String assignee) {
        as(user, () -> casework.transition(id, new TransitionRequest(action, note, assignee, null, null, null, null)));
    }

    private <T> T as(String user, Supplier<T> command) {
        return CurrentActor.runAs(actors.get(user), command);
    }

    /** How many loops ended RATED. */
    long loops() {
        return loops.get();
    }
}
