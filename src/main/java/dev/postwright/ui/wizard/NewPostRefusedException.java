package dev.postwright.ui.wizard;

import java.util.List;

/** Why {@link NewPostViewModel#create()} wrote nothing: the fresh plan had refusals. */
public final class NewPostRefusedException extends Exception {

    private final List<String> refusals;

    public NewPostRefusedException(List<String> refusals) {
        super(String.join(" ", refusals));
        this.refusals = List.copyOf(refusals);
    }

    public List<String> refusals() {
        return refusals;
    }
}
