package org.parley.ui.common;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.parley.exchange.pdf.Paper;

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

    /**
     * Shows what an import would do, line by line, before anything is written. With {@code applyLabel}
     * the person may go ahead (true); without it the dialog only informs (e.g. the file's problems).
     */
    boolean confirmPreview(String title, String summary, List<String> details, String applyLabel);

    /** Asks where to save a file, proposing {@code initialName}; empty when cancelled. */
    Optional<Path> chooseSaveFile(String title, String initialName, String kind, String pattern);

    /** Asks which file to open; empty when cancelled. */
    Optional<Path> chooseOpenFile(String title, String kind, String pattern);

    /** How a new store is to be created: encrypted under {@code passphrase}, or plain when it is null. */
    record NewStore(char[] passphrase) {
        public boolean encrypted() {
            return passphrase != null;
        }
    }

    /**
     * Asks how to create the store at {@code path}, which starts with the sample workshop or empty: plain, or encrypted
     * under a passphrase typed twice (the box starts ticked when {@code encrypt}). {@code cancel} names the button that
     * creates nothing; empty when it was chosen.
     */
    Optional<NewStore> askNewStore(String path, boolean withSample, boolean encrypt, String cancel);

    /**
     * Asks for the passphrase of the encrypted store at {@code path}; {@code problem} says why the last one was refused
     * ("" the first time). {@code cancel} names the button that opens nothing; empty when it was chosen.
     */
    Optional<char[]> askPassphrase(String path, String problem, String cancel);

    /** A PIN as typed twice, and the current PIN when one is set; {@code current} is null otherwise. */
    record PinChange(String current, String pin) {
    }

    /**
     * Asks for a new PIN (typed twice) and, when {@code needsCurrent}, the current one. {@code removing}
     * asks only for the current PIN, to remove it.
     */
    Optional<PinChange> askPin(String title, String who, boolean needsCurrent, boolean removing);

    /** How a board pack is printed: on which paper, and whether initiatives without a signed agreement are listed. */
    record BoardPackOptions(Paper paper, boolean all) {
        public BoardPackOptions {
            Objects.requireNonNull(paper, "paper");
        }
    }

    /** Asks how to print the board pack of {@code workshop}, starting from {@code initial}; empty when cancelled. */
    Optional<BoardPackOptions> askBoardPackOptions(String workshop, BoardPackOptions initial);

    /** Lets the person tick some of {@code items}; empty when cancelled. */
    <T> List<T> chooseMany(String title, String message, List<T> items, Function<T, String> label);

    void showError(String title, String message);

    void showInfo(String title, String message);

    /** The keyboard help: the shortcuts grouped by where they work, keys and actions in aligned columns. */
    void showShortcuts(String title, List<Shortcut> shortcuts);

    /** One backup in the backups list, in words; {@code restoreCommand} puts it in place of the store. */
    record BackupRow(String taken, String size, String holds, String file, String restoreCommand) {
    }

    /**
     * Lists the store's backups, newest first, with the command that restores the one selected; true when the person
     * asks for a backup now.
     */
    boolean showBackups(String title, String intro, List<BackupRow> rows);

    /** An error nobody expected: shown with its details, which are also in the log file. */
    void showException(String title, Throwable error);
}
