package dev.postwright.site;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** Turns post titles into URL slugs ({@code a-z0-9} words joined by single {@code -}). */
public final class SlugGenerator {

    private static final Pattern VALID = Pattern.compile("^[a-z0-9]+(?:-[a-z0-9]+)*$");
    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    // Apostrophes join a word ("don't", "'23") rather than split it, so they vanish instead of becoming '-'.
    private static final Pattern APOSTROPHES = Pattern.compile("['\u2018\u2019\u02BC\u0060\u00B4]");
    private static final Pattern SEPARATORS = Pattern.compile("[^a-z0-9]+");

    // Letters NFKD does not decompose into a base letter plus marks.
    private static final Map<Character, String> LETTERS = Map.ofEntries(
            Map.entry('ß', "ss"),
            Map.entry('ẞ', "SS"),
            Map.entry('æ', "ae"),
            Map.entry('Æ', "AE"),
            Map.entry('œ', "oe"),
            Map.entry('Œ', "OE"),
            Map.entry('ø', "o"),
            Map.entry('Ø', "O"),
            Map.entry('ł', "l"),
            Map.entry('Ł', "L"),
            Map.entry('đ', "d"),
            Map.entry('Đ', "D"),
            Map.entry('ð', "d"),
            Map.entry('Ð', "D"),
            Map.entry('þ', "th"),
            Map.entry('Þ', "TH"),
            Map.entry('ħ', "h"),
            Map.entry('Ħ', "H"),
            Map.entry('ı', "i"),
            Map.entry('ŀ', "l"),
            Map.entry('Ŀ', "L"));

    /** Longest generated slug: with {@code .md} and Jekyll's date, a file name stays near 100 characters. */
    public static final int MAX_LENGTH = 80;
    // Names Windows reserves for devices, whatever the extension: a post saved as con.md cannot be opened there.
    private static final Pattern WINDOWS_RESERVED = Pattern.compile("(?:con|prn|aux|nul|com[1-9]|lpt[1-9])");

    private SlugGenerator() {}

    /**
     * The slug for a title. All words are kept (no stop-word removal). A title with no ASCII
     * letter or digit left (emoji only, CJK only) yields {@code post-<8 hex of SHA-256(title)>},
     * stable for the same title and distinct for different ones; a blank title yields {@code untitled}.
     */
    public static String fromTitle(String title) {
        if (title == null || title.isBlank()) {
            return "untitled";
        }
        String slug = SEPARATORS
                .matcher(APOSTROPHES
                        .matcher(toAscii(title).toLowerCase(Locale.ROOT))
                        .replaceAll(""))
                .replaceAll("-");
        slug = trimDashes(slug);
        return slug.isEmpty() ? "post-" + shortHash(title.strip()) : portable(shorten(slug, title.strip()));
    }

    /**
     * A slug longer than {@link #MAX_LENGTH} is cut at a word end and given 8 hex of the whole title's hash, so
     * two long titles that start alike still get different slugs (and file names the file system accepts).
     */
    static String shorten(String slug, String title) {
        if (slug.length() <= MAX_LENGTH) {
            return slug;
        }
        String hash = shortHash(title);
        int room = MAX_LENGTH - 1 - hash.length();
        String head = slug.substring(0, room);
        int dash = head.lastIndexOf('-');
        if (dash > room / 2) {
            head = head.substring(0, dash);
        }
        return trimDashes(head) + "-" + hash;
    }

    /** Whether Windows reserves the name (CON, PRN, AUX, NUL, COM1-9, LPT1-9, any case). */
    public static boolean isWindowsReserved(String slug) {
        return WINDOWS_RESERVED.matcher(slug.toLowerCase(Locale.ROOT)).matches();
    }

    /** {@code con} → {@code con-post}: still the title's word, and a file Windows can open. */
    private static String portable(String slug) {
        return isWindowsReserved(slug) ? slug + "-post" : slug;
    }

    /** Whether the text is lowercase {@code a-z0-9} words joined by single {@code -}. */
    public static boolean isValid(String slug) {
        return slug != null && VALID.matcher(slug).matches();
    }

    static String toAscii(String text) {
        StringBuilder mapped = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            mapped.append(LETTERS.getOrDefault(c, String.valueOf(c)));
        }
        String decomposed = Normalizer.normalize(mapped, Normalizer.Form.NFKD);
        return COMBINING_MARKS.matcher(decomposed).replaceAll("");
    }

    private static String trimDashes(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && s.charAt(start) == '-') {
            start++;
        }
        while (end > start && s.charAt(end - 1) == '-') {
            end--;
        }
        return s.substring(start, end);
    }

    private static String shortHash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required on every JVM", e);
        }
    }
}
