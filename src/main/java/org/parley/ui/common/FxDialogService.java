package org.parley.ui.common;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import javafx.stage.Window;

/**
 * Dialogs owned by the main window, styled by the application's theme: messages, file choosers, typed answers and
 * lists, each kind made by its own class.
 */
public final class FxDialogService implements DialogService {

    private final MessageDialogs messages;
    private final FileChoosers files;
    private final PromptDialogs prompts;
    private final ListDialogs lists;

    public FxDialogService(Window owner) {
        DialogOwner dialogOwner = new DialogOwner(owner);
        messages = new MessageDialogs(dialogOwner);
        files = new FileChoosers(dialogOwner);
        prompts = new PromptDialogs(dialogOwner);
        lists = new ListDialogs(dialogOwner);
    }

    @Override
    public boolean confirm(String title, String message, String action) {
        return messages.confirm(title, message, action);
    }

    @Override
    public Optional<String> askText(String title, String label, String initial, UnaryOperator<String> problem) {
        return prompts.askText(title, label, initial, problem);
    }

    @Override
    public SaveChoice askSaveChanges(String what) {
        return messages.askSaveChanges(what);
    }

    @Override
    public boolean confirmPreview(String title, String summary, List<String> details, String applyLabel) {
        return lists.confirmPreview(title, summary, details, applyLabel);
    }

    @Override
    public Optional<Path> chooseSaveFile(String title, String initialName, String kind, String pattern) {
        return files.chooseSaveFile(title, initialName, kind, pattern);
    }

    @Override
    public Optional<Path> chooseOpenFile(String title, String kind, String pattern) {
        return files.chooseOpenFile(title, kind, pattern);
    }

    @Override
    public Optional<NewStore> askNewStore(String path, boolean withSample, boolean encrypt, String cancel) {
        return prompts.askNewStore(path, withSample, encrypt, cancel);
    }

    @Override
    public Optional<char[]> askPassphrase(String path, String problem, String cancel) {
        return prompts.askPassphrase(path, problem, cancel);
    }

    @Override
    public Optional<PinChange> askPin(String title, String who, boolean needsCurrent, boolean removing) {
        return prompts.askPin(title, who, needsCurrent, removing);
    }

    @Override
    public Optional<BoardPackOptions> askBoardPackOptions(String workshop, BoardPackOptions initial) {
        return prompts.askBoardPackOptions(workshop, initial);
    }

    @Override
    public <T> List<T> chooseMany(String title, String message, List<T> items, Function<T, String> label) {
        return lists.chooseMany(title, message, items, label);
    }

    @Override
    public void showError(String title, String message) {
        messages.showError(title, message);
    }

    @Override
    public void showInfo(String title, String message) {
        messages.showInfo(title, message);
    }

    @Override
    public void showShortcuts(String title, List<Shortcut> shortcuts) {
        lists.showShortcuts(title, shortcuts);
    }

    @Override
    public boolean showBackups(String title, String intro, List<BackupRow> rows) {
        return lists.showBackups(title, intro, rows);
    }

    @Override
    public void showException(String title, Throwable error) {
        messages.showException(title, error);
    }
}
