package dev.postwright.site.generator;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One Go-template pipeline ({@code replace .File.ContentBaseName "-" " " | title}) evaluated against maps of
 * data, with the functions and the time methods Hugo archetypes commonly use. Anything else is
 * {@link NotUnderstood}, so the caller can say which expression it left out.
 */
final class GoPipeline {

    /** An expression this evaluator does not know; the message says what. */
    static final class NotUnderstood extends Exception {
        private static final long serialVersionUID = 1L;

        NotUnderstood(String what) {
            super(what, null, false, false);
        }
    }

    private final Map<String, Object> root;
    private final ZonedDateTime now;

    /**
     * @param root the archetype's data ({@code .Date}, {@code .File}, {@code .Site} …), nested maps for the
     *     fields
     * @param now what {@code now} and {@code time.Now} return
     */
    GoPipeline(Map<String, Object> root, ZonedDateTime now) {
        this.root = root;
        this.now = now;
    }

    Object root() {
        return root;
    }

    Object eval(String pipeline, Object dot) throws NotUnderstood {
        List<List<String>> commands = GoTokens.commands(pipeline);
        if (commands.isEmpty()) {
            throw new NotUnderstood("an empty action");
        }
        Object result = null;
        boolean first = true;
        for (List<String> cmd : commands) {
            List<Object> extra = first ? List.of() : Collections.singletonList(result);
            result = command(cmd, extra, dot);
            first = false;
        }
        return result;
    }

    private Object command(List<String> words, List<Object> piped, Object dot) throws NotUnderstood {
        String head = words.get(0);
        List<Object> args = new ArrayList<>();
        for (String w : words.subList(1, words.size())) {
            args.add(operand(w, dot));
        }
        args.addAll(piped);
        if (head.startsWith(".") || head.startsWith("$") || head.startsWith("(")) {
            Object target = operand(head, dot);
            if (!args.isEmpty()) {
                throw new NotUnderstood(head + " takes no arguments");
            }
            return target;
        }
        if (head.startsWith("\"") || head.startsWith("`") || head.matches("-?\\d+|true|false")) {
            if (!args.isEmpty()) {
                throw new NotUnderstood(head + " takes no arguments");
            }
            return operand(head, dot);
        }
        // a function, perhaps followed by a method: now.Format "2006-01-02", time.Now.Format …
        String fn = head;
        String method = null;
        if (!GoFunctions.known(fn)) {
            int dotAt = head.lastIndexOf('.');
            if (dotAt > 0 && GoFunctions.known(head.substring(0, dotAt))) {
                fn = head.substring(0, dotAt);
                method = head.substring(dotAt + 1);
            }
        }
        if (method != null) {
            return GoFunctions.method(GoFunctions.call(fn, List.of(), now), method, args);
        }
        return GoFunctions.call(fn, args, now);
    }

    /** A literal, a field chain on dot ({@code .Site.Params.author}) or a parenthesised pipeline. */
    private Object operand(String w, Object dot) throws NotUnderstood {
        if (w.startsWith("\"")) {
            return GoTokens.unquote(w);
        }
        if (w.startsWith("`")) {
            return w.substring(1, w.length() - 1);
        }
        if (w.equals("true") || w.equals("false")) {
            return Boolean.valueOf(w);
        }
        if (w.matches("-?\\d+")) {
            return Long.valueOf(w);
        }
        if (w.equals(".")) {
            return dot;
        }
        if (w.startsWith("(")) {
            int close = GoTokens.matchingParen(w);
            Object inner = eval(w.substring(1, close), dot);
            return fields(inner, w.substring(close + 1), w);
        }
        if (w.startsWith("$")) {
            return fields(root, w.substring(1), w);
        }
        if (w.startsWith(".")) {
            return fields(dot, w, w);
        }
        if (GoFunctions.known(w)) {
            return GoFunctions.call(w, List.of(), now);
        }
        throw new NotUnderstood(w);
    }

    /** Follows {@code .A.B} through maps, matching keys without regard to case as Hugo's params do. */
    private static Object fields(Object start, String chain, String whole) throws NotUnderstood {
        Object v = start;
        if (chain.isEmpty()) {
            return v;
        }
        for (String name : chain.substring(1).split("\\.", -1)) {
            if (!(v instanceof Map<?, ?> m) || name.isEmpty()) {
                throw new NotUnderstood(whole);
            }
            Object next = null;
            boolean found = false;
            for (Map.Entry<?, ?> e : m.entrySet()) {
                if (String.valueOf(e.getKey()).equalsIgnoreCase(name)) {
                    next = e.getValue();
                    found = true;
                    break;
                }
            }
            if (!found && !(m instanceof Params)) {
                throw new NotUnderstood(whole);
            }
            v = next;
        }
        return v;
    }

    /** A map whose missing keys are simply empty (Hugo's {@code .Site.Params}), not misunderstood. */
    static final class Params extends LinkedHashMap<String, Object> {
        private static final long serialVersionUID = 1L;
    }

    /** How Go prints a value in a template. */
    static String print(Object v) {
        if (v == null) {
            return "";
        }
        if (v instanceof ZonedDateTime t) {
            return GoTimeLayout.format(t, "2006-01-02 15:04:05 -0700 MST");
        }
        if (v instanceof List<?> l) {
            List<String> parts = new ArrayList<>();
            l.forEach(x -> parts.add(print(x)));
            return "[" + String.join(" ", parts) + "]";
        }
        return String.valueOf(v);
    }

    /** Go's truth: false, 0, nil and empty strings, lists and maps are false. */
    static boolean truth(Object v) {
        if (v == null) {
            return false;
        }
        if (v instanceof Boolean b) {
            return b;
        }
        if (v instanceof Number n) {
            return n.doubleValue() != 0;
        }
        if (v instanceof String s) {
            return !s.isEmpty();
        }
        if (v instanceof List<?> l) {
            return !l.isEmpty();
        }
        if (v instanceof Map<?, ?> m) {
            return !m.isEmpty();
        }
        return true;
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
