package dev.postwright.ui.theme;

import dev.postwright.validation.Severity;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignE;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignH;
import org.kordamp.ikonli.materialdesign2.MaterialDesignI;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;

/**
 * Icons (Material Design via Ikonli) for menus, toolbars, badges and problem severities. Each call returns a new
 * node, since a node can have one parent. Colours come from the theme's CSS, never from code, so light and dark
 * both work: every icon has the style class {@code pw-icon}, severity and badge icons one more.
 */
public final class Icons {

    /** Menu and toolbar icon size in pixels. */
    public static final int MENU_SIZE = 16;
    /** Badge icon size in pixels, to sit inside an 11px label. */
    public static final int BADGE_SIZE = 11;
    /** Problem severity icon size in pixels. */
    public static final int SEVERITY_SIZE = 14;

    private Icons() {}

    public static FontIcon save() {
        return menu(MaterialDesignC.CONTENT_SAVE_OUTLINE);
    }

    public static FontIcon saveAll() {
        return menu(MaterialDesignC.CONTENT_SAVE_ALL_OUTLINE);
    }

    public static FontIcon newPost() {
        return menu(MaterialDesignF.FILE_PLUS_OUTLINE);
    }

    public static FontIcon openFolder() {
        return menu(MaterialDesignF.FOLDER_OPEN_OUTLINE);
    }

    public static FontIcon find() {
        return menu(MaterialDesignM.MAGNIFY);
    }

    public static FontIcon preview() {
        return menu(MaterialDesignE.EYE_OUTLINE);
    }

    public static FontIcon problems() {
        return menu(MaterialDesignA.ALERT_CIRCLE_OUTLINE);
    }

    public static FontIcon settings() {
        return menu(MaterialDesignC.COG_OUTLINE);
    }

    public static FontIcon help() {
        return menu(MaterialDesignH.HELP_CIRCLE_OUTLINE);
    }

    /** Sidebar badge: draft post. */
    public static FontIcon draft() {
        return badge(MaterialDesignP.PENCIL);
    }

    /** Sidebar badge: post dated in the future. */
    public static FontIcon scheduled() {
        return badge(MaterialDesignC.CLOCK_OUTLINE);
    }

    /** Sidebar badge: featured post. */
    public static FontIcon featured() {
        return badge(MaterialDesignS.STAR);
    }

    /** Sidebar badge: error count. */
    public static FontIcon errors() {
        return badge(MaterialDesignA.ALERT_CIRCLE);
    }

    /** Sidebar badge: warning count. */
    public static FontIcon warnings() {
        return badge(MaterialDesignA.ALERT);
    }

    /** A severity icon coloured by the theme: style class {@code pw-icon-error}, {@code -warning} or {@code -info}. */
    public static FontIcon severity(Severity s) {
        FontIcon icon = of(
                switch (s) {
                    case ERROR -> MaterialDesignA.ALERT_CIRCLE;
                    case WARNING -> MaterialDesignA.ALERT;
                    case INFO -> MaterialDesignI.INFORMATION;
                },
                SEVERITY_SIZE);
        icon.getStyleClass().add("pw-icon-" + s.id());
        return icon;
    }

    /** Any Ikonli icon at the given size, with the {@code pw-icon} style class. */
    public static FontIcon of(Ikon ikon, int size) {
        FontIcon icon = new FontIcon(ikon);
        icon.setIconSize(size);
        icon.getStyleClass().add("pw-icon");
        return icon;
    }

    private static FontIcon menu(Ikon ikon) {
        return of(ikon, MENU_SIZE);
    }

    private static FontIcon badge(Ikon ikon) {
        FontIcon icon = of(ikon, BADGE_SIZE);
        icon.getStyleClass().add("pw-badge-icon");
        return icon;
    }
}
