package dev.postwright.validation;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Every rule id of SPEC §3 with its default severity (listed once, in {@link RuleId}), looked up by its text. */
public final class RuleCatalog {

    private static final Map<String, Severity> DEFAULTS = new LinkedHashMap<>();

    static {
        for (RuleId rule : RuleId.values()) {
            DEFAULTS.put(rule.id(), rule.defaultSeverity());
        }
    }

    private RuleCatalog() {}

    public static Optional<Severity> defaultSeverity(String ruleId) {
        return Optional.ofNullable(DEFAULTS.get(ruleId));
    }

    /** All rule ids in SPEC order. */
    public static Set<String> ids() {
        return Collections.unmodifiableSet(DEFAULTS.keySet());
    }
}
