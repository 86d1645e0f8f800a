package org.redgrid.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Checks every field of a form before answering, so that a person corrects all mistakes at once
 * instead of one per submission: each check that fails is kept, and {@link #done()} refuses with all
 * of them ({@link InvalidValues}, the first one leading), or with none when every field passed.
 */
public final class FieldChecks {

    private final List<InvalidValue> problems = new ArrayList<>();

    /** The checked value, or null when its check failed (the failure is kept for {@link #done()}). */
    public <T> T check(Supplier<T> check) {
        try {
            return check.get();
        } catch (InvalidValues many) {
            problems.addAll(many.problems());
            return null;
        } catch (InvalidValue one) {
            problems.add(one);
            return null;
        }
    }

    /** Runs a check that returns nothing, keeping its failure. */
    public void run(Runnable check) {
        check(() -> {
            check.run();
            return null;
        });
    }

    /** Keeps a failure found outside a check. */
    public void fail(InvalidValue problem) {
        check(() -> {
            throw problem;
        });
    }

    public boolean passed() {
        return problems.isEmpty();
    }

    /** Refuses with every failed check, or returns when all passed. */
    public void done() {
        if (problems.size() == 1) throw problems.get(0);
        if (!problems.isEmpty()) throw new InvalidValues(problems);
    }
}
