package dev.postwright.bench;

import java.util.Map;
import java.util.TreeMap;

import java.lang.reflect.Field;
import java.util.Collection;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;

/**
 * Diagnostic ({@code -Dbench.dirty=true}): at the start of the pulses after a keystroke, prints the nodes JavaFX
 * has marked dirty (geometry, CSS), to find what makes a frame repaint more than the typed line. Reads
 * JavaFX's private fields by reflection (the harness runs JavaFX from the class path, so they are open).
 */
final class DirtyNodes {
    static final Field DIRTY_BITS = field(Node.class, "dirtyBits");
    static final Field CSS_FLAG = field(Node.class, "cssFlag");
    private volatile int pulsesLeft;

    DirtyNodes(Scene scene) {
        this(scene, false, 3);
    }

    private final int pulses;

    /**
     * {@code afterLayout}: dumps after the layout pass (what the pulse will sync to the render graph), else before
     * it (what the keystroke's event marked).
     */
    DirtyNodes(Scene scene, boolean afterLayout, int pulses) {
        this.pulses = pulses;
        Runnable dump = () -> {
            if (pulsesLeft > 0) {
                System.out.println("dirty: pulse " + (pulses + 1 - pulsesLeft) + " after the keystroke");
                Map<String, Integer> counts = new TreeMap<>();
                dump(scene.getRoot(), "", counts);
                counts.forEach((k, v) -> System.out.println("  " + v + " x " + k));
                pulsesLeft--;
            }
        };
        if (afterLayout) {
            scene.addPostLayoutPulseListener(dump);
        } else {
            scene.addPreLayoutPulseListener(dump);
        }
    }

    static boolean enabled() {
        return Boolean.getBoolean("bench.dirty");
    }

    /** Dumps the next three pulses. FX thread. */
    void arm() {
        pulsesLeft = pulses;
    }

    /** Counts dirty nodes by kind; {@code path} is the chain of parent classes above {@code n}. */
    private static void dump(Node n, String path, Map<String, Integer> counts) {
        String here = n.getClass().getSimpleName() + n.getStyleClass();
        try {
            Collection<?> bits = (Collection<?>) DIRTY_BITS.get(n);
            Object css = CSS_FLAG.get(n);
            boolean dirty = bits != null && !bits.isEmpty();
            if (dirty || !"CLEAN".equals(String.valueOf(css))) {
                String shortPath = path.length() > 400 ? "..." + path.substring(path.length() - 400) : path;
                counts.merge(here + " css=" + css + (dirty ? " " + bits : "") + "   in " + shortPath, 1,
                        Integer::sum);
            }
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
        if (n instanceof Parent p) {
            for (Node c : p.getChildrenUnmodifiable()) {
                dump(c, path + "/" + n.getClass().getSimpleName() + (n.getId() != null ? "#" + n.getId() : n.getStyleClass().isEmpty() ? "" : "." + n.getStyleClass().get(0)), counts);
            }
        }
    }

    /** A private field of JavaFX's, readable (the harness runs JavaFX from the class path). */
    static Field field(Class<?> owner, String name) {
        try {
            Field f = owner.getDeclaredField(name);
            f.setAccessible(true);
            return f;
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException(e);
        }
    }
}
