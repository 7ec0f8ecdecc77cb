package dev.postwright.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.scene.web.WebView;
import javafx.stage.Stage;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class HeadlessSmokeTest {
    CodeArea area;
    WebView web;

    @Start
    void start(Stage stage) {
        area = new CodeArea();
        area.setId("area");
        web = new WebView();
        stage.setScene(new Scene(new StackPane(web, area), 600, 400));
        stage.show();
    }

    @Test
    void typesAndRendersHeadless(FxRobot robot) {
        robot.clickOn("#area").write("hi");
        assertEquals("hi", area.getText());
        robot.interact(() -> web.getEngine().loadContent("<p id='x'>ok</p>"));
        WaitForAsyncUtils.sleep(500, TimeUnit.MILLISECONDS);
        Object v = robot.interact(() -> null) == null ? null : null;
        final Object[] r = new Object[1];
        robot.interact(() -> r[0] = web.getEngine()
                .executeScript("document.getElementById('x') ? document.getElementById('x').textContent : 'none'"));
        assertEquals("ok", r[0]);
    }
}
