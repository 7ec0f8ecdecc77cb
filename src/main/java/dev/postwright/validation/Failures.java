package dev.postwright.validation;

import dev.postwright.render.DeepStack;

/** Words for an unexpected failure while reading a post, never a Java class name or stack trace. */
public final class Failures {

    private Failures() {}

    /** What went wrong and what to do, for a writer. */
    public static String describe(Throwable e) {
        if (e instanceof DeepStack.TooDeepException) {
            return e.getMessage();
        }
        if (e instanceof StackOverflowError) {
            return "it is nested too deeply (thousands of >, list levels, [ or * inside one another). Break the "
                    + "nesting up.";
        }
        if (e instanceof OutOfMemoryError) {
            return "it needs more memory than Postwright may use. Split the post into smaller ones.";
        }
        String msg = e.getMessage();
        return (msg == null || msg.isBlank() ? "an unexpected problem in the markdown reader" : msg)
                + ". Please report this post's shape to the Postwright maintainers; the file was not changed.";
    }
}
