package org.redgrid;

import org.redgrid.shared.BackupCommand;
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
        if (BackupCommand.handles(args)) {
            System.exit(BackupCommand.run(args, System.getenv(), System.out));
        }
        SpringApplication.run(RedGridApplication.class, args);
    }
}
