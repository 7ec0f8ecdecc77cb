package dev.postwright.post.recovery;

import dev.postwright.post.Backups;
import dev.postwright.post.PostFile;
import dev.postwright.post.PostReadException;
import dev.postwright.post.PostWriteException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Unsaved edits kept on disk so a crash loses at most a few seconds of typing: one file per post under
 * {@code <dataDir>/journal/}, each written atomically (temp, fsync, rename) so a killed process leaves the old or
 * the new entry, never half of one.
 *
 * <p>Format: {@code key=value} lines; the path and texts are Base64 (UTF-8), and a final {@code end=1} line marks
 * a complete entry. No JSON library is needed and any text survives, whatever characters it holds.
 */
public final class Journal {

    private static final String SUFFIX = ".journal";
    private final Path dir;
    private final Clock clock;

    public Journal(Path dataDir) {
        this(dataDir, Clock.systemUTC());
    }

    public Journal(Path dataDir, Clock clock) {
        this.dir = dataDir.resolve("journal");
        this.clock = clock;
    }

    /** Records the unsaved text of {@code file}, replacing any earlier entry for it. */
    public void record(Path file, String unsavedText, String textOnDisk) throws IOException {
        Path abs = file.toAbsolutePath().normalize();
        Files.createDirectories(dir);
        StringBuilder sb = new StringBuilder();
        sb.append("version=1\n");
        sb.append("file=").append(b64(abs.toString())).append('\n');
        sb.append("recorded=").append(clock.instant()).append('\n');
        sb.append("disk-hash=")
                .append(textOnDisk == null ? "-" : Backups.hash(textOnDisk))
                .append('\n');
        sb.append("unsaved=").append(b64(unsavedText)).append('\n');
        sb.append("end=1\n");
        Path target = entryOf(abs);
        try {
            // the shared atomic writer: temp file, fsync, move; a killed process leaves the old entry or the new
            PostFile.writeBytesAtomic(target, sb.toString().getBytes(StandardCharsets.US_ASCII));
        } catch (PostWriteException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    /** Forgets the entry of {@code file} (after a save or a deliberate discard). */
    public void clear(Path file) throws IOException {
        Files.deleteIfExists(entryOf(file.toAbsolutePath().normalize()));
    }

    /** Every complete entry, oldest first; unreadable or half-written files are skipped, never thrown. */
    public List<JournalEntry> pending() throws IOException {
        List<JournalEntry> entries = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return entries;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*" + SUFFIX)) {
            for (Path f : files) {
                parse(f).ifPresent(entries::add);
            }
        }
        entries.sort(Comparator.comparing(JournalEntry::recorded));
        return entries;
    }

    private Optional<JournalEntry> parse(Path entryFile) {
        Map<String, String> kv = new HashMap<>();
        try {
            for (String line : Files.readAllLines(entryFile, StandardCharsets.US_ASCII)) {
                int eq = line.indexOf('=');
                if (eq > 0) {
                    kv.put(line.substring(0, eq), line.substring(eq + 1));
                }
            }
            if (!"1".equals(kv.get("end")) || !"1".equals(kv.get("version"))) {
                return Optional.empty();
            }
            Path file = Path.of(unb64(kv.get("file")));
            String unsaved = unb64(kv.get("unsaved"));
            Instant recorded = Instant.parse(kv.get("recorded"));
            return Optional.of(new JournalEntry(file, unsaved, recorded, diskChanged(file, kv.get("disk-hash"))));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static boolean diskChanged(Path file, String recordedHash) {
        try {
            String now = PostFile.read(file).text();
            return !Backups.hash(now).equals(recordedHash);
        } catch (PostReadException e) {
            return !"-".equals(recordedHash); // gone or unreadable now: changed, unless it never existed
        }
    }

    private Path entryOf(Path abs) {
        return dir.resolve(Backups.hash(abs.toString()) + SUFFIX);
    }

    private static String b64(String s) {
        return Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }

    private static String unb64(String s) {
        return new String(Base64.getDecoder().decode(s), StandardCharsets.UTF_8);
    }
}
