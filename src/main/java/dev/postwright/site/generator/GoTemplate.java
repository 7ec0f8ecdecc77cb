package dev.postwright.site.generator;

import java.util.ArrayList;
import java.util.List;

/**
 * The part of Go's {@code text/template} that Hugo archetypes use: text, {@code {{ pipeline }}} actions with
 * {@code {{-}} / {@code -}}} trimming, {@code {{/* comments *}{@literal /}}}, and {@code if}/{@code with} blocks
 * with {@code else}. Hand-written: no maintained Go-template engine for Java offers Hugo's functions (see
 * docs/decisions/0003-hugo-archetypes.md). Each action is evaluated on its own by {@link GoPipeline}, so one
 * expression it does not understand costs that expression only, never the post.
 */
final class GoTemplate {

    /** What an expression the evaluator did not understand leaves in the text, until the caller cleans up. */
    static final char UNKNOWN = '\u0000';

    private GoTemplate() {}

    /** The result and the expressions that were not understood (as written, e.g. {@code {{ .Resources }}}). */
    record Result(String text, List<String> unknown) {}

    /** Evaluates {@code template} against {@code dot}; never throws. */
    static Result evaluate(String template, GoPipeline pipeline) {
        List<Node> nodes = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        parse(template, nodes, unknown);
        StringBuilder out = new StringBuilder();
        Object root = pipeline.root();
        run(nodes, root, pipeline, out, unknown);
        return new Result(out.toString(), unknown);
    }

    // ---- parsing: a flat token list folded into if/with blocks ----

    private sealed interface Node permits Text, Action, Block {}

    private record Text(String text) implements Node {}

    private record Action(String source, String pipeline) implements Node {}

    private record Block(String source, String keyword, String pipeline, List<Node> then, List<Node> otherwise)
            implements Node {}

    private record Token(String text, String action, String source) {}

    private static void parse(String template, List<Node> into, List<String> unknown) {
        List<Token> tokens = tokenize(template);
        Deque stack = new Deque(into);
        for (Token t : tokens) {
            if (t.action == null) {
                stack.add(new Text(t.text));
                continue;
            }
            String a = t.action.strip();
            String word = a.split("[\\s(]", 2)[0];
            switch (word) {
                case "if", "with", "range" ->
                    stack.open(new Block(
                            t.source, word, a.substring(word.length()).strip(), new ArrayList<>(), new ArrayList<>()));
                case "else" -> {
                    if (!stack.toElse() || !a.equals("else")) {
                        unknown.add(t.source);
                    }
                }
                case "end" -> {
                    if (!stack.close()) {
                        unknown.add(t.source);
                    }
                }
                default -> stack.add(new Action(t.source, a));
            }
        }
        while (stack.depth() > 0) {
            unknown.add(stack.openSource() + " (no {{ end }})");
            stack.close();
        }
    }

    /** Splits the template into text and actions, applying the trim markers to the neighbouring text. */
    private static List<Token> tokenize(String s) {
        List<Token> tokens = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        int i = 0;
        while (i < s.length()) {
            int open = s.indexOf("{{", i);
            if (open < 0) {
                text.append(s, i, s.length());
                break;
            }
            int close = closing(s, open + 2);
            if (close < 0) {
                text.append(s, i, s.length()); // an unclosed {{ is text; Hugo would refuse the archetype
                break;
            }
            text.append(s, i, open);
            String inner = s.substring(open + 2, close);
            boolean trimLeft = inner.length() >= 2 && inner.charAt(0) == '-' && isSpace(inner.charAt(1));
            boolean trimRight = inner.length() >= 2
                    && inner.charAt(inner.length() - 1) == '-'
                    && isSpace(inner.charAt(inner.length() - 2));
            String body = inner.substring(trimLeft ? 1 : 0, inner.length() - (trimRight ? 1 : 0));
            if (trimLeft) {
                trimEnd(text);
            }
            tokens.add(new Token(text.toString(), null, null));
            text.setLength(0);
            String stripped = body.strip();
            if (!(stripped.startsWith("/*") && stripped.endsWith("*/"))) {
                tokens.add(new Token(null, body, s.substring(open, close + 2)));
            }
            i = close + 2;
            if (trimRight) {
                while (i < s.length() && isSpace(s.charAt(i))) {
                    i++;
                }
            }
        }
        tokens.add(new Token(text.toString(), null, null));
        return tokens;
    }

    /** The index of the {@code }}} closing an action, skipping quoted strings; -1 when there is none. */
    private static int closing(String s, int from) {
        char quote = 0;
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quote != 0) {
                if (c == '\\' && quote == '"') {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '`') {
                quote = c;
            } else if (c == '}' && i + 1 < s.length() && s.charAt(i + 1) == '}') {
                return i;
            }
        }
        return -1;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }

    private static void trimEnd(StringBuilder b) {
        int n = b.length();
        while (n > 0 && isSpace(b.charAt(n - 1))) {
            n--;
        }
        b.setLength(n);
    }

    // ---- evaluation ----

    private static void run(
            List<Node> nodes, Object dot, GoPipeline pipeline, StringBuilder out, List<String> unknown) {
        for (Node n : nodes) {
            if (n instanceof Text t) {
                out.append(t.text);
            } else if (n instanceof Action a) {
                try {
                    out.append(GoPipeline.print(pipeline.eval(a.pipeline, dot)));
                } catch (GoPipeline.NotUnderstood e) {
                    unknown.add(a.source);
                    out.append(UNKNOWN);
                }
            } else if (n instanceof Block b && b.keyword.equals("range")) {
                unknown.add(b.source); // a loop over pages or lists: nothing a new post has
                out.append(UNKNOWN);
            } else if (n instanceof Block b) {
                Object value;
                try {
                    value = pipeline.eval(b.pipeline, dot);
                } catch (GoPipeline.NotUnderstood e) {
                    unknown.add(b.source);
                    out.append(UNKNOWN);
                    continue;
                }
                boolean truth = GoPipeline.truth(value);
                Object inner = b.keyword.equals("with") && truth ? value : dot;
                run(truth ? b.then : b.otherwise, inner, pipeline, out, unknown);
            }
        }
    }

    /** The blocks being filled while parsing; the bottom one is the template's own list. */
    private static final class Deque {
        private final List<Block> open = new ArrayList<>();
        private final List<Boolean> inElse = new ArrayList<>();
        private final List<Node> top;

        Deque(List<Node> top) {
            this.top = top;
        }

        void add(Node n) {
            if (open.isEmpty()) {
                top.add(n);
            } else {
                Block b = open.get(open.size() - 1);
                (inElse.get(inElse.size() - 1) ? b.otherwise : b.then).add(n);
            }
        }

        void open(Block b) {
            add(b);
            open.add(b);
            inElse.add(false);
        }

        boolean toElse() {
            if (open.isEmpty() || inElse.get(inElse.size() - 1)) {
                return false;
            }
            inElse.set(inElse.size() - 1, true);
            return true;
        }

        boolean close() {
            if (open.isEmpty()) {
                return false;
            }
            open.remove(open.size() - 1);
            inElse.remove(inElse.size() - 1);
            return true;
        }

        int depth() {
            return open.size();
        }

        String openSource() {
            return open.get(open.size() - 1).source;
        }
    }
}
