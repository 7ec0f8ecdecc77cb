package dev.postwright.app;

/** Entry point of the fat jar: a plain class so JavaFX on the classpath starts without module checks. */
public final class Launcher {
    private Launcher() {}

    public static void main(String[] args) {
        System.out.println("Postwright");
    }
}
