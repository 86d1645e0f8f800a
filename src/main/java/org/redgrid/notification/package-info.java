/**
 * Notification: tells whoever must act — an in-app inbox per user, and messages to WeCom and DingTalk
 * group robots (one per grid, community or meal point) or an SMS gateway through one interface, sent
 * after commit from a retried outbox whose failures stay visible; and notices (上传下达) to residents'
 * inboxes and groups, with read receipts. A failing gateway never blocks or loses a case.
 */
@ApplicationModule(
        displayName = "Notification",
        allowedDependencies = {"shared", "identity", "organization", "casework"})
package org.redgrid.notification;

import org.springframework.modulith.ApplicationModule;
