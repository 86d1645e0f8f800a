package org.redgrid.archives;

import java.util.List;

/**
 * A request to read named parts of a file (查阅申请): each part a material id or a material class
 * ({@code PARTY} or {@code 6}), with the purpose and optionally the service item it comes from.
 */
public record NewRequest(Long file, List<String> parts, String purpose, String serviceItem) {}
