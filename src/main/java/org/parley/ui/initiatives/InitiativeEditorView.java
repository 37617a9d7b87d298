package org.parley.ui.initiatives;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import atlantafx.base.theme.Styles;
import org.controlsfx.control.textfield.TextFields;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import org.parley.domain.InitiativeField;

/** The form that edits one initiative; problems show under the field they are about. */
final class InitiativeEditorView extends StackPane {

    private final InitiativeEditorViewModel model;
    private final InitiativeForm fields;
    private final Runnable deleteInitiative;
    private Label heading;
    private Label unsaved;
    private TextField title;
    private TextArea description;
    private TextField category;
    private TextField sponsor;
    private TextField cost;
    private FlowPane tagChips;
    private TextField newTag;
    private Button save;
    private Button revert;
    private Button delete;
    private VBox form;
    private Label empty;
    private final Map<String, ToggleButton> chips = new LinkedHashMap<>();
    private boolean syncing;

    /** @param deleteInitiative deletes the initiative in the editor, as the Delete key does in the table */
    InitiativeEditorView(InitiativeEditorViewModel model, Runnable deleteInitiative) {
        this.model = model;
        this.fields = model.form();
        this.deleteInitiative = deleteInitiative;
        createParts();
        layoutParts();
        bind();
    }

    void focusTitle() {
        title.requestFocus();
    }

    private void createParts() {
        heading = new Label();
        heading.getStyleClass().add(Styles.TITLE_3);
        unsaved = new Label("unsaved changes");
        unsaved.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.WARNING);
        title = field("initiative-title", "What is proposed, in a few words");
        description = new TextArea();
        description.setId("initiative-description");
        description.setWrapText(true);
        description.setPrefRowCount(5);
        description.setPromptText("What changes, for whom, and what data or systems it touches");
        category = field("initiative-category", "e.g. AI & Data");
        TextFields.bindAutoCompletion(category, request -> model.categories().stream()
                .filter(c -> c.toLowerCase(Locale.ROOT).contains(request.getUserText().toLowerCase(Locale.ROOT)))
                .filter(c -> !c.equalsIgnoreCase(request.getUserText()))
                .toList());
        sponsor = field("initiative-sponsor", "Who asks for it, e.g. Head of Payments");
        cost = field("initiative-cost", "e.g. 250000");
        tagChips = new FlowPane(6, 6);
        tagChips.setId("initiative-tags");
        newTag = field("initiative-new-tag", "Another tag, then Enter");
        newTag.setPrefColumnCount(14);
        save = new Button("Save", new FontIcon(Material2MZ.SAVE));
        save.setId("save-initiative");
        save.getStyleClass().add(Styles.ACCENT);
        save.setDefaultButton(false);
        save.setTooltip(new Tooltip("Save (Ctrl+S)"));
        revert = new Button("Revert", new FontIcon(Material2MZ.UNDO));
        revert.setId("revert-initiative");
        delete = new Button("Delete", new FontIcon(Material2AL.DELETE_OUTLINE));
        delete.setId("delete-initiative");
        delete.getStyleClass().addAll(Styles.DANGER, Styles.FLAT);
        delete.setTooltip(new Tooltip("Delete this initiative (Delete in the table)"));
        empty = new Label("Select an initiative to edit it, or press Ctrl+N to add one.");
        empty.getStyleClass().add(Styles.TEXT_MUTED);
        empty.setWrapText(true);
    }

    private void layoutParts() {
        HBox header = new HBox(10, heading, unsaved);
        header.setAlignment(Pos.BASELINE_LEFT);
        HBox addTag = new HBox(6, newTag);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(8, save, revert, spacer, delete);
        buttons.setAlignment(Pos.CENTER_LEFT);
        buttons.setPadding(new Insets(10, 20, 12, 20));
        buttons.getStyleClass().add("editor-buttons");
        form = new VBox(4, header,
                labelled("Title *", title, InitiativeField.TITLE),
                labelled("Description", description, InitiativeField.DESCRIPTION),
                labelled("Category", category, InitiativeField.CATEGORY),
                labelled("Sponsor", sponsor, InitiativeField.SPONSOR),
                labelled("Estimated cost", cost, InitiativeField.ESTIMATED_COST),
                labelled("Compliance tags", new VBox(8, tagChips, addTag), InitiativeField.TAGS));
        form.setPadding(new Insets(16, 20, 8, 20));
        ScrollPane scroll = new ScrollPane(form);
        scroll.setFitToWidth(true);
        // The buttons stay below the scrolling form: Save is in view however long the form is on a laptop.
        BorderPane editor = new BorderPane(scroll, null, null, buttons, null);
        StackPane.setAlignment(empty, Pos.CENTER);
        StackPane.setMargin(empty, new Insets(24));
        getChildren().addAll(empty, editor);
        setMinWidth(340);
        setPrefWidth(400);
        editor.visibleProperty().bind(model.openProperty());
        empty.visibleProperty().bind(model.openProperty().not());
    }

    private VBox labelled(String text, Node input, InitiativeField field) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.TEXT_BOLD);
        label.setLabelFor(input);
        Label problem = new Label();
        problem.setId("problem-" + field.column().replace('_', '-'));
        problem.getStyleClass().addAll(Styles.DANGER, Styles.TEXT_SMALL);
        problem.setWrapText(true);
        problem.textProperty().bind(fields.problemProperty(field));
        problem.visibleProperty().bind(problem.textProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        problem.textProperty().addListener((obs, old, now) ->
                input.pseudoClassStateChanged(Styles.STATE_DANGER, !now.isEmpty()));
        VBox box = new VBox(4, label, input, problem);
        box.setPadding(new Insets(8, 0, 0, 0));
        return box;
    }

    private static TextField field(String id, String prompt) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(prompt);
        return field;
    }

    private void bind() {
        title.textProperty().bindBidirectional(fields.titleProperty());
        description.textProperty().bindBidirectional(fields.descriptionProperty());
        category.textProperty().bindBidirectional(fields.categoryProperty());
        sponsor.textProperty().bindBidirectional(fields.sponsorProperty());
        cost.textProperty().bindBidirectional(fields.costProperty());
        heading.textProperty().bind(Bindings.createStringBinding(
                () -> model.editingProperty().get() == null ? "New initiative" : "Edit initiative",
                model.editingProperty()));
        unsaved.visibleProperty().bind(fields.dirtyProperty());
        save.disableProperty().bind(fields.dirtyProperty().not());
        revert.disableProperty().bind(fields.dirtyProperty().not());
        save.setOnAction(e -> model.save());
        revert.setOnAction(e -> model.revert());
        delete.setOnAction(e -> deleteInitiative.run());
        newTag.setOnAction(e -> {
            String tag = newTag.getText().strip();
            if (!tag.isEmpty()) {
                fields.addTag(tag);
                newTag.clear();
            }
        });
        model.knownTags().addListener((ListChangeListener<String>) change -> rebuildChips());
        fields.tags().addListener((ListChangeListener<String>) change -> syncChips());
        rebuildChips();
    }

    /** One chip per known tag and per tag of this initiative; custom tags typed in get a chip too. */
    private void rebuildChips() {
        chips.clear();
        tagChips.getChildren().clear();
        for (String tag : model.knownTags()) {
            addChip(tag);
        }
        syncChips();
    }

    private void syncChips() {
        for (String tag : fields.tags()) {
            if (!chips.containsKey(key(tag))) {
                addChip(tag);
            }
        }
        syncing = true;
        try {
            chips.forEach((key, chip) -> chip.setSelected(fields.tags().stream().anyMatch(t -> key(t).equals(key))));
        } finally {
            syncing = false;
        }
    }

    private void addChip(String tag) {
        ToggleButton chip = new ToggleButton(tag);
        chip.setId("tag-" + tag.replaceAll("[^A-Za-z0-9]+", "-"));
        chip.getStyleClass().addAll(Styles.SMALL, Styles.ROUNDED);
        chip.selectedProperty().addListener((obs, was, selected) -> {
            if (!syncing) {
                fields.setTag(tag, selected);
            }
        });
        chips.put(key(tag), chip);
        tagChips.getChildren().add(chip);
    }

    private static String key(String tag) {
        return tag.toLowerCase(Locale.ROOT);
    }
}
