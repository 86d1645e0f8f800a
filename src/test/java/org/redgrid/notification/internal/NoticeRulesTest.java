package org.redgrid.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.redgrid.shared.Actor;
import org.redgrid.shared.DataScope;
import org.redgrid.shared.Role;

class NoticeRulesTest {

    static final String GRID1 = "150105004015001";

    static Actor actor(String username, String scope, Role... roles) {
        return new Actor(username, username, Set.of(roles), DataScope.of(scope), null);
    }

    final Actor community = actor("taoyuan.community", "150105004015", Role.COMMUNITY_STAFF);
    final Actor head = actor("taoyuan.building1", GRID1, Role.RESIDENT, Role.BUILDING_HEAD);
    final Actor resident = actor("resident.zhang", GRID1, Role.RESIDENT);

    @Test
    void communityStaffSendNoticesToTheirGridsButNotToAnotherCommunity() {
        assertThat(NoticeRules.maySend(community, GRID1)).isTrue();
        assertThat(NoticeRules.maySend(community, "150105003002001")).isFalse();
    }

    @Test
    void staffSeeEveryNoticeOfTheirScopeAndEveryoneElseOnlyTheNoticesThatReachedThem() {
        assertThat(NoticeRules.areaSeenBy(community)).contains(DataScope.of("150105004015"));
        assertThat(NoticeRules.areaSeenBy(resident)).isEmpty();
        assertThat(NoticeRules.areaSeenBy(head)).isEmpty();
        assertThat(NoticeRules.areaSeenBy(actor("r.unlinked", "15", Role.RESIDENT)))
                .as("a resident not yet linked holds the whole region as scope")
                .isEmpty();
    }

    @Test
    void residentsAndBuildingHeadsDoNotSendNotices() {
        assertThat(NoticeRules.maySend(resident, GRID1)).isFalse();
        assertThat(NoticeRules.maySend(head, GRID1)).isFalse();
    }

    @Test
    void aBuildingHeadTheNoticeReachedSeesWhoReadItAndRelaysIt() {
        assertThat(NoticeRules.maySeeReads(head, GRID1, "taoyuan.community", true))
                .isTrue();
        assertThat(NoticeRules.mayRelay(head, true)).isTrue();
    }

    @Test
    void aResidentSeesNoReadsAndRelaysNothing() {
        assertThat(NoticeRules.maySeeReads(resident, GRID1, "taoyuan.community", false))
                .isFalse();
        assertThat(NoticeRules.mayRelay(resident, false)).isFalse();
    }

    @Test
    void aBuildingHeadTheNoticeDidNotReachCannotRelayIt() {
        assertThat(NoticeRules.mayRelay(head, false)).isFalse();
    }
}
