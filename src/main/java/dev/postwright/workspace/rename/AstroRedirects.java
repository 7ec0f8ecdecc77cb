package dev.postwright.workspace.rename;

import dev.postwright.post.LoadedText;
import dev.postwright.post.PostFile;
import dev.postwright.post.PostReadException;
import dev.postwright.post.PostWriteException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Adds an entry to the {@code redirects} object of an Astro config by editing its text: the rest of the file,
 * comments and formatting included, stays as it is. Recognised shapes: {@code defineConfig({ … })} or
 * {@code export default { … }} with an object literal; anything else is refused with what to add by hand.
 */
public final class AstroRedirects {

    /** Config file names Astro looks for, in its own order. */
    public static final List<String> CONFIG_NAMES = List.of(
            "astro.config.mjs",
            "astro.config.js",
            "astro.config.ts",
            "astro.config.mts",
            "astro.config.cjs",
            "astro.config.cts");

    private static final Pattern CONFIG_OBJECT = Pattern.compile("defineConfig\\s*\\(\\s*\\{|export\\s+default\\s+\\{");
    private static final Pattern REDIRECTS_KEY = Pattern.compile("(?:redirects|\"redirects\"|'redirects')\\s*:\\s*");

    /** What {@link #addRedirect(Path, String, String)} did. */
    public record Result(boolean ok, boolean changed, String message) {}

    /** The config's text is not a shape this class can edit safely. */
    public static final class UnrecognisedConfigException extends Exception {
        UnrecognisedConfigException(String message) {
            super(message);
        }
    }

    private AstroRedirects() {}

    /** The site's Astro config file, if it has one. */
    public static Optional<Path> findConfig(Path siteRoot) {
        return CONFIG_NAMES.stream()
                .map(siteRoot::resolve)
                .filter(Files::isRegularFile)
                .findFirst();
    }

    /** Adds {@code from → to} to the config file and writes it atomically; never throws. */
    public static Result addRedirect(Path astroConfig, String from, String to) {
        String name = astroConfig.getFileName().toString();
        try {
            LoadedText loaded = PostFile.read(astroConfig);
            String edited = addRedirect(loaded.text(), from, to);
            if (edited.equals(loaded.text())) {
                return new Result(true, false, name + " already redirects " + from + " to " + to + ".");
            }
            PostFile.writeAtomic(astroConfig, edited, loaded.bom(), loaded.charset(), null, null, loaded.fingerprint());
            return new Result(true, true, "Added a redirect from " + from + " to " + to + " in " + name + ".");
        } catch (UnrecognisedConfigException e) {
            return new Result(false, false, name + ": " + e.getMessage());
        } catch (PostReadException | PostWriteException e) {
            return new Result(false, false, e.getMessage() + " " + byHand(from, to));
        }
    }

    /**
     * The config text with {@code "from": "to"} in its {@code redirects} object: appended to an existing object
     * in its indentation, or a new {@code redirects: { … },} as the first property of the config object. An
     * existing entry for {@code from} gets the new target; an identical entry leaves the text unchanged.
     */
    public static String addRedirect(String text, String from, String to) throws UnrecognisedConfigException {
        JsScanner js = new JsScanner(text);
        Matcher config = CONFIG_OBJECT.matcher(text);
        int open = -1;
        while (config.find()) {
            if (js.isCode(config.start())) {
                open = config.end() - 1;
                break;
            }
        }
        if (open < 0) {
            throw new UnrecognisedConfigException(
                    "no defineConfig({ … }) or export default { … } found. " + byHand(from, to));
        }
        int close = js.matching(open);
        if (close < 0) {
            throw new UnrecognisedConfigException("the config object's braces do not match. " + byHand(from, to));
        }
        Optional<Integer> redirectsValue = findTopLevelKey(text, js, open, close);
        if (redirectsValue.isPresent()) {
            int objOpen = redirectsValue.get();
            if (text.charAt(objOpen) != '{') {
                throw new UnrecognisedConfigException(
                        "its redirects value is not an object literal. " + byHand(from, to));
            }
            return addEntry(text, js, objOpen, from, to);
        }
        return insertRedirects(text, open, close, from, to);
    }

    /** The offset of the value of a {@code redirects:} key directly inside the config object. */
    private static Optional<Integer> findTopLevelKey(String text, JsScanner js, int open, int close) {
        Matcher m = REDIRECTS_KEY.matcher(text).region(open + 1, close);
        while (m.find()) {
            int at = m.start();
            boolean wordStart = at == 0 || !Character.isJavaIdentifierPart(text.charAt(at - 1));
            if (wordStart && js.isCode(at) && js.depthAt(at, open) == 1) {
                return Optional.of(m.end());
            }
        }
        return Optional.empty();
    }

    private static String addEntry(String text, JsScanner js, int objOpen, String from, String to)
            throws UnrecognisedConfigException {
        int objClose = js.matching(objOpen);
        if (objClose < 0) {
            throw new UnrecognisedConfigException("the redirects object's braces do not match. " + byHand(from, to));
        }
        String inner = text.substring(objOpen + 1, objClose);
        char quote = inner.contains("'") && !inner.contains("\"") ? '\'' : '"';
        Optional<String> updated = replaceExisting(text, js, objOpen, objClose, from, to, quote);
        if (updated.isPresent()) {
            return updated.get();
        }
        String entry = quote(from, quote) + ": " + quote(to, quote);
        int last = js.lastCodeCharBefore(objClose, objOpen);
        boolean empty = last == objOpen;
        boolean multiline = inner.indexOf('\n') >= 0;
        if (!multiline) {
            String pad = inner.isBlank() ? " " : "";
            if (empty) {
                return text.substring(0, objOpen + 1) + " " + entry + " " + text.substring(objClose);
            }
            String sep = text.charAt(last) == ',' ? " " : ", ";
            return text.substring(0, last + 1) + sep + entry + pad + text.substring(last + 1);
        }
        String keyIndent = indentOfLine(text, objOpen);
        String indent = empty ? keyIndent + indentUnit(text) : indentOfLine(text, js.firstCodeCharAfter(objOpen));
        if (empty) {
            return text.substring(0, objOpen + 1) + "\n" + indent + entry + ",\n" + keyIndent
                    + text.substring(objClose);
        }
        boolean trailingComma = text.charAt(last) == ',';
        int lineEnd = text.indexOf('\n', last);
        String eol = lineEnd > 0 && text.charAt(lineEnd - 1) == '\r' ? "\r\n" : "\n";
        int insertAt = lineEnd < 0 || lineEnd > objClose ? objClose : lineEnd - (eol.length() - 1);
        String before = text.substring(0, last + 1) + (trailingComma ? "" : ",") + text.substring(last + 1, insertAt);
        return before + eol + indent + entry + (trailingComma ? "," : "") + text.substring(insertAt);
    }

    /** Rewrites the target of an existing {@code from} key; empty when there is none. */
    private static Optional<String> replaceExisting(
            String text, JsScanner js, int objOpen, int objClose, String from, String to, char quote) {
        for (String key : List.of("\"" + escape(from, '"') + "\"", "'" + escape(from, '\'') + "'")) {
            Matcher m = Pattern.compile(
                            Pattern.quote(key) + "\\s*:\\s*(\"(?:[^\"\\\\]|\\\\.)*\"|'(?:[^'\\\\]|\\\\.)*')")
                    .matcher(text)
                    .region(objOpen + 1, objClose);
            while (m.find()) {
                if (js.depthAt(m.start(), objOpen) == 1) {
                    String value = m.group(1);
                    char q = value.charAt(0);
                    return Optional.of(text.substring(0, m.start(1)) + quote(to, q) + text.substring(m.end(1)));
                }
            }
        }
        return Optional.empty();
    }

    private static String insertRedirects(String text, int open, int close, String from, String to) {
        String entry = "redirects: { " + quote(from, '"') + ": " + quote(to, '"') + " },";
        String inner = text.substring(open + 1, close);
        if (inner.isBlank()) {
            String indent = indentOfLine(text, open);
            return text.substring(0, open + 1) + "\n" + indent + indentUnit(text) + entry + "\n" + indent
                    + text.substring(close);
        }
        int firstNewline = inner.indexOf('\n');
        boolean propertyOnOwnLine =
                firstNewline >= 0 && inner.substring(0, firstNewline).isBlank();
        if (!propertyOnOwnLine) {
            return text.substring(0, open + 1) + " " + entry + text.substring(open + 1);
        }
        int lineStart = open + 1 + firstNewline + 1;
        int nextLine = lineStart;
        while (nextLine < close) { // the first property's line, skipping blank lines
            int end = text.indexOf('\n', nextLine);
            if (end < 0 || end > close || !text.substring(nextLine, end).isBlank()) {
                break;
            }
            nextLine = end + 1;
        }
        String indent = leadingWhitespace(text, nextLine);
        String eol = firstNewline > 0 && inner.charAt(firstNewline - 1) == '\r' ? "\r\n" : "\n";
        return text.substring(0, lineStart) + indent + entry + eol + text.substring(lineStart);
    }

    /** What to write by hand when the file cannot be edited. */
    public static String byHand(String from, String to) {
        return "Add this to the object passed to defineConfig in the Astro config by hand: redirects: { "
                + quote(from, '"') + ": " + quote(to, '"') + " },";
    }

    private static String quote(String s, char q) {
        return q + escape(s, q) + q;
    }

    private static String escape(String s, char q) {
        return s.replace("\\", "\\\\").replace(String.valueOf(q), "\\" + q);
    }

    private static String indentOfLine(String text, int offset) {
        return leadingWhitespace(text, text.lastIndexOf('\n', Math.max(0, offset - 1)) + 1);
    }

    private static String leadingWhitespace(String text, int lineStart) {
        int i = lineStart;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        return text.substring(lineStart, i);
    }

    /** The file's indentation step: a tab, or the smallest non-zero run of leading spaces (2 by default). */
    private static String indentUnit(String text) {
        int smallest = Integer.MAX_VALUE;
        for (String line : text.split("\n")) {
            if (line.startsWith("\t")) {
                return "\t";
            }
            int n = 0;
            while (n < line.length() && line.charAt(n) == ' ') {
                n++;
            }
            if (n > 0 && n < line.length() && n < smallest) {
                smallest = n;
            }
        }
        return " ".repeat(smallest == Integer.MAX_VALUE ? 2 : smallest);
    }
}
