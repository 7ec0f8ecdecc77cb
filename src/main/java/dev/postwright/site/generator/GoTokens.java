package dev.postwright.site.generator;

import java.util.ArrayList;
import java.util.List;

/** Splits a Go-template pipeline into commands and each command into words, keeping strings and groups whole. */
final class GoTokens {

    private GoTokens() {}

    /** {@code a "x|y" | b (c | d)} → {@code [[a, "x|y"], [b, (c | d)]]}. */
    static List<List<String>> commands(String pipeline) throws GoPipeline.NotUnderstood {
        List<List<String>> commands = new ArrayList<>();
        List<String> words = new ArrayList<>();
        int i = 0;
        String s = pipeline;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '|') {
                if (words.isEmpty()) {
                    throw new GoPipeline.NotUnderstood(pipeline);
                }
                commands.add(words);
                words = new ArrayList<>();
                i++;
            } else {
                int end = wordEnd(s, i, pipeline);
                words.add(s.substring(i, end));
                i = end;
            }
        }
        if (!words.isEmpty()) {
            commands.add(words);
        } else if (!commands.isEmpty()) {
            throw new GoPipeline.NotUnderstood(pipeline);
        }
        return commands;
    }

    private static int wordEnd(String s, int start, String whole) throws GoPipeline.NotUnderstood {
        int i = start;
        int depth = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '"' || c == '`') {
                i = stringEnd(s, i, whole);
                continue;
            }
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
                if (depth < 0) {
                    throw new GoPipeline.NotUnderstood(whole);
                }
            } else if (depth == 0 && (Character.isWhitespace(c) || c == '|')) {
                break;
            }
            i++;
        }
        if (depth != 0) {
            throw new GoPipeline.NotUnderstood(whole);
        }
        return i;
    }

    private static int stringEnd(String s, int open, String whole) throws GoPipeline.NotUnderstood {
        char q = s.charAt(open);
        for (int i = open + 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (q == '"' && c == '\\') {
                i++;
            } else if (c == q) {
                return i + 1;
            }
        }
        throw new GoPipeline.NotUnderstood(whole);
    }

    /** The index of the parenthesis closing the one {@code w} starts with. */
    static int matchingParen(String w) throws GoPipeline.NotUnderstood {
        int depth = 0;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (c == '"' || c == '`') {
                i = stringEnd(w, i, w) - 1;
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
        }
        throw new GoPipeline.NotUnderstood(w);
    }

    /** A Go interpreted string literal's value: {@code "a\"b\n"}. */
    static String unquote(String w) throws GoPipeline.NotUnderstood {
        StringBuilder b = new StringBuilder();
        for (int i = 1; i < w.length() - 1; i++) {
            char c = w.charAt(i);
            if (c != '\\') {
                b.append(c);
                continue;
            }
            char e = w.charAt(++i);
            switch (e) {
                case 'n' -> b.append('\n');
                case 't' -> b.append('\t');
                case 'r' -> b.append('\r');
                case '\\', '"', '\'' -> b.append(e);
                default -> throw new GoPipeline.NotUnderstood(w);
            }
        }
        return b.toString();
    }
}
