package org.parley.ui.shell;

import javafx.scene.Node;
import org.kordamp.ikonli.Ikon;

/**
 * One screen reachable from the navigation; {@code save} is what Ctrl+S does while it shows, and
 * {@code refresh} brings it up to date each time it is shown.
 */
record Page(String id, String title, Ikon icon, Node view, Runnable save, Runnable refresh) {
}
