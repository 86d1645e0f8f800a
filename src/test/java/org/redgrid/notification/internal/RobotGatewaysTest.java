package org.redgrid.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.redgrid.notification.Notifications;

class RobotGatewaysTest {

    @Test
    void dingTalkUrlsAreSignedWithTheTimestampAndSecret() throws Exception {
        // Expected value computed independently: base64(HMAC-SHA256("SECtest", "1700000000000\nSECtest")), URL-encoded.
        assertThat(RobotGateways.signed(
                        "https://oapi.dingtalk.com/robot/send?access_token=abc", "SECtest", 1700000000000L))
                .isEqualTo("https://oapi.dingtalk.com/robot/send?access_token=abc&timestamp=1700000000000"
                        + "&sign=aZLLrriXgn05YbwaGR7knYsLeJADjr9NwLaNNKpxh4g%3D");
    }

    @Test
    void retriesBackOffFromThirtySecondsToAtMostAnHour() {
        assertThat(Notifications.backoff(1)).hasSeconds(30);
        assertThat(Notifications.backoff(2)).hasSeconds(60);
        assertThat(Notifications.backoff(5)).hasSeconds(480);
        assertThat(Notifications.backoff(20)).hasSeconds(3600);
    }
}
