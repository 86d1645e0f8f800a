package org.redgrid.organization;

/**
 * A partner unit (共建单位). {@code creditCodeChecked} is false when the 统一社会信用代码 fails its GB 32100
 * check character: kept, but flagged for a person to look at.
 */
public record PartnerUnitView(
        long id,
        String key,
        String name,
        String creditCode,
        boolean creditCodeChecked,
        PartnerUnitKind kind,
        String scopeCode) {}
