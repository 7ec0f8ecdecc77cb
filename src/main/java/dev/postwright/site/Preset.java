package dev.postwright.site;

import dev.postwright.frontmatter.Schema;
import dev.postwright.site.generator.AstroGenerator;
import dev.postwright.site.generator.Generator;
import dev.postwright.site.generator.HugoGenerator;
import dev.postwright.site.generator.JekyllGenerator;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** A kind of site as {@code .postwright.yml} and {@code --preset} name it; its {@link Generator} knows the rest. */
public enum Preset {
    /** Astro with the AstroPaper theme; the default when nothing says otherwise. */
    ASTROPAPER("astropaper", new AstroGenerator()),
    HUGO("hugo", new HugoGenerator()),
    JEKYLL("jekyll", new JekyllGenerator());

    private final String id;
    private final Generator generator;

    Preset(String id, Generator generator) {
        this.id = id;
        this.generator = generator;
    }

    /** The name used in {@code .postwright.yml} and {@code --preset}: astropaper, hugo, jekyll. */
    public String id() {
        return id;
    }

    public String displayName() {
        return generator.displayName();
    }

    /** The generator that knows this kind of site: its content folders, URLs, fields and routes. */
    public Generator generator() {
        return generator;
    }

    /** The preset's built-in schema; {@code author} is the site author when one is configured. */
    public Schema defaultSchema(Optional<String> author) {
        return generator().defaultSchema(author);
    }

    public static Optional<Preset> byId(String id) {
        if (id == null) {
            return Optional.empty();
        }
        String wanted = id.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(p -> p.id.equals(wanted)).findFirst();
    }

    /** "astropaper, hugo, jekyll", for messages that list the valid choices. */
    public static String ids() {
        return String.join(", ", Arrays.stream(values()).map(Preset::id).toList());
    }
}
