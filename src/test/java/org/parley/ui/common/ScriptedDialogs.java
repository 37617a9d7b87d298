package org.parley.ui.common;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** Answers dialogs from a script and records what was shown, for view-model tests. */
public final class ScriptedDialogs implements DialogService {

    private final Deque<Object> answers = new ArrayDeque<>();
    private final List<String> shown = new ArrayList<>();

    /** Queues the next answer: a Boolean for confirm, a String (or null for cancel) for askText, a SaveChoice. */
    public ScriptedDialogs answer(Object answer) {
        answers.add(answer == null ? Optional.empty() : answer);
        return this;
    }

    /** Every title and message shown, in order, as "title: message". */
    public List<String> shown() {
        return shown;
    }

    public boolean unanswered() {
        return !answers.isEmpty();
    }

    @Override
    public boolean confirm(String title, String message, String action) {
        shown.add(title + ": " + message);
        return (Boolean) next(title);
    }

    @Override
    public Optional<String> askText(String title, String label, String initial, UnaryOperator<String> problem) {
        shown.add(title + ": " + label);
        Object answer = next(title);
        if (answer instanceof Optional<?>) {
            return Optional.empty();
        }
        String text = (String) answer;
        String why = problem.apply(text);
        if (why != null) {
            shown.add(title + " refused: " + why);
            return Optional.empty();
        }
        return Optional.of(text);
    }

    @Override
    public Optional<PinChange> askPin(String title, String who, boolean needsCurrent, boolean removing) {
        shown.add(title + ": " + who);
        Object answer = next(title);
        return answer instanceof PinChange change ? Optional.of(change) : Optional.empty();
    }

    @Override
    public Optional<java.nio.file.Path> chooseSaveFile(String title, String initialName, String kind, String pattern) {
        shown.add(title + ": " + initialName);
        Object answer = next(title);
        return answer instanceof java.nio.file.Path path ? Optional.of(path) : Optional.empty();
    }

    @Override
    public Optional<java.nio.file.Path> chooseOpenFile(String title, String kind, String pattern) {
        shown.add(title);
        Object answer = next(title);
        return answer instanceof java.nio.file.Path path ? Optional.of(path) : Optional.empty();
    }

    /** Answered by a {@link NewStore}, or null for the cancel button. */
    @Override
    public Optional<NewStore> askNewStore(String path, boolean withSample, boolean encrypt, String cancel) {
        shown.add("New store: " + path + (withSample ? " with the sample" : " empty"));
        Object answer = next("a new store");
        return answer instanceof NewStore choice ? Optional.of(choice) : Optional.empty();
    }

    /** Answered by the passphrase as a String, or null for the cancel button. */
    @Override
    public Optional<char[]> askPassphrase(String path, String problem, String cancel) {
        shown.add("Passphrase: " + path + (problem.isEmpty() ? "" : " (" + problem + ")"));
        Object answer = next("a passphrase");
        return answer instanceof String passphrase ? Optional.of(passphrase.toCharArray()) : Optional.empty();
    }

    @Override
    public boolean confirmPreview(String title, String summary, List<String> details, String applyLabel) {
        shown.add(title + ": " + summary);
        shown.addAll(details);
        return applyLabel != null && (Boolean) next(title);
    }

    @Override
    public SaveChoice askSaveChanges(String what) {
        shown.add("Unsaved changes: " + what);
        return (SaveChoice) next("save changes");
    }

    /** Answered by {@link BoardPackOptions}, or null for Cancel. */
    @Override
    public Optional<BoardPackOptions> askBoardPackOptions(String workshop, BoardPackOptions initial) {
        shown.add("Board pack options: " + workshop + ", " + initial.paper().label() + (initial.all() ? ", all" : ""));
        Object answer = next("the board pack's options");
        return answer instanceof BoardPackOptions options ? Optional.of(options) : Optional.empty();
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> List<T> chooseMany(String title, String message, List<T> items, java.util.function.Function<T, String> label) {
        shown.add(title + ": " + message);
        Object answer = next(title);
        return answer instanceof Optional<?> ? List.of() : (List<T>) answer;
    }

    @Override
    public void showError(String title, String message) {
        shown.add(title + ": " + message);
    }

    @Override
    public void showInfo(String title, String message) {
        shown.add(title + ": " + message);
    }

    @Override
    public void showShortcuts(String title, List<Shortcut> shortcuts) {
        shown.add(title + ": " + shortcuts.size() + " shortcuts");
    }

    @Override
    public boolean showBackups(String title, String intro, List<BackupRow> rows) {
        shown.add(title + ": " + intro + " " + rows);
        return (Boolean) next(title);
    }

    @Override
    public void showException(String title, Throwable error) {
        shown.add(title + ": " + error);
    }

    private Object next(String what) {
        if (answers.isEmpty()) {
            throw new AssertionError("The test has no answer ready for the dialog \"" + what + "\"");
        }
        return answers.poll();
    }
}
