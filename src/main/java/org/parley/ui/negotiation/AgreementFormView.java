package org.parley.ui.negotiation;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.Property;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Control;
import javafx.scene.Parent;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import atlantafx.base.theme.Styles;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.parley.domain.Decision;
import org.parley.domain.Scale;
import org.parley.domain.Treatment;
import org.parley.ui.common.LossFieldsView;

/** The agreement's terms as a form; problems show under the field they are about. */
final class AgreementFormView extends VBox {

    private final AgreementForm form;
    private final VBox conditions = new VBox(6);
    private final List<Runnable> unbind = new ArrayList<>();
    private Label standing;

    AgreementFormView(AgreementForm form) {
        this.form = form;
        build();
    }

    private void build() {
        TextField value = new TextField();
        value.setId("agreement-value");
        value.setPrefColumnCount(5);
        value.setMaxWidth(Region.USE_PREF_SIZE);
        value.textProperty().bindBidirectional(form.agreedValueProperty());
        HBox inherent = new HBox(8, scoreBox("inherent-likelihood", true, form.inherentLikelihoodProperty()),
                scoreBox("inherent-impact", false, form.inherentImpactProperty()));
        HBox residual = new HBox(8, scoreBox("residual-likelihood", true, form.residualLikelihoodProperty()),
                scoreBox("residual-impact", false, form.residualImpactProperty()));
        // Its own problem shows under its fields as it is typed, as on the scoring form.
        LossFieldsView residualLoss = new LossFieldsView(form.residualLoss(), "Residual loss estimate (optional)",
                "residual-loss");
        ComboBox<Decision> decision = enumBox("agreement-decision", Decision.values(), Decision::label,
                form.decisionProperty());
        ComboBox<Treatment> treatment = enumBox("agreement-treatment", Treatment.values(), Treatment::label,
                form.treatmentProperty());
        TextField owner = new TextField();
        owner.setId("agreement-risk-owner");
        owner.setPromptText("Who owns the residual risk, e.g. Head of Payments");
        owner.textProperty().bindBidirectional(form.riskOwnerProperty());
        DatePicker review = DatePickers.of("agreement-review-date", form::typeReviewDate,
                form.reviewDateUnreadableProperty());
        review.valueProperty().bindBidirectional(form.reviewDateProperty());
        TextArea rationale = new TextArea();
        rationale.setId("agreement-rationale");
        rationale.setWrapText(true);
        rationale.setPrefRowCount(3);
        rationale.setPromptText("Why you both agree on this");
        rationale.textProperty().bindBidirectional(form.rationaleProperty());
        Button addCondition = new Button("Add condition", new FontIcon(Material2AL.ADD));
        addCondition.setId("add-condition");
        addCondition.getStyleClass().add(Styles.SMALL);
        addCondition.setOnAction(e -> form.addCondition());
        addCondition.visibleProperty().bind(form.editableProperty());
        addCondition.managedProperty().bind(addCondition.visibleProperty());
        standing = new Label();
        standing.setId("agreement-standing");
        standing.setWrapText(true);
        standing.textProperty().bind(form.standingTextProperty());
        form.standingProperty().addListener((obs, old, now) -> showStanding());
        showStanding();
        HBox decisionRow = new HBox(16, field("Decision", decision, "decision"), field("Treatment", treatment, "treatment"));
        HBox ownerRow = new HBox(16, field("Risk owner", owner, "riskOwner"), field("Review date", review, "reviewDate"));
        HBox.setHgrow(ownerRow.getChildren().get(0), Priority.ALWAYS);
        getChildren().addAll(
                field("Agreed value (1.0–5.0)", value, "agreedValue"),
                field("Inherent risk: likelihood and impact before the conditions", inherent, "inherentLikelihood",
                        "inherentImpact"),
                field("Conditions", new VBox(6, conditions, addCondition), "conditions"),
                field("Residual risk: after the conditions", residual, "residualLikelihood", "residualImpact",
                        "residualRisk"),
                residualLoss, decisionRow, ownerRow,
                field("Rationale", rationale, "rationale"),
                standing);
        setSpacing(10);
        getStyleClass().add("agreement-form");
        // A signed version is shown read-only at full strength, not greyed out like a disabled form.
        form.editableProperty().addListener((obs, old, editable) -> readOnly(!editable));
        readOnly(!form.editableProperty().get());
        for (Node node : List.of(value, inherent, residual, decision, treatment, owner, review, rationale)) {
            readOnlyWhenSigned(node);
        }
        residualLoss.getContent().lookupAll(".text-field").forEach(this::readOnlyWhenSigned);
        form.conditions().addListener((ListChangeListener<ConditionRow>) change -> {
            boolean structural = false;
            while (change.next()) {
                structural |= change.wasAdded() || change.wasRemoved() || change.wasPermutated();
            }
            if (structural) {
                showConditions();
            }
        });
        showConditions();
    }

    private void showStanding() {
        boolean exception = form.standingProperty().get() != null && form.standingProperty().get().exception();
        standing.getStyleClass().removeAll(Styles.DANGER, Styles.SUCCESS);
        standing.getStyleClass().add(exception ? Styles.DANGER : Styles.SUCCESS);
        standing.setVisible(true);
    }

    private void showConditions() {
        unbind.forEach(Runnable::run);
        unbind.clear();
        conditions.getChildren().clear();
        if (form.conditions().isEmpty()) {
            return;
        }
        // One grid for all conditions. The description, the longest text, has a line of its own across the form;
        // below it the owner takes the room left beside the date, so the form stays narrow at large text sizes.
        GridPane grid = new GridPane();
        grid.setHgap(6);
        grid.setVgap(2);
        ColumnConstraints owner = new ColumnConstraints();
        owner.setHgrow(Priority.ALWAYS);
        ColumnConstraints fixed = new ColumnConstraints();
        fixed.setMinWidth(Region.USE_PREF_SIZE);
        grid.getColumnConstraints().addAll(owner, fixed, new ColumnConstraints());
        int index = 0;
        int line = 0;
        for (ConditionRow row : form.conditions()) {
            String key = "conditions[" + index + "].";
            TextField what = new TextField();
            what.setId("condition-" + (index + 1) + "-description");
            what.setPromptText("What must be done");
            TextField who = new TextField();
            who.setId("condition-" + (index + 1) + "-owner");
            who.setPromptText("Who sees it done");
            Tooltip whole = new Tooltip();
            whole.textProperty().bind(who.textProperty());
            who.setTooltip(whole);
            DatePicker due = DatePickers.of("condition-" + (index + 1) + "-due", row::typeDueDate,
                    row.dueDateUnreadableProperty());
            due.setMinWidth(Region.USE_PREF_SIZE);
            bind(what.textProperty(), row.descriptionProperty());
            bind(who.textProperty(), row.ownerProperty());
            bind(due.valueProperty(), row.dueDateProperty());
            Button remove = new Button(null, new FontIcon(Material2AL.DELETE_OUTLINE));
            remove.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, Styles.DANGER);
            remove.setOnAction(e -> form.removeCondition(row));
            for (Node node : List.of(what, who, due, remove)) {
                readOnlyWhenSigned(node);
            }
            what.setMaxWidth(Double.MAX_VALUE);
            who.setMaxWidth(Double.MAX_VALUE);
            grid.add(header("Condition " + (index + 1)), 0, line++, 3, 1);
            grid.add(what, 0, line++, 3, 1);
            grid.addRow(line++, header("Owner"), header("Due"));
            grid.addRow(line++, who, due, remove);
            grid.add(new VBox(2, problem(form.problemProperty(key + "description")),
                    problem(form.problemProperty(key + "owner")), problem(form.problemProperty(key + "dueDate"))),
                    0, line++, 3, 1);
            index++;
        }
        conditions.getChildren().add(grid);
    }

    private static Label header(String text) {
        Label label = new Label(text);
        label.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        return label;
    }

    private void readOnly(boolean readOnly) {
        getStyleClass().remove("read-only");
        if (readOnly) {
            getStyleClass().add("read-only");
        }
    }

    /**
     * A signed version's field reads as text, not as a greyed-out or still-editable input: text stays selectable
     * and copyable; a list or date, which has no read-only mode of its own, is disabled and styled to match.
     */
    private void readOnlyWhenSigned(Node node) {
        if (node instanceof TextInputControl input) {
            input.editableProperty().bind(form.editableProperty());
            return;
        }
        if (node instanceof DatePicker picker) {
            picker.editableProperty().bind(form.editableProperty());
        }
        if (node instanceof Parent parent && !(node instanceof Control)) {
            parent.getChildrenUnmodifiable().forEach(this::readOnlyWhenSigned);
            return;
        }
        node.disableProperty().bind(form.editableProperty().not());
    }

    private <T> void bind(Property<T> view, Property<T> model) {
        view.bindBidirectional(model);
        unbind.add(() -> view.unbindBidirectional(model));
    }

    private VBox field(String text, Node input, String... keys) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.TEXT_BOLD);
        VBox box = new VBox(4, label, input);
        for (String key : keys) {
            box.getChildren().add(problem(form.problemProperty(key)));
        }
        return box;
    }

    private static Label problem(ObservableStringValue text) {
        Label label = new Label();
        label.getStyleClass().addAll(Styles.DANGER, Styles.TEXT_SMALL);
        label.setWrapText(true);
        label.textProperty().bind(text);
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
        return label;
    }

    private static ComboBox<Integer> scoreBox(String id, boolean likelihood, Property<Integer> property) {
        ComboBox<Integer> box = new ComboBox<>();
        box.setId(id);
        box.getItems().addAll(1, 2, 3, 4, 5);
        box.setPromptText(likelihood ? "Likelihood" : "Impact");
        Function<Integer, String> text = score -> score == null ? null
                : score + "  " + (likelihood ? Scale.LIKELIHOOD : Scale.IMPACT).level(score).label();
        box.setCellFactory(list -> new TextCell<>(text));
        box.setButtonCell(new TextCell<>(text));
        box.valueProperty().bindBidirectional(property);
        return box;
    }

    private static <E> ComboBox<E> enumBox(String id, E[] values, Function<E, String> label, Property<E> property) {
        ComboBox<E> box = new ComboBox<>();
        box.setId(id);
        box.getItems().addAll(values);
        box.setCellFactory(list -> new TextCell<>(label));
        box.setButtonCell(new TextCell<>(label));
        box.valueProperty().bindBidirectional(property);
        return box;
    }

    /** A list cell that shows its item through a function. */
    private static final class TextCell<T> extends ListCell<T> {
        private final Function<T, String> text;

        TextCell(Function<T, String> text) {
            this.text = text;
        }

        @Override
        protected void updateItem(T item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : text.apply(item));
        }
    }
}
