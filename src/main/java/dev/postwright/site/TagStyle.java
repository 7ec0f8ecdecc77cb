package dev.postwright.site;

/**
 * How tags must be spelled: {@code KEBAB} (lowercase words joined by {@code -}) or {@code ANY}, the default: themes
 * slugify tags for their URLs, so unless a site asks for a style only what changes the built site is checked.
 */
public enum TagStyle {
    KEBAB,
    ANY
}
