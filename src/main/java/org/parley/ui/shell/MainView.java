package org.parley.ui.shell;

import java.util.List;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import atlantafx.base.theme.Styles;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import org.parley.ui.common.TaskRunner;
import org.parley.ui.common.WorkbenchState;
import org.parley.ui.handover.ConsentCoverView;
import org.parley.ui.handover.HandoverView;
import org.parley.ui.handover.IdleWatch;
import org.parley.ui.handover.LockView;
import org.parley.ui.workshops.BothPinsCoverView;
import org.parley.ui.session.SessionBarView;
import org.parley.ui.workshops.WorkshopBarView;
import org.parley.ui.workshops.WorkshopsViewModel;

/**
 * The main window's content: menu, workshop bar, navigation, the page in view and the status bar; or, while a
 * party not at the keyboard is asked or the window is locked, only the cover or the lock screen.
 */
public final class MainView extends StackPane {

    private final Workbench workbench;
    private final Pages pages;
    private final ToggleGroup navigation = new ToggleGroup();
    private final StackPane content = new StackPane();
    private final BorderPane frame = new BorderPane();
    private HandoverView handover;
    private BooleanBinding blocked;
    private Page current;

    MainView(Workbench workbench) {
        this.workbench = workbench;
        this.pages = new Pages(workbench);
        createParts();
        layoutParts();
        bind();
    }

    /** Shows {@code section} once every screen lets the person leave. */
    public void show(Section section) {
        show(section, () -> { });
    }

    /** The screen in view. */
    Section section() {
        return current.section();
    }

    /** Shows the screen, then runs {@code then}; neither happens while the person stays or a save of theirs fails. */
    private void show(Section section, Runnable then) {
        showPage(pages.get(section), then);
    }

    private void createParts() {
        handover = new HandoverView(workbench.handover());
        // Shortcuts must not act behind the handover, the cover or the lock screen.
        blocked = workbench.handover().targetProperty().isNotNull()
                .or(workbench.cover().askingProperty().isNotNull())
                .or(workbench.parties().bothPins().askingProperty().isNotNull())
                .or(workbench.lock().lockedProperty());
    }

    private void layoutParts() {
        WorkshopsViewModel workshops = workbench.workshops();
        WorkshopBarView workshopBar = new WorkshopBarView(workshops, workbench.state());
        HBox.setHgrow(workshopBar, Priority.ALWAYS);
        HBox bar = new HBox(workshopBar, lockButton());
        bar.setAlignment(Pos.CENTER_LEFT);
        // Where the session stands, under the workshop: each count opens its screen.
        SessionBarView session = new SessionBarView(workbench.session(), () -> show(Section.SCORING),
                () -> show(Section.DIVERGENCE), () -> show(Section.REGISTER));
        VBox top = new VBox(menuBar(workshops), bar, session);
        top.getStyleClass().add("top-bar");
        frame.setTop(top);
        BorderPane body = new BorderPane(content, null, null, null, navigation());
        frame.setCenter(body);
        frame.setBottom(statusBar(workbench.tasks(), workbench.state()));
        // The handover covers the whole window, menu and status line included: nothing of the leaving party shows.
        getChildren().setAll(frame, handover);
    }

    private Button lockButton() {
        Button button = new Button("Lock", new FontIcon(Material2AL.LOCK));
        button.setId("lock-window");
        button.getStyleClass().addAll(Styles.FLAT, Styles.SMALL);
        button.setTooltip(new Tooltip("Lock the window while you are away (Ctrl+L)"));
        button.setFocusTraversable(false);
        HBox.setMargin(button, new Insets(0, 12, 0, 0));
        button.setOnAction(e -> workbench.lock().lock());
        return button;
    }

    private VBox navigation() {
        VBox nav = new VBox(4);
        nav.setId("navigation");
        nav.getStyleClass().add("navigation");
        nav.setPadding(new Insets(12, 8, 12, 8));
        // At least as wide as before, wider when larger text needs it, so "Workshop setup" is never cut.
        nav.setMinWidth(210);
        for (Section section : Section.values()) {
            ToggleButton button = new ToggleButton(section.title(), new FontIcon(section.icon()));
            button.setId("nav-" + section.id());
            button.setToggleGroup(navigation);
            button.setUserData(section);
            button.setMaxWidth(Double.MAX_VALUE);
            button.setAlignment(Pos.CENTER_LEFT);
            button.getStyleClass().addAll(Styles.FLAT, "nav-button");
            nav.getChildren().add(button);
        }
        return nav;
    }

    private MenuBar menuBar(WorkshopsViewModel workshops) {
        Menu file = new Menu("_File", null,
                item("New workshop…", "Shortcut+Shift+N", workshops::create),
                item("Rename workshop…", null, workshops::rename),
                item("Delete workshop…", null, workshops::delete),
                new SeparatorMenuItem(),
                item("Import initiatives…", "Shortcut+I", workbench.transfer()::importInitiatives),
                item("Export initiatives…", null, workbench.transfer()::exportInitiatives),
                item("Export register…", "Shortcut+E", () -> show(Section.REGISTER, () -> workbench.register().export())),
                boardPackItem(),
                new SeparatorMenuItem(),
                item("Backups…", null, workbench::showBackups),
                new SeparatorMenuItem(),
                item("Quit", "Shortcut+Q", workbench::requestClose));
        Menu edit = new Menu("_Edit", null,
                item("New initiative", "Shortcut+N", () -> show(Section.INITIATIVES,
                        () -> pages.initiativesView().newInitiative())),
                item("Save", "Shortcut+S", () -> current.save()),
                item("Revert changes", null, () -> show(Section.INITIATIVES,
                        () -> workbench.initiatives().editor().revert())),
                item("Delete initiative…", null, () -> show(Section.INITIATIVES,
                        () -> workbench.initiatives().delete())),
                new SeparatorMenuItem(),
                item("Find initiatives", "Shortcut+F", () -> show(Section.INITIATIVES,
                        () -> pages.initiativesView().focusFilter())));
        Menu session = new Menu("_Session", null,
                item("Pass the laptop", "Shortcut+P", () -> show(Section.SCORING, workbench.handover()::switchParty)),
                item("Reveal together…", null, () -> show(Section.SCORING, () -> workbench.scoring().revealAll())),
                new SeparatorMenuItem(),
                item("Lock", "Shortcut+L", workbench.lock()::lock));
        Menu view = new Menu("_View");
        for (Section section : Section.values()) {
            view.getItems().add(item(section.title(), "Shortcut+" + (section.ordinal() + 1), () -> show(section)));
        }
        Menu help = new Menu("_Help", null,
                item("Keyboard shortcuts", "F1", workbench::showShortcuts),
                item("About Parley", null, workbench::showAbout));
        MenuBar bar = new MenuBar(file, edit, session, view, help);
        bar.setId("menu-bar");
        return bar;
    }

    /** File ▸ Board pack…, which waits while one is being written. */
    private MenuItem boardPackItem() {
        MenuItem item = item("Board pack…", "Shortcut+Shift+B", workbench.boardPack()::write);
        item.setId("menu-board-pack");
        item.disableProperty().bind(blocked.or(workbench.boardPack().runningProperty()));
        return item;
    }

    private MenuItem item(String text, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.disableProperty().bind(blocked);
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(e -> action.run());
        return item;
    }

    private HBox statusBar(TaskRunner tasks, WorkbenchState state) {
        Label status = new Label();
        status.setId("status-message");
        status.textProperty().bind(state.statusProperty());
        ProgressBar progress = new ProgressBar();
        progress.setId("status-progress");
        progress.setPrefWidth(140);
        progress.progressProperty().bind(tasks.progressProperty());
        progress.visibleProperty().bind(tasks.busyProperty());
        Label working = new Label();
        working.textProperty().bind(tasks.messageProperty());
        working.visibleProperty().bind(tasks.busyProperty());
        working.getStyleClass().add(Styles.TEXT_MUTED);
        Label store = new Label("Store: " + workbench.storeLocation(), new FontIcon(Material2MZ.STORAGE));
        store.setId("status-store");
        store.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button cancel = new Button("Cancel");
        cancel.setId("cancel-work");
        cancel.getStyleClass().addAll(Styles.SMALL, Styles.DANGER);
        cancel.visibleProperty().bind(tasks.cancellableProperty());
        cancel.managedProperty().bind(cancel.visibleProperty());
        cancel.setOnAction(e -> tasks.cancel());
        HBox bar = new HBox(12, status, spacer, working, progress, cancel, store);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4, 12, 4, 12));
        bar.getStyleClass().add("status-bar");
        return bar;
    }

    private void bind() {
        navigation.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                navigation.selectToggle(old);
            } else if (current == null || now.getUserData() != current.section()) {
                show((Section) now.getUserData());
            }
        });
        display(pages.get(Section.INITIATIVES));
        new ScreenSwitch(this, frame, handover, List.of(
                new ScreenSwitch.Cover(new LockView(workbench.lock()), workbench.lock().lockedProperty()),
                new ScreenSwitch.Cover(new ConsentCoverView(workbench.cover()),
                        workbench.cover().askingProperty().isNotNull()),
                new ScreenSwitch.Cover(new BothPinsCoverView(workbench.parties().bothPins()),
                        workbench.parties().bothPins().askingProperty().isNotNull())));
        new IdleWatch(this, workbench.lock());
    }

    /**
     * Shows {@code page} once every screen lets the person leave: its refresh would replace unsaved input. Until
     * then (a save running) or when they stay, the navigation keeps pointing at the page in view.
     */
    private void showPage(Page page, Runnable then) {
        if (page == current) {
            then.run();
            return;
        }
        boolean[] shown = new boolean[1];
        workbench.state().leave(() -> {
            shown[0] = true;
            display(page);
            then.run();
        });
        if (!shown[0]) {
            selectToggleOf(current);
        }
    }

    private void display(Page page) {
        if (current != page) {
            if (current != null) {
                current.hidden();
            }
            page.shown();
        }
        current = page;
        content.getChildren().setAll(page.view());
        selectToggleOf(page);
    }

    private void selectToggleOf(Page page) {
        navigation.getToggles().stream().filter(t -> page != null && t.getUserData() == page.section()).findFirst()
                .ifPresent(navigation::selectToggle);
    }
}
