package dev.postwright.post;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The last versions of each saved post under {@code <dataDir>/backups/<site hash>/<rel>.bak} (newest),
 * {@code <rel>.1.bak}, {@code <rel>.2.bak}, … (older): at most {@link #KEEP} per post and, beyond the newest,
 * no more than {@link #MAX_BYTES} together, so a save never overwrites the only copy of an earlier version and
 * the folder cannot grow without bound (SPEC §7, issue #18).
 */
public final class Backups {

    /** Versions kept per post. */
    public static final int KEEP = 5;
    /** Total size of one post's versions; the oldest go first when over it (the newest always stays). */
    public static final long MAX_BYTES = 32L * 1024 * 1024;

    private final Path dataDir;
    private final int keep;
    private final long maxBytes;

    public Backups(Path dataDir) {
        this(dataDir, KEEP, MAX_BYTES);
    }

    /** With other bounds (tests). */
    Backups(Path dataDir, int keep, long maxBytes) {
        this.dataDir = dataDir.toAbsolutePath().normalize();
        this.keep = keep;
        this.maxBytes = maxBytes;
    }

    public Path dataDir() {
        return dataDir;
    }

    /**
     * Keeps {@code file} as it is now as the newest version (atomically), shifting older ones down and dropping
     * those over the count or size bound; does nothing when it does not exist or equals the newest version.
     */
    public void keep(Path siteRoot, Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return;
        }
        Path slot = slotOf(siteRoot, file);
        Files.createDirectories(slot.getParent());
        if (Files.isRegularFile(slot) && Files.mismatch(slot, file) == -1) {
            return; // saved twice from the same version: one copy is enough
        }
        Path temp = Files.createTempFile(slot.getParent(), "." + slot.getFileName() + ".", ".tmp");
        try {
            Files.copy(file, temp, StandardCopyOption.REPLACE_EXISTING);
            shiftOlder(slot);
            move(temp, slot);
        } finally {
            Files.deleteIfExists(temp);
        }
        trim(slot);
    }

    /** The newest kept version of {@code file}, if there is one. */
    public Optional<Path> backupOf(Path siteRoot, Path file) {
        Path slot = slotOf(siteRoot, file);
        return Files.isRegularFile(slot) ? Optional.of(slot) : Optional.empty();
    }

    /** Every kept version of {@code file}, newest first. */
    public List<Path> versionsOf(Path siteRoot, Path file) {
        Path slot = slotOf(siteRoot, file);
        List<Path> out = new ArrayList<>();
        for (int i = 0; i < keep; i++) {
            Path p = older(slot, i);
            if (Files.isRegularFile(p)) {
                out.add(p);
            }
        }
        return out;
    }

    /** {@code slot} for i = 0, else {@code <rel>.<i>.bak}. */
    private static Path older(Path slot, int i) {
        if (i == 0) {
            return slot;
        }
        String name = slot.getFileName().toString();
        return slot.resolveSibling(name.substring(0, name.length() - ".bak".length()) + "." + i + ".bak");
    }

    private void shiftOlder(Path slot) throws IOException {
        Files.deleteIfExists(older(slot, keep - 1));
        for (int i = keep - 2; i >= 0; i--) {
            Path from = older(slot, i);
            if (Files.isRegularFile(from)) {
                move(from, older(slot, i + 1));
            }
        }
    }

    private void trim(Path slot) throws IOException {
        long total = 0;
        for (int i = 0; i < keep; i++) {
            Path p = older(slot, i);
            if (!Files.isRegularFile(p)) {
                continue;
            }
            total += Files.size(p);
            if (i > 0 && total > maxBytes) {
                Files.deleteIfExists(p);
            }
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /**
     * Where the newest backup of {@code file} lives. Files outside {@code siteRoot} (or with no site) are keyed
     * by their folder instead, so two lone files with the same name never share a slot.
     */
    Path slotOf(Path siteRoot, Path file) {
        Path abs = file.toAbsolutePath().normalize();
        Path root = siteRoot == null ? null : siteRoot.toAbsolutePath().normalize();
        if (root == null || !abs.startsWith(root) || abs.equals(root)) {
            root = abs.getParent();
        }
        Path slot = dataDir.resolve("backups").resolve(hash(root.toString()));
        for (Path part : root.relativize(abs)) {
            slot = slot.resolve(part.toString());
        }
        return slot.resolveSibling(slot.getFileName() + ".bak");
    }

    /** A short stable hash of a path, used as a folder name. */
    public static String hash(String text) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 10);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
