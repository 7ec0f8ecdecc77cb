package dev.postwright.site;

/** How tags must be spelled: {@code KEBAB} (lowercase words joined by {@code -}) or {@code ANY}. */
public enum TagStyle {
    KEBAB, ANY
}
