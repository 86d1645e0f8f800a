package org.redgrid.casework.internal;

import java.util.Map;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * The Kafka feed of case events, only with {@code redgrid.kafka.enabled=true}; otherwise no Kafka
 * client exists at all and the platform needs no broker.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty("redgrid.kafka.enabled")
class CaseFeedConfiguration {

    /** The producer; closed (after sending what it holds) when the platform stops. */
    @Bean
    DefaultKafkaProducerFactory<String, String> caseFeedProducers(
            @Value("${spring.kafka.bootstrap-servers}") String servers) {
        return producers(servers);
    }

    @Bean
    CaseFeed caseFeed(
            DefaultKafkaProducerFactory<String, String> caseFeedProducers,
            @Value("${redgrid.kafka.topic:redgrid.cases}") String topic,
            JdbcClient jdbc) {
        return new CaseFeed(new KafkaTemplate<>(caseFeedProducers), topic, jdbc);
    }

    /**
     * An idempotent producer that counts a message as sent only when every in-sync replica has it, and
     * gives up on a broker it cannot reach after 30 s (the publication is then sent again later).
     */
    static DefaultKafkaProducerFactory<String, String> producers(String servers) {
        Map<String, Object> config = Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                servers,
                ProducerConfig.CLIENT_ID_CONFIG,
                "redgrid-case-feed",
                ProducerConfig.ACKS_CONFIG,
                "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG,
                true,
                ProducerConfig.MAX_BLOCK_MS_CONFIG,
                30_000,
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG,
                30_000,
                ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG,
                10_000);
        return new DefaultKafkaProducerFactory<>(config, new StringSerializer(), new StringSerializer());
    }
}
