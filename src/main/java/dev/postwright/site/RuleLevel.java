package dev.postwright.site;

/** A severity a site assigns to a validation rule in {@code .postwright.yml}; {@code OFF} silences it. */
public enum RuleLevel {
    ERROR,
    WARNING,
    INFO,
    OFF
}
