package org.redgrid.representation;

import org.redgrid.casework.CaseType;

/** How a message is filed as a case: type (PROBLEM unless given), category (required) and title (optional). */
public record Forwarding(CaseType type, String category, String title) {}
