package dev.postwright.ui.editor;

import java.util.Locale;

/** Style class names used by the markdown editor; editor.css defines each one. */
public final class EditorStyles {
    public static final String FENCE = "md-fence";
    public static final String FM_KEY = "md-fm-key";
    public static final String FM_VALUE = "md-fm-value";
    public static final String COMMENT = "md-comment";
    public static final String HEADING = "md-heading";
    public static final String EM = "md-em";
    public static final String STRONG = "md-strong";
    public static final String CODE = "md-code";
    public static final String CODE_BLOCK = "md-code-block";
    public static final String LINK = "md-link";
    public static final String URL = "md-url";
    public static final String IMAGE = "md-image";
    public static final String QUOTE = "md-quote";
    public static final String LIST_MARKER = "md-list-marker";
    public static final String HTML = "md-html";
    public static final String HR = "md-hr";
    public static final String CURRENT_LINE = "md-current-line";
    public static final String SEARCH_HIT = "md-search-hit";
    public static final String SEARCH_CURRENT = "md-search-current";
    public static final String PROBLEM_PREFIX = "md-problem-";

    private EditorStyles() {}

    /** {@code md-h1} .. {@code md-h6}. */
    public static String heading(int level) {
        return "md-h" + level;
    }

    /** {@code md-problem-error|warning|info}; unknown severities fall back to info. */
    public static String problem(String severity) {
        String s = severity == null ? "info" : severity.toLowerCase(Locale.ROOT);
        return PROBLEM_PREFIX + (s.equals("error") || s.equals("warning") ? s : "info");
    }
}
