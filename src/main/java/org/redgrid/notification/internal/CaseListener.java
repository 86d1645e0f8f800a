package org.redgrid.notification.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.redgrid.casework.CaseActionTaken;
import org.redgrid.casework.CaseEventKind;
import org.redgrid.casework.CasesTaken;
import org.redgrid.identity.Identity;
import org.redgrid.notification.Notifications;
import org.redgrid.shared.Role;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells whoever must act next. A single case's step is told inside the step's own transaction: its inbox
 * message and its robot message are written with the case change, commit with it or not at all, and
 * need no event publication (no stored publication, no delivery after the commit, no completion
 * write). A bulk intake's cases are told after its commit, durably through the event publication
 * registry: their messages would otherwise lengthen the batch's transaction by one robot message a case.
 */
@Component
class CaseListener {

    private final Notifications notifications;
    private final Identity identity;

    CaseListener(Notifications notifications, Identity identity) {
        this.notifications = notifications;
        this.identity = identity;
    }

    /** Steps that tell nobody write nothing (see {@link #text}). */
    @EventListener
    void on(CaseActionTaken event) {
        tell(event);
    }

    /**
     * The cases of one bulk intake, told as one delivery: one publication for the whole batch, the
     * community staff of each community looked up once, and every inbox message in one statement.
     */
    @ApplicationModuleListener
    void on(CasesTaken batch) {
        Map<String, List<String>> staffByCommunity = new HashMap<>();
        List<Notifications.InboxItem> inbox = new ArrayList<>();
        for (CaseActionTaken event : batch.cases()) {
            String text = text(event.kind());
            if (text == null) continue;
            Set<String> recipients = event.kind() == CaseEventKind.CREATE
                    ? new LinkedHashSet<>(staffByCommunity.computeIfAbsent(
                            event.gridCode().substring(0, 12),
                            community -> identity.usernamesAt(community, Role.COMMUNITY_STAFF)))
                    : recipients(event);
            String title = title(text, event);
            for (String username : others(recipients, event)) {
                inbox.add(new Notifications.InboxItem(username, event.caseId(), event.number(), title, event.title()));
            }
            toGroup(event, title);
        }
        notifications.deliverToInbox(inbox);
    }

    private void tell(CaseActionTaken event) {
        String text = text(event.kind());
        if (text == null) return;
        String title = title(text, event);
        for (String username : others(recipients(event), event)) {
            notifications.deliverToInbox(username, event.caseId(), event.number(), title, event.title());
        }
        toGroup(event, title);
    }

    private static String title(String text, CaseActionTaken event) {
        return text + " · " + event.number();
    }

    /** Whoever is told, but not the one who took the step. */
    private static Set<String> others(Set<String> recipients, CaseActionTaken event) {
        recipients.remove(event.actor());
        recipients.remove(null);
        return recipients;
    }

    private void toGroup(CaseActionTaken event, String title) {
        if (EnumSet.of(CaseEventKind.WHISTLE, CaseEventKind.OVERDUE, CaseEventKind.CREATE)
                .contains(event.kind())) {
            // To the group of the case's own grid only: a region-wide robot would tell every group of every case.
            notifications.enqueueToGrid(
                    event.gridCode(), "【北疆红色网格】" + title + (event.title().isBlank() ? "" : "：" + event.title()));
        }
    }

    /** What the inbox says of a step, or null for steps nobody is told of. */
    static String text(CaseEventKind kind) {
        return switch (kind) {
            case CREATE -> "新诉求待立案";
            case DISPATCH, CLAIM -> "您有新的承办任务";
            case WHISTLE, REPLACE_UNIT -> "街道吹哨，请及时报到";
            case HAND_OVER -> "诉求已转交给您";
            case REPORT_BACK -> "承办结果已反馈，请核查";
            case VERIFY_FAIL -> "核查未通过，请返工";
            case ESCALATE -> "下级上报诉求，请处理";
            case OVERDUE -> "诉求超期，已提级督办";
            case REPORT_IN_LATE -> "吹哨单位未按时报到";
            case COMMENT -> "反映人补充了留言";
            case WITHDRAW -> "反映人已撤回诉求";
            case URGE -> "诉求被催办，请加快办理";
            case FILE -> "您反映的诉求已立案";
            case CANCEL -> "您反映的诉求不予立案";
            case CLOSE -> "您反映的诉求已办结，请评价";
            case REOPEN -> "您反映的诉求已重新办理";
            // Steps the next actor learns of from the case itself, or that change nobody's work.
            case ACCEPT,
                    VERIFY_PASS,
                    RATE,
                    SUSPEND,
                    RESUME,
                    REPORT_IN,
                    REQUEST_EXTENSION,
                    APPROVE_EXTENSION,
                    WARN,
                    ATTACH,
                    LINK,
                    TAKE_OVER,
                    RELEASE_UNIT,
                    RATE_UNIT -> null;
        };
    }

    /** Who is told: whoever must act next. */
    private Set<String> recipients(CaseActionTaken event) {
        Set<String> recipients = new LinkedHashSet<>();
        String community = event.gridCode().substring(0, 12);
        switch (event.kind()) {
            case CREATE -> recipients.addAll(identity.usernamesAt(community, Role.COMMUNITY_STAFF));
            case DISPATCH, CLAIM, VERIFY_FAIL, URGE -> recipients.add(event.assignee());
            case WHISTLE, REPLACE_UNIT ->
                event.units().forEach(unit -> recipients.addAll(identity.usernamesOfUnit(unit)));
            // In hand the new assignee accepts anew; before dispatch the new owner takes it on.
            case HAND_OVER -> recipients.add(event.assignee() != null ? event.assignee() : event.owner());
            case REPORT_BACK -> recipients.add(event.owner());
            case ESCALATE, OVERDUE -> {
                String above = event.gridCode()
                        .substring(0, Math.min(event.level(), event.gridCode().length()));
                recipients.addAll(identity.usernamesAt(
                        above,
                        Role.COMMUNITY_STAFF,
                        Role.STREET_STAFF,
                        Role.COUNTY_ADMIN,
                        Role.CITY_ADMIN,
                        Role.REGION_ADMIN));
            }
            case REPORT_IN_LATE -> {
                recipients.add(event.owner());
                event.units().forEach(unit -> recipients.addAll(identity.usernamesOfUnit(unit)));
            }
            case COMMENT, WITHDRAW -> {
                // Whoever has the case in hand hears the reporter: a comment to read, a case to stop working on.
                recipients.add(event.assignee());
                recipients.add(event.owner());
            }
            case FILE, CANCEL, CLOSE, REOPEN -> {
                // Reports from outside clients (Open311) have no user to read an inbox; they follow the
                // case through their own channel.
                if (identity.userExists(event.reporter())) recipients.add(event.reporter());
            }
            default -> {
                // nobody: text(kind) is null for every other kind
            }
        }
        return recipients;
    }
}
