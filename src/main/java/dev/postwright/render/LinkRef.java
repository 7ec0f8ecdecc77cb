package dev.postwright.render;

/**
 * A link found in the body. For {@link Kind#REFERENCE}, {@code referenceLabel} is the label and
 * {@code referenceDefined} tells whether a {@code [label]:} definition exists; other kinds have a null
 * label and {@code referenceDefined == true}.
 */
public record LinkRef(
        Kind kind,
        String destination,
        String decodedDestination,
        String text,
        String referenceLabel,
        boolean referenceDefined,
        int line,
        int column,
        int offset) {

    /** Where the link came from in the source. */
    public enum Kind {
        INLINE,
        REFERENCE,
        AUTOLINK,
        HTML_A
    }
}
