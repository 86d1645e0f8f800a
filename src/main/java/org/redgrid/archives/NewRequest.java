package org.redgrid.archives;

import java.util.List;

/**
 * A request to read named parts of a file (查阅申请): each part a material id (number or text), a class
 * name ({@code PARTY}) or a material's title, with the purpose and optionally the service item it comes from.
 */
public record NewRequest(Long file, List<?> parts, String purpose, String serviceItem) {}
