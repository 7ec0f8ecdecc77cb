package dev.postwright.site;

import dev.postwright.frontmatter.Field;
import dev.postwright.frontmatter.FieldType;
import java.util.List;
import java.util.Optional;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/** Reads one entry of {@code fields:} in {@code .postwright.yml}: {@code {type, required, nullable, default, values}}. */
final class ConfigFields {

    private ConfigFields() {}

    static Field field(SiteConfigReader r, String name, Node spec) throws SiteConfigException {
        // "emoji: string" is accepted as a short form of "emoji: {type: string}".
        if (spec instanceof ScalarNode) {
            return new Field(
                    name, r.choice(spec, FieldType.class, "fields." + name), false, false, Optional.empty(), List.of());
        }
        FieldType type = FieldType.STRING;
        boolean required = false;
        boolean nullable = false;
        Optional<String> defaultValue = Optional.empty();
        List<String> values = List.of();
        for (NodeTuple t : r.mapping(spec, "fields." + name, "type, required, nullable, default, values")
                .getValue()) {
            String key = r.scalar(t.getKeyNode(), "a field property");
            Node v = t.getValueNode();
            switch (key) {
                case "type" -> type = r.choice(v, FieldType.class, "fields." + name + ".type");
                case "required" -> required = r.bool(v, "fields." + name + ".required");
                case "nullable" -> nullable = r.bool(v, "fields." + name + ".nullable");
                case "default" -> defaultValue = Optional.of(yamlText(r, v));
                case "values" -> values = r.stringOrList(v, "fields." + name + ".values");
                default ->
                    throw r.error(
                            t.getKeyNode(),
                            "fields." + name + " takes type, required, nullable," + " default and values, not '" + key
                                    + "'.");
            }
        }
        if (type == FieldType.ENUM && values.isEmpty()) {
            throw r.error(spec, "fields." + name + " has type enum but no values; add values: [a, b].");
        }
        if (required && defaultValue.isPresent()) {
            throw r.error(spec, "fields." + name + " is required and has a default; remove one of them.");
        }
        return new Field(name, type, required, nullable, defaultValue, values);
    }

    private static String yamlText(SiteConfigReader r, Node v) throws SiteConfigException {
        if (v instanceof SequenceNode) {
            return YamlText.flowList(r.stringOrList(v, "default"));
        }
        if (v instanceof ScalarNode s) {
            // Keep the value as the user wrote it; plain scalars keep their YAML meaning (false, 3).
            return s.isPlain() ? s.getValue() : YamlText.scalar(s.getValue());
        }
        throw r.error(v, "default must be a value or a list.");
    }
}
