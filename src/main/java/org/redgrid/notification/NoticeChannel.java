package org.redgrid.notification;

/** Where a notice goes: residents' inboxes in its scope, and the robot of its group. */
public enum NoticeChannel {
    INBOX,
    GROUP
}
