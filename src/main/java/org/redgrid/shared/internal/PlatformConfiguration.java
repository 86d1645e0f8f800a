package org.redgrid.shared.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import org.redgrid.shared.PiiCipher;
import org.redgrid.shared.PlatformMode;
import org.redgrid.shared.PlatformSettings;
import org.redgrid.shared.database.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class PlatformConfiguration {

    private static final Logger log = LoggerFactory.getLogger(PlatformConfiguration.class);

    @Bean
    Clock clock() {
        return Clock.systemDefaultZone();
    }

    @Bean
    PlatformMode platformMode(ObjectProvider<EmbeddedPostgres> embedded, PlatformSettings settings) {
        return PlatformMode.of(embedded.getIfAvailable() != null, settings.demo());
    }

    @Bean
    PiiCipher piiCipher(PlatformSettings settings, PlatformMode mode) throws IOException {
        if (settings.piiKey() != null && !settings.piiKey().isBlank()) {
            return new PiiCipher(Base64.getDecoder().decode(settings.piiKey().trim()));
        }
        if (!mode.embeddedDatabase()) {
            throw new IllegalStateException(
                    "redgrid.pii-key (env REDGRID_PII_KEY) must be set when an external database is used: "
                            + "a base64-encoded 32-byte key, e.g. from `openssl rand -base64 32`");
        }
        return new PiiCipher(keyFileIn(settings.dataDir()));
    }

    /** The embedded default keeps its generated key beside the data it protects, readable by the owner only. */
    private static byte[] keyFileIn(Path dataDir) throws IOException {
        Path keyFile = dataDir.resolve("pii.key");
        if (Files.exists(keyFile)) {
            return Base64.getDecoder()
                    .decode(Files.readString(keyFile, StandardCharsets.US_ASCII).trim());
        }
        Files.createDirectories(dataDir);
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        Path temporary = dataDir.resolve("pii.key.tmp");
        Files.writeString(temporary, Base64.getEncoder().encodeToString(key) + "\n", StandardCharsets.US_ASCII);
        try {
            Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            log.warn("cannot restrict permissions of {}", keyFile);
        }
        Files.move(temporary, keyFile);
        log.info(
                "Generated a PII encryption key in {} (keep a copy apart from the database backups: see docs/backup.md)",
                keyFile);
        return key;
    }
}
