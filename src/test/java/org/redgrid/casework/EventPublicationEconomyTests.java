package org.redgrid.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.redgrid.casework.BatchIntakeTests.batch;
import static org.redgrid.casework.BatchIntakeTests.item;
import static org.redgrid.casework.BatchIntakeTests.key;
import static org.redgrid.support.Api.json;
import static org.redgrid.support.Eventually.eventually;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.redgrid.support.Api;
import org.redgrid.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The event publication registry stores an event only for the listeners it concerns: a single case's
 * inbox message is written in the case's own transaction, a step that no module follows costs no
 * publication row, and a bulk intake is one publication for all of its cases. Whoever must act still
 * hears of every case.
 */
@IntegrationTest
class EventPublicationEconomyTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    /**
     * Every publication the registry stores, copied as it is inserted: completed publications are
     * deleted (completion mode delete), so the table itself may already have lost them.
     */
    @BeforeEach
    void logPublications() {
        jdbc.sql("""
                        create table if not exists test_publication_log (
                            listener_id text, event_type text, serialized_event text)""").update();
        jdbc.sql("""
                        create or replace function test_log_publication() returns trigger language plpgsql as $$
                        begin
                            insert into test_publication_log values (new.listener_id, new.event_type, new.serialized_event);
                            return null;
                        end $$""").update();
        jdbc.sql("drop trigger if exists test_log_publication on event_publication")
                .update();
        jdbc.sql("""
                        create trigger test_log_publication after insert on event_publication
                        for each row execute function test_log_publication()""").update();
    }

    @AfterEach
    void stopLogging() {
        jdbc.sql("drop trigger if exists test_log_publication on event_publication")
                .update();
    }

    List<String> listenersStoredFor(String eventType, String number) {
        return jdbc.sql("""
                        select listener_id from test_publication_log
                         where event_type like :type and serialized_event like :number order by listener_id""")
                .param("type", "%." + eventType)
                .param("number", "%\"" + number + "\"%")
                .query(String.class)
                .list();
    }

    int inboxMessages(String username, String number) {
        return jdbc.sql("select count(*) from inbox_message where username = :user and case_number = :number")
                .param("user", username)
                .param("number", number)
                .query(Integer.class)
                .single();
    }

    @Test
    void aNewCaseStoresNoPublicationItsInboxMessageCommitsWithIt() {
        var worker = Api.as(port, "taoyuan.grid1");
        var staff = Api.as(port, "taoyuan.community");
        JsonNode created = worker.post(
                        "/api/v1/cases",
                        json(
                                "type", "PROBLEM",
                                "category", "EVENT.PARKING",
                                "gridCode", "150105004015001",
                                "title", "楼道堆放杂物",
                                "description", "三单元楼道堆满纸箱"))
                .json();
        String number = created.path("number").asString();
        long id = created.path("id").asLong();

        assertThat(listenersStoredFor("CaseActionTaken", number))
                .as("the inbox is written in the case's transaction; engagement follows only closed services,"
                        + " representation only its own messages' cases")
                .isEmpty();
        assertThat(inboxMessages("taoyuan.community", number))
                .as("there as soon as the intake is answered")
                .isEqualTo(1);

        staff.post("/api/v1/cases/" + id + "/transitions", json("action", "FILE"));
        staff.post("/api/v1/cases/" + id + "/transitions", json("action", "DISPATCH", "assignee", "taoyuan.grid1"));
        assertThat(inboxMessages("taoyuan.grid1", number))
                .as("as the reporter, told of the filing; as the assignee, of the dispatch")
                .isEqualTo(2);
        assertThat(worker.post("/api/v1/cases/" + id + "/transitions", json("action", "ACCEPT"))
                        .status())
                .isEqualTo(200);
        assertThat(listenersStoredFor("CaseActionTaken", number)).isEmpty();
    }

    @Test
    void aBatchIsOnePublicationAndEveryCaseOfItReachesTheCommunityInbox() throws Exception {
        var street = Api.as(port, "dxdl.street");
        List<Object> items = new ArrayList<>();
        for (int i = 0; i < 5; i++) items.add(item(key(), "150105004015001"));
        JsonNode answers = batch(street, items).json().path("items");
        List<String> numbers = new ArrayList<>();
        answers.forEach(answer -> numbers.add(answer.path("number").asString()));
        assertThat(numbers).hasSize(5).doesNotContainNull();

        for (String number : numbers) {
            assertThat(listenersStoredFor("CasesTaken", number))
                    .as("one publication for the whole batch")
                    .singleElement()
                    .asString()
                    .contains("CaseListener");
            assertThat(listenersStoredFor("CaseActionTaken", number)).isEmpty();
        }
        eventually(
                () -> jdbc.sql("""
                                select count(*) from inbox_message
                                 where username = 'taoyuan.community' and case_number in (:numbers)""").param("numbers", numbers).query(Long.class).single() == numbers.size());
    }
}
