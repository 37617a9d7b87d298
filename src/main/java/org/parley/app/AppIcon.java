package org.parley.app;

import java.util.List;
import java.util.Objects;
import javafx.scene.image.Image;

/** The window icon in the sizes desktops ask for. */
final class AppIcon {

    private AppIcon() {
    }

    static List<Image> images() {
        return List.of(16, 32, 64, 128, 256).stream()
                .map(size -> new Image(Objects.requireNonNull(
                        AppIcon.class.getResource("/org/parley/app/icon-" + size + ".png")).toExternalForm()))
                .toList();
    }
}
