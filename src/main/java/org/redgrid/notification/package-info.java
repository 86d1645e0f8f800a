/**
 * Notification: tells whoever must act — an in-app inbox per user, and messages to WeCom and DingTalk
 * group robots or an SMS gateway through one interface, sent after commit from a retried outbox whose
 * failures stay visible. A failing gateway never blocks or loses a case.
 */
@ApplicationModule(
        displayName = "Notification",
        allowedDependencies = {"shared", "identity", "casework"})
package org.redgrid.notification;

import org.springframework.modulith.ApplicationModule;
