package org.parley.ui.negotiation;

import java.util.Map;
import javafx.beans.Observable;
import org.parley.domain.AgreementTerms;
import org.parley.ui.common.LossFields;

/**
 * The agreement form's optional residual loss estimate (decision 0034): the loss the parties agree remains once the
 * conditions are met, as typed, and its part of the terms and of the form's problems. Blank is none.
 */
final class ResidualLossEntry {

    /** The key its problem shows under, as the form's other fields' do. */
    static final String KEY = "residualLoss";

    // The form watches the three fields itself, as it does its others, so the fields need no callback of their own.
    private final LossFields fields = new LossFields(() -> { });

    LossFields fields() {
        return fields;
    }

    /** What the form rechecks on: the three typed fields. */
    Observable[] inputs() {
        return new Observable[] {fields.probabilityProperty(), fields.lowProperty(), fields.highProperty()};
    }

    void show(AgreementTerms terms) {
        fields.show(terms.residualLoss());
    }

    /** The terms with the estimate as typed; with none while it is blank or not valid. */
    AgreementTerms into(AgreementTerms terms) {
        return terms.withResidualLoss(fields.estimate());
    }

    /** Adds the problem of the estimate last read by {@link #into}, if it has one; true when it had. */
    boolean addProblem(Map<String, String> byKey) {
        String problem = fields.problemProperty().get();
        if (problem.isEmpty()) {
            return false;
        }
        byKey.put(KEY, problem);
        return true;
    }
}
