package org.parley.ui.common;

import java.util.Optional;
import java.util.function.UnaryOperator;

/** Every question and message a view model puts to the person, so view models never build a dialog. */
public interface DialogService {

    /** Asks before something that cannot be undone; true only when the person chose {@code action}. */
    boolean confirm(String title, String message, String action);

    /**
     * Asks for a line of text. {@code problem} returns why a value is not acceptable, or null; the dialog
     * will not accept a value with a problem.
     */
    Optional<String> askText(String title, String label, String initial, UnaryOperator<String> problem);

    SaveChoice askSaveChanges(String what);

    void showError(String title, String message);

    void showInfo(String title, String message);

    /** An error nobody expected: shown with its details, which are also in the log file. */
    void showException(String title, Throwable error);
}
