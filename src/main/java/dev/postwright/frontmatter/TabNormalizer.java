package dev.postwright.frontmatter;

import java.util.regex.Pattern;

/**
 * Replaces tabs in separating whitespace (after {@code key:}, {@code -}, before a comment or line end) by spaces.
 * SnakeYAML rejects such tabs while js-yaml and libyaml accept them; the replacement keeps the length so parser
 * marks still point into the original text, which is what gets written back.
 */
final class TabNormalizer {

    private static final Pattern BLOCK_HEADER = Pattern.compile("(^|.*[:\\-?][ \\t]+)[|>][-+0-9]*[ \\t]*(#.*)?");

    private TabNormalizer() {}

    static String normalize(String yaml) {
        if (yaml.indexOf('\t') < 0) {
            return yaml;
        }
        char[] c = yaml.toCharArray();
        boolean inDouble = false;
        boolean inSingle = false;
        int blockParentIndent = -1;
        int pos = 0;
        while (pos < c.length) {
            int end = pos;
            while (end < c.length && c[end] != '\n' && c[end] != '\r') {
                end++;
            }
            int indent = pos;
            while (indent < end && c[indent] == ' ') {
                indent++;
            }
            boolean blank = isBlank(c, pos, end);
            if (blockParentIndent >= 0 && (blank || indent - pos > blockParentIndent)) {
                pos = skipBreak(c, end);
                continue;
            }
            blockParentIndent = -1;
            int commentAt = end;
            for (int i = (inDouble || inSingle) ? pos : indent; i < end; i++) {
                char ch = c[i];
                if (inDouble) {
                    if (ch == '\\') {
                        i++;
                    } else if (ch == '"') {
                        inDouble = false;
                    }
                } else if (inSingle) {
                    if (ch == '\'') {
                        if (i + 1 < end && c[i + 1] == '\'') {
                            i++;
                        } else {
                            inSingle = false;
                        }
                    }
                } else if (ch == '#' && (i == pos || c[i - 1] == ' ' || c[i - 1] == '\t')) {
                    commentAt = i;
                    break;
                } else if ((ch == '"' || ch == '\'') && startsScalar(c, i, indent)) {
                    inDouble = ch == '"';
                    inSingle = ch == '\'';
                } else if (ch == '\t' && i > indent) {
                    i = fixRun(c, i, end) - 1;
                }
            }
            if (!inDouble
                    && !inSingle
                    && BLOCK_HEADER.matcher(new String(c, pos, commentAt - pos)).matches()) {
                blockParentIndent = indent - pos;
            }
            pos = skipBreak(c, end);
        }
        return new String(c);
    }

    /** Fixes one run of blanks starting at a tab if it is separating whitespace; returns the run end. */
    private static int fixRun(char[] c, int start, int end) {
        int runStart = start;
        while (runStart > 0 && (c[runStart - 1] == ' ' || c[runStart - 1] == '\t')) {
            runStart--;
        }
        int runEnd = start;
        while (runEnd < end && (c[runEnd] == ' ' || c[runEnd] == '\t')) {
            runEnd++;
        }
        char before = runStart > 0 ? c[runStart - 1] : '\n';
        boolean separating =
                before == ':' || before == '-' || before == '?' || before == ',' || runEnd == end || c[runEnd] == '#';
        if (separating) {
            for (int i = runStart; i < runEnd; i++) {
                c[i] = ' ';
            }
        }
        return runEnd;
    }

    private static boolean startsScalar(char[] c, int i, int indent) {
        if (i == indent) {
            return true;
        }
        char prev = c[i - 1];
        return prev == ' ' || prev == '\t' || prev == '[' || prev == '{' || prev == ',';
    }

    private static boolean isBlank(char[] c, int from, int to) {
        for (int i = from; i < to; i++) {
            if (c[i] != ' ' && c[i] != '\t') {
                return false;
            }
        }
        return true;
    }

    private static int skipBreak(char[] c, int end) {
        if (end < c.length && c[end] == '\r') {
            end++;
        }
        if (end < c.length && c[end] == '\n') {
            end++;
        }
        return end;
    }
}
