package org.redgrid.representation;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A representative's answer; {@code public} shows it with the question on the representative's page. */
public record Reply(String text, @JsonProperty("public") Boolean isPublic) {}
