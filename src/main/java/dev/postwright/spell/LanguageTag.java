package dev.postwright.spell;

import java.util.Locale;

/** Language tags as sites write them ({@code en_gb}, {@code en-us}, {@code EN}) in one form: {@code en-GB}. */
public final class LanguageTag {

    private LanguageTag() {}

    public static String normalize(String raw) {
        String[] parts = raw.strip().replace('_', '-').split("-");
        StringBuilder out = new StringBuilder(parts[0].toLowerCase(Locale.ROOT));
        for (int i = 1; i < parts.length; i++) {
            String p = parts[i];
            out.append('-').append(p.length() == 2 ? p.toUpperCase(Locale.ROOT) : p);
        }
        return out.toString();
    }
}
