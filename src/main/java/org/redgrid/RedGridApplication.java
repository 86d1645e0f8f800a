package org.redgrid;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Beijiang Red Grid (北疆红色网格): one system, one app, one screen for grassroots governance. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class RedGridApplication {

    public static void main(String[] args) {
        SpringApplication.run(RedGridApplication.class, args);
    }
}
