package dev.postwright.site.generator;

import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

/** What an archetype's template sees: Hugo's {@code .Date}, {@code .Name}, {@code .File}, {@code .Site} … */
final class HugoArchetypeData {

    private HugoArchetypeData() {}

    /**
     * @param section the post's section ({@code posts})
     * @param slug the post's base name, which Hugo calls its {@code ContentBaseName}
     * @param file the new post's file (a bundle's {@code index.md} or {@code <slug>.md})
     */
    static Map<String, Object> of(HugoSiteConfig config, String section, String slug, Path file, ZonedDateTime now) {
        String fileName = file.getFileName().toString();
        String baseFileName = fileName.replaceFirst("\\.[^.]+$", "");
        boolean bundle = fileName.equals("index.md");
        String dir = section.isEmpty() ? "" : section + "/";
        if (bundle) {
            dir = dir + slug + "/";
        }
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("ContentBaseName", slug);
        f.put("BaseFileName", baseFileName);
        f.put("TranslationBaseName", baseFileName);
        f.put("LogicalName", fileName);
        f.put("Ext", fileName.substring(fileName.lastIndexOf('.') + 1));
        f.put("Dir", dir);
        f.put("Path", dir + fileName);
        f.put("Section", section);

        Map<String, Object> site = new LinkedHashMap<>();
        site.put("Title", config.string("title").orElse(""));
        site.put("BaseURL", config.string("baseURL").orElse(""));
        site.put("LanguageCode", config.string("languageCode").orElse(""));
        site.put("Params", HugoArchetypes.params(config.params()));

        Map<String, Object> root = new LinkedHashMap<>();
        root.put("Date", GoTimeLayout.format(now, GoTimeLayout.RFC3339));
        // Hugo 0.111.3 gives a bundle's archetype its title-ish name ("My-trip" for posts/my-trip/), a file's its base
        root.put("Name", bundle ? HugoTitleCase.firstUpper(slug) : slug);
        root.put("File", f);
        root.put("Section", section);
        root.put("Type", section.isEmpty() ? "page" : section);
        root.put("Site", site);
        return root;
    }
}
