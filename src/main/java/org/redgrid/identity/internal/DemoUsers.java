package org.redgrid.identity.internal;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.redgrid.identity.Identity;
import org.redgrid.identity.NewUser;
import org.redgrid.shared.DemoDataset;
import org.redgrid.shared.PlatformMode;
import org.redgrid.shared.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/** In demo mode, creates the demo logins from the demo data set and prints them. */
@Component
@Order(40)
class DemoUsers implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoUsers.class);

    private final Identity identity;
    private final PlatformMode mode;

    DemoUsers(Identity identity, PlatformMode mode) {
        this.identity = identity;
        this.mode = mode;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!mode.demo()) return;
        JsonNode data = DemoDataset.load();
        Map<String, String> creditCodes = new HashMap<>();
        for (JsonNode unit : data.path("partnerUnits")) {
            creditCodes.put(unit.path("key").asString(), unit.path("creditCode").asString());
        }
        StringBuilder banner = new StringBuilder("\n\n  Demo logins (password for all: ")
                .append(DemoDataset.DEMO_PASSWORD)
                .append(")\n");
        for (JsonNode user : data.path("users")) {
            String username = user.path("username").asString();
            Set<Role> roles = EnumSet.noneOf(Role.class);
            user.path("roles").forEach(role -> roles.add(Role.valueOf(role.asString())));
            String scope = user.path("scope").asString();
            if (!identity.userExists(username)) {
                String unitKey = user.path("partnerUnitKey").isNull()
                        ? null
                        : user.path("partnerUnitKey").asString(null);
                identity.bootstrapUser(new NewUser(
                        username,
                        user.path("displayName").asString(),
                        DemoDataset.DEMO_PASSWORD,
                        roles,
                        scope,
                        unitKey == null ? null : creditCodes.get(unitKey)));
            }
            banner.append(String.format(
                    "    %-18s %-22s scope %s%n", username, roles.iterator().next(), scope));
        }
        log.info("{}", banner);
    }
}
