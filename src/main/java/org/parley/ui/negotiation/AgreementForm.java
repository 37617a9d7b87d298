package org.parley.ui.negotiation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.parley.domain.AgreementField;
import org.parley.domain.AgreementProblem;
import org.parley.domain.AgreementRules;
import org.parley.domain.AgreementTerms;
import org.parley.domain.Condition;
import org.parley.domain.Decision;
import org.parley.domain.Frontier;
import org.parley.domain.RiskStanding;
import org.parley.domain.Treatment;
import org.parley.domain.ValueScore;
import org.parley.ui.common.LossFields;

/**
 * The agreement form's fields as properties, with each field's problem and the live risk standing. The rules
 * are the domain's ({@link AgreementRules}); problems show once a field was changed or a save was tried.
 */
public final class AgreementForm {

    private final StringProperty agreedValue = new SimpleStringProperty(this, "agreedValue", "");
    private final ObjectProperty<Integer> inherentLikelihood = new SimpleObjectProperty<>(this, "inherentLikelihood");
    private final ObjectProperty<Integer> inherentImpact = new SimpleObjectProperty<>(this, "inherentImpact");
    private final ObservableList<ConditionRow> conditions = FXCollections.observableArrayList(
            ConditionRow::observables);
    private final ObjectProperty<Integer> residualLikelihood = new SimpleObjectProperty<>(this, "residualLikelihood");
    private final ObjectProperty<Integer> residualImpact = new SimpleObjectProperty<>(this, "residualImpact");
    private final ResidualLossEntry residualLoss = new ResidualLossEntry();
    private final ObjectProperty<Decision> decision = new SimpleObjectProperty<>(this, "decision");
    private final ObjectProperty<Treatment> treatment = new SimpleObjectProperty<>(this, "treatment");
    private final StringProperty riskOwner = new SimpleStringProperty(this, "riskOwner", "");
    private final DateEntry reviewDate = new DateEntry(this, "reviewDate");
    private final StringProperty rationale = new SimpleStringProperty(this, "rationale", "");
    private final BooleanProperty editable = new SimpleBooleanProperty(this, "editable");

    private final FieldProblems problems = new FieldProblems(this, conditions);
    private final ReadOnlyObjectWrapper<RiskStanding> standing = new ReadOnlyObjectWrapper<>(this, "standing");
    private final ReadOnlyStringWrapper standingText = new ReadOnlyStringWrapper(this, "standingText", "");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");

    private AgreementTerms loaded = empty();
    private Frontier agreedAppetite;
    private LocalDate today = LocalDate.now();
    private boolean loading;

    AgreementForm() {
        watch("agreedValue", agreedValue);
        watch("inherentLikelihood", inherentLikelihood);
        watch("inherentImpact", inherentImpact);
        watch("residualLikelihood", residualLikelihood);
        watch("residualImpact", residualImpact);
        watch(ResidualLossEntry.KEY, residualLoss.inputs());
        watch("decision", decision);
        watch("treatment", treatment);
        watch("riskOwner", riskOwner);
        watch("reviewDate", reviewDate.dateProperty(), reviewDate.unreadableProperty());
        watch("rationale", rationale);
        conditions.addListener((ListChangeListener<ConditionRow>) change -> {
            while (change.next() && !loading) {
                if (change.wasAdded() || change.wasRemoved()) {
                    problems.edited("conditions");
                }
            }
            recheck();
        });
    }

    /** Rechecks on every change of the field; a change the person made (not a load) marks it edited. */
    private void watch(String key, Observable... inputs) {
        for (Observable input : inputs) {
            input.addListener(obs -> {
                if (!loading) {
                    problems.edited(key);
                }
                recheck();
            });
        }
    }

    // properties

    public StringProperty agreedValueProperty() {
        return agreedValue;
    }

    public ObjectProperty<Integer> inherentLikelihoodProperty() {
        return inherentLikelihood;
    }

    public ObjectProperty<Integer> inherentImpactProperty() {
        return inherentImpact;
    }

    public ObservableList<ConditionRow> conditions() {
        return conditions;
    }

    public ObjectProperty<Integer> residualLikelihoodProperty() {
        return residualLikelihood;
    }

    public ObjectProperty<Integer> residualImpactProperty() {
        return residualImpact;
    }

    /** The optional residual loss estimate the parties agree, as typed; blank is none. */
    public LossFields residualLoss() {
        return residualLoss.fields();
    }

    public ObjectProperty<Decision> decisionProperty() {
        return decision;
    }

    public ObjectProperty<Treatment> treatmentProperty() {
        return treatment;
    }

    public StringProperty riskOwnerProperty() {
        return riskOwner;
    }

    public ObjectProperty<LocalDate> reviewDateProperty() {
        return reviewDate.dateProperty();
    }

    /** The text typed as the review date that is not a date, kept in the field; empty when there is none. */
    public ReadOnlyStringProperty reviewDateUnreadableProperty() {
        return reviewDate.unreadableProperty();
    }

    /** Takes the text typed as the review date; returns the date it means, or null. */
    public LocalDate typeReviewDate(String text) {
        return reviewDate.type(text);
    }

    public StringProperty rationaleProperty() {
        return rationale;
    }

    /** False for a signed, superseded or revoked version: it is shown, never changed. */
    public BooleanProperty editableProperty() {
        return editable;
    }

    /** The problem to show at a field, by its key ("rationale", "conditions[0].owner"); empty when none. */
    public ReadOnlyStringProperty problemProperty(String key) {
        return problems.problemProperty(key);
    }

    public ReadOnlyObjectProperty<RiskStanding> standingProperty() {
        return standing.getReadOnlyProperty();
    }

    /** The live standing in words: scores, bands, whether each is within the agreed appetite, exception. */
    public ReadOnlyStringProperty standingTextProperty() {
        return standingText.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty validProperty() {
        return problems.validProperty();
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty firstProblemProperty() {
        return problems.firstProperty();
    }

    // commands

    public void addCondition() {
        conditions.add(new ConditionRow(null));
    }

    public void removeCondition(ConditionRow row) {
        conditions.remove(row);
    }

    /** Shows problems at every field, as a save or a signature does. */
    void attempt() {
        problems.attempt();
        recheck();
    }

    void load(AgreementTerms terms, Frontier appetite, LocalDate proposedOn, boolean canEdit) {
        loading = true;
        try {
            loaded = terms;
            agreedAppetite = appetite;
            today = proposedOn;
            problems.reset();
            reviewDate.clear();
            agreedValue.set(terms.agreedValue() == null ? "" : ValueScore.format(terms.agreedValue()));
            inherentLikelihood.set(terms.inherentLikelihood());
            inherentImpact.set(terms.inherentImpact());
            conditions.setAll(terms.conditions().stream().map(ConditionRow::new).toList());
            residualLikelihood.set(terms.residualLikelihood());
            residualImpact.set(terms.residualImpact());
            residualLoss.show(terms);
            decision.set(terms.decision());
            treatment.set(terms.treatment());
            riskOwner.set(terms.riskOwner());
            reviewDate.dateProperty().set(terms.reviewDate());
            rationale.set(terms.rationale());
            editable.set(canEdit);
        } finally {
            loading = false;
        }
        recheck();
    }

    AgreementTerms terms() {
        List<Condition> rows = new ArrayList<>();
        conditions.forEach(row -> rows.add(row.toCondition()));
        return residualLoss.into(new AgreementTerms(parseValue(agreedValue.get()), inherentLikelihood.get(),
                inherentImpact.get(), rows, residualLikelihood.get(), residualImpact.get(), decision.get(),
                treatment.get(), riskOwner.get(), reviewDate.dateProperty().get(), rationale.get()));
    }

    private void recheck() {
        if (loading) {
            return;
        }
        AgreementTerms current = terms();
        List<AgreementProblem> found = AgreementRules.check(current, agreedAppetite, today);
        if (agreedValue.get() != null && !agreedValue.get().isBlank() && parseValue(agreedValue.get()) == null) {
            found = new ArrayList<>(found);
            found.removeIf(p -> p.field() == AgreementField.AGREED_VALUE);
            found.add(0, AgreementProblem.of(AgreementField.AGREED_VALUE,
                    "Agreed value must be a number from 1.0 to 5.0, such as 3.5."));
        }
        Map<String, String> byKey = new LinkedHashMap<>();
        // Typed text that is not a date is the problem to show at its field, before any rule about the date.
        unreadable("reviewDate", reviewDate.problem(AgreementField.REVIEW_DATE.label()), byKey);
        for (int i = 0; i < conditions.size(); i++) {
            unreadable("conditions[" + i + "].dueDate", conditions.get(i).dueDateProblem(i), byKey);
        }
        for (AgreementProblem problem : found) {
            byKey.putIfAbsent(problem.key(), problem.message());
        }
        // Half an estimate or one that is not valid reads as none: its problem is what keeps the form dirty.
        boolean typedNotValid = residualLoss.addProblem(byKey);
        problems.show(byKey);
        boolean typedUnreadable = typedNotValid || !reviewDate.unreadableProperty().get().isEmpty()
                || conditions.stream().anyMatch(ConditionRow::hasUnreadableDate);
        dirty.set(editable.get() && (!current.equals(loaded) || typedUnreadable));
        RiskStanding now = current.standing(agreedAppetite);
        standing.set(now);
        standingText.set(StandingText.describe(now));
    }

    private static void unreadable(String key, String problem, Map<String, String> byKey) {
        if (problem != null) {
            byKey.put(key, problem);
        }
    }

    static Double parseValue(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Double.parseDouble(text.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static AgreementTerms empty() {
        return new AgreementTerms(null, null, null, List.of(), null, null, null, null, "", null, "");
    }
}
