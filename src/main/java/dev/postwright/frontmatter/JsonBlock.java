package dev.postwright.frontmatter;

/** Finds the end of a JSON frontmatter object that opens a file (Hugo): the brace matching the first {@code {}. */
final class JsonBlock {

    private JsonBlock() {}

    /**
     * Offset just past the closing brace when the object is followed only by blanks up to the end of its line;
     * -1 when there is no such brace (the file is then not JSON frontmatter).
     */
    static int end(String text) {
        int depth = 0;
        boolean inString = false;
        for (int i = text.indexOf('{'); i >= 0 && i < text.length(); i++) {
            char c = text.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                int nl = text.indexOf('\n', i);
                String rest = text.substring(i + 1, nl < 0 ? text.length() : nl);
                return rest.isBlank() ? i + 1 : -1;
            }
        }
        return -1;
    }
}
