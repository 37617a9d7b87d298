package org.parley.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.ui.shell.WindowTestSupport.waitUntil;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Control;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Labeled;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.text.Text;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.parley.app.service.SampleWorkshop;
import org.parley.ui.UiFonts;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Opens every screen and tab of the sample workshop, with the first party at the laptop, at laptop and desktop
 * sizes and at 125% text, and fails on any text that reads cut off: an ellipsis in a label, button or header, a
 * cell or spinner that hides part of a number, a horizontal scroll bar where the content could wrap or shrink.
 */
@ExtendWith(ApplicationExtension.class)
class LayoutTest {

    /** A window size; {@code textScale} 1.25 emulates a desktop's 125% text setting, which Monocle lacks. */
    private record Size(int width, int height, double textScale) {
        @Override
        public String toString() {
            return width + "×" + height + (textScale == 1 ? "" : " at " + Math.round(textScale * 100) + "% text");
        }
    }

    private static final List<Size> SIZES = List.of(new Size(1280, 800, 1), new Size(1366, 768, 1),
            new Size(1920, 1080, 1), new Size(1280, 800, 1.25));
    /** A cell text that is a number, an amount, a percentage, a date or a time. */
    private static final Pattern NUMBER = Pattern.compile("[\\p{Sc}\\d\\s.,:;%+\\-−–/()×κ#]*\\d[\\p{Sc}\\d\\s.,:;%+\\-−–/()×]*");
    /** Where a person expects to scroll sideways: the register is a spreadsheet of 30 columns, as its CSV is. */
    private static final Set<String> SIDEWAYS_ALLOWED = Set.of("TableView #register-table");
    /** Primer's root size: 14px. */
    private static final double THEME_FONT_SIZE = 14;

    @TempDir
    Path folder;
    private WindowTestSupport window;
    private Stage stage;

    @Start
    void start(Stage stage) {
        // Until WindowTestSupport loads the UI font as the application does, the test loads it itself.
        UiFonts.load();
        this.stage = stage;
        window = new WindowTestSupport(folder, stage);
    }

    @AfterEach
    void close() {
        window.close();
    }

    @Test
    void everyScreenReadsWholeAtLaptopAndDesktopSizesAndAtLargerText(FxRobot robot) {
        assertThat(Screen.getPrimary().getBounds().getWidth()).as("Monocle's headless screen must hold 1920×1080: "
                + "-Dheadless.geometry=1920x1080-32 in testfx.jvm.flags").isGreaterThanOrEqualTo(1920);
        WindowTestSupport.takeLaptop(robot, 1, SampleWorkshop.FIRST_PIN);
        Set<String> problems = new LinkedHashSet<>();
        for (Size size : SIZES) {
            robot.interact(() -> {
                stage.setWidth(size.width());
                stage.setHeight(size.height());
                stage.getScene().getRoot().setStyle(size.textScale() == 1 ? ""
                        : "-fx-font-size: " + THEME_FONT_SIZE * size.textScale() + "px;");
            });
            settle();
            assertThat(stage.getScene().getWidth()).as("the window is " + size).isEqualTo(size.width());
            for (Section page : Section.values()) {
                robot.interact(() -> window.workbench.view().show(page));
                settle();
                for (Runnable choice : choices(robot, page)) {
                    robot.interact(choice);
                    settle();
                    visitTabs(robot, stage.getScene().getRoot(), size + ", " + page, problems);
                }
            }
        }
        assertThat(problems).as("text cut off or scrolled sideways:\n" + String.join("\n", problems)).isEmpty();
    }

    /** What to choose on a page so that its details show: the first row, or every initiative in negotiation. */
    private List<Runnable> choices(FxRobot robot, Section page) {
        List<Runnable> choices = new ArrayList<>();
        String list = switch (page) {
            case INITIATIVES -> "#initiatives-table";
            case SCORING -> "#scoring-queue";
            case NEGOTIATION -> "#negotiation-list";
            default -> null;
        };
        if (list == null) {
            choices.add(() -> { });
            return choices;
        }
        Node node = robot.lookup(list).query();
        int rows = node instanceof ListView<?> view ? view.getItems().size() : ((TableView<?>) node).getItems().size();
        for (int i = 0; i < (page == Section.NEGOTIATION ? rows : Math.min(1, rows)); i++) {
            int row = i;
            choices.add(() -> {
                if (node instanceof ListView<?> view) {
                    view.getSelectionModel().select(row);
                } else {
                    ((TableView<?>) node).getSelectionModel().select(row);
                }
            });
        }
        return choices;
    }

    /** Checks what shows, then selects each tab of every tab pane in view in turn and checks again, nested too. */
    private void visitTabs(FxRobot robot, Node root, String where, Set<String> problems) {
        problems.addAll(WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(
                () -> cutOff(stage.getScene().getRoot(), where))));
        List<TabPane> panes = WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> {
            List<TabPane> found = new ArrayList<>();
            shown(root, TabPane.class, found);
            return found;
        }));
        for (TabPane pane : panes) {
            for (Tab tab : List.copyOf(pane.getTabs())) {
                if (tab.isSelected() || tab.isDisabled()) {
                    continue;
                }
                robot.interact(() -> pane.getSelectionModel().select(tab));
                settle();
                visitTabs(robot, tab.getContent(), where + " ▸ " + tab.getText(), problems);
            }
        }
    }

    private void settle() {
        waitUntil("the window is idle", () -> !window.tasks.busyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The problems of every node in view under {@code node}, each a line naming the screen and the node. */
    private static List<String> cutOff(Node node, String where) {
        List<String> problems = new ArrayList<>();
        check(node, where, problems);
        return problems;
    }

    private static void check(Node node, String where, List<String> problems) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Labeled labeled) {
            String shown = renderedText(labeled);
            String meant = shown == null || !labeled.isMnemonicParsing() ? labeled.getText()
                    : labeled.getText().replaceFirst("_", "");
            boolean cell = labeled instanceof IndexedCell<?>;
            // Prose in a cell may end in an ellipsis (a tooltip or the detail shows it whole); a number may not.
            if (shown != null && !shown.equals(meant) && (!cell || NUMBER.matcher(meant).matches())) {
                problems.add(where + ": " + describe(labeled) + " shows \"" + shown + "\" for \"" + meant + "\"");
            }
        }
        if (node instanceof Spinner<?> spinner && spinner.getEditor() != null) {
            Insets insets = spinner.getEditor().getInsets();
            double room = spinner.getEditor().getWidth() - insets.getLeft() - insets.getRight();
            Text measure = new Text(spinner.getEditor().getText());
            measure.setFont(spinner.getEditor().getFont());
            if (measure.getLayoutBounds().getWidth() > room + 0.5) {
                problems.add(where + ": spinner " + describe(spinner) + " clips \"" + spinner.getEditor().getText()
                        + "\" (" + Math.round(measure.getLayoutBounds().getWidth()) + " px in " + Math.round(room) + ")");
            }
        }
        if (node instanceof ScrollBar bar && bar.getOrientation() == Orientation.HORIZONTAL && bar.getWidth() > 0
                && !SIDEWAYS_ALLOWED.contains(describe(scrolled(bar)))) {
            problems.add(where + ": a horizontal scroll bar shows in " + describe(scrolled(bar)));
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                check(child, where, problems);
            }
        }
    }

    /** The text the skin draws for {@code labeled}, or null when it draws none (an icon only, or no skin yet). */
    private static String renderedText(Labeled labeled) {
        // A menu button's skin draws its text with a label of its own, which is checked as a label.
        if (labeled.getText() == null || labeled.getText().isEmpty() || labeled instanceof MenuButton
                || labeled.getContentDisplay() == ContentDisplay.GRAPHIC_ONLY) {
            return null;
        }
        // A titled pane's skin draws its title in a title region of its own, beside the content.
        List<Node> children = labeled instanceof TitledPane pane ? pane.getChildrenUnmodifiable().stream()
                .filter(c -> c.getStyleClass().contains("title") && c instanceof Parent).map(c -> (Parent) c)
                .flatMap(title -> title.getChildrenUnmodifiable().stream()).toList()
                : labeled.getChildrenUnmodifiable();
        for (Node child : children) {
            // The skin's own text node; an icon font's glyph in the graphic is a Text too.
            if (child instanceof Text text && child.getClass().getSimpleName().equals("LabeledText")) {
                return text.getText();
            }
        }
        // No text node at all: the skin had no room for even an ellipsis.
        return labeled.getSkin() == null ? null : "";
    }

    /** The control that scrolls: the scroll pane, table or list around the bar. */
    private static Node scrolled(Node bar) {
        Node node = bar.getParent();
        while (node != null && !(node instanceof Control) && node.getParent() != null) {
            node = node.getParent();
        }
        return node == null ? bar : node;
    }

    private static String describe(Node node) {
        StringBuilder name = new StringBuilder(node.getClass().getSimpleName());
        Node named = node;
        // A table's or list's VirtualFlow calls itself "virtual-flow", which says nothing of where it is.
        while (named != null && (named.getId() == null || named.getId().equals("virtual-flow"))) {
            named = named.getParent();
        }
        if (named != null) {
            name.append(named == node ? " #" : " in #").append(named.getId());
        }
        return name.toString();
    }

    private static <T> void shown(Node node, Class<T> type, List<T> found) {
        if (!node.isVisible()) {
            return;
        }
        if (type.isInstance(node)) {
            found.add(type.cast(node));
            return;
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                shown(child, type, found);
            }
        }
    }
}
