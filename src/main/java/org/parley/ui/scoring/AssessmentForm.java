package org.parley.ui.scoring;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.parley.domain.Assessment;
import org.parley.domain.AssessmentInput;
import org.parley.domain.Band;
import org.parley.domain.RiskScore;
import org.parley.domain.ScoringBoard;
import org.parley.domain.ValueCriterion;
import org.parley.domain.ValueScore;
import org.parley.ui.common.LossFields;

/**
 * The assessment form of one initiative: the active party's likelihood, impact, criterion scores and rationale, the
 * live risk and value, and what is still missing. It does no store work; the Scoring page submits what it holds.
 */
public final class AssessmentForm {

    private final ObservableList<ValueCriterion> criteria = FXCollections.observableArrayList();
    private final ObjectProperty<Integer> likelihood = new SimpleObjectProperty<>(this, "likelihood");
    private final ObjectProperty<Integer> impact = new SimpleObjectProperty<>(this, "impact");
    private final Map<Long, ObjectProperty<Integer>> criterionScores = new LinkedHashMap<>();
    private final StringProperty rationale = new SimpleStringProperty(this, "rationale", "");
    private final LossFields loss = new LossFields(this::recompute);
    private final ReadOnlyObjectWrapper<RiskScore> risk = new ReadOnlyObjectWrapper<>(this, "risk");
    private final ReadOnlyStringWrapper valueText = new ReadOnlyStringWrapper(this, "valueText", "–");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyBooleanWrapper open = new ReadOnlyBooleanWrapper(this, "open");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");
    private final ReadOnlyStringWrapper firstMissing = new ReadOnlyStringWrapper(this, "firstMissing");
    /** The active party's stored scores of the initiative, or null: what "unsaved" is measured against. */
    private Assessment saved;
    private boolean attempted;

    AssessmentForm() {
        for (Observable input : List.of(likelihood, impact, rationale)) {
            input.addListener(obs -> recompute());
        }
    }

    // properties

    /** The workshop's value criteria, one score each. */
    public ObservableList<ValueCriterion> criteria() {
        return criteria;
    }

    public ObjectProperty<Integer> likelihoodProperty() {
        return likelihood;
    }

    public ObjectProperty<Integer> impactProperty() {
        return impact;
    }

    /** The score property of one criterion; the form has one per criterion of the workshop. */
    public ObjectProperty<Integer> criterionScoreProperty(ValueCriterion criterion) {
        return criterionScores.computeIfAbsent(criterion.id(), id -> {
            ObjectProperty<Integer> score = new SimpleObjectProperty<>(this, "criterion" + id);
            score.addListener(obs -> recompute());
            return score;
        });
    }

    public StringProperty rationaleProperty() {
        return rationale;
    }

    /** The optional loss estimate as typed. */
    public LossFields loss() {
        return loss;
    }

    /** The live risk score of the form, or null while likelihood or impact is missing. */
    public ReadOnlyObjectProperty<RiskScore> riskProperty() {
        return risk.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty valueTextProperty() {
        return valueText.getReadOnlyProperty();
    }

    /** After a first try to submit, the first problem of the scores; "" otherwise. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** True while the initiative's current round takes the active party's scores. */
    public ReadOnlyBooleanProperty openProperty() {
        return open.getReadOnlyProperty();
    }

    /** True while the form holds scores that differ from those stored. */
    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    /**
     * After a refused submit, the first score still missing: "likelihood", "impact" or "criterion-N" (N counting
     * the workshop's criteria from 1), for the view to scroll to and mark; null otherwise.
     */
    public ReadOnlyStringProperty firstMissingProperty() {
        return firstMissing.getReadOnlyProperty();
    }

    /** The band of the live risk, for styling; null while incomplete. */
    public Band band() {
        return risk.get() == null ? null : risk.get().band();
    }

    // commands

    /** Fills the form with the active party's stored scores of {@code entry}, or empties it; nothing is marked. */
    void open(ScoringBoard.Entry entry) {
        attempted = false;
        firstMissing.set(null);
        saved = entry == null ? null : entry.own();
        likelihood.set(saved == null ? null : saved.risk().likelihood().score());
        impact.set(saved == null ? null : saved.risk().impact().score());
        for (ValueCriterion criterion : criteria) {
            criterionScoreProperty(criterion).set(saved == null ? null : saved.criterionScores().get(criterion.id()));
        }
        rationale.set(saved == null ? "" : saved.rationale());
        loss.show(saved == null ? null : saved.loss());
        open.set(entry != null && entry.round().acceptsScores());
        recompute();
        dirty.set(false);
    }

    /** The same initiative, freshly loaded: the scores being typed stay, and are measured against its stored ones. */
    void keepTyping(ScoringBoard.Entry fresh) {
        saved = fresh.own();
        recompute();
    }

    /**
     * A try to submit: from now on the first problem shows. True when no score is missing; otherwise false, and
     * {@link #pointAtFirstMissing()} names the score to mark.
     */
    boolean attempt() {
        attempted = true;
        recompute();
        return problem.get().isEmpty();
    }

    /** Names the first missing score again, so the view marks it even when it was the one named before. */
    void pointAtFirstMissing() {
        firstMissing.set(null);
        firstMissing.set(missingField());
    }

    /** What was typed is stored, or given up: nothing is left unsaved. */
    void markSaved() {
        dirty.set(false);
    }

    /** The scores as typed. */
    AssessmentInput input() {
        return new AssessmentInput(likelihood.get(), impact.get(), currentScores(), rationale.get())
                .withLoss(loss.estimate());
    }

    private String missingField() {
        if (likelihood.get() == null) {
            return "likelihood";
        }
        if (impact.get() == null) {
            return "impact";
        }
        for (int i = 0; i < criteria.size(); i++) {
            if (criterionScoreProperty(criteria.get(i)).get() == null) {
                return "criterion-" + (i + 1);
            }
        }
        return null;
    }

    private void recompute() {
        Integer l = likelihood.get();
        Integer i = impact.get();
        risk.set(l != null && i != null ? RiskScore.of(l, i) : null);
        Map<Long, Integer> scores = currentScores();
        valueText.set(scores.size() == criteria.size() && !criteria.isEmpty()
                ? ValueScore.format(ValueScore.of(criteria, scores)) : "–");
        Map<String, String> problems = new LinkedHashMap<>(input().problems(criteria));
        if (!loss.problemProperty().get().isEmpty()) {
            problems.put("loss", loss.problemProperty().get());
        }
        problem.set(attempted && !problems.isEmpty() ? problems.values().iterator().next() : "");
        dirty.set(open.get() && !sameAsSaved());
    }

    private boolean sameAsSaved() {
        if (saved == null) {
            return likelihood.get() == null && impact.get() == null && currentScores().isEmpty()
                    && rationale.get().isBlank() && loss.sameAs(null);
        }
        return Objects.equals(likelihood.get(), saved.risk().likelihood().score())
                && Objects.equals(impact.get(), saved.risk().impact().score())
                && currentScores().equals(saved.criterionScores())
                && rationale.get().strip().equals(saved.rationale())
                && loss.sameAs(saved.loss());
    }

    private Map<Long, Integer> currentScores() {
        Map<Long, Integer> scores = new LinkedHashMap<>();
        for (ValueCriterion criterion : criteria) {
            Integer score = criterionScoreProperty(criterion).get();
            if (score != null) {
                scores.put(criterion.id(), score);
            }
        }
        return scores;
    }
}
