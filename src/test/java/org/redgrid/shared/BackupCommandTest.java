package org.redgrid.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupCommandTest {

    @TempDir
    Path dir;

    final ByteArrayOutputStream printed = new ByteArrayOutputStream();

    int run(String... args) {
        return BackupCommand.run(args, Map.of(), new PrintStream(printed, true, StandardCharsets.UTF_8));
    }

    String printed() {
        return printed.toString(StandardCharsets.UTF_8);
    }

    @Test
    void onlyBackupAndRestoreAreCommandsEverythingElseStartsThePlatform() {
        assertThat(BackupCommand.handles(new String[] {"backup"})).isTrue();
        assertThat(BackupCommand.handles(new String[] {"restore"})).isTrue();
        assertThat(BackupCommand.handles(new String[] {"--server.port=8081"})).isFalse();
        assertThat(BackupCommand.handles(new String[] {})).isFalse();
    }

    @Test
    void anOptionWithoutValueIsAnsweredWithTheUsage() {
        assertThat(run("backup", "--to")).isEqualTo(2);
        assertThat(printed()).contains("usage: java -jar redgrid.jar backup");
    }

    @Test
    void aBackupWithoutKeyDirectoryIsRefused() {
        assertThat(run("backup", "--to", dir.resolve("b").toString())).isEqualTo(1);
        assertThat(printed()).contains("--key-to is required");
    }

    @Test
    void theKeyMayNotGoInsideTheDatabaseBackup() {
        Path backup = dir.resolve("b");
        assertThat(run(
                        "backup",
                        "--to",
                        backup.toString(),
                        "--key-to",
                        backup.resolve("key").toString(),
                        "--data-dir",
                        dir.resolve("data").toString()))
                .isEqualTo(1);
        assertThat(printed()).contains("apart from the database backup");
    }

    @Test
    void aBackupIsNeverWrittenOverAnotherOne() throws Exception {
        Path backup = Files.createDirectories(dir.resolve("b"));
        Files.writeString(backup.resolve("backup.properties"), "older");
        assertThat(run(
                        "backup",
                        "--to",
                        backup.toString(),
                        "--key-to",
                        dir.resolve("k").toString(),
                        "--data-dir",
                        dir.resolve("data").toString()))
                .isEqualTo(1);
        assertThat(printed()).contains("is not empty");
        assertThat(backup.resolve("backup.properties")).hasContent("older");
    }

    @Test
    void restoreGoesOnlyIntoADataDirectoryWithoutDatabase() throws Exception {
        Path backup = Files.createDirectories(dir.resolve("b").resolve("pgdata"));
        Files.writeString(backup.resolve("backup_label"), "START WAL LOCATION: 0/2000028");
        Path data = Files.createDirectories(dir.resolve("data").resolve("pgdata"));
        Files.writeString(data.resolve("PG_VERSION"), "17");
        assertThat(run(
                        "restore",
                        "--from",
                        dir.resolve("b").toString(),
                        "--key-from",
                        dir.resolve("k").toString(),
                        "--data-dir",
                        dir.resolve("data").toString()))
                .isEqualTo(1);
        assertThat(printed()).contains("restore only into a fresh data directory");
        assertThat(data.resolve("PG_VERSION")).hasContent("17");
    }

    @Test
    void restoreRefusesADirectoryThatIsNotABackup() {
        assertThat(run(
                        "restore",
                        "--from",
                        dir.toString(),
                        "--key-from",
                        dir.resolve("k").toString(),
                        "--data-dir",
                        dir.resolve("data").toString()))
                .isEqualTo(1);
        assertThat(printed()).contains("not a backup made by the backup command");
    }

    @Test
    void restoreRefusesAKeyDirectoryWithoutTheKeyRatherThanLoseThePersonalData() throws Exception {
        Path backup = Files.createDirectories(dir.resolve("b").resolve("pgdata"));
        Files.writeString(backup.resolve("backup_label"), "START WAL LOCATION: 0/2000028");
        Files.createDirectories(dir.resolve("typo"));

        assertThat(run(
                        "restore",
                        "--from",
                        dir.resolve("b").toString(),
                        "--key-from",
                        dir.resolve("typo").toString(),
                        "--data-dir",
                        dir.resolve("fresh").toString()))
                .isEqualTo(1);
        assertThat(printed()).contains("holds no pii.key");
        assertThat(dir.resolve("fresh").resolve("pgdata")).doesNotExist();
    }
}
