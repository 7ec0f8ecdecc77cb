package dev.postwright.spell;

import dev.postwright.post.PostFile;
import dev.postwright.post.PostWriteException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * A plain word list on disk, one word a line ({@code .postwright/dictionary.txt} of a site, the personal one in
 * the data folder). Sorted case-insensitively and without duplicates so it diffs well in a site's repository;
 * written atomically; read again when another program (a {@code git pull}) changed it.
 */
public final class WordListFile {

    /** Case-insensitive, then exact: "api" and "API" both stay, next to each other, in a fixed order. */
    static final Comparator<String> ORDER =
            Comparator.comparing((String s) -> s.toLowerCase(Locale.ROOT)).thenComparing(Comparator.naturalOrder());

    private final Path file;
    private Set<String> words = Set.of();
    private FileTime readAt;

    public WordListFile(Path file) {
        this.file = file;
    }

    public Path file() {
        return file;
    }

    /** The words now (reads the file again if it changed since). An unreadable file counts as empty. */
    public synchronized Set<String> words() {
        FileTime modified;
        try {
            modified = Files.getLastModifiedTime(file);
        } catch (IOException e) {
            words = Set.of();
            readAt = null;
            return words;
        }
        if (!modified.equals(readAt)) {
            try {
                Set<String> read = new HashSet<>();
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    String w = clean(line);
                    if (!w.isEmpty() && !w.startsWith("#")) {
                        read.add(w);
                    }
                }
                words = Set.copyOf(read);
                readAt = modified;
            } catch (NoSuchFileException e) {
                words = Set.of();
            } catch (IOException | RuntimeException e) {
                // a binary or half-written file: keep what was read before
            }
        }
        return words;
    }

    /** Adds a word; the file is rewritten sorted, once per word, through a temp file. */
    public synchronized void add(String word) throws PostWriteException {
        String w = clean(word);
        if (w.isEmpty()) {
            return;
        }
        TreeSet<String> all = new TreeSet<>(ORDER);
        all.addAll(words());
        if (!all.add(w)) {
            return;
        }
        try {
            Files.createDirectories(file.getParent());
        } catch (IOException e) {
            throw new PostWriteException(
                    file,
                    "Cannot create " + file.getParent() + " for the word list: " + e.getMessage()
                            + ". Check that the folder is writable.",
                    e);
        }
        StringBuilder text = new StringBuilder();
        for (String s : all) {
            text.append(s).append('\n');
        }
        PostFile.writeBytesAtomic(file, text.toString().getBytes(StandardCharsets.UTF_8));
        words = Set.copyOf(all);
        try {
            readAt = Files.getLastModifiedTime(file);
        } catch (IOException e) {
            readAt = null;
        }
    }

    /** Sorted for display. */
    public List<String> sorted() {
        TreeSet<String> all = new TreeSet<>(ORDER);
        all.addAll(words());
        return List.copyOf(all);
    }

    private static String clean(String s) {
        return s.strip().replace('\u2019', '\'');
    }
}
