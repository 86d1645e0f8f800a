package org.redgrid.organization;

/** Something accepted but worth a person's attention, such as a credit code failing its check. */
public record Warning(String field, String rule, String messageZh, String messageEn) {}
