package dev.postwright.validation.text;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds and repairs UTF-8 text that was decoded as Windows-1252 or Latin-1 ({@code â€“} for –).
 *
 * <p>A candidate is a maximal run of chars whose cp1252 bytes form one or more complete,
 * well-formed multi-byte UTF-8 sequences. The five bytes cp1252 leaves undefined (and all of
 * 0x80–0x9F under Latin-1) arrive as C1 controls U+0080–U+009F and are read back as those bytes.
 *
 * <p>Some sequences are spelled by ordinary text too: {@code É’} in "CAFÉ’s", {@code ß“} in
 * German quotes, {@code é&nbsp;»} in French. So only <em>strong</em> sequences count on their
 * own — two-byte ones decoding to U+00A0–U+017F ({@code Â Ã Ä Å} leads), three-byte ones
 * decoding to U+2000–U+27FF (punctuation, symbols, dingbats) or the BOM, four-byte ones
 * decoding to U+1F000–U+1FFFF (emoji). Any other sequence (Greek, Cyrillic, CJK…) counts only
 * in a run of at least two sequences. Limits: a lone mis-decoded Greek or CJK char is missed;
 * double-encoded text is repaired one layer per call; bytes a decoder replaced with U+FFFD or
 * dropped cannot be recovered, except {@code â€} + U+FFFD, read as ”.
 */
public final class Mojibake {

    /** A mojibake run {@code [start, end)} of the text and the text it should have been. */
    public record Span(int start, int end, String original, String repaired) {}

    /** Bytes 0x80–0x9F as Windows-1252 decodes them; U+FFFD marks the five undefined ones. */
    private static final String CP1252_HIGH = "€\uFFFD‚ƒ„…†‡ˆ‰Š‹Œ\uFFFDŽ\uFFFD\uFFFD‘’“”•–—˜™š›œ\uFFFDžŸ";

    private Mojibake() {}

    /** All mojibake runs in {@code text}, in order, not overlapping. */
    public static List<Span> find(String input) {
        // Java and Python cp1252 decoders turn the undefined 0x9D of ” (E2 80 9D) into U+FFFD;
        // ” is by far the likeliest char behind "â€" + U+FFFD. Same length, so offsets hold.
        String text = input.replace("â€\uFFFD", "â€\u009D");
        List<Span> spans = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            int runStart = i;
            int sequences = 0;
            boolean strong = false;
            int len;
            while (i < n && (len = sequenceAt(text, i)) > 0) {
                strong |= isStrong(text, i, len);
                sequences++;
                i += len;
            }
            if (sequences > 0 && (strong || sequences >= 2)) {
                spans.add(new Span(runStart, i, input.substring(runStart, i), decode(text.substring(runStart, i))));
            }
            if (sequences == 0) {
                i++;
            }
        }
        return spans;
    }

    /** {@code text} with every span from {@link #find} replaced by its repair. */
    public static String repair(String text) {
        List<Span> spans = find(text);
        if (spans.isEmpty()) {
            return text;
        }
        StringBuilder sb = new StringBuilder(text.length());
        int last = 0;
        for (Span s : spans) {
            sb.append(text, last, s.start()).append(s.repaired());
            last = s.end();
        }
        return sb.append(text, last, text.length()).toString();
    }

    /** The cp1252/Latin-1 byte a char came from, or -1 when no single byte decodes to it. */
    static int byteOf(char c) {
        if (c < 0x100) {
            return c;
        }
        int i = CP1252_HIGH.indexOf(c);
        return c != '\uFFFD' && i >= 0 ? 0x80 + i : -1;
    }

    /** Length in chars of a well-formed multi-byte UTF-8 sequence spelled at {@code i}, or 0. */
    private static int sequenceAt(String text, int i) {
        int lead = byteOf(text.charAt(i));
        int len;
        int lo = 0x80;
        int hi = 0xBF;
        if (lead >= 0xC2 && lead <= 0xDF) {
            len = 2;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            len = 3;
            lo = lead == 0xE0 ? 0xA0 : 0x80; // no overlongs
            hi = lead == 0xED ? 0x9F : 0xBF; // no surrogates
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            len = 4;
            lo = lead == 0xF0 ? 0x90 : 0x80;
            hi = lead == 0xF4 ? 0x8F : 0xBF; // nothing past U+10FFFF
        } else {
            return 0;
        }
        if (i + len > text.length()) {
            return 0;
        }
        for (int k = 1; k < len; k++) {
            int b = byteOf(text.charAt(i + k));
            if (b < (k == 1 ? lo : 0x80) || b > (k == 1 ? hi : 0xBF)) {
                return 0;
            }
        }
        return len;
    }

    private static boolean isStrong(String text, int i, int len) {
        int cp = decode(text.substring(i, i + len)).codePointAt(0);
        return switch (len) {
            case 2 -> cp >= 0xA0 && cp <= 0x17F;
            case 3 -> cp >= 0x2000 && cp <= 0x27FF || cp == 0xFEFF;
            default -> cp >= 0x1F000 && cp <= 0x1FFFF;
        };
    }

    private static String decode(String mojibake) {
        byte[] bytes = new byte[mojibake.length()];
        for (int k = 0; k < bytes.length; k++) {
            bytes[k] = (byte) byteOf(mojibake.charAt(k));
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
