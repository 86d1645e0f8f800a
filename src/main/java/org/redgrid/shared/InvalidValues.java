package org.redgrid.shared;

import java.util.List;

/**
 * Several fields failed validation at once: the first leads (its field and rule are the problem's),
 * and {@link #problems()} lists them all, each with its field, rule and both languages.
 */
public class InvalidValues extends InvalidValue {

    private static final long serialVersionUID = 1L;

    private final transient List<InvalidValue> problems;

    public InvalidValues(List<InvalidValue> problems) {
        super(
                problems.get(0).field(),
                problems.get(0).rule(),
                "有 " + problems.size() + " 处须修改：" + problems.get(0).messageZh(),
                problems.size() + " fields need correcting: " + problems.get(0).messageEn());
        this.problems = List.copyOf(problems);
    }

    public List<InvalidValue> problems() {
        return problems;
    }
}
