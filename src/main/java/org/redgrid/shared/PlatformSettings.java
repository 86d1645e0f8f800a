package org.redgrid.shared;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Platform-wide settings under {@code redgrid.*}.
 *
 * @param dataDir where the embedded database and generated keys live (env {@code REDGRID_DATA_DIR})
 * @param demo whether demo data and demo logins are loaded: {@code auto} (with the embedded database
 *     only), {@code true} or {@code false}
 * @param piiKey base64 of a 32-byte master key for PII encryption; generated into the data directory
 *     when absent and the database is embedded
 * @param tokenTtl lifetime of API bearer tokens
 */
@ConfigurationProperties("redgrid")
public record PlatformSettings(Path dataDir, String demo, String piiKey, Duration tokenTtl) {

    public PlatformSettings {
        if (dataDir == null) dataDir = Path.of("data");
        if (demo == null || demo.isBlank()) demo = "auto";
        if (tokenTtl == null) tokenTtl = Duration.ofHours(8);
    }
}
