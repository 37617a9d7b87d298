package org.parley.ui.negotiation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
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

/**
 * The agreement form's fields as properties, with each field's problem and the live risk standing. The rules
 * are the domain's ({@link AgreementRules}); problems show once a field was changed or a save was tried.
 */
public final class AgreementForm {

    /** One condition as edited. */
    public static final class ConditionRow {
        private final StringProperty description = new SimpleStringProperty(this, "description", "");
        private final StringProperty owner = new SimpleStringProperty(this, "owner", "");
        private final ObjectProperty<LocalDate> dueDate = new SimpleObjectProperty<>(this, "dueDate");

        public ConditionRow(Condition condition) {
            if (condition != null) {
                description.set(condition.description());
                owner.set(condition.owner());
                dueDate.set(condition.dueDate());
            }
        }

        public StringProperty descriptionProperty() {
            return description;
        }

        public StringProperty ownerProperty() {
            return owner;
        }

        public ObjectProperty<LocalDate> dueDateProperty() {
            return dueDate;
        }

        Condition toCondition() {
            return new Condition(description.get(), owner.get(), dueDate.get());
        }
    }

    private final StringProperty agreedValue = new SimpleStringProperty(this, "agreedValue", "");
    private final ObjectProperty<Integer> inherentLikelihood = new SimpleObjectProperty<>(this, "inherentLikelihood");
    private final ObjectProperty<Integer> inherentImpact = new SimpleObjectProperty<>(this, "inherentImpact");
    private final ObservableList<ConditionRow> conditions = FXCollections.observableArrayList(
            row -> new Observable[] {row.description, row.owner, row.dueDate});
    private final ObjectProperty<Integer> residualLikelihood = new SimpleObjectProperty<>(this, "residualLikelihood");
    private final ObjectProperty<Integer> residualImpact = new SimpleObjectProperty<>(this, "residualImpact");
    private final ObjectProperty<Decision> decision = new SimpleObjectProperty<>(this, "decision");
    private final ObjectProperty<Treatment> treatment = new SimpleObjectProperty<>(this, "treatment");
    private final StringProperty riskOwner = new SimpleStringProperty(this, "riskOwner", "");
    private final ObjectProperty<LocalDate> reviewDate = new SimpleObjectProperty<>(this, "reviewDate");
    private final StringProperty rationale = new SimpleStringProperty(this, "rationale", "");
    private final BooleanProperty editable = new SimpleBooleanProperty(this, "editable");

    private final Map<String, ReadOnlyStringWrapper> problems = new HashMap<>();
    private final ReadOnlyObjectWrapper<RiskStanding> standing = new ReadOnlyObjectWrapper<>(this, "standing");
    private final ReadOnlyStringWrapper standingText = new ReadOnlyStringWrapper(this, "standingText", "");
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(this, "valid");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");
    private final ReadOnlyStringWrapper firstProblem = new ReadOnlyStringWrapper(this, "firstProblem", "");

    private AgreementTerms loaded = empty();
    private Frontier agreedAppetite;
    private LocalDate today = LocalDate.now();
    private boolean attempted;
    private boolean loading;

    AgreementForm() {
        for (Observable input : List.<Observable>of(agreedValue, inherentLikelihood, inherentImpact, conditions,
                residualLikelihood, residualImpact, decision, treatment, riskOwner, reviewDate, rationale)) {
            input.addListener(obs -> recheck());
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
        return reviewDate;
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
        return problems.computeIfAbsent(key, k -> new ReadOnlyStringWrapper(this, k, "")).getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<RiskStanding> standingProperty() {
        return standing.getReadOnlyProperty();
    }

    /** The live standing in words: scores, bands, whether each is within the agreed appetite, exception. */
    public ReadOnlyStringProperty standingTextProperty() {
        return standingText.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty firstProblemProperty() {
        return firstProblem.getReadOnlyProperty();
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
        attempted = true;
        recheck();
    }

    void load(AgreementTerms terms, Frontier appetite, LocalDate proposedOn, boolean canEdit) {
        loading = true;
        try {
            loaded = terms;
            agreedAppetite = appetite;
            today = proposedOn;
            attempted = false;
            agreedValue.set(terms.agreedValue() == null ? "" : String.format(Locale.ROOT, "%.1f", terms.agreedValue()));
            inherentLikelihood.set(terms.inherentLikelihood());
            inherentImpact.set(terms.inherentImpact());
            conditions.setAll(terms.conditions().stream().map(ConditionRow::new).toList());
            residualLikelihood.set(terms.residualLikelihood());
            residualImpact.set(terms.residualImpact());
            decision.set(terms.decision());
            treatment.set(terms.treatment());
            riskOwner.set(terms.riskOwner());
            reviewDate.set(terms.reviewDate());
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
        return new AgreementTerms(parseValue(agreedValue.get()), inherentLikelihood.get(), inherentImpact.get(), rows,
                residualLikelihood.get(), residualImpact.get(), decision.get(), treatment.get(), riskOwner.get(),
                reviewDate.get(), rationale.get());
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
        Map<String, String> byKey = new HashMap<>();
        for (AgreementProblem problem : found) {
            byKey.putIfAbsent(problem.key(), problem.message());
        }
        for (ReadOnlyStringWrapper wrapper : problems.values()) {
            wrapper.set("");
        }
        for (Map.Entry<String, String> entry : byKey.entrySet()) {
            if (attempted || touched(entry.getKey(), current)) {
                problemWrapper(entry.getKey()).set(entry.getValue());
            }
        }
        valid.set(found.isEmpty());
        firstProblem.set(found.isEmpty() ? "" : found.get(0).message());
        dirty.set(editable.get() && !current.equals(loaded));
        RiskStanding now = current.standing(agreedAppetite);
        standing.set(now);
        standingText.set(describe(now));
    }

    private ReadOnlyStringWrapper problemWrapper(String key) {
        problemProperty(key);
        return problems.get(key);
    }

    /** A field counts as touched when it differs from what was loaded; the residual rule follows its inputs. */
    private boolean touched(String key, AgreementTerms current) {
        if (key.startsWith("conditions")) {
            return !current.conditions().equals(loaded.conditions()) || !Objects.equals(current.decision(), loaded.decision());
        }
        return switch (key) {
            case "agreedValue" -> !Objects.equals(current.agreedValue(), loaded.agreedValue());
            case "inherentLikelihood" -> !Objects.equals(current.inherentLikelihood(), loaded.inherentLikelihood());
            case "inherentImpact" -> !Objects.equals(current.inherentImpact(), loaded.inherentImpact());
            case "residualLikelihood" -> !Objects.equals(current.residualLikelihood(), loaded.residualLikelihood());
            case "residualImpact" -> !Objects.equals(current.residualImpact(), loaded.residualImpact());
            case "residualRisk" -> current.residualRisk() != null && current.inherentRisk() != null;
            case "decision" -> !Objects.equals(current.decision(), loaded.decision());
            case "treatment" -> !Objects.equals(current.treatment(), loaded.treatment());
            case "riskOwner" -> !current.riskOwner().equals(loaded.riskOwner());
            case "reviewDate" -> !Objects.equals(current.reviewDate(), loaded.reviewDate())
                    || !Objects.equals(current.decision(), loaded.decision())
                    || !Objects.equals(current.residualRisk(), loaded.residualRisk());
            case "rationale" -> !current.rationale().equals(loaded.rationale());
            default -> false;
        };
    }

    private static String describe(RiskStanding s) {
        if (s == null) {
            return "Enter the agreed value and the inherent and residual scores to see where the risk stands.";
        }
        String limit = String.format(Locale.ROOT, "%.1f", s.appetiteLimit());
        return "Inherent " + s.inherent().value() + " (" + s.inherentBand().label() + "), "
                + (s.inherentWithin() ? "within" : "above") + " the agreed appetite \u00B7 Residual "
                + s.residual().value() + " (" + s.residualBand().label() + "), "
                + (s.residualWithin() ? "within" : "above") + " it \u00B7 the agreed appetite accepts up to " + limit
                + " at value " + String.format(Locale.ROOT, "%.1f", s.agreedValue())
                + (s.exception() ? " \u00B7 EXCEPTION: review within 12 months" : "");
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
