package org.redgrid.shared;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.redgrid.shared.database.DatabaseBackup;
import org.redgrid.shared.database.EmbeddedPostgres;

/**
 * The {@code backup} and {@code restore} commands of the platform's jar, run without starting the
 * platform:
 *
 * <pre>
 * java -jar redgrid.jar backup  --to DIR --key-to KEY_DIR [--data-dir DATA_DIR]
 * java -jar redgrid.jar restore --from DIR --key-from KEY_DIR --data-dir NEW_DATA_DIR
 * </pre>
 *
 * The data directory defaults to {@code REDGRID_DATA_DIR}, else {@code ./data}, as for the platform.
 */
public final class BackupCommand {

    private BackupCommand() {}

    /** Whether the arguments name one of these commands rather than starting the platform. */
    public static boolean handles(String[] args) {
        return args.length > 0 && (args[0].equals("backup") || args[0].equals("restore"));
    }

    /** Runs the command and returns the process exit code. */
    public static int run(String[] args, Map<String, String> environment, PrintStream out) {
        Map<String, String> options;
        try {
            options = options(List.of(args).subList(1, args.length));
        } catch (IllegalArgumentException e) {
            out.println(e.getMessage());
            out.println(usage());
            return 2;
        }
        Path dataDir =
                Path.of(options.getOrDefault("data-dir", environment.getOrDefault("REDGRID_DATA_DIR", "./data")));
        try {
            if (args[0].equals("backup")) {
                var summary = DatabaseBackup.create(dataDir, required(options, "to"), required(options, "key-to"));
                out.println("Backup of " + dataDir + " written to " + summary.database() + " (" + summary.files()
                        + " files, log " + summary.startLsn() + " to " + summary.stopLsn() + ").");
                out.println("PII key written to " + summary.key()
                        + ": keep it apart from the backup; without it the personal data cannot be read.");
            } else {
                DatabaseBackup.restore(required(options, "from"), required(options, "key-from"), dataDir);
                // Starting once replays the copied log, so a broken backup shows now and not at the next start.
                EmbeddedPostgres.start(dataDir, 0, false).close();
                out.println("Restored into " + dataDir.toAbsolutePath().normalize()
                        + "; start the platform with REDGRID_DATA_DIR set to it.");
            }
            return 0;
        } catch (RuntimeException e) {
            out.println(args[0] + " failed: " + e.getMessage());
            return 1;
        }
    }

    static Map<String, String> options(List<String> args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.size(); i += 2) {
            String name = args.get(i);
            if (!name.startsWith("--") || i + 1 >= args.size()) {
                throw new IllegalArgumentException("expected --option value pairs, got: " + String.join(" ", args));
            }
            options.put(name.substring(2), args.get(i + 1));
        }
        return options;
    }

    private static Path required(Map<String, String> options, String name) {
        String value = options.get(name);
        if (value == null || value.isBlank()) throw new IllegalArgumentException("--" + name + " is required");
        return Path.of(value);
    }

    private static String usage() {
        return """
                usage: java -jar redgrid.jar backup  --to DIR --key-to KEY_DIR [--data-dir DATA_DIR]
                       java -jar redgrid.jar restore --from DIR --key-from KEY_DIR --data-dir NEW_DATA_DIR""";
    }
}
