package org.parley.ui.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import atlantafx.base.theme.Styles;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2MZ;
import org.parley.domain.Band;
import org.parley.domain.RiskScore;
import org.parley.domain.Scale;
import org.parley.domain.ValueCriterion;
import org.parley.ui.common.LossFieldsView;
import org.parley.ui.common.ScoreSelector;

/** The scoring form: likelihood, impact, one selector per value criterion and a rationale; Enter submits. */
final class AssessmentFormView extends VBox {

    /** Style class of the score a refused submit points at. */
    static final String MISSING = "score-missing";

    private final ScoringViewModel page;
    private final AssessmentForm model;
    private ScoreSelector likelihood;
    private ScoreSelector impact;
    private VBox criteria;
    private final List<Runnable> unbindCriteria = new ArrayList<>();
    private TextArea rationale;
    private Label risk;
    private Label band;
    private Label value;
    private Label problem;
    private Button submit;
    /** The score that digits typed in the queue go to: the one last focused, Likelihood on a fresh initiative. */
    private ScoreSelector current;
    private ScoreSelector marked;

    AssessmentFormView(ScoringViewModel page) {
        this.page = page;
        this.model = page.form();
        createParts();
        layoutParts();
        bind();
    }

    /** Puts the keyboard on the first score, so a party can score initiative after initiative without the mouse. */
    void focusFirst() {
        current = likelihood;
        likelihood.requestFocus();
    }

    ScoreSelector likelihoodNode() {
        return likelihood;
    }

    /** A fresh initiative: digits typed in the queue go to Likelihood again, and nothing is marked missing. */
    void reset() {
        current = likelihood;
        mark(null);
    }

    /** Gives a digit typed elsewhere (the queue) to the form's current score, which takes the keyboard. */
    void typeDigit(int digit) {
        current.requestFocus();
        current.valueProperty().set(digit);
    }

    /**
     * Marks the score the view model names as the first missing one ("likelihood", "impact", "criterion-N") and
     * puts the keyboard on it; returns it, for scrolling, or null.
     */
    ScoreSelector markMissing(String field) {
        ScoreSelector selector = field == null ? null : selectorWithId("score-" + field);
        mark(selector);
        if (selector != null) {
            current = selector;
            selector.requestFocus();
        }
        return selector;
    }

    private void mark(ScoreSelector selector) {
        if (marked != null) {
            marked.getStyleClass().remove(MISSING);
            marked.setStyle("");
        }
        marked = selector;
        if (selector != null) {
            selector.getStyleClass().add(MISSING);
            // Inline, as the stylesheet is shared; AtlantaFX's colour variables keep it in the theme.
            selector.setStyle("-fx-border-color: -color-danger-emphasis; -fx-border-width: 2; -fx-border-radius: 4;"
                    + " -fx-background-color: -color-danger-subtle; -fx-background-radius: 4; -fx-padding: 4;");
        }
    }

    private ScoreSelector selectorWithId(String id) {
        for (ScoreSelector selector : selectors()) {
            if (id.equals(selector.getId())) {
                return selector;
            }
        }
        return null;
    }

    /** The scores in the order Tab visits them. */
    private List<ScoreSelector> selectors() {
        List<ScoreSelector> all = new ArrayList<>(List.of(likelihood, impact));
        for (Node box : criteria.getChildren()) {
            all.add((ScoreSelector) ((VBox) box).getChildren().get(1));
        }
        return all;
    }

    private void createParts() {
        likelihood = new ScoreSelector("score-likelihood", Scale.LIKELIHOOD);
        impact = new ScoreSelector("score-impact", Scale.IMPACT);
        current = likelihood;
        criteria = new VBox(10);
        rationale = new TextArea();
        rationale.setId("score-rationale");
        rationale.setWrapText(true);
        rationale.setPrefRowCount(3);
        rationale.setPromptText("Why these scores? The other party reads this after the reveal.  (Enter submits, "
                + "Shift+Enter starts a new line)");
        risk = new Label();
        risk.setId("live-risk");
        risk.getStyleClass().add(Styles.TITLE_4);
        band = new Label();
        band.setId("live-band");
        band.getStyleClass().add("band-chip");
        value = new Label();
        value.setId("live-value");
        value.getStyleClass().add(Styles.TITLE_4);
        problem = new Label();
        problem.setId("score-problem");
        problem.getStyleClass().addAll(Styles.DANGER, Styles.TEXT_SMALL);
        submit = new Button("Submit", new FontIcon(Material2MZ.SEND));
        submit.setId("submit-assessment");
        submit.getStyleClass().add(Styles.ACCENT);
    }

    private void layoutParts() {
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox live = new HBox(10, caption("Risk"), risk, band, spacer, caption("Value"), value);
        live.setAlignment(Pos.CENTER_LEFT);
        live.getStyleClass().add("card");
        live.setPadding(new Insets(10, 14, 10, 14));
        HBox buttons = new HBox(10, submit, problem);
        buttons.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(
                live,
                section("Security risk"),
                labelled("Likelihood", likelihood),
                labelled("Impact", impact),
                section("Innovation value"),
                criteria,
                new LossFieldsView(model.loss()),
                labelled("Rationale", rationale),
                buttons);
        setSpacing(10);
    }

    private static Label caption(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.TEXT_MUTED);
        return label;
    }

    private static Label section(String text) {
        Label label = new Label(text);
        label.getStyleClass().addAll(Styles.TEXT_CAPTION, Styles.TEXT_MUTED);
        label.setPadding(new Insets(6, 0, 0, 0));
        return label;
    }

    private static VBox labelled(String text, Node input) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.TEXT_BOLD);
        return new VBox(4, label, input);
    }

    private void bind() {
        likelihood.valueProperty().bindBidirectional(model.likelihoodProperty());
        impact.valueProperty().bindBidirectional(model.impactProperty());
        rationale.textProperty().bindBidirectional(model.rationaleProperty());
        risk.textProperty().bind(Bindings.createStringBinding(() -> {
            RiskScore score = model.riskProperty().get();
            return score == null ? "–" : score.value() + "";
        }, model.riskProperty()));
        model.riskProperty().addListener((obs, old, now) -> showBand(now));
        showBand(model.riskProperty().get());
        value.textProperty().bind(model.valueTextProperty());
        problem.textProperty().bind(model.problemProperty());
        submit.setOnAction(e -> page.submit());
        submit.textProperty().bind(Bindings.createStringBinding(
                () -> page.selectedProperty().get() != null && page.selectedProperty().get().scoredByViewer()
                        ? "Update my scores" : "Submit", page.selectedProperty()));
        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && !e.isShiftDown() && !e.isControlDown()) {
                page.submit();
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER && e.isShiftDown() && e.getTarget() == rationale) {
                rationale.insertText(rationale.getCaretPosition(), "\n");
                e.consume();
            }
        });
        // A Tab typed into the rationale would be an invisible character nobody meant: Tab leaves, Ctrl+Tab types one.
        rationale.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() != KeyCode.TAB || e.isAltDown() || e.isMetaDown()) {
                return;
            }
            if (e.isControlDown()) {
                rationale.replaceSelection("\t");
            } else if (e.isShiftDown()) {
                List<ScoreSelector> all = selectors();
                all.get(all.size() - 1).requestFocus();
            } else {
                submit.requestFocus();
            }
            e.consume();
        });
        for (ScoreSelector selector : List.of(likelihood, impact)) {
            follow(selector);
        }
        model.criteria().addListener((ListChangeListener<ValueCriterion>) change -> rebuildCriteria());
        rebuildCriteria();
    }

    private void rebuildCriteria() {
        unbindCriteria.forEach(Runnable::run);
        unbindCriteria.clear();
        criteria.getChildren().clear();
        current = likelihood;
        marked = null;
        int position = 0;
        for (ValueCriterion criterion : model.criteria()) {
            ScoreSelector selector = new ScoreSelector("score-criterion-" + (++position), Scale.CRITERION);
            var score = model.criterionScoreProperty(criterion);
            selector.valueProperty().bindBidirectional(score);
            follow(selector);
            unbindCriteria.add(() -> selector.valueProperty().unbindBidirectional(score));
            criteria.getChildren().add(labelled(criterion.name(), selector));
        }
    }

    /** Remembers the score last focused, and takes the mark off a missing score once it has one. */
    private void follow(ScoreSelector selector) {
        selector.focusedProperty().addListener((obs, was, now) -> {
            if (now) {
                current = selector;
            }
        });
        selector.valueProperty().addListener((obs, old, now) -> {
            if (now != null && selector == marked) {
                mark(null);
            }
        });
    }

    private void showBand(RiskScore score) {
        band.getStyleClass().removeIf(style -> style.startsWith("band-") && !style.equals("band-chip"));
        band.setVisible(score != null);
        if (score != null) {
            Band b = score.band();
            band.setText(b.label());
            band.getStyleClass().add("band-" + b.name().toLowerCase(Locale.ROOT));
        }
    }
}
