package dev.postwright.ui.wizard;

/**
 * Rewords {@code PostCreator}'s refusals, written for {@code postwright new}, for the wizard: the writer has
 * fields, not command-line options. Only the hints change; the reasons stay PostCreator's own.
 */
final class RefusalWording {

    private RefusalWording() {}

    static String forWizard(String refusal) {
        return refusal.replace("or pass --slug.", "or edit the slug.")
                .replace("has no default: pass --description.", "has no default: fill in the description.");
    }
}
