package org.redgrid.organization;

import java.util.List;

/** A created thing together with the warnings raised while accepting it. */
public record Saved<T>(T value, List<Warning> warnings) {}
