package org.redgrid.casework.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.redgrid.support.Api.json;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.redgrid.casework.CaseActionTaken;
import org.redgrid.casework.CaseEventKind;
import org.redgrid.casework.CaseSource;
import org.redgrid.casework.CaseStatus;
import org.redgrid.casework.CaseType;
import org.redgrid.support.Api;
import org.redgrid.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.ProducerFactory;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.springframework.kafka.test.utils.KafkaTestUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Case events to Kafka against a real broker (an in-process KRaft broker), built beside the shared
 * context rather than inside it: the platform as the tests run it has the feed off, and no Kafka client.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CaseFeedTests {

    static final String TOPIC = "redgrid.cases";

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    EmbeddedKafkaKraftBroker broker;

    @BeforeAll
    void startBroker() {
        broker = new EmbeddedKafkaKraftBroker(1, 2, TOPIC);
        broker.afterPropertiesSet();
    }

    @AfterAll
    void stopBroker() {
        if (broker != null) broker.destroy();
    }

    @Test
    void thePlatformHasNoKafkaClientUnlessTheFeedIsEnabled() {
        assertThat(context.getBeanNamesForType(CaseFeed.class)).isEmpty();
        assertThat(context.getBeanNamesForType(ProducerFactory.class)).isEmpty();
        ApplicationContextRunner runner = new ApplicationContextRunner()
                .withUserConfiguration(CaseFeedConfiguration.class)
                .withBean(JdbcClient.class, () -> jdbc)
                .withPropertyValues("spring.kafka.bootstrap-servers=" + broker.getBrokersAsString());
        runner.run(off -> assertThat(off).doesNotHaveBean(CaseFeed.class).doesNotHaveBean(ProducerFactory.class));
        runner.withPropertyValues("redgrid.kafka.enabled=true")
                .run(on -> assertThat(on).hasSingleBean(CaseFeed.class).hasSingleBean(ProducerFactory.class));
    }

    @Test
    void aCaseActionReachesTheTopicKeyedByTheCaseWithoutAnythingAboutPeople() {
        var created = Api.as(port, "taoyuan.grid1")
                .post(
                        "/api/v1/cases",
                        json(
                                "type",
                                "PROBLEM",
                                "category",
                                "EVENT.PARKING",
                                "gridCode",
                                "150105004015001",
                                "title",
                                "张三家门口占道停车",
                                "description",
                                "外部订阅核对"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = created.json().path("id").asLong();
        String number = created.json().path("number").asString();
        var event = new CaseActionTaken(
                id,
                number,
                "张三家门口占道停车",
                "150105004015001",
                CaseEventKind.CREATE,
                CaseStatus.INTAKE,
                15,
                "taoyuan.grid1",
                "taoyuan.grid1",
                "taoyuan.community",
                null,
                List.of(),
                Instant.parse("2026-12-02T01:02:03Z"),
                CaseType.PROBLEM,
                "EVENT.PARKING",
                CaseSource.GRID_PATROL);

        var producers = CaseFeedConfiguration.producers(broker.getBrokersAsString());
        try {
            new CaseFeed(new KafkaTemplate<>(producers), TOPIC, jdbc).on(event);
        } finally {
            producers.destroy();
        }

        var props = KafkaTestUtils.consumerProps(broker, "department-" + id, false);
        try (var consumer = new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer())) {
            broker.consumeFromAnEmbeddedTopic(consumer, TOPIC);
            ConsumerRecord<String, String> record =
                    KafkaTestUtils.getSingleRecord(consumer, TOPIC, Duration.ofSeconds(30));
            assertThat(record.key()).isEqualTo(Long.toString(id));
            JsonNode message = JsonMapper.builder().build().readTree(record.value());
            assertThat(message.path("schema").asString()).isEqualTo(CaseMessage.SCHEMA);
            assertThat(message.path("caseId").asLong()).isEqualTo(id);
            assertThat(message.path("number").asString()).isEqualTo(number);
            assertThat(message.path("kind").asString()).isEqualTo("CREATE");
            assertThat(message.path("type").asString()).isEqualTo("PROBLEM");
            assertThat(message.path("category").asString()).isEqualTo("EVENT.PARKING");
            assertThat(message.path("status").asString()).isEqualTo("INTAKE");
            assertThat(message.path("divisionCode").asString()).isEqualTo("150105");
            assertThat(message.path("gridCode").asString()).isEqualTo("150105004015001");
            assertThat(message.path("at").asString()).isEqualTo("2026-12-02T01:02:03Z");
            assertThat(record.value()).doesNotContain("张三", "taoyuan", "title", "reporter", "actor", "assignee");
        }
    }
}
