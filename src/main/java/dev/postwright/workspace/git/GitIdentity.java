package dev.postwright.workspace.git;

/** The author of a commit: git's {@code user.name} and {@code user.email}. */
public record GitIdentity(String name, String email) {

    public GitIdentity {
        name = name == null ? "" : name.strip();
        email = email == null ? "" : email.strip();
    }

    /** Both parts given (git refuses an author without them). */
    public boolean complete() {
        return !name.isEmpty() && !email.isEmpty();
    }
}
