package dev.postwright.frontmatter;

/** How plain scalars are typed: the way the site's own generator reads its frontmatter (SPEC §2). */
public enum YamlDialect {
    /** js-yaml as Astro uses it: YAML 1.2 core schema plus timestamps; {@code no} is a string. */
    YAML_1_2,
    /** Psych/libyaml as Jekyll uses it: YAML 1.1; {@code no}, {@code off}, {@code y} are booleans. */
    YAML_1_1
}
