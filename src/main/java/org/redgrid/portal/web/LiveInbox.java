package org.redgrid.portal.web;

import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.redgrid.casework.CaseActionTaken;
import org.redgrid.casework.CasesTaken;
import org.redgrid.shared.Actor;
import org.redgrid.shared.ClusterSignals;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import tools.jackson.databind.json.JsonMapper;

/**
 * The open work pages, each listening on a server-sent event stream. After a case's transaction
 * commits, every open page whose user the case concerns receives an event named {@code case} that
 * carries only the case number; the page then reloads its list itself, through its own scoped query,
 * so nothing leaves the stream that the user may not see. The event reaches the open pages of every
 * node that shares the database (docs/cluster.md).
 */
@Component
class LiveInbox {

    static final Duration TIMEOUT = Duration.ofMinutes(30);

    /** The channel of case actions between the nodes. */
    static final String CHANNEL = "redgrid_case";

    private record Listener(Actor actor, SseEmitter emitter) {}

    /** What a page needs to know of a case action to decide whether to reload: who it concerns. */
    record Touched(String number, String gridCode, String reporter, String owner, String assignee, List<String> units) {

        static Touched of(CaseActionTaken event) {
            return new Touched(
                    event.number(),
                    event.gridCode(),
                    event.reporter(),
                    event.owner(),
                    event.assignee(),
                    event.units() == null ? List.of() : event.units());
        }
    }

    private final ClusterSignals signals;
    private final JsonMapper json;

    private final Set<Listener> listeners = ConcurrentHashMap.newKeySet();
    private final ExecutorService sender = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "live-inbox");
        thread.setDaemon(true);
        return thread;
    });

    LiveInbox(ClusterSignals signals, JsonMapper json) {
        this.signals = signals;
        this.json = json;
        signals.subscribe(CHANNEL, this::received);
    }

    SseEmitter open(Actor actor) {
        SseEmitter emitter = new SseEmitter(TIMEOUT.toMillis());
        Listener listener = new Listener(actor, emitter);
        listeners.add(listener);
        emitter.onCompletion(() -> listeners.remove(listener));
        emitter.onTimeout(() -> listeners.remove(listener));
        emitter.onError(e -> listeners.remove(listener));
        try {
            emitter.send(SseEmitter.event().comment("open"));
        } catch (IOException e) {
            listeners.remove(listener);
        }
        return emitter;
    }

    int openPages() {
        return listeners.size();
    }

    /**
     * Every node's open pages hear of a case action, through the database's signals after the case's
     * transaction has committed, so a page never reloads before the change shows; this node's own
     * actions come back the same way, once.
     */
    @EventListener
    void on(CaseActionTaken event) {
        signals.publish(CHANNEL, json.writeValueAsString(Touched.of(event)));
    }

    /** A bulk intake's cases, each heard as if taken in alone. */
    @EventListener
    void on(CasesTaken batch) {
        batch.cases().forEach(this::on);
    }

    private void received(String payload) {
        Touched touched = json.readValue(payload, Touched.class);
        sender.execute(() -> push(touched));
    }

    private void push(Touched touched) {
        for (Listener listener : listeners) {
            if (!concerns(listener.actor(), touched)) continue;
            try {
                listener.emitter().send(SseEmitter.event().name("case").data(touched.number()));
            } catch (IOException | IllegalStateException e) {
                listeners.remove(listener);
            }
        }
    }

    /** Staff whose scope holds the case's grid, and whoever reported, owns, handles or was summoned to it. */
    static boolean concerns(Actor actor, Touched event) {
        if (actor.managesRegistry() && actor.scope().contains(event.gridCode())) return true;
        String me = actor.username();
        if (me.equals(event.reporter()) || me.equals(event.owner()) || me.equals(event.assignee())) return true;
        return actor.partnerUnit() != null && event.units().contains(actor.partnerUnit());
    }

    /**
     * Ends the open streams as soon as shutdown begins: a graceful shutdown waits for open requests,
     * and a stream would otherwise hold it until its timeout. Browsers reconnect to another node.
     */
    @EventListener(ContextClosedEvent.class)
    void closeStreams() {
        listeners.forEach(listener -> listener.emitter().complete());
        listeners.clear();
    }

    @PreDestroy
    void close() {
        sender.shutdownNow();
    }
}
