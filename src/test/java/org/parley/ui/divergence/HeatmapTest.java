package org.parley.ui.divergence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Each count and difference lands in its own likelihood × impact cell, likelihood 5 at the top. */
@ExtendWith(ApplicationExtension.class)
class HeatmapTest {

    private Heatmap heatmap;

    @Start
    void start(Stage stage) {
        heatmap = new Heatmap();
        heatmap.titleProperty().set("Where the CISO puts them");
        Scenes.show(stage, heatmap, 640, 480);
    }

    private static String cell(FxRobot robot, int likelihood, int impact) {
        return robot.lookup("#heatmap-count-" + likelihood + "-" + impact).queryAs(Label.class).getText();
    }

    @Test
    void countsShowInTheirCellsAndZeroShowsNothing(FxRobot robot) {
        int[][] counts = new int[5][5];
        counts[4][0] = 7; // almost certain, negligible
        counts[0][4] = 3; // rare, severe
        counts[2][3] = 1; // possible, major
        robot.interact(() -> heatmap.setCounts(counts));
        assertThat(cell(robot, 5, 1)).isEqualTo("7");
        assertThat(cell(robot, 1, 5)).isEqualTo("3");
        assertThat(cell(robot, 3, 4)).isEqualTo("1");
        assertThat(cell(robot, 1, 1)).isEmpty();
        assertThat(cell(robot, 5, 5)).isEmpty();

        Region top = robot.lookup("#heatmap-cell-5-1").queryAs(Region.class);
        Region bottom = robot.lookup("#heatmap-cell-1-1").queryAs(Region.class);
        assertThat(top.localToScene(top.getBoundsInLocal()).getMinY())
                .as("almost certain is drawn above rare").isLessThan(bottom.localToScene(bottom.getBoundsInLocal()).getMinY());
        assertThat(robot.lookup(".heatmap-title").queryAs(Label.class).getText()).isEqualTo("Where the CISO puts them");
    }

    @Test
    void differencesShowWithTheirSigns(FxRobot robot) {
        int[][] diff = new int[5][5];
        diff[3][3] = 2;
        diff[1][2] = -4;
        robot.interact(() -> heatmap.setDifferences(diff));
        assertThat(cell(robot, 4, 4)).isEqualTo("+2");
        assertThat(cell(robot, 2, 3)).isEqualTo("\u22124");
        assertThat(cell(robot, 3, 3)).isEmpty();
        assertThat(robot.lookup("#heatmap-cell-4-4").queryAs(Region.class).getBackground().getFills().get(0).getFill())
                .isNotEqualTo(robot.lookup("#heatmap-cell-2-3").queryAs(Region.class).getBackground().getFills().get(0)
                        .getFill());
    }

    @Test
    void aGridThatIsNotFiveByFiveIsRefused() {
        assertThatThrownBy(() -> heatmap.setCounts(new int[4][5])).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> heatmap.setCounts(new int[][] {{-1, 0, 0, 0, 0}, new int[5], new int[5], new int[5],
                new int[5]})).isInstanceOf(IllegalArgumentException.class);
    }
}
