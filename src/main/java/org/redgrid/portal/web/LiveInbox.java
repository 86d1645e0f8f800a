package org.redgrid.portal.web;

import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.redgrid.casework.CaseActionTaken;
import org.redgrid.shared.Actor;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The open work pages, each listening on a server-sent event stream. After a case's transaction
 * commits, every open page whose user the case concerns receives an event named {@code case} that
 * carries only the case number; the page then reloads its list itself, through its own scoped query,
 * so nothing leaves the stream that the user may not see.
 */
@Component
class LiveInbox {

    static final Duration TIMEOUT = Duration.ofMinutes(30);

    private record Listener(Actor actor, SseEmitter emitter) {}

    private final Set<Listener> listeners = ConcurrentHashMap.newKeySet();
    private final ExecutorService sender = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "live-inbox");
        thread.setDaemon(true);
        return thread;
    });

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

    /** Sent only after the case's transaction has committed, so a page never reloads before the change shows. */
    @EventListener
    void on(CaseActionTaken event) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    sender.execute(() -> push(event));
                }
            });
        } else {
            sender.execute(() -> push(event));
        }
    }

    private void push(CaseActionTaken event) {
        for (Listener listener : listeners) {
            if (!concerns(listener.actor(), event)) continue;
            try {
                listener.emitter().send(SseEmitter.event().name("case").data(event.number()));
            } catch (IOException | IllegalStateException e) {
                listeners.remove(listener);
            }
        }
    }

    /** Staff whose scope holds the case's grid, and whoever reported, owns, handles or was summoned to it. */
    static boolean concerns(Actor actor, CaseActionTaken event) {
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
