package dev.postwright.post;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The previous version of each saved post, one per file, under {@code <dataDir>/backups/<site hash>/<rel>.bak};
 * replaced at the next successful save (SPEC §7).
 */
public final class Backups {

    private final Path dataDir;

    public Backups(Path dataDir) {
        this.dataDir = dataDir.toAbsolutePath().normalize();
    }

    public Path dataDir() {
        return dataDir;
    }

    /** Copies {@code file} as it is now to its backup slot (atomically); does nothing when it does not exist. */
    public void keep(Path siteRoot, Path file) throws IOException {
        if (!Files.exists(file)) {
            return;
        }
        Path slot = slotOf(siteRoot, file);
        Files.createDirectories(slot.getParent());
        Path temp = Files.createTempFile(slot.getParent(), "." + slot.getFileName() + ".", ".tmp");
        try {
            Files.copy(file, temp, StandardCopyOption.REPLACE_EXISTING);
            try {
                Files.move(temp, slot, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, slot, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** The kept previous version of {@code file}, if there is one. */
    public Optional<Path> backupOf(Path siteRoot, Path file) {
        Path slot = slotOf(siteRoot, file);
        return Files.isRegularFile(slot) ? Optional.of(slot) : Optional.empty();
    }

    /**
     * Where the backup of {@code file} lives. Files outside {@code siteRoot} (or with no site) are keyed by their
     * folder instead, so two lone files with the same name never share a slot.
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
