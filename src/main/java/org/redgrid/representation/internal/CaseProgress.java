package org.redgrid.representation.internal;

import org.redgrid.casework.CaseActionTaken;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the status of each case a message became, so that its writer follows the case's progress on the
 * message without reading the case itself (which shows the handlers and is not theirs to read).
 */
@Component
class CaseProgress {

    private final Messages messages;

    CaseProgress(Messages messages) {
        this.messages = messages;
    }

    /** Only cases that came from a representative's message have one to follow: no other event is stored for it. */
    @ApplicationModuleListener(condition = "#event.source() == null or #event.source().name() == 'REPRESENTATIVE'")
    void on(CaseActionTaken event) {
        messages.caseProgress(event.caseId(), event.status().name());
    }
}
