package org.parley.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.ui.shell.WindowTestSupport.waitUntil;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.parley.app.service.SampleWorkshop;
import org.parley.domain.DivergenceClass;
import org.parley.ui.divergence.DivergenceMap;
import org.parley.ui.divergence.DivergenceViewModel;
import org.parley.ui.divergence.MapItem;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** Sets an appetite with a spinner on the divergence screen and sees the map and the ranked list change. */
class DivergenceWindowTest extends SampleWindowTest {

    @Start
    void start(Stage stage) {
        open(stage);
    }


    @SuppressWarnings("unchecked")
    private List<DivergenceViewModel.Contested> contested(FxRobot robot) {
        return robot.lookup("#contested-list").queryAs(ListView.class).getItems();
    }

    private List<MapItem> mapItems(FxRobot robot) {
        return robot.lookup("#divergence-map").queryAs(DivergenceMap.class).itemsProperty().get();
    }

    private long workshopId() {
        return window.services.workshops().workshops().get(0).id();
    }

    @Test
    void loweringTheCtosAppetiteWithASpinnerChangesTheMapAndTheList(FxRobot robot) {
        WindowTestSupport.takeLaptop(robot, 2, SampleWorkshop.SECOND_PIN);
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.CONTROL);
        waitUntil("the sample's contested initiatives are listed", () -> contested(robot).size() == 7);
        assertThat(mapItems(robot)).hasSize(14);
        assertThat(contested(robot)).extracting(DivergenceViewModel.Contested::title)
                .contains("AI coding assistants for all engineers");

        robot.clickOn("Appetite");
        waitUntil("the CTO's own appetite is in the editor", () -> robot.lookup("#appetite-level-4")
                .queryAs(Spinner.class).getValue().equals(15));
        // From 6,9,12,15,18 to 6,9,10,11,11: the CTO no longer accepts risk 12 at value 3.5 or 4.5.
        lower(robot, 3, 2);
        lower(robot, 4, 4);
        lower(robot, 5, 7);
        waitUntil("the spinners moved", () -> spinner(robot, 5).getValue().equals(11));
        WindowTestSupport.scrollTo(robot, "#save-appetite");
        robot.clickOn("#save-appetite");

        waitUntil("the CTO's frontier is stored", () -> window.services.divergence().appetites(workshopId(), null)
                .second().levels().equals(List.of(6, 9, 10, 11, 11)));
        waitUntil("the list no longer has the appetite gap on AI coding assistants", () -> contested(robot).stream()
                .noneMatch(c -> c.title().equals("AI coding assistants for all engineers")));
        assertThat(mapItems(robot)).filteredOn(i -> i.title().equals("AI coding assistants for all engineers"))
                .singleElement().extracting(MapItem::divergenceClass).isEqualTo(DivergenceClass.ALIGNED_REJECT);
    }

    private static Spinner<?> spinner(FxRobot robot, int level) {
        return robot.lookup("#appetite-level-" + level).queryAs(Spinner.class);
    }

    /**
     * Lowers a spinner by keyboard: a click on its arrow that the robot holds a moment too long on a loaded machine
     * repeats, as a held mouse button does.
     */
    private static void lower(FxRobot robot, int level, int steps) {
        robot.clickOn(spinner(robot, level).getEditor());
        for (int i = 0; i < steps; i++) {
            robot.type(KeyCode.DOWN);
        }
    }
}
