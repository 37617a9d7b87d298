package org.parley.ui.divergence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.parley.domain.DivergenceClass;

/** The words the divergence components show, without a toolkit. */
class TextsTest {

    @Test
    void theHoverTextGivesBothPartiesValueAndRisk() {
        MapItem item = new MapItem(1, "Generative-AI support assistant", 3.5, 16, 4.5, 9, DivergenceClass.BOTH);
        assertThat(MapHover.scoresText(item, "CISO", "CTO"))
                .isEqualTo("CISO: value 3.5, risk 16 · CTO: value 4.5, risk 9");
    }

    @Test
    void valuesShowOneDecimalOrTwoWhenTheyHaveThem() {
        assertThat(MapHover.value(4.0)).isEqualTo("4.0");
        assertThat(MapHover.value(3.25)).isEqualTo("3.25");
        assertThat(MapHover.value(3.5)).isEqualTo("3.5");
        assertThat(MapHover.value(10.0 / 3)).isEqualTo("3.33");
    }

    @Test
    void heatmapCellsShowCountsPlainAndDifferencesSigned() {
        assertThat(Heatmap.text(0, false)).isEmpty();
        assertThat(Heatmap.text(0, true)).isEmpty();
        assertThat(Heatmap.text(3, false)).isEqualTo("3");
        assertThat(Heatmap.text(3, true)).isEqualTo("+3");
        assertThat(Heatmap.text(-2, true)).isEqualTo("\u22122");
    }

    @Test
    void everyClassHasItsOwnColourAndStyleClass() {
        assertThat(java.util.Arrays.stream(DivergenceClass.values()).map(DivergenceStyles::colourOf).distinct())
                .hasSize(DivergenceClass.values().length);
        assertThat(DivergenceStyles.styleClassOf(DivergenceClass.APPETITE_GAP)).isEqualTo("divergence-appetite-gap");
        assertThat(DivergenceStyles.styleClassOf(null)).isEqualTo("divergence-unknown");
        assertThat(DivergenceStyles.labelOf(DivergenceClass.PERCEPTION_GAP)).isEqualTo("Perception gap");
    }

    @Test
    void mapItemsRefuseScoresOffTheScales() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new MapItem(1, "x", 0.5, 3, 2, 3, null))
                .isInstanceOf(IllegalArgumentException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new MapItem(1, "x", 1, 26, 2, 3, null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
