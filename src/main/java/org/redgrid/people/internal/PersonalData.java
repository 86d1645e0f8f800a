package org.redgrid.people.internal;

import java.util.Optional;
import org.redgrid.shared.DataScope;
import org.redgrid.shared.InvalidValue;
import org.redgrid.shared.PiiCipher;
import org.redgrid.shared.ScopedSql;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Plain personal data (ID number, phone) of one person inside a scope, for the audited reveal. The only
 * place that decrypts a value for display; every other read masks it.
 */
@Component
public class PersonalData {

    /** One plain value and the grid of its person, for the audit record. */
    public record Plain(String gridCode, String value) {}

    private final JdbcClient jdbc;
    private final PiiCipher cipher;

    PersonalData(JdbcClient jdbc, PiiCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    /** Checks the reason and the field; empty when the person lies outside the scope. */
    public Optional<Plain> reveal(DataScope scope, long personId, String field, String reason) {
        if (reason == null || reason.trim().length() < 2) {
            throw new InvalidValue("reason", "required", "查看敏感信息须填写事由", "a reason is required to reveal personal data");
        }
        String column = switch (field == null ? "" : field) {
            case "idNumber" -> "id_number_enc";
            case "phone" -> "phone_enc";
            default ->
                throw new InvalidValue("field", "enum", "field 须为 idNumber 或 phone", "field must be idNumber or phone");
        };
        return ScopedSql.bind(
                        jdbc.sql("select grid_code, " + column + " as secret from person where id = :id and "
                                + ScopedSql.within("grid_code")),
                        scope)
                .param("id", personId)
                .query((rs, n) -> {
                    byte[] secret = rs.getBytes("secret");
                    return new Plain(rs.getString("grid_code"), secret == null ? null : cipher.decrypt(secret));
                })
                .optional();
    }
}
