package org.redgrid.organization;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Whether a place exists at all, for modules that must check a code before binding something to it
 * (a user's data scope, a partner unit). Codes are public; what lies inside a place is not, so
 * nothing here is filtered by the caller's scope and nothing but existence is answered.
 */
@Component
public class Places {

    private final JdbcClient jdbc;

    Places(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Whether the code names a division of the tree (2, 4, 6, 9 or 12 digits) or a grid (15 digits). */
    public boolean exists(String code) {
        if (code == null || !code.matches("\\d{2,15}")) return false;
        String table = code.length() == 15 ? "grid" : "division";
        return jdbc.sql("select count(*) from " + table + " where code = :code")
                        .param("code", code)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** The area a partner unit (by credit code) serves, if there is such a unit. */
    public Optional<String> partnerUnitArea(String creditCode) {
        if (creditCode == null) return Optional.empty();
        return jdbc.sql("select scope_code from partner_unit where credit_code = :code")
                .param("code", creditCode.trim().toUpperCase())
                .query(String.class)
                .optional();
    }
}
