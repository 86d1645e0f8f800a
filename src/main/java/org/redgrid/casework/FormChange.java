package org.redgrid.casework;

import java.util.List;

/** A new intake form for a category: whether 311 clients may file it and its extra fields (replaced whole). */
public record FormChange(Boolean open311, List<FormField> fields) {}
