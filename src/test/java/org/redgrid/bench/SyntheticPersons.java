package org.redgrid.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.BitSet;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;
import org.redgrid.people.Relation;
import org.redgrid.shared.IdNumber;
import org.redgrid.shared.PiiCipher;

/**
 * Invented residents for the lookup benchmark, written with COPY in one transaction: three persons per
 * household, households spread over the existing grids, every person with a valid and unique ID number
 * and a mobile number, encrypted and hashed with the platform's own key as the platform stores them.
 * Person {@code i} always gets the same ID number, so a benchmark can pick existing ones without
 * keeping a million of them in memory.
 */
final class SyntheticPersons {

    /** What a fill wrote and how long it took, COPY and commit included. */
    record Filled(long households, long persons, int skipped, Duration elapsed) {

        double personsPerSecond() {
            return persons / (elapsed.toNanos() / 1e9);
        }
    }

    private static final int PER_HOUSEHOLD = 3;
    private static final LocalDate FIRST_BIRTH_DATE = LocalDate.of(1930, 1, 1);
    // Person i is born on day i % BIRTH_DAYS with sequence number i / BIRTH_DAYS: the pair is unique per
    // person, so the ID numbers are unique whatever region code they carry (up to 34 million persons).
    private static final int BIRTH_DAYS = 34_000;
    private static final int MAX_SEQUENCE = 999;
    private static final String[] SURNAMES = {
        "王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "马", "朱", "胡", "郭", "何", "高", "林", "罗", "白", "包",
        "乌", "敖"
    };
    private static final String[] GIVEN_NAMES = {
        "建国", "秀英", "桂兰", "志强", "淑珍", "海燕", "丽娟", "国庆", "文博", "子涵", "欣怡", "浩然", "巴特尔", "其其格", "额尔敦", "萨仁", "阿拉坦", "乌兰",
        "斯琴", "宝音", "春梅", "红霞", "建华", "玉兰", "明", "磊", "静", "伟", "芳", "军"
    };
    private static final String[] ETHNICITIES = {"汉族", "汉族", "汉族", "汉族", "汉族", "汉族", "汉族", "蒙古族", "蒙古族", "回族"};
    private static final Relation[] RELATIONS = {Relation.HEAD, Relation.SPOUSE, Relation.CHILD};
    private static final HexFormat HEX = HexFormat.of();

    private final PiiCipher cipher;
    private final List<String> grids;
    private final int count;
    private final BitSet skipped = new BitSet();

    SyntheticPersons(PiiCipher cipher, List<String> grids, int count) {
        if (grids.isEmpty()) throw new IllegalArgumentException("no grids to place households in");
        if (count < 1 || count > BIRTH_DAYS * (MAX_SEQUENCE + 1)) {
            throw new IllegalArgumentException("cannot invent " + count + " unique ID numbers");
        }
        this.cipher = cipher;
        this.grids = List.copyOf(grids);
        this.count = count;
    }

    /** The ID number of person {@code index}: region of the household's county, unique birth day and sequence. */
    IdNumber idNumber(int index) {
        String county = gridOf(index / PER_HOUSEHOLD).substring(0, 6);
        String birthDate = FIRST_BIRTH_DATE.plusDays(index % BIRTH_DAYS).format(DateTimeFormatter.BASIC_ISO_DATE);
        String first17 = county + birthDate + "%03d".formatted(index / BIRTH_DAYS);
        return new IdNumber(first17 + IdNumber.checkCharacter(first17));
    }

    /** {@code size} random persons that were written, for lookups of existing ID numbers. */
    int[] sample(int size, Random random) {
        int[] sample = new int[size];
        for (int i = 0; i < size; i++) {
            int index;
            do index = random.nextInt(count);
            while (skipped.get(index));
            sample[i] = index;
        }
        return sample;
    }

    /** Writes the households and persons; persons whose ID number is already registered are skipped. */
    Filled fill(Connection db) throws SQLException, IOException {
        long started = System.nanoTime();
        boolean autoCommit = db.getAutoCommit();
        db.setAutoCommit(false);
        try {
            Set<ByteBuffer> registered = registeredIdHashes(db);
            int households = (count + PER_HOUSEHOLD - 1) / PER_HOUSEHOLD;
            long firstHousehold = reserveHouseholdIds(db, households);
            String now = OffsetDateTime.now(ZoneOffset.UTC).toString();
            copy(db, "copy household (id, grid_code, room, created_at) from stdin with (format csv)", out -> {
                for (int h = 0; h < households; h++) {
                    out.append(Long.toString(firstHousehold + h))
                            .append(',')
                            .append(gridOf(h))
                            .append(",S")
                            .append(Integer.toString(h + 1))
                            .append(',')
                            .append(now)
                            .append('\n');
                }
            });
            long persons = copy(
                    db,
                    "copy person (household_id, grid_code, name, id_number_enc, id_number_hash, gender, birth_date,"
                            + " phone_enc, phone_hash, ethnicity, relation, created_at) from stdin with (format csv)",
                    out -> {
                        for (int i = 0; i < count; i++) {
                            IdNumber idNumber = idNumber(i);
                            byte[] idHash = cipher.hash(idNumber.value());
                            // The demo persons hold random ID numbers; one of them may equal an invented one.
                            if (registered.contains(ByteBuffer.wrap(idHash))) {
                                skipped.set(i);
                                continue;
                            }
                            int household = i / PER_HOUSEHOLD;
                            String phone = "13" + "%09d".formatted(i);
                            out.append(Long.toString(firstHousehold + household))
                                    .append(',')
                                    .append(gridOf(household))
                                    .append(',')
                                    .append(name(i))
                                    .append(',')
                                    .append(bytea(cipher.encrypt(idNumber.value())))
                                    .append(',')
                                    .append(bytea(idHash))
                                    .append(',')
                                    .append(idNumber.gender().name())
                                    .append(',')
                                    .append(idNumber.birthDate().toString())
                                    .append(',')
                                    .append(bytea(cipher.encrypt(phone)))
                                    .append(',')
                                    .append(bytea(cipher.hash(phone)))
                                    .append(',')
                                    .append(ETHNICITIES[i % ETHNICITIES.length])
                                    .append(',')
                                    .append(RELATIONS[i % PER_HOUSEHOLD].name())
                                    .append(',')
                                    .append(now)
                                    .append('\n');
                        }
                    });
            db.commit();
            return new Filled(
                    households, persons, skipped.cardinality(), Duration.ofNanos(System.nanoTime() - started));
        } catch (SQLException | IOException | RuntimeException e) {
            db.rollback();
            throw e;
        } finally {
            db.setAutoCommit(autoCommit);
        }
    }

    private String gridOf(int household) {
        return grids.get(household % grids.size());
    }

    private static String name(int index) {
        // Members of a household share the surname of its head.
        return SURNAMES[(index / PER_HOUSEHOLD) % SURNAMES.length] + GIVEN_NAMES[(index * 7) % GIVEN_NAMES.length];
    }

    /** bytea in hex input form; CSV leaves the backslash alone. */
    private static String bytea(byte[] bytes) {
        return "\\x" + HEX.formatHex(bytes);
    }

    private static Set<ByteBuffer> registeredIdHashes(Connection db) throws SQLException {
        Set<ByteBuffer> hashes = new HashSet<>();
        try (var statement = db.createStatement();
                var rows = statement.executeQuery("select id_number_hash from person")) {
            while (rows.next()) hashes.add(ByteBuffer.wrap(rows.getBytes(1)));
        }
        return hashes;
    }

    /** Takes a block of ids from the household sequence, so persons can name their household in the same COPY. */
    private static long reserveHouseholdIds(Connection db, int households) throws SQLException {
        try (var statement = db.createStatement();
                var rows = statement.executeQuery("select nextval(pg_get_serial_sequence('household', 'id'))")) {
            rows.next();
            long first = rows.getLong(1);
            statement.execute(
                    "select setval(pg_get_serial_sequence('household', 'id'), " + (first + households - 1) + ")");
            return first;
        }
    }

    /** Rows for one COPY, written as CSV lines. */
    private interface Rows {
        void writeTo(Writer out) throws IOException;
    }

    private static long copy(Connection db, String sql, Rows rows) throws SQLException, IOException {
        PGCopyOutputStream stream = new PGCopyOutputStream(db.unwrap(PGConnection.class), sql, 1 << 16);
        try {
            Writer out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16);
            rows.writeTo(out);
            out.flush();
            return stream.endCopy();
        } finally {
            if (stream.isActive()) stream.cancelCopy();
        }
    }
}
