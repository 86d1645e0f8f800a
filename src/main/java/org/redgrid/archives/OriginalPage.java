package org.redgrid.archives;

/** The original bytes of a page, only ever handed out under a grant that allows download. */
public record OriginalPage(String contentType, byte[] bytes) {}
