package org.parley.ui.shell;

import java.util.function.Supplier;
import javafx.scene.Node;

/**
 * A screen of the navigation with its life (decision 0029): its view is built when it is first shown; {@code shown}
 * brings its view models up to date and has them follow the store while it is in view; {@code hidden} has them stop
 * when it is left. {@code save} is what Ctrl+S does while it shows.
 */
final class Page {

    private final Section section;
    private final Supplier<Node> build;
    private final Runnable save;
    private final Runnable shown;
    private final Runnable hidden;
    private Node view;

    Page(Section section, Supplier<Node> build, Runnable save, Runnable shown, Runnable hidden) {
        this.section = section;
        this.build = build;
        this.save = save;
        this.shown = shown;
        this.hidden = hidden;
    }

    Section section() {
        return section;
    }

    /** The page's view, built on the first call. */
    Node view() {
        if (view == null) {
            view = build.get();
        }
        return view;
    }

    void save() {
        save.run();
    }

    void shown() {
        shown.run();
    }

    void hidden() {
        hidden.run();
    }
}
