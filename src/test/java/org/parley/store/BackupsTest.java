package org.parley.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.domain.AuditChain;
import org.parley.domain.AuditKind;
import org.parley.testing.MutableClock;

class BackupsTest {

    @TempDir
    Path folder;

    private final MutableClock clock = new MutableClock(java.time.Instant.parse("2026-11-30T10:15:00Z"));

    private Path file() {
        return folder.resolve("team.mv.db");
    }

    private void addWorkshop(String name) {
        try (Store store = Store.open(file(), clock)) {
            new WorkshopRepository(store).insert(name);
            new AuditLog(store).append(null, org.parley.domain.Actor.COMMAND_LINE, AuditKind.WORKSHOP_CREATED, null,
                    java.util.Map.of("name", name));
        }
        clock.advance(Duration.ofMinutes(1));
    }

    private Backups backups() {
        return Backups.of(file(), null, clock);
    }

    @Test
    void openingAStoreThatChangedTakesAPrivateSnapshotNamedByTheTime() throws Exception {
        addWorkshop("Q3 review");
        clock.advance(Duration.ofMinutes(4));

        Store.open(file(), clock).close();

        List<Backups.Backup> all = backups().list();
        assertThat(all).extracting(b -> b.file().getFileName().toString())
                .containsExactly("team-2026-11-30T10-20-00.zip");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(all.get(0).file())))
                .isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(backups().folder())))
                .isEqualTo("rwx------");
        Backups.Inspection inspection = backups().inspect(all.get(0));
        assertThat(inspection.opens()).isTrue();
        assertThat(inspection.contents()).isEqualTo(new Backups.Contents(1, 0, false));
    }

    @Test
    void aStoreOpenedAgainUnchangedTakesNoSecondSnapshot() {
        addWorkshop("Q3 review");
        Store.open(file(), clock).close();
        clock.advance(Duration.ofMinutes(5));

        Store.open(file(), clock).close();
        Store.open(file(), clock).close();

        assertThat(backups().list()).hasSize(1);
    }

    @Test
    void rotationKeepsTheNewestTenAndTheNewestOfEachOfThirtyDays() throws Exception {
        // 45 days with three snapshots each, the newest today.
        java.time.Instant today = java.time.Instant.parse("2026-11-30T18:00:00Z");
        Files.createDirectories(backups().folder());
        for (int day = 0; day < 45; day++) {
            for (int hour : new int[] {9, 12, 15}) {
                java.time.Instant at = today.minus(Duration.ofDays(day)).minus(Duration.ofHours(18 - hour));
                String name = "team-" + java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH-mm-ss")
                        .withZone(java.time.ZoneOffset.UTC).format(at) + ".zip";
                Files.writeString(backups().folder().resolve(name), "snapshot");
            }
        }
        Files.writeString(backups().folder().resolve("other-2026-01-01T00-00-00.zip"), "another store's");
        clock.advance(Duration.between(clock.instant(), today));

        backups().rotate();

        List<String> kept = backups().list().stream().map(b -> b.file().getFileName().toString()).toList();
        // The newest ten: today's three, then three a day back to four days ago, whose 15:00 is the tenth.
        assertThat(kept.subList(0, 10)).containsExactly(
                "team-2026-11-30T15-00-00.zip", "team-2026-11-30T12-00-00.zip", "team-2026-11-30T09-00-00.zip",
                "team-2026-11-29T15-00-00.zip", "team-2026-11-29T12-00-00.zip", "team-2026-11-29T09-00-00.zip",
                "team-2026-11-28T15-00-00.zip", "team-2026-11-28T12-00-00.zip", "team-2026-11-28T09-00-00.zip",
                "team-2026-11-27T15-00-00.zip");
        // Then the newest of each older day within thirty days (today and 29 before it): 26th back to 1 Nov.
        assertThat(kept.subList(10, kept.size())).hasSize(26).allMatch(name -> name.endsWith("T15-00-00.zip"));
        assertThat(kept.get(kept.size() - 1)).isEqualTo("team-2026-11-01T15-00-00.zip");
        assertThat(backups().folder().resolve("other-2026-01-01T00-00-00.zip")).exists();
    }

    @Test
    void aDamagedStoreIsRefusedWithTheNewestBackupThatOpensAndTheCommandToRestoreIt() throws Exception {
        addWorkshop("Q3 review");
        Store.open(file(), clock).close();
        Path good = backups().list().get(0).file();
        clock.advance(Duration.ofHours(1));
        addWorkshop("Q4 review");
        Store.open(file(), clock).close();
        // The newest backup is damaged too: the advice passes over it to the newest that opens.
        Path newest = backups().list().get(0).file();
        Files.write(newest, Arrays.copyOf(Files.readAllBytes(newest), 200));
        Files.write(file(), Arrays.copyOf(Files.readAllBytes(file()), 8192));

        assertThatThrownBy(() -> Store.open(file(), clock)).isInstanceOf(UnreadableStoreException.class)
                .hasMessageContaining("it is damaged, and Parley has not changed it. The newest backup that opens is "
                        + good + " (taken ")
                .hasMessageContaining("1 workshop, 0 signed agreements). Restore it with: parley --db " + file()
                        + " restore " + good);
    }

    @Test
    void restoringPutsTheBackupInPlaceKeepsTheReplacedStoreAndRecordsItInTheAuditLog() throws Exception {
        addWorkshop("Q3 review");
        Store.open(file(), clock).close();
        Path backup = backups().list().get(0).file();
        addWorkshop("Q4 review");
        byte[] replaced = Files.readAllBytes(file());

        Backups.Restored restored = backups().restore(backup.getFileName());

        assertThat(restored.replacedKeptAs()).isNotNull();
        assertThat(Files.readAllBytes(restored.replacedKeptAs())).isEqualTo(replaced);
        try (Store store = Store.open(file(), clock)) {
            assertThat(new WorkshopRepository(store).findByName("Q3 review")).isPresent();
            assertThat(new WorkshopRepository(store).findByName("Q4 review")).isEmpty();
            List<AuditChain.Entry> entries = new AuditLog(store).entries();
            AuditChain.Entry last = entries.get(entries.size() - 1);
            assertThat(last.kind()).isEqualTo("STORE_RESTORED");
            assertThat(last.payload()).contains(backup.getFileName().toString())
                    .contains(restored.replacedKeptAs().getFileName().toString());
            assertThat(AuditChain.verify(new AuditLog(store).all())).as("the chain holds across the restore").isEmpty();
        }
        // The replaced store is evidence, never rotated away; nothing half-done is left beside the store.
        backups().rotate();
        assertThat(restored.replacedKeptAs()).exists();
        assertThat(folder.toFile().list()).containsExactlyInAnyOrder("team.mv.db", Backups.FOLDER);
    }

    @Test
    void aBackupThatDoesNotOpenIsRefusedAndTheStoreIsLeftAsItWas() throws Exception {
        addWorkshop("Q3 review");
        Path bogus = Files.writeString(folder.resolve("bogus.zip"), "not a zip");
        byte[] before = Files.readAllBytes(file());

        assertThatThrownBy(() -> backups().restore(bogus)).isInstanceOf(StoreException.class)
                .hasMessage("The file " + bogus + " is not a Parley backup (not a readable zip file).");

        assertThat(Files.readAllBytes(file())).isEqualTo(before);
        assertThat(folder.resolve("backups").toFile().list()).isEmpty();
    }

    @Test
    void restoringIsRefusedWhileTheStoreIsOpen() throws Exception {
        addWorkshop("Q3 review");
        Store.open(file(), clock).close();
        Path backup = backups().list().get(0).file();

        try (Store open = Store.open(file(), clock)) {
            assertThatThrownBy(() -> backups().restore(backup)).isInstanceOf(StoreInUseException.class);
            assertThat(new WorkshopRepository(open).findByName("Q3 review")).isPresent();
        }
    }

    @Test
    void whileARestoreHoldsTheStoreNoWindowOrCommandOpensIt() throws Exception {
        addWorkshop("Q3 review");

        try (StoreSwap swap = StoreSwap.lock(file())) {
            assertThatThrownBy(() -> Store.open(file(), clock)).isInstanceOf(StoreInUseException.class);
        }
        Store.open(file(), clock).close();
    }

    @Test
    void theStoreARestoreReplacedCanItselfBeRestored() throws Exception {
        addWorkshop("Q3 review");
        Store.open(file(), clock).close();
        Path backup = backups().list().get(0).file();
        addWorkshop("Q4 review");
        Backups.Restored first = backups().restore(backup);

        Backups.Restored undone = backups().restore(first.replacedKeptAs());

        assertThat(undone.contents().workshops()).isEqualTo(2);
        try (Store store = Store.open(file(), clock)) {
            assertThat(new WorkshopRepository(store).findByName("Q4 review")).isPresent();
        }
    }

    @Test
    void aZipThatIsNotABackupIsRefusedBeforeItFillsTheDisk() throws Exception {
        addWorkshop("Q3 review");
        Path foreign = zipWith(folder.resolve("foreign.zip"), "notes.mv.db", "initiative,decision\n".getBytes(), 1);
        // "H:2," and then zeros: a small zip that would unpack to 150 MB.
        Path bomb = zipWith(folder.resolve("bomb.zip"), "team.mv.db", "H:2,".getBytes(), 150 << 20);
        byte[] before = Files.readAllBytes(file());

        assertThatThrownBy(() -> backups().restore(foreign)).isInstanceOf(StoreException.class)
                .hasMessage("The file " + foreign + " is not a Parley backup (it holds no H2 database).");
        assertThatThrownBy(() -> backups().restore(bomb)).isInstanceOf(StoreException.class)
                .hasMessageStartingWith("The file " + bomb + " is not a Parley backup: it unpacks to more than ");

        assertThat(Files.readAllBytes(file())).isEqualTo(before);
        try (var left = Files.list(backups().folder())) {
            assertThat(left).as("no work folder or copy left").isEmpty();
        }
    }

    @Test
    void aStoreOfANewerParleyIsNotToldToRestoreAnOlderBackup() throws Exception {
        addWorkshop("Q3 review");
        Store.open(file(), clock).close();
        try (Store store = Store.open(file(), clock)) {
            store.dsl().execute("insert into \"flyway_schema_history\" (\"installed_rank\", \"version\", "
                    + "\"description\", \"type\", \"script\", \"checksum\", \"installed_by\", \"execution_time\", "
                    + "\"success\") values (99, '99', 'from the future', 'SQL', 'V99__x.sql', 0, 'parley', 1, true)");
        }

        assertThatThrownBy(() -> Store.open(file(), clock)).isInstanceOf(StoreException.class)
                .hasMessageContaining("was written by a newer Parley").hasMessageNotContaining("restore");
    }

    private static Path zipWith(Path zip, String entry, byte[] start, int zeros) throws Exception {
        try (var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new java.util.zip.ZipEntry(entry));
            out.write(start);
            byte[] block = new byte[1 << 16];
            for (int written = 0; written < zeros; written += block.length) {
                out.write(block, 0, Math.min(block.length, zeros - written));
            }
            out.closeEntry();
        }
        return zip;
    }
}
