package org.redgrid.archives;

import java.util.List;

/**
 * 权限下放: a holding keeper lets a unit (a division's organisation) read a file online at once, for
 * the named parts (all when empty), for some days (default 365), read-only unless download is set.
 */
public record NewDelegation(Long file, String unit, List<?> parts, Integer days, Boolean download) {}
