package org.redgrid.organization;

/** Kinds of 共建单位 / 包联单位. */
public enum PartnerUnitKind {
    ENTERPRISE,
    GOVERNMENT_DEPARTMENT,
    PUBLIC_INSTITUTION,
    SOCIAL_ORGANIZATION
}
