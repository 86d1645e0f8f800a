package org.redgrid.open311.internal;

import org.redgrid.open311.ApiKeys;
import org.redgrid.open311.NewApiKey;
import org.redgrid.shared.CurrentActor;
import org.redgrid.shared.PlatformMode;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/** In demo mode, the well-known key {@value #DEMO_KEY} files requests for 赛罕区 (150105). */
@Component
@Order(60)
class Open311Demo implements ApplicationRunner {

    static final String DEMO_KEY = "redgrid-demo-key";

    private final ApiKeys keys;
    private final PlatformMode mode;

    Open311Demo(ApiKeys keys, PlatformMode mode) {
        this.keys = keys;
        this.mode = mode;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!mode.demo() || keys.authenticate(DEMO_KEY).isPresent()) return;
        try {
            CurrentActor.runAsSystem(() -> keys.register(new NewApiKey("演示客户端 (demo 311 app)", "150105"), DEMO_KEY));
        } catch (DuplicateKeyException revokedBefore) {
            // An administrator revoked the demo key; it stays revoked.
        }
    }
}
