package org.redgrid.archives;

import java.util.Map;

/**
 * What the head of an archive centre watches: the online reading rate (online requests against online
 * and on-site readings), average and 90th-percentile handling time in minutes, requests by unit and
 * purpose, and the requests waiting and overdue.
 */
public record ArchiveFigures(
        long onlineRequests,
        long paperReadings,
        Double onlineReadingRate,
        Double averageHandlingMinutes,
        Double p90HandlingMinutes,
        long pending,
        long overdue,
        Map<String, Long> byUnit,
        Map<String, Long> byPurpose) {}
