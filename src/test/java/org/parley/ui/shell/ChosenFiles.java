package org.parley.ui.shell;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.parley.ui.common.DialogService;
import org.parley.ui.common.SaveChoice;

/**
 * The real dialogs, except the native file chooser, which a headless test cannot drive: it answers with the
 * file the test chose. Everything else is the window's own dialog.
 */
final class ChosenFiles implements DialogService {

    private final DialogService real;
    private Path next;

    ChosenFiles(DialogService real) {
        this.real = real;
    }

    /** The file the next file chooser returns. */
    void choose(Path file) {
        next = file;
    }

    @Override
    public Optional<Path> chooseSaveFile(String title, String initialName, String kind, String pattern) {
        return Optional.ofNullable(next);
    }

    @Override
    public Optional<Path> chooseOpenFile(String title, String kind, String pattern) {
        return Optional.ofNullable(next);
    }

    @Override
    public Optional<NewStore> askNewStore(String path, boolean withSample, boolean encrypt, String cancel) {
        return real.askNewStore(path, withSample, encrypt, cancel);
    }

    @Override
    public Optional<char[]> askPassphrase(String path, String problem, String cancel) {
        return real.askPassphrase(path, problem, cancel);
    }

    @Override
    public boolean confirm(String title, String message, String action) {
        return real.confirm(title, message, action);
    }

    @Override
    public Optional<String> askText(String title, String label, String initial, UnaryOperator<String> problem) {
        return real.askText(title, label, initial, problem);
    }

    @Override
    public SaveChoice askSaveChanges(String what) {
        return real.askSaveChanges(what);
    }

    @Override
    public Optional<PinChange> askPin(String title, String who, boolean needsCurrent, boolean removing) {
        return real.askPin(title, who, needsCurrent, removing);
    }

    @Override
    public boolean confirmPreview(String title, String summary, List<String> details, String applyLabel) {
        return real.confirmPreview(title, summary, details, applyLabel);
    }

    @Override
    public Optional<BoardPackOptions> askBoardPackOptions(String workshop, BoardPackOptions initial) {
        return real.askBoardPackOptions(workshop, initial);
    }

    @Override
    public <T> List<T> chooseMany(String title, String message, List<T> items, Function<T, String> label) {
        return real.chooseMany(title, message, items, label);
    }

    @Override
    public void showError(String title, String message) {
        real.showError(title, message);
    }

    @Override
    public void showInfo(String title, String message) {
        real.showInfo(title, message);
    }

    @Override
    public void showShortcuts(String title, List<org.parley.ui.common.Shortcut> shortcuts) {
        real.showShortcuts(title, shortcuts);
    }

    @Override
    public boolean showBackups(String title, String intro, List<BackupRow> rows) {
        return real.showBackups(title, intro, rows);
    }

    @Override
    public void showException(String title, Throwable error) {
        real.showException(title, error);
    }
}
