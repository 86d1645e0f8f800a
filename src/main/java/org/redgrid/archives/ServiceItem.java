package org.redgrid.archives;

import java.util.List;

/** One item of the one-stop service catalogue, with the material classes its request form proposes. */
public record ServiceItem(String code, String classCode, String nameZh, String nameEn, List<String> parts) {}
