package org.redgrid.archives;

/** A reading of the paper file on site (到馆查阅), recorded by the keeper so the online rate is honest. */
public record PaperReading(String reader, String unit, String purpose) {}
