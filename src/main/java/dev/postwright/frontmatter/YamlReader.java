package dev.postwright.frontmatter;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.CollectionNode;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;

/**
 * Composes the frontmatter into SnakeYAML nodes (never constructs objects, so tags cannot instantiate anything)
 * and converts them into {@link YamlValue}s and top-level entry spans located in the whole file.
 */
final class YamlReader {

    static final int MAX_DEPTH = 50;
    private static final Pattern DOCUMENT_MARKER = Pattern.compile("(---|\\.\\.\\.)(\\s|$)");

    /** Parse outcome: entries with spans, or a problem. */
    record Result(
            List<FrontmatterDocument.Entry> entries,
            Map<String, EntrySpan> spans,
            boolean flowRoot,
            Optional<YamlProblem> problem) {}

    /** Offsets (whole file) of a top-level key's pieces the splicer needs. */
    record EntrySpan(int keyEnd, int valueStart, int valueEnd) {}

    private final String raw;
    private final int base;
    private final LineIndex lines;
    private final YamlDialect dialect;
    private final int[] cpToChar;

    private YamlReader(String raw, int base, LineIndex lines, YamlDialect dialect) {
        this.raw = raw;
        this.base = base;
        this.lines = lines;
        this.dialect = dialect;
        this.cpToChar = codePointMap(raw);
    }

    static Result read(String raw, int base, LineIndex fileLines, YamlDialect dialect) {
        return new YamlReader(raw, base, fileLines, dialect).read();
    }

    /** One YAML value written as source text, as {@code dialect} reads it; empty when the text is not one value. */
    static Optional<YamlValue> readValue(String source, YamlDialect dialect) {
        return new YamlReader(source, 0, new LineIndex(source), dialect).value();
    }

    private Optional<YamlValue> value() {
        try {
            String text = TabNormalizer.normalize(raw);
            if (DOCUMENT_MARKER.matcher(text).lookingAt()) {
                // after "key: " a leading "---" or "..." is plain text, not a document marker
                String plain = text.split(" #", 2)[0].strip();
                return Optional.of(new YamlValue.Scalar(
                        plain, ScalarStyle.PLAIN, ScalarKinds.resolvePlain(plain, dialect), plain, 1, 1));
            }
            if (checkFlowDepth(text).isPresent()) {
                return Optional.empty();
            }
            LoadSettings settings = settings();
            Composer composer = new Composer(settings, new ParserImpl(settings, new StreamReader(settings, text)));
            Optional<Node> root = composer.getSingleNode();
            if (root.isEmpty()) {
                // only a comment: what "key: # comment" reads as
                return Optional.of(new YamlValue.Scalar("", ScalarStyle.PLAIN, ScalarKind.NULL, "", 1, 1));
            }
            if (findDuplicate(root.get(), 0).isPresent()) {
                return Optional.empty();
            }
            return Optional.of(convert(root.get(), 0));
        } catch (StackOverflowError | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static LoadSettings settings() {
        return LoadSettings.builder()
                .setAllowDuplicateKeys(false)
                .setMaxAliasesForCollections(50)
                .setCodePointLimit(3 * 1024 * 1024)
                .setAllowRecursiveKeys(false)
                .setUseMarks(true)
                .setLabel("frontmatter")
                .build();
    }

    private Result read() {
        try {
            LoadSettings settings = settings();
            String text = TabNormalizer.normalize(raw);
            Optional<YamlProblem> tooDeep = checkFlowDepth(text);
            if (tooDeep.isPresent()) {
                return failed(tooDeep.get());
            }
            Composer composer = new Composer(settings, new ParserImpl(settings, new StreamReader(settings, text)));
            Optional<Node> root = composer.getSingleNode();
            if (root.isEmpty()) {
                return new Result(List.of(), Map.of(), false, Optional.empty());
            }
            return entries(root.get());
        } catch (MarkedYamlEngineException e) {
            Mark mark = e.getProblemMark().or(e::getContextMark).orElse(null);
            String message = e.getProblem() == null ? e.getMessage() : e.getProblem();
            return failed(mark == null ? new YamlProblem(message, lines.line(base), 1) : problemAt(message, mark));
        } catch (YamlEngineException e) {
            return failed(new YamlProblem(e.getMessage(), lines.line(base), 1));
        } catch (StackOverflowError | TooDeep e) {
            return failed(
                    new YamlProblem("frontmatter nests deeper than " + MAX_DEPTH + " levels", lines.line(base), 1));
        } catch (RuntimeException e) {
            // Opening a post must never fail on its contents; report instead of crashing the editor.
            return failed(new YamlProblem("the frontmatter could not be read: " + e, lines.line(base), 1));
        }
    }

    private Result entries(Node root) {
        if (!(root instanceof MappingNode map)) {
            return failed(problemAt(
                    "frontmatter must be a list of 'key: value' lines",
                    root.getStartMark().get()));
        }
        convert(root, 0);
        Optional<YamlProblem> duplicate = findDuplicate(root, 0);
        if (duplicate.isPresent()) {
            return failed(duplicate.get());
        }
        List<FrontmatterDocument.Entry> entries = new ArrayList<>();
        Map<String, EntrySpan> spans = new HashMap<>();
        for (NodeTuple t : map.getValue()) {
            Node k = t.getKeyNode();
            Node v = t.getValueNode();
            String key = k instanceof ScalarNode s ? s.getValue() : source(k);
            int keyStart = offset(k.getStartMark().get());
            int keyEnd = offset(k.getEndMark().get());
            YamlValue value = convert(v, 0);
            int valueStart = offset(v.getStartMark().get());
            int valueEnd = Math.max(lastEnd(v), keyEnd);
            if (v instanceof ScalarNode s && s.getValue().isEmpty() && s.isPlain()) {
                valueStart = keyEnd;
                valueEnd = keyEnd;
            }
            int end = lineEndAfter(valueStart, valueEnd, v);
            int startOff = lines.lineStart(lines.line(keyStart));
            spans.put(key, new EntrySpan(keyEnd, valueStart, Math.min(valueEnd, end)));
            entries.add(new FrontmatterDocument.Entry(
                    key,
                    lines.line(keyStart),
                    lines.column(keyStart),
                    value.line(),
                    value.column(),
                    startOff,
                    end,
                    value));
        }
        return new Result(entries, spans, isFlow(map), Optional.empty());
    }

    /** End of the entry: through the line ending of the value's last line, without trailing blank lines. */
    private int lineEndAfter(int valueStart, int valueEnd, Node v) {
        int yamlEnd = base + raw.length();
        int end = valueEnd > base && fileChar(valueEnd - 1) == '\n' ? valueEnd : lines.nextLineStart(valueEnd);
        end = Math.min(end, yamlEnd);
        boolean keep = v instanceof ScalarNode s && !s.isPlain() && source(v).matches("(?s)[|>][0-9]*\\+.*");
        int firstLineStart = lines.lineStart(lines.line(valueStart));
        while (!keep && end > base) {
            int lineStart = lines.lineStart(lines.line(end - 1));
            if (lineStart <= firstLineStart
                    || !raw.substring(lineStart - base, end - base).isBlank()) {
                break;
            }
            end = lineStart;
        }
        return end;
    }

    private char fileChar(int fileOffset) {
        return raw.charAt(fileOffset - base);
    }

    /** Where a node's text really ends: block collections end with their last child, not at the next token. */
    private int lastEnd(Node n) {
        if (n instanceof SequenceNode s && !isFlow(s) && !s.getValue().isEmpty()) {
            return lastEnd(s.getValue().get(s.getValue().size() - 1));
        }
        if (n instanceof MappingNode m && !isFlow(m) && !m.getValue().isEmpty()) {
            return lastEnd(m.getValue().get(m.getValue().size() - 1).getValueNode());
        }
        return offset(n.getEndMark().get());
    }

    private YamlValue convert(Node n, int depth) {
        if (depth > MAX_DEPTH) {
            throw new TooDeep();
        }
        int off = offset(n.getStartMark().get());
        int line = lines.line(off);
        int col = lines.column(off);
        if (n instanceof ScalarNode s) {
            ScalarStyle style = switch (s.getScalarStyle()) {
                case SINGLE_QUOTED -> ScalarStyle.SINGLE;
                case DOUBLE_QUOTED -> ScalarStyle.DOUBLE;
                case LITERAL -> ScalarStyle.LITERAL;
                case FOLDED -> ScalarStyle.FOLDED;
                default -> ScalarStyle.PLAIN;
            };
            ScalarKind kind =
                    style == ScalarStyle.PLAIN ? ScalarKinds.resolvePlain(s.getValue(), dialect) : ScalarKind.STRING;
            return new YamlValue.Scalar(s.getValue(), style, kind, source(n), line, col);
        }
        if (n instanceof SequenceNode s) {
            List<YamlValue> items = new ArrayList<>();
            for (Node item : s.getValue()) {
                items.add(convert(item, depth + 1));
            }
            return new YamlValue.Sequence(items, isFlow(s), line, col);
        }
        MappingNode m = (MappingNode) n;
        List<YamlValue.MappingEntry> entries = new ArrayList<>();
        for (NodeTuple t : m.getValue()) {
            Node k = t.getKeyNode();
            String key = k instanceof ScalarNode s ? s.getValue() : source(k);
            entries.add(new YamlValue.MappingEntry(key, convert(t.getValueNode(), depth + 1)));
        }
        return new YamlValue.Mapping(entries, isFlow(m), line, col);
    }

    /** SnakeYAML's composer may let duplicate keys through; last-wins would silently drop data. */
    private Optional<YamlProblem> findDuplicate(Node n, int depth) {
        if (n instanceof MappingNode m) {
            Map<String, Node> seen = new HashMap<>();
            for (NodeTuple t : m.getValue()) {
                if (t.getKeyNode() instanceof ScalarNode k) {
                    Node first = seen.putIfAbsent(k.getValue(), k);
                    if (first != null) {
                        int firstLine = lines.line(offset(first.getStartMark().get()));
                        return Optional.of(problemAt(
                                "duplicate key '" + k.getValue() + "' (first on line " + firstLine + ")",
                                k.getStartMark().get()));
                    }
                }
                Optional<YamlProblem> inner = findDuplicate(t.getValueNode(), depth + 1);
                if (inner.isPresent()) {
                    return inner;
                }
            }
        } else if (n instanceof SequenceNode s) {
            for (Node item : s.getValue()) {
                Optional<YamlProblem> inner = findDuplicate(item, depth + 1);
                if (inner.isPresent()) {
                    return inner;
                }
            }
        }
        return Optional.empty();
    }

    /** The composer recurses per level; refusing deep flow nesting up front keeps the stack safe. */
    private Optional<YamlProblem> checkFlowDepth(String text) {
        int depth = 0;
        boolean inDouble = false;
        boolean inSingle = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (inDouble) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inDouble = false;
                }
            } else if (inSingle) {
                inSingle = c != '\'';
            } else if (c == '"' || c == '\'') {
                inDouble = c == '"' && i > 0 && " [{,:".indexOf(text.charAt(i - 1)) >= 0;
                inSingle = c == '\'' && i > 0 && " [{,:".indexOf(text.charAt(i - 1)) >= 0;
            } else if (c == '[' || c == '{') {
                if (++depth > MAX_DEPTH) {
                    return Optional.of(new YamlProblem(
                            "frontmatter nests deeper than " + MAX_DEPTH + " levels",
                            lines.line(base + i),
                            lines.column(base + i)));
                }
            } else if (c == ']' || c == '}') {
                depth = Math.max(0, depth - 1);
            }
        }
        return Optional.empty();
    }

    private Result failed(YamlProblem problem) {
        return new Result(List.of(), Map.of(), false, Optional.of(problem));
    }

    private YamlProblem problemAt(String message, Mark mark) {
        int off = offset(mark);
        return new YamlProblem(message.strip(), lines.line(off), lines.column(off));
    }

    /** Whole-file char offset of a mark (marks count code points within the frontmatter). */
    private int offset(Mark mark) {
        int cp = Math.min(Math.max(0, mark.getIndex()), cpToChar.length - 1);
        return base + cpToChar[cp];
    }

    private String source(Node n) {
        int from = offset(n.getStartMark().get()) - base;
        int to = offset(n.getEndMark().get()) - base;
        return raw.substring(from, Math.max(from, to));
    }

    private static int[] codePointMap(String s) {
        int[] map = new int[s.codePointCount(0, s.length()) + 1];
        int cp = 0;
        for (int i = 0; i < s.length(); i += Character.charCount(s.codePointAt(i))) {
            map[cp++] = i;
        }
        map[cp] = s.length();
        return map;
    }

    private static boolean isFlow(CollectionNode<?> n) {
        return n.getFlowStyle() == FlowStyle.FLOW;
    }

    /** Thrown when converted nodes nest deeper than {@link #MAX_DEPTH}. */
    private static final class TooDeep extends RuntimeException {
        TooDeep() {
            super(null, null, false, false);
        }
    }
}
