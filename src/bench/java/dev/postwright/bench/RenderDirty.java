package dev.postwright.bench;

import com.sun.javafx.scene.NodeHelper;
import com.sun.javafx.sg.prism.NGNode;
import com.sun.javafx.tk.TKPulseListener;
import com.sun.javafx.tk.Toolkit;
import java.lang.reflect.Field;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;

/**
 * Diagnostic ({@code -Dbench.renderDirty=N}): after each of the next N pulses' scene sync, prints the render-graph
 * nodes the painter will see as dirty, with their bounds in the scene and whether they are visible. This is what
 * decides the frame's dirty regions: a pulse whose dirty nodes add no region (all invisible, or of empty bounds)
 * makes JavaFX repaint the whole window. Reads JavaFX's private fields by reflection (the harness runs JavaFX from
 * the class path).
 */
final class RenderDirty {
    private static final Field DIRTY = DirtyNodes.field(NGNode.class, "dirty");
    private static final Field CHILD_DIRTY = DirtyNodes.field(NGNode.class, "childDirty");
    private final Scene scene;
    private final int pulses;
    private volatile int pulsesLeft;
    /** Held: the toolkit keeps its listeners weakly. */
    private final TKPulseListener listener;

    RenderDirty(Scene scene, int pulses) {
        this.scene = scene;
        this.pulses = pulses;
        this.listener = this::afterSync;
        Toolkit.getToolkit().addPostSceneTkPulseListener(listener);
        scene.addPostLayoutPulseListener(this::beforeSync);
    }

    private static final Field SCENE_DIRTY_NODES = DirtyNodes.field(Scene.class, "dirtyNodes");
    private static final Field SCENE_DIRTY_SIZE = DirtyNodes.field(Scene.class, "dirtyNodesSize");

    /** The scene's dirty list, which decides whether the pulse paints at all. */
    private void beforeSync() {
        if (pulsesLeft <= 0) {
            return;
        }
        try {
            Node[] nodes = (Node[]) SCENE_DIRTY_NODES.get(scene);
            int size = SCENE_DIRTY_SIZE.getInt(scene);
            StringBuilder out = new StringBuilder("scene-dirty-list: " + size + " nodes\n");
            for (int i = 0; i < size && nodes != null; i++) {
                Node n = nodes[i];
                out.append("    ").append(n.getClass().getSimpleName()).append(n.getStyleClass())
                        .append(" visible=").append(n.isVisible()).append(" tree=")
                        .append(NodeHelper.isTreeVisible(n)).append(' ').append(DirtyNodes.DIRTY_BITS.get(n))
                        .append(" parent=").append(n.getParent() == null ? "-" : n.getParent().getClass().getSimpleName()
                                + n.getParent().getStyleClass()).append('\n');
            }
            System.out.print(out);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }



    static int pulses() {
        return Integer.getInteger("bench.renderDirty", 0);
    }

    /** Dumps the next pulses. FX thread. */
    void arm() {
        pulsesLeft = pulses;
    }

    private void afterSync() {
        if (pulsesLeft <= 0) {
            return;
        }
        StringBuilder out = new StringBuilder();
        dump(scene.getRoot(), "", out);
        StringBuilder css = new StringBuilder();
        dumpCss(scene.getRoot(), "", css);
        if (css.length() > 0) {
            System.out.print("css-pending after sync:\n" + css);
        }
        System.out.println("render-dirty: pulse " + (pulses + 1 - pulsesLeft) + " after the keystroke"
                + (out.length() == 0 ? ": none" : "\n" + out));
        pulsesLeft--;
    }

    private static void dump(Node n, String path, StringBuilder out) {
        NGNode peer = NodeHelper.getPeer(n);
        String here = n.getClass().getSimpleName() + (n.getId() != null ? "#" + n.getId()
                : n.getStyleClass().isEmpty() ? "" : "." + n.getStyleClass().get(0));
        try {
            Object flag = DIRTY.get(peer);
            boolean childDirty = CHILD_DIRTY.getBoolean(peer);
            if (!"CLEAN".equals(String.valueOf(flag))) {
                var b = n.localToScene(n.getBoundsInLocal());
                out.append(String.format("  %s %s visible=%s tree=%s scene=[%.0f,%.0f %.0fx%.0f]   in %s%n", here, flag,
                        n.isVisible(), NodeHelper.isTreeVisible(n), b.getMinX(), b.getMinY(), b.getWidth(),
                        b.getHeight(), path.length() > 240 ? "..." + path.substring(path.length() - 240) : path));
                return; // the painter takes this node's bounds whole; its children do not matter
            }
            if (!childDirty) {
                return;
            }
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
        if (n instanceof Parent p) {
            for (Node c : p.getChildrenUnmodifiable()) {
                dump(c, path + "/" + here, out);
            }
        }
    }


    private static void dumpCss(Node n, String path, StringBuilder out) {
        String flag;
        try {
            flag = String.valueOf(DirtyNodes.CSS_FLAG.get(n));
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
        if ("CLEAN".equals(flag)) {
            return;
        }
        String here = n.getClass().getSimpleName() + (n.getId() != null ? "#" + n.getId()
                : n.getStyleClass().isEmpty() ? "" : "." + n.getStyleClass().get(0));
        if (!"DIRTY_BRANCH".equals(flag)) {
            out.append("    ").append(here).append(' ').append(flag).append("   in ")
                    .append(path.length() > 200 ? "..." + path.substring(path.length() - 200) : path).append('\n');
        }
        if (n instanceof Parent p) {
            for (Node c : p.getChildrenUnmodifiable()) {
                dumpCss(c, path + "/" + here, out);
            }
        }
    }

}
