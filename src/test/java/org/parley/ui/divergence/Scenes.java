package org.parley.ui.divergence;

import java.util.Objects;
import javafx.application.Application;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import atlantafx.base.theme.PrimerLight;

/** Shows a component alone on the application's theme and style sheet, for TestFX tests. */
final class Scenes {

    private Scenes() {
    }

    static void show(Stage stage, Parent root, double width, double height) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        Scene scene = new Scene(root, width, height);
        scene.getStylesheets().add(Objects.requireNonNull(
                Scenes.class.getResource("/org/parley/ui/parley.css")).toExternalForm());
        stage.setScene(scene);
        stage.show();
    }
}
