package org.redgrid.open311.internal;

import org.redgrid.open311.Receipt;
import org.redgrid.shared.NotFound;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** GET tokens: the request a token stands for. */
@Component
public class RequestTokens {

    private final JdbcClient jdbc;

    RequestTokens(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Receipt token(String token) {
        return jdbc.sql("select case_number, token, account_id from open311_request where token = :token")
                .param("token", token == null ? "" : token.trim())
                .query((rs, n) -> new Receipt(rs.getString(1), rs.getString(2), null, rs.getString(3)))
                .optional()
                .orElseThrow(() -> new NotFound("token", token));
    }
}
