package org.redgrid.archives;

import java.util.List;

/** A new or changed catalogue item, as the region edits it. */
public record ServiceItemChange(String classCode, String nameZh, String nameEn, List<String> parts) {}
