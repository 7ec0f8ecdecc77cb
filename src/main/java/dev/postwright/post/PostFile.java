package dev.postwright.post;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;

/** Reads post files strictly (encoding, BOM, binary and size checks) and writes them atomically. */
public final class PostFile {

    /** Larger files open read-only: the editor would be unusable and they are unlikely to be posts. */
    public static final long MAX_EDITABLE_SIZE = 10L * 1024 * 1024;
    /** Larger files are not read at all: holding and parsing them would break the memory budget (SPEC §7). */
    public static final long MAX_READ_SIZE = 32L * 1024 * 1024;

    private static final int BINARY_PROBE = 8 * 1024;

    private PostFile() {}

    public static LoadedText read(Path path) throws PostReadException {
        if (!Files.exists(path)) {
            throw new PostReadException(path, path + ": file not found. Check the path or pick the file again.");
        }
        if (Files.isDirectory(path)) {
            throw new PostReadException(path, path + " is a folder, not a post file. Open a .md file inside it.");
        }
        if (!Files.isRegularFile(path)) {
            // A FIFO would block the reader forever and /dev/zero never ends: refuse before opening.
            throw new PostReadException(
                    path,
                    path + " is " + SpecialFiles.kind(path) + ", not an ordinary file, "
                            + "so it was not read. Postwright reads only regular .md files; replace it with one.");
        }
        byte[] bytes;
        try {
            bytes = readCapped(path);
        } catch (AccessDeniedException e) {
            throw new PostReadException(path, path + ": no permission to read it. Check the file's permissions.", e);
        } catch (IOException e) {
            throw new PostReadException(path, path + ": could not be read (" + e.getMessage() + ").", e);
        }
        Charset charset = StandardCharsets.UTF_8;
        int skip = 0;
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            skip = 3;
        } else if (startsWith(bytes, 0xFF, 0xFE)) {
            charset = StandardCharsets.UTF_16LE;
            skip = 2;
        } else if (startsWith(bytes, 0xFE, 0xFF)) {
            charset = StandardCharsets.UTF_16BE;
            skip = 2;
        }
        if (charset == StandardCharsets.UTF_8 && hasNul(bytes)) {
            throw new PostReadException(
                    path,
                    path + " looks like a binary file (it contains NUL bytes), not a "
                            + "markdown post. Open the .md file instead.");
        }
        String text;
        try {
            CharsetDecoder decoder = charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            text = decoder.decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new PostReadException(
                    path,
                    path + " is not valid " + charset.name() + " text. If it was saved "
                            + "by an older editor, reopen it as Windows-1252 and save it as UTF-8.",
                    e);
        }
        Optional<String> readOnly = bytes.length > MAX_EDITABLE_SIZE
                ? Optional.of(path.getFileName() + " is larger than 10 MB; it is opened read-only.")
                : Optional.empty();
        return new LoadedText(text, skip > 0, charset, bytes.length, readOnly, fingerprint(bytes));
    }

    private static byte[] readCapped(Path path) throws IOException, PostReadException {
        byte[] bytes;
        try (InputStream in = Files.newInputStream(path)) {
            bytes = in.readNBytes((int) MAX_READ_SIZE + 1);
        }
        if (bytes.length > MAX_READ_SIZE) {
            throw new PostReadException(
                    path,
                    path + " is larger than " + (MAX_READ_SIZE >> 20) + " MB, too "
                            + "large for a post, so it was not read. Split it into smaller posts.");
        }
        return bytes;
    }

    /** A content hash of a file's bytes (SHA-256, hex): equal fingerprints mean equal bytes. */
    public static String fingerprint(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }

    /** The fingerprint of the bytes {@code text} is written as. */
    public static String fingerprintOf(String text, boolean bom, Charset charset) {
        return fingerprint(encode(text, bom, charset));
    }

    /** The fingerprint of the file as it is now; empty when it is gone, not a regular file or unreadable. */
    public static Optional<String> fingerprintNow(Path path) {
        if (!Files.isRegularFile(path)) {
            return Optional.empty();
        }
        try {
            return Optional.of(fingerprint(readCapped(path)));
        } catch (IOException | PostReadException e) {
            return Optional.empty();
        }
    }

    /** Decodes a file as Windows-1252, for files that are not valid UTF-8 and the writer chose to reopen. */
    public static LoadedText readAsWindows1252(Path path) throws PostReadException {
        if (!Files.isRegularFile(path)) {
            throw new PostReadException(
                    path, path + " is " + SpecialFiles.kind(path) + ", not an ordinary file, " + "so it was not read.");
        }
        try {
            byte[] bytes = readCapped(path);
            Charset cp1252 = Charset.forName("windows-1252");
            return new LoadedText(
                    new String(bytes, cp1252), false, cp1252, bytes.length, Optional.empty(), fingerprint(bytes));
        } catch (IOException e) {
            throw new PostReadException(path, path + ": could not be read (" + e.getMessage() + ").", e);
        }
    }

    /**
     * Writes through a temp file in the same folder, fsyncs, then moves it over the target, so a crash or error
     * leaves either the old or the new file, never a mix. POSIX permissions of an existing target are kept. A
     * symlinked post is written through to its target; the link stays a link.
     */
    public static void writeAtomic(Path path, String text, boolean bom, Charset charset) throws PostWriteException {
        writeAtomic(path, text, bom, charset, null, null, DIRECT);
    }

    /**
     * Like {@link #writeAtomic(Path, String, boolean, Charset)}, but first keeps the file's current version in
     * {@code backups} (see {@link Backups}); when no backup can be kept nothing is written.
     */
    public static void writeAtomic(Path path, String text, boolean bom, Charset charset, Backups backups, Path siteRoot)
            throws PostWriteException {
        writeAtomic(path, text, bom, charset, backups, siteRoot, DIRECT);
    }

    /**
     * Like {@link #writeAtomic(Path, String, boolean, Charset, Backups, Path)}, but refuses with a
     * {@link PostConflictException}, writing nothing, unless the file still has the fingerprint {@code expected}
     * (what the writer read: {@link LoadedText#fingerprint()}) just before it is replaced. A null
     * {@code expected} checks nothing; {@link #ABSENT} expects no file.
     */
    public static void writeAtomic(
            Path path, String text, boolean bom, Charset charset, Backups backups, Path siteRoot, String expected)
            throws PostWriteException {
        writeBytes(path, encode(text, bom, charset), backups, siteRoot, DIRECT, expected);
    }

    /** {@code expected} fingerprint of a file that should not exist yet. */
    public static final String ABSENT = "absent";

    /** Writes the encoded bytes into the open temp file; a seam so tests can simulate a full disk. */
    interface TempWriter {
        void write(FileChannel channel, byte[] bytes) throws IOException;
    }

    static final TempWriter DIRECT = (ch, bytes) -> {
        ByteBuffer buf = ByteBuffer.wrap(bytes);
        while (buf.hasRemaining()) {
            ch.write(buf);
        }
    };

    static void writeAtomic(
            Path path, String text, boolean bom, Charset charset, Backups backups, Path siteRoot, TempWriter writer)
            throws PostWriteException {
        writeBytes(path, encode(text, bom, charset), backups, siteRoot, writer, null);
    }

    /**
     * Writes any file (an image pasted into a post) the same safe way: temp file in the same folder, fsync,
     * atomic move; the original, if any, is untouched on failure.
     */
    public static void writeBytesAtomic(Path path, byte[] bytes) throws PostWriteException {
        writeBytes(path, bytes, null, null, DIRECT, null);
    }

    private static void writeBytes(
            Path path, byte[] bytes, Backups backups, Path siteRoot, TempWriter writer, String expected)
            throws PostWriteException {
        Path target = resolveLinks(path.toAbsolutePath());
        Path dir = target.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new PostWriteException(
                    path,
                    "Cannot save " + path + ": its folder no longer exists (it was moved "
                            + "or deleted). Use Save As to pick another place.",
                    null);
        }
        if (Files.exists(target) && !Files.isWritable(target)) {
            throw new PostWriteException(
                    path,
                    "Cannot save " + path + ": the file is read-only. "
                            + "Make it writable (chmod u+w) or use Save As.",
                    null);
        }
        if (!Files.isWritable(dir)) {
            throw new PostWriteException(path, "Cannot save " + path + ": " + NO_FOLDER_PERMISSION, null);
        }
        verifyUnchanged(path, target, expected);
        if (backups != null && Files.exists(target)) {
            try {
                backups.keep(siteRoot, path.toAbsolutePath()); // keyed by the path the writer knows
            } catch (IOException e) {
                throw new PostWriteException(
                        path,
                        "Cannot save " + path + ": no backup of the current version "
                                + "could be kept (" + e.getMessage() + "), so nothing was written. Check that "
                                + backups.dataDir() + " is writable and has free space.",
                        e);
            }
        }
        Path temp = null;
        try {
            temp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
            try (FileChannel ch =
                    FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                writer.write(ch, bytes);
                ch.force(true);
            }
            copyPermissions(target, temp);
            // Last look before the move: another program may have written while this one validated.
            verifyUnchanged(path, target, expected);
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            temp = null;
            fsyncFolder(dir);
        } catch (IOException e) {
            throw new PostWriteException(path, "Cannot save " + path + ": " + reason(e), e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // the save already failed; a stray temp file is the lesser problem to report
                }
            }
        }
    }

    private static void verifyUnchanged(Path path, Path target, String expected) throws PostConflictException {
        if (expected == null) {
            return;
        }
        if (expected.equals(ABSENT)) {
            if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                throw new PostConflictException(
                        path,
                        "Cannot save " + path + ": another program created a file "
                                + "with this name meanwhile. Nothing was written; that file is intact.");
            }
            return;
        }
        Optional<String> now = fingerprintNow(target);
        if (now.isEmpty()) {
            throw new PostConflictException(
                    path,
                    "Cannot save " + path + ": it was deleted, moved or replaced by "
                            + "something that is not a text file after it was read. Nothing was written.");
        }
        if (!now.get().equals(expected)) {
            throw new PostConflictException(
                    path,
                    "Cannot save " + path + ": another program changed it after "
                            + "it was read. Nothing was written, so its changes are intact. Read it again and redo the "
                            + "edit (for the command line: run the command again).");
        }
    }

    /** True for the names of temp files this writer creates ({@code .NAME.RANDOM.tmp}), so watchers skip them. */
    public static boolean isTempFileName(String name) {
        return name.startsWith(".") && name.endsWith(".tmp") && name.length() > 5;
    }

    private static final String NO_FOLDER_PERMISSION = "no permission to write in its folder (a save writes a "
            + "temp file next to the post). Make the folder writable (chmod u+w) or use Save As. "
            + "The file on disk was not changed.";

    /** Follows symlinks so the link's target is replaced and the link itself is kept. */
    private static Path resolveLinks(Path target) {
        if (Files.isSymbolicLink(target) || Files.exists(target)) {
            try {
                return target.toRealPath();
            } catch (IOException e) {
                return target; // a dangling link: the checks below report the missing folder or file
            }
        }
        return target;
    }

    /** Makes the rename itself durable; not every platform can open a folder, which is fine to skip. */
    private static void fsyncFolder(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UnsupportedOperationException ignored) {
            // best effort: the file itself is already on disk
        }
    }

    private static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return NO_FOLDER_PERMISSION;
        }
        if (e instanceof NoSuchFileException) {
            return "its folder no longer exists (it was moved or deleted). Use Save As to pick another place.";
        }
        String msg = String.valueOf(e instanceof FileSystemException f ? f.getReason() : e.getMessage());
        if (msg.contains("No space left") || msg.contains("not enough space")) {
            return "the disk is full. Free some space and save again; the file on disk was not changed.";
        }
        if (msg.contains("Read-only file system")) {
            return "the disk is read-only. Use Save As to pick another place.";
        }
        return msg + ". The file on disk was not changed.";
    }

    private static byte[] encode(String text, boolean bom, Charset charset) {
        byte[] body = text.getBytes(charset);
        byte[] mark = !bom
                ? new byte[0]
                : charset.equals(StandardCharsets.UTF_16LE)
                        ? new byte[] {(byte) 0xFF, (byte) 0xFE}
                        : charset.equals(StandardCharsets.UTF_16BE)
                                ? new byte[] {(byte) 0xFE, (byte) 0xFF}
                                : new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] out = new byte[mark.length + body.length];
        System.arraycopy(mark, 0, out, 0, mark.length);
        System.arraycopy(body, 0, out, mark.length, body.length);
        return out;
    }

    /** Mode, and owner and group where this process may set them (root saving another user's post). */
    private static void copyPermissions(Path from, Path to) throws IOException {
        if (!Files.exists(from)) {
            return;
        }
        PosixFileAttributeView view = Files.getFileAttributeView(from, PosixFileAttributeView.class);
        if (view != null) {
            PosixFileAttributes attrs = view.readAttributes();
            Set<PosixFilePermission> perms = attrs.permissions();
            PosixFileAttributeView target = Files.getFileAttributeView(to, PosixFileAttributeView.class);
            try {
                if (!attrs.group().equals(target.readAttributes().group())) {
                    target.setGroup(attrs.group());
                }
                if (!attrs.owner().equals(target.getOwner())) {
                    target.setOwner(attrs.owner());
                }
            } catch (IOException | UnsupportedOperationException e) {
                // not permitted (only root may give a file away): the file becomes the saver's, as any editor's
            }
            // after chown, which clears setuid/setgid bits on some systems
            Files.setPosixFilePermissions(to, perms);
        }
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasNul(byte[] b) {
        for (int i = 0; i < Math.min(b.length, BINARY_PROBE); i++) {
            if (b[i] == 0) {
                return true;
            }
        }
        return false;
    }
}
