package org.redgrid.casework;

import java.time.Instant;

/** A photo attached to a case, without its bytes. */
public record AttachmentView(
        long id,
        long caseId,
        String filename,
        String contentType,
        int size,
        String sha256,
        String uploadedBy,
        Instant uploadedAt) {}
