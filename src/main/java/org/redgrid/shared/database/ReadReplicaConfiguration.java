package org.redgrid.shared.database;

import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.redgrid.shared.ReadOnlyJdbc;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.StringUtils;

/**
 * The read replica (docs/replica.md): with {@code redgrid.replica.url} set, dashboards, indicators and
 * exports read from it through their own read-only pool; without it they read from the primary. The
 * replica's pool is not a {@link DataSource} bean, so that everything else (Flyway, transactions, the
 * event registry, sessions) can only ever use the primary.
 */
@Configuration(proxyBeanMethods = false)
class ReadReplicaConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ReadReplicaConfiguration.class);

    @Bean
    ReadOnlyJdbc readOnlyJdbc(
            DataSource primary,
            @Value("${redgrid.replica.url:}") String url,
            @Value("${redgrid.replica.username:}") String username,
            @Value("${redgrid.replica.password:}") String password,
            @Value("${redgrid.replica.pool-size:5}") int poolSize) {
        if (!StringUtils.hasText(url)) return ReadOnlyJdbc.onPrimary(primary);
        // Without their own credentials the replica's reads log in as the primary's user: a streaming
        // replica holds the same roles and passwords.
        boolean inherit = !StringUtils.hasText(username) && primary instanceof HikariDataSource;
        String user = inherit ? ((HikariDataSource) primary).getUsername() : username;
        String secret = inherit ? ((HikariDataSource) primary).getPassword() : password;
        log.info("Dashboards, indicators and exports read from the replica at {}", url);
        return ReadOnlyJdbc.onReplica(url, user, secret, poolSize);
    }
}
