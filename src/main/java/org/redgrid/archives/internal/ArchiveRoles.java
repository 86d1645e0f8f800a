package org.redgrid.archives.internal;

import java.util.EnumSet;
import java.util.Set;
import org.redgrid.shared.Actor;
import org.redgrid.shared.InvalidValue;
import org.redgrid.shared.Role;

/**
 * Who may do what with personnel files. Keepers (档案管理员) act for the archive unit whose code is
 * their scope; organisation staff whose scope contains the holder oversee it (read its access
 * history and figures); readers are staff of party and government units, never residents or grid
 * workers. A reader's unit is the division their scope names.
 */
public final class ArchiveRoles {

    private static final Set<Role> READERS = EnumSet.of(
            Role.ARCHIVE_KEEPER,
            Role.COMMUNITY_STAFF,
            Role.STREET_STAFF,
            Role.COUNTY_ADMIN,
            Role.CITY_ADMIN,
            Role.REGION_ADMIN);

    private ArchiveRoles() {}

    public static boolean mayRead(Actor actor) {
        return actor.roles().stream().anyMatch(READERS::contains);
    }

    public static String unitOf(Actor actor) {
        return actor.scope().prefix();
    }

    /** Whether the actor is a keeper of the holding unit itself. */
    public static boolean keeps(Actor actor, String holder) {
        return actor.has(Role.ARCHIVE_KEEPER) && unitOf(actor).equals(holder);
    }

    /** Keepers and administrators whose scope contains the holding unit: the cadre's organisation department. */
    public static boolean oversees(Actor actor, String holder) {
        return (actor.has(Role.ARCHIVE_KEEPER) || actor.administers())
                && actor.scope().contains(holder);
    }

    /** An archive unit is a region, city or county: a division code of 2, 4 or 6 digits. */
    public static String archiveUnit(String field, String code) {
        String c = code == null ? "" : code.strip();
        if (!c.matches("\\d{2}|\\d{4}|\\d{6}")) {
            throw new InvalidValue(
                    field,
                    "archives.unit",
                    "档案保管单位应为自治区、盟市或旗县区的区划代码（2、4 或 6 位）",
                    "an archive unit is a region, city or county division code of 2, 4 or 6 digits");
        }
        return c;
    }
}
