package org.redgrid.open311;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Open311 settings under {@code redgrid.open311}: the one jurisdiction this deployment serves.
 *
 * @param jurisdiction the {@code jurisdiction_id} clients may send, named in discovery
 * @param scope the division whose public cases the GET endpoints show
 * @param contact who to contact about the API, shown in discovery
 * @param keyService how to obtain an API key, shown in discovery
 */
@ConfigurationProperties("redgrid.open311")
public record Open311Settings(String jurisdiction, String scope, String contact, String keyService) {

    public Open311Settings {
        if (jurisdiction == null || jurisdiction.isBlank()) jurisdiction = "redgrid.org";
        if (scope == null || scope.isBlank()) scope = "15";
        if (contact == null || contact.isBlank()) contact = "北疆红色网格平台运维组 open311@redgrid.org";
        if (keyService == null || keyService.isBlank()) {
            keyService = "API 密钥由旗县区及以上管理员在平台中签发（POST /api/v1/open311/keys），每个密钥限定一个行政区划范围";
        }
    }
}
