package org.redgrid.archives;

import java.util.List;

/** One class of the one-stop service catalogue (一站式服务目录) with its items. */
public record ServiceClass(String code, String nameZh, String nameEn, List<ServiceItem> items) {}
