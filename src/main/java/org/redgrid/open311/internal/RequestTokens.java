package org.redgrid.open311.internal;

import org.redgrid.open311.Open311Settings;
import org.redgrid.open311.Receipt;
import org.redgrid.shared.DataScope;
import org.redgrid.shared.NotFound;
import org.redgrid.shared.ScopedSql;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * GET tokens: the request a token stands for, as long as its case lies inside {@code
 * redgrid.open311.scope} like every other GET answer; otherwise, as for an unknown token, 404.
 */
@Component
public class RequestTokens {

    private final JdbcClient jdbc;
    private final Open311Settings settings;

    RequestTokens(JdbcClient jdbc, Open311Settings settings) {
        this.jdbc = jdbc;
        this.settings = settings;
    }

    public Receipt token(String token) {
        return ScopedSql.bind(
                        jdbc.sql("select case_number, token, account_id from open311_request where token = :token and "
                                + ScopedSql.within("grid_code")),
                        DataScope.of(settings.scope()))
                .param("token", token == null ? "" : token.trim())
                .query((rs, n) -> new Receipt(rs.getString(1), rs.getString(2), null, rs.getString(3)))
                .optional()
                .orElseThrow(() -> new NotFound("token", token));
    }
}
