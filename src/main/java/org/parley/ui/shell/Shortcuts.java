package org.parley.ui.shell;

import java.util.List;
import org.parley.ui.common.Shortcut;

/** The keyboard shortcuts F1 lists; a test checks that the window binds each one. */
final class Shortcuts {

    private static final String EVERYWHERE = "Everywhere";
    private static final String INITIATIVES = "Initiatives table";
    private static final String SCORING = "Scoring";
    static final List<Shortcut> ALL = List.of(
            new Shortcut(EVERYWHERE, "Ctrl+1 \u2026 Ctrl+7", "Switch screens"),
            new Shortcut(EVERYWHERE, "Ctrl+S", "Save the form in view"),
            new Shortcut(EVERYWHERE, "Ctrl+P", "Pass the laptop to the other party"),
            new Shortcut(EVERYWHERE, "Ctrl+L", "Lock the window; the party at the laptop opens it with its PIN"),
            new Shortcut(EVERYWHERE, "Ctrl+Shift+N", "New workshop"),
            new Shortcut(EVERYWHERE, "Ctrl+N", "New initiative"),
            new Shortcut(EVERYWHERE, "Ctrl+F", "Find initiatives"),
            new Shortcut(EVERYWHERE, "Ctrl+I", "Import initiatives from CSV"),
            new Shortcut(EVERYWHERE, "Ctrl+E", "Export the risk register"),
            new Shortcut(EVERYWHERE, "Ctrl+Shift+B", "Write the board pack, a PDF of the session for the board"),
            new Shortcut(EVERYWHERE, "Esc", "Close a question or cover without deciding anything"),
            new Shortcut(EVERYWHERE, "F1", "This list"),
            new Shortcut(EVERYWHERE, "Ctrl+Q", "Quit (unsaved work is offered for saving first)"),
            new Shortcut(INITIATIVES, "Enter", "Edit the selected initiative"),
            new Shortcut(INITIATIVES, "Delete", "Delete the selected initiative"),
            new Shortcut(SCORING, "1 \u2026 5", "Score the focused dimension; typed in the list, they go to the form"),
            new Shortcut(SCORING, "Tab / Shift+Tab", "Next or previous field, also out of the rationale"),
            new Shortcut(SCORING, "Ctrl+Tab", "Type a tab inside the rationale"),
            new Shortcut(SCORING, "Enter", "Submit the scores and open the next initiative"));

    private Shortcuts() {
    }
}
