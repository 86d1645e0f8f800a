package org.redgrid.notification.internal;

import java.util.List;
import java.util.function.Supplier;
import org.redgrid.identity.Identity;
import org.redgrid.notification.NewNotice;
import org.redgrid.notification.NoticeChannel;
import org.redgrid.notification.NoticeView;
import org.redgrid.notification.Notices;
import org.redgrid.notification.Notifications;
import org.redgrid.shared.CurrentActor;
import org.redgrid.shared.Paging;
import org.redgrid.shared.PlatformMode;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * In demo mode, 桃园社区 sends a notice to its first grid (上传下达); the red building head (红色楼栋长) of
 * 阳光北小区 reads it and relays it to her building, so the read receipts show one read and one relay.
 */
@Component
@Order(61)
class NoticeDemo implements ApplicationRunner {

    private final Notices notices;
    private final Notifications notifications;
    private final Identity identity;
    private final PlatformMode mode;
    private final JdbcClient jdbc;

    NoticeDemo(Notices notices, Notifications notifications, Identity identity, PlatformMode mode, JdbcClient jdbc) {
        this.notices = notices;
        this.notifications = notifications;
        this.identity = identity;
        this.mode = mode;
        this.jdbc = jdbc;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!mode.demo()) return;
        if (jdbc.sql("select count(*) from notice").query(Long.class).single() > 0) return;
        if (!identity.userExists("taoyuan.community") || !identity.userExists("taoyuan.building1")) return;
        NoticeView notice = as(
                "taoyuan.community",
                () -> notices.send(new NewNotice(
                        "150105004015001",
                        null,
                        "冬季燃气安全提示",
                        "入冬以来燃气使用增多。请各户定期检查燃气软管和阀门，闻到异味立即关阀开窗，切勿开关电器，" + "并拨打燃气公司抢修电话。楼栋长请转告本楼住户。",
                        List.of(NoticeChannel.INBOX, NoticeChannel.GROUP))));
        as("taoyuan.building1", () -> {
            notifications.inbox(true, new Paging(0, 50)).items().stream()
                    .filter(message -> message.title().contains(notice.title()))
                    .forEach(message -> notifications.markRead(message.id()));
            return notices.relay(notice.id());
        });
    }

    private <T> T as(String username, Supplier<T> work) {
        return CurrentActor.runAs(identity.actorOf(username).orElseThrow(), work);
    }
}
