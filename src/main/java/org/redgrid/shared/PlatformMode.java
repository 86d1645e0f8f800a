package org.redgrid.shared;

/**
 * Whether the platform runs on its embedded database and whether demo data is loaded. Demo mode
 * defaults to on with the embedded database and off with an external one.
 */
public record PlatformMode(boolean embeddedDatabase, boolean demo) {

    public static PlatformMode of(boolean embeddedDatabase, String demoSetting) {
        boolean demo = switch (demoSetting.trim().toLowerCase()) {
            case "true", "on", "yes" -> true;
            case "false", "off", "no" -> false;
            default -> embeddedDatabase;
        };
        return new PlatformMode(embeddedDatabase, demo);
    }
}
