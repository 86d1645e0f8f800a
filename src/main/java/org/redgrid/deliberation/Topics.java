package org.redgrid.deliberation;

import java.time.Instant;
import java.util.List;

/** The API bodies of topics (议题). */
public final class Topics {

    private Topics() {}

    /** A topic proposed for a community; {@code caseIds} when staff raise it from open cases. */
    public record NewTopic(
            String community, String title, String description, TopicChannel channel, List<Long> caseIds) {}

    /** A topic as lists and pages show it. */
    public record TopicView(
            long id,
            String community,
            String title,
            String description,
            TopicChannel channel,
            TopicStatus status,
            String proposer,
            int supports,
            Long mergedInto,
            String fromCases,
            Instant createdAt) {}

    /** The answer to proposing a topic. */
    public record Created(long id, TopicStatus status) {}

    /** A recurring problem: open cases of one category from one grid, to raise as a topic. */
    public record Suggestion(String gridCode, String category, String categoryName, List<Long> caseIds) {}

    /** Merging a duplicate topic into another. */
    public record Merge(Long into) {}
}
