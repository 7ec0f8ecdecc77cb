package dev.postwright.site;

import dev.postwright.frontmatter.Field;
import dev.postwright.frontmatter.FieldType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Reads {@code .postwright.yml}. It composes YAML nodes rather than loading Java objects because the
 * nodes keep line numbers, which every error message needs, and no tag or class is ever instantiated.
 */
public final class SiteConfigReader {

    static final List<String> KEYS = List.of(
            "preset",
            "content",
            "public",
            "url",
            "fields",
            "rules",
            "tags",
            "tagStyle",
            "description",
            "timezone",
            "author",
            "spell");

    private final Path file;

    private final SiteConfig base;

    private SiteConfigReader(Path file, SiteConfig base) {
        this.file = file;
        this.base = base;
    }

    /** Reads a config file; an empty file gives the defaults. */
    public static SiteConfig read(Path file) throws SiteConfigException {
        return read(file, SiteConfig.defaults());
    }

    /** Reads a config file over {@code base}: settings the file leaves out keep the base's values. */
    public static SiteConfig read(Path file, SiteConfig base) throws SiteConfigException {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new SiteConfigException(file, 0, "cannot be read (" + e.getMessage() + ")");
        }
        return new SiteConfigReader(file, base).parse(text);
    }

    /** Parses config text; {@code file} names it in messages. */
    public static SiteConfig parse(String text, Path file) throws SiteConfigException {
        return new SiteConfigReader(file, SiteConfig.defaults()).parse(text);
    }

    private SiteConfig parse(String text) throws SiteConfigException {
        Optional<Node> root;
        try {
            LoadSettings settings = LoadSettings.builder()
                    .setLabel(file.toString())
                    .setAllowDuplicateKeys(false)
                    .setMaxAliasesForCollections(10)
                    .build();
            root = new Compose(settings).composeString(text);
        } catch (MarkedYamlEngineException e) {
            int line = e.getProblemMark()
                    .or(e::getContextMark)
                    .map(m -> m.getLine() + 1)
                    .orElse(0);
            throw new SiteConfigException(
                    file,
                    line,
                    "YAML syntax error: " + e.getProblem()
                            + ". Fix the indentation or quoting, or delete the file to use the preset defaults.");
        } catch (YamlEngineException e) {
            throw new SiteConfigException(file, 0, "YAML error: " + e.getMessage());
        }
        if (root.isEmpty()) {
            return base;
        }
        MappingNode map = mapping(root.get(), "the file", "settings such as `preset: astropaper`");
        SiteConfig c = base;
        Set<String> seen = new HashSet<>();
        for (NodeTuple t : map.getValue()) {
            String key = scalar(t.getKeyNode(), "a setting name");
            Node v = t.getValueNode();
            if (!seen.add(key)) {
                throw error(t.getKeyNode(), "'" + key + "' is set twice; keep one.");
            }
            c = switch (key) {
                case "preset" -> with(c, Optional.of(preset(v)), c.content(), c.publicDir(), c.url(), c.author());
                case "content" -> with(c, c.preset(), stringOrList(v, "content"), c.publicDir(), c.url(), c.author());
                case "public" ->
                    with(c, c.preset(), c.content(), Optional.of(scalar(v, "public")), c.url(), c.author());
                case "url" -> with(c, c.preset(), c.content(), c.publicDir(), Optional.of(url(v)), c.author());
                case "author" ->
                    with(c, c.preset(), c.content(), c.publicDir(), c.url(), Optional.of(scalar(v, "author")));
                case "fields" ->
                    new SiteConfig(
                            c.preset(),
                            c.content(),
                            c.publicDir(),
                            c.url(),
                            fields(v),
                            c.rules(),
                            c.tags(),
                            c.tagStyle(),
                            c.descriptionMin(),
                            c.descriptionMax(),
                            c.timezone(),
                            c.author());
                case "rules" ->
                    new SiteConfig(
                            c.preset(),
                            c.content(),
                            c.publicDir(),
                            c.url(),
                            c.fields(),
                            rules(v),
                            c.tags(),
                            c.tagStyle(),
                            c.descriptionMin(),
                            c.descriptionMax(),
                            c.timezone(),
                            c.author());
                case "tags" ->
                    new SiteConfig(
                            c.preset(),
                            c.content(),
                            c.publicDir(),
                            c.url(),
                            c.fields(),
                            c.rules(),
                            stringOrList(v, "tags"),
                            c.tagStyle(),
                            c.descriptionMin(),
                            c.descriptionMax(),
                            c.timezone(),
                            c.author());
                case "tagStyle" ->
                    new SiteConfig(
                            c.preset(),
                            c.content(),
                            c.publicDir(),
                            c.url(),
                            c.fields(),
                            c.rules(),
                            c.tags(),
                            choice(v, TagStyle.class, "tagStyle"),
                            c.descriptionMin(),
                            c.descriptionMax(),
                            c.timezone(),
                            c.author());
                case "description" -> description(c, v);
                case "timezone" ->
                    new SiteConfig(
                            c.preset(),
                            c.content(),
                            c.publicDir(),
                            c.url(),
                            c.fields(),
                            c.rules(),
                            c.tags(),
                            c.tagStyle(),
                            c.descriptionMin(),
                            c.descriptionMax(),
                            Optional.of(timezone(v)),
                            c.author());
                case "spell" -> spell(c, v); // read by dev.postwright.spell.SpellSettings
                default ->
                    throw error(
                            t.getKeyNode(),
                            "unknown setting '" + key + "'. Known settings: " + String.join(", ", KEYS) + ".");
            };
        }
        return c;
    }

    private static SiteConfig with(
            SiteConfig c,
            Optional<Preset> preset,
            List<String> content,
            Optional<String> publicDir,
            Optional<String> url,
            Optional<String> author) {
        return new SiteConfig(
                preset,
                content,
                publicDir,
                url,
                c.fields(),
                c.rules(),
                c.tags(),
                c.tagStyle(),
                c.descriptionMin(),
                c.descriptionMax(),
                c.timezone(),
                author);
    }

    private Preset preset(Node v) throws SiteConfigException {
        String id = scalar(v, "preset");
        return Preset.byId(id)
                .orElseThrow(() -> error(v, "unknown preset '" + id + "'. Use one of: " + Preset.ids() + "."));
    }

    private String url(Node v) throws SiteConfigException {
        String url = scalar(v, "url");
        if (!url.startsWith("/") || !url.contains("{slug}")) {
            throw error(v, "url must start with / and contain {slug}, e.g. url: /blog/{slug}/");
        }
        return url;
    }

    private String timezone(Node v) throws SiteConfigException {
        String zone = scalar(v, "timezone");
        try {
            ZoneId.of(zone);
            return zone;
        } catch (DateTimeException e) {
            throw error(v, "unknown timezone '" + zone + "'. Use an IANA name such as Europe/Paris or UTC.");
        }
    }

    private SiteConfig spell(SiteConfig c, Node v) throws SiteConfigException {
        for (NodeTuple t :
                mapping(v, "spell", "lang: en-GB and fields: [summary]").getValue()) {
            String key = scalar(t.getKeyNode(), "a spell setting");
            switch (key) {
                case "lang" -> scalar(t.getValueNode(), "spell.lang");
                case "fields" -> stringOrList(t.getValueNode(), "spell.fields");
                default -> throw error(t.getKeyNode(), "spell takes only lang and fields, not '" + key + "'.");
            }
        }
        return c;
    }

    private SiteConfig description(SiteConfig c, Node v) throws SiteConfigException {
        int min = c.descriptionMin();
        int max = c.descriptionMax();
        for (NodeTuple t : mapping(v, "description", "min: 50 and max: 160").getValue()) {
            String key = scalar(t.getKeyNode(), "min or max");
            int n = integer(t.getValueNode(), "description." + key);
            switch (key) {
                case "min" -> min = n;
                case "max" -> max = n;
                default -> throw error(t.getKeyNode(), "description takes only min and max, not '" + key + "'.");
            }
        }
        if (min > max) {
            throw error(v, "description min (" + min + ") is larger than max (" + max + ").");
        }
        return new SiteConfig(
                c.preset(),
                c.content(),
                c.publicDir(),
                c.url(),
                c.fields(),
                c.rules(),
                c.tags(),
                c.tagStyle(),
                min,
                max,
                c.timezone(),
                c.author());
    }

    private Map<String, RuleLevel> rules(Node v) throws SiteConfigException {
        Map<String, RuleLevel> rules = new LinkedHashMap<>();
        for (NodeTuple t :
                mapping(v, "rules", "rule ids with error, warning, info or off").getValue()) {
            rules.put(scalar(t.getKeyNode(), "a rule id"), choice(t.getValueNode(), RuleLevel.class, "a rule level"));
        }
        return rules;
    }

    private List<Field> fields(Node v) throws SiteConfigException {
        List<Field> fields = new ArrayList<>();
        for (NodeTuple t : mapping(v, "fields", "field names, each with type, required, default")
                .getValue()) {
            fields.add(ConfigFields.field(this, scalar(t.getKeyNode(), "a field name"), t.getValueNode()));
        }
        return fields;
    }

    // --- node helpers, shared with ConfigFields ---

    MappingNode mapping(Node v, String what, String example) throws SiteConfigException {
        if (v instanceof MappingNode m) {
            return m;
        }
        throw error(v, what + " must be a mapping of " + example + ".");
    }

    String scalar(Node v, String what) throws SiteConfigException {
        if (v instanceof ScalarNode s && !s.getValue().isBlank()) {
            return s.getValue().strip();
        }
        throw error(v, what + " must be a single non-empty value.");
    }

    List<String> stringOrList(Node v, String what) throws SiteConfigException {
        if (v instanceof SequenceNode seq) {
            List<String> items = new ArrayList<>();
            for (Node item : seq.getValue()) {
                items.add(scalar(item, "each item of " + what));
            }
            return items;
        }
        return List.of(scalar(v, what));
    }

    int integer(Node v, String what) throws SiteConfigException {
        String s = scalar(v, what);
        try {
            int n = Integer.parseInt(s);
            if (n >= 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // falls through to the message below
        }
        throw error(v, what + " must be a whole number of 0 or more, not '" + s + "'.");
    }

    boolean bool(Node v, String what) throws SiteConfigException {
        String s = scalar(v, what).toLowerCase(Locale.ROOT);
        if (s.equals("true") || s.equals("false")) {
            return s.equals("true");
        }
        throw error(v, what + " must be true or false, not '" + s + "'.");
    }

    <E extends Enum<E>> E choice(Node v, Class<E> type, String what) throws SiteConfigException {
        String s = scalar(v, what);
        String wanted = s.toUpperCase(Locale.ROOT).replace('-', '_');
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(wanted)) {
                return e;
            }
        }
        String choices = String.join(
                ", ",
                Arrays.stream(type.getEnumConstants())
                        .map(e -> e.name().toLowerCase(Locale.ROOT).replace('_', '-'))
                        .toList());
        throw error(v, "'" + s + "' is not valid for " + what + ". Use one of: " + choices + ".");
    }

    SiteConfigException error(Node at, String problem) {
        int line = at.getStartMark().map(m -> m.getLine() + 1).orElse(0);
        return new SiteConfigException(file, line, problem);
    }

    /** For messages: the type names accepted by {@code fields.<name>.type}. */
    static String typeNames() {
        return String.join(
                ", ",
                Arrays.stream(FieldType.values())
                        .map(t -> t.name().toLowerCase(Locale.ROOT).replace('_', '-'))
                        .toList());
    }
}
