package dev.postwright.site.generator;

import dev.postwright.frontmatter.FieldValues;
import dev.postwright.frontmatter.FrontmatterDocument;
import dev.postwright.frontmatter.ScalarKind;
import dev.postwright.frontmatter.YamlValue;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Reads a list field, optionally also as space-separated words ({@code tags: clay wheel}, as Jekyll does). */
final class FrontmatterWords {

    private FrontmatterWords() {}

    static List<String> list(FrontmatterDocument fm, String key, boolean words) {
        if (!words) {
            return FieldValues.stringList(fm, key).value().orElse(List.of());
        }
        Optional<YamlValue> v = fm.value(key);
        if (v.isPresent() && v.get() instanceof YamlValue.Sequence) {
            return FieldValues.stringList(fm, key).value().orElse(List.of());
        }
        if (v.isPresent() && v.get() instanceof YamlValue.Scalar s && s.kind() == ScalarKind.STRING) {
            return Arrays.stream(s.value().split("\\s+"))
                    .filter(x -> !x.isBlank())
                    .toList();
        }
        return List.of();
    }
}
