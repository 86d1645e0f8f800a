package org.redgrid.representation;

import java.time.Instant;

/**
 * A message as its writer, its representative or the station's office sees it: the answer, the case it
 * became and that case's progress; {@code mayAnswer} and {@code mayForward} are what this reader may do.
 */
public record MessageView(
        long id,
        long representativeId,
        String representativeName,
        String text,
        String author,
        String phone,
        Instant receivedAt,
        Instant replyDueAt,
        ReplyState replyState,
        MessageStatus status,
        String reply,
        boolean replyPublic,
        Instant repliedAt,
        Long caseId,
        String caseNumber,
        String caseStatus,
        boolean mayAnswer,
        boolean mayForward) {}
