package org.redgrid.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.Collection;
import java.util.stream.Collectors;
import org.postgresql.util.PSQLException;
import org.redgrid.shared.InvalidValue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidNullException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Says in our words why a request body or parameter could not be read: the field (as {@code
 * units[0].unit}), the rule and what the field expects — never the parser's own message, which names
 * internal classes and limits.
 */
public final class UnreadableInput {

    private static final Logger log = LoggerFactory.getLogger(UnreadableInput.class);

    private UnreadableInput() {}

    /** Why the body could not be read; {@code failure} is the framework's exception with its causes. */
    public static InvalidValue of(Throwable failure) {
        InvalidValue invalid = causeOf(failure, InvalidValue.class);
        if (invalid != null) return invalid;
        JacksonException json = causeOf(failure, JacksonException.class);
        if (json == null) {
            return new InvalidValue(
                    "body", "json.malformed", "请求体缺失或不是 JSON", "the request body is missing or not JSON");
        }
        String field = pathOf(json);
        if (json instanceof StreamConstraintsException) {
            return new InvalidValue(
                    field,
                    "json.too-large",
                    "请求体嵌套过深或数值、文本过长",
                    "the request body is nested too deeply or holds a number or text that is too long");
        }
        if (json instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            if (mismatch instanceof InvalidNullException) {
                return new InvalidValue(field, "required", field + " 不能为空", field + " is required");
            }
            Kind kind = Kind.of(mismatch.getTargetType());
            return new InvalidValue(field, "json.type", field + " 须为" + kind.zh(), field + " must be " + kind.en());
        }
        if (json instanceof StreamReadException read && !(json instanceof MismatchedInputException)) {
            String where = read.getLocation() == null
                    ? ""
                    : read.getLocation().getLineNr() + ":" + read.getLocation().getColumnNr();
            return new InvalidValue(
                    "body",
                    "json.malformed",
                    "请求体不是有效的 JSON" + (where.isEmpty() ? "" : "（位置 " + where + "）"),
                    "the request body is not valid JSON" + (where.isEmpty() ? "" : " (at " + where + ")"));
        }
        return new InvalidValue(field, "json.invalid", field + " 的值不合法", field + " has an invalid value");
    }

    /**
     * The database refused a write its constraints forbid (a reference to a record that does not exist,
     * a value longer than its column) that the module did not check first: nothing was written, and the
     * request is what is wrong. Logged, since the module should name the field itself.
     */
    static InvalidValue refusedByTheDatabase(DataIntegrityViolationException e, HttpServletRequest request) {
        log.warn("A constraint refused {} {}: {}", request.getMethod(), request.getRequestURI(), whichRule(e));
        return new InvalidValue(
                "body",
                "data.integrity",
                "请求引用的记录不存在，或某项内容超出允许的长度或范围，未作任何更改",
                "the request refers to a record that does not exist or a value exceeds its length or range; nothing was changed");
    }

    /**
     * The SQL state and constraint that refused a write, never the server's message: its detail
     * ("Failing row contains (…)", "Key (…)=(…)") repeats the values, personal data among them.
     */
    static String whichRule(DataIntegrityViolationException e) {
        if (e.getMostSpecificCause() instanceof PSQLException refused && refused.getServerErrorMessage() != null) {
            var message = refused.getServerErrorMessage();
            return "SQL state " + message.getSQLState() + ", constraint " + message.getConstraint() + ", column "
                    + message.getColumn() + ", table " + message.getTable();
        }
        return e.getMostSpecificCause().getClass().getSimpleName();
    }

    /** What a field of this type expects, in both languages. */
    record Kind(String zh, String en) {

        static Kind of(Class<?> type) {
            if (CharSequence.class.isAssignableFrom(type) || type == char.class || type == Character.class) {
                return new Kind("文本", "text");
            }
            if (type == int.class || type == long.class || type == short.class || type == byte.class) {
                return new Kind("整数", "an integer");
            }
            if (type == Integer.class || type == Long.class || type == Short.class || type == Byte.class) {
                return new Kind("整数", "an integer");
            }
            if (type == java.math.BigInteger.class) return new Kind("整数", "an integer");
            if (type.isPrimitive() && type != boolean.class || Number.class.isAssignableFrom(type)) {
                return new Kind("数字", "a number");
            }
            if (type == boolean.class || type == Boolean.class) return new Kind(" true 或 false", "true or false");
            if (type.isEnum()) {
                String values = Arrays.stream(type.getEnumConstants())
                        .map(String::valueOf)
                        .collect(Collectors.joining(", "));
                return new Kind("以下之一：" + values, "one of " + values);
            }
            if (type == LocalDate.class) return new Kind("日期（如 2026-05-01）", "a date such as 2026-05-01");
            if (type == LocalTime.class) return new Kind("时刻（如 08:30）", "a time such as 08:30");
            if (type == Duration.class || type == Period.class) {
                return new Kind("ISO 8601 时长（如 P3D、PT4H）", "an ISO 8601 duration such as P3D or PT4H");
            }
            if (Temporal.class.isAssignableFrom(type)) {
                return new Kind("ISO 8601 日期时间（如 2026-05-01T08:30:00+08:00）", "an ISO 8601 date-time");
            }
            if (type.isArray() || Collection.class.isAssignableFrom(type)) return new Kind("数组", "an array");
            return new Kind("对象", "an object");
        }
    }

    private static String pathOf(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : e.getPath()) {
            if (reference.getPropertyName() != null) {
                if (!path.isEmpty()) path.append('.');
                path.append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "body" : path.toString();
    }

    static <T extends Throwable> T causeOf(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) return type.cast(t);
        }
        return null;
    }
}
