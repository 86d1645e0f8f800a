package org.redgrid.bench.flowablerest;

import java.util.HashMap;
import java.util.Map;
import org.flowable.common.engine.impl.identity.Authentication;
import org.flowable.spring.security.SpringSecurityAuthenticationContext;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Flowable 7's process REST API (its Spring Boot starter) on loopback, guarded by HTTP basic auth as
 * Flowable's own REST application is, with the three demo users who act in the case loop and the
 * platform's demo password. The basic-auth user is the user Flowable records as the actor (starter of an
 * instance, completer of a task), as Flowable's own REST application does with its IDM engine on; the
 * users are kept in memory here, so checking them costs no database query. Benchmarks only.
 */
@SpringBootApplication
public class FlowableRestApplication {

    static final String[] USERS = {"resident.zhang", "taoyuan.community", "taoyuan.grid1"};

    public static void main(String[] args) {
        Authentication.setAuthenticationContext(new SpringSecurityAuthenticationContext());
        SpringApplication.run(FlowableRestApplication.class, args);
    }

    /**
     * A plain {@link UserDetailsService}, not Spring's {@code InMemoryUserDetailsManager}: that one is also
     * a {@code UserDetailsPasswordService}, so Spring Security upgrades a {@code {noop}} password to
     * BCrypt at the first login, and every later request then pays a BCrypt check (about 70 ms of CPU
     * here), which is not the cost this yardstick is meant to carry.
     */
    @Bean
    UserDetailsService users() {
        Map<String, UserDetails> users = new HashMap<>();
        for (String name : USERS) {
            users.put(
                    name,
                    User.withUsername(name)
                            .password("{noop}" + System.getProperty("redgrid.bench.password", "Redgrid#2026"))
                            .roles("USER")
                            .build());
        }
        return username -> {
            UserDetails user = users.get(username);
            if (user == null) throw new UsernameNotFoundException(username);
            return User.withUserDetails(user).build();
        };
    }

    @Bean
    SecurityFilterChain api(HttpSecurity http) throws Exception {
        return http.authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .httpBasic(Customizer.withDefaults())
                .csrf(csrf -> csrf.disable())
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .build();
    }
}
