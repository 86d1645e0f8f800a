package org.redgrid.people.internal;

import java.util.HashMap;
import java.util.Map;
import org.redgrid.people.PersonQuery;
import org.redgrid.shared.DataScope;
import org.redgrid.shared.IdNumber;
import org.redgrid.shared.InvalidValue;
import org.redgrid.shared.PhoneNumber;
import org.redgrid.shared.PiiCipher;
import org.redgrid.shared.ScopedSql;

/**
 * A person query as SQL: the scope first, then grid prefix, household, name fragment, tag, and an
 * exact ID number or phone through its keyed hash (never by decrypting rows).
 */
record PersonFilter(String where, Map<String, Object> params) {

    static PersonFilter of(DataScope scope, PersonQuery query, PiiCipher cipher) {
        Map<String, Object> params = new HashMap<>();
        params.put("scopeLower", scope.lower());
        params.put("scopeUpper", scope.upper());
        StringBuilder where = new StringBuilder(ScopedSql.within("p.grid_code"));
        if (present(query.gridCode())) {
            where.append(" and p.grid_code like :grid");
            params.put("grid", digits("grid", query.gridCode()) + "%");
        }
        if (query.householdId() != null) {
            where.append(" and p.household_id = :household");
            params.put("household", query.householdId());
        }
        if (present(query.name())) {
            where.append(" and p.name like :name");
            params.put("name", "%" + query.name().trim() + "%");
        }
        if (present(query.idNumber())) {
            where.append(" and p.id_number_hash = :idHash");
            params.put(
                    "idHash",
                    cipher.hash(IdNumber.parse("idNumber", query.idNumber()).value()));
        }
        if (present(query.phone())) {
            where.append(" and p.phone_hash = :phoneHash");
            params.put(
                    "phoneHash",
                    cipher.hash(PhoneNumber.parse("phone", query.phone()).value()));
        }
        if (present(query.tag())) {
            where.append(" and :tag = any(p.tags)");
            params.put("tag", query.tag().trim());
        }
        return new PersonFilter(where.toString(), params);
    }

    static String digits(String field, String value) {
        String trimmed = value.trim();
        if (!trimmed.matches("\\d{1,15}")) {
            throw new InvalidValue(field, "code.digits", field + " 须为数字编码", field + " must be a numeric code");
        }
        return trimmed;
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
