package org.parley.ui.workshops;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.util.StringConverter;
import atlantafx.base.theme.Styles;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** The set-up of the workshop in hand: who the two parties are, their PINs, the value criteria and the idle lock. */
public final class WorkshopSetupView extends ScrollPane {

    private final PartiesViewModel parties;
    private final IdleLockViewModel idleLock;
    private final CurrencyViewModel currency;
    private final CriteriaSection criteriaSection;
    private Button save;
    private Button revert;
    private Button bothPins;
    private Spinner<Integer> idleMinutes;
    /** Held here: a bidirectional binding keeps only weak references to its two ends. */
    private ObjectProperty<Integer> idleMinutesValue;
    private Button saveIdleLock;
    private Button revertIdleLock;

    public WorkshopSetupView(PartiesViewModel parties, CriteriaViewModel criteria, IdleLockViewModel idleLock,
                             CurrencyViewModel currency) {
        this.currency = currency;
        this.parties = parties;
        this.idleLock = idleLock;
        this.criteriaSection = new CriteriaSection(criteria);
        createParts();
        layoutParts();
        bind();
    }

    private void createParts() {
        save = new Button("Save parties", new FontIcon(Material2MZ.SAVE));
        save.setId("save-parties");
        save.getStyleClass().add(Styles.ACCENT);
        revert = new Button("Revert", new FontIcon(Material2MZ.UNDO));
        revert.setId("revert-parties");
        bothPins = new Button("", new FontIcon(Material2AL.LOCK));
        bothPins.setId("set-both-pins");
        bothPins.setTooltip(new Tooltip("Covers the window; each party without a PIN types its own in turn"));
        var idleFactory = new SpinnerValueFactory.IntegerSpinnerValueFactory(0, IdleLockViewModel.MAX_MINUTES);
        idleFactory.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer value) {
                return value == null ? "" : value.toString();
            }

            @Override
            public Integer fromString(String text) {
                try {
                    return Integer.valueOf(text.strip());
                } catch (NumberFormatException e) {
                    return idleFactory.getValue();   // not a number: the field shows the last good value again
                }
            }
        });
        idleMinutes = new Spinner<>(idleFactory);
        idleMinutes.setId("idle-lock-minutes");
        idleMinutes.setEditable(true);
        idleMinutes.setPrefWidth(100);
        saveIdleLock = new Button("Save", new FontIcon(Material2MZ.SAVE));
        saveIdleLock.setId("save-idle-lock");
        revertIdleLock = new Button("Revert", new FontIcon(Material2MZ.UNDO));
    }

    private void layoutParts() {
        Label intro = muted("The two people negotiating. The role labels name the parties' columns in the exported "
                + "register, so each party needs its own.");
        HBox cards = new HBox(16, partyCard(0), partyCard(1));
        HBox buttons = new HBox(8, save, revert, new Region() {{ setMinWidth(16); }}, bothPins);
        Label idleIntro = muted("Ctrl+L locks the window when you step away; it also locks itself after a while "
                + "without input. Only the party at the laptop opens it again, with its PIN.");
        Label unit = new Label();
        unit.textProperty().bind(idleLock.unitProperty());
        HBox idleRow = new HBox(8, new Label("Lock after"), idleMinutes, unit, withReason(saveIdleLock,
                idleLock.blockedProperty()), revertIdleLock);
        idleRow.setAlignment(Pos.CENTER_LEFT);
        VBox content = new VBox(12, heading("Parties"), intro, cards, buttons);
        content.getChildren().addAll(criteriaSection.nodes());
        content.getChildren().addAll(heading("Leaving the laptop"), idleIntro, idleRow);
        content.getChildren().addAll(heading("Losses"), muted("Loss estimates, tolerances and simulated losses are "
                + "amounts in one currency; nothing is converted, so both parties change it together."), currencyRow());
        content.setPadding(new Insets(20, 24, 24, 24));
        content.setMaxWidth(920);
        setContent(content);
        setFitToWidth(true);
    }

    private HBox currencyRow() {
        TextField code = new TextField();
        code.setId("currency");
        code.setPrefColumnCount(4);
        code.textProperty().bindBidirectional(currency.codeProperty());
        code.setOnAction(e -> currency.save());
        Button save = new Button("Save", new FontIcon(Material2MZ.SAVE));
        save.setId("save-currency");
        save.disableProperty().bind(currency.dirtyProperty().not());
        save.setOnAction(e -> currency.save());
        Button revert = new Button("Revert", new FontIcon(Material2MZ.UNDO));
        revert.disableProperty().bind(currency.dirtyProperty().not());
        revert.setOnAction(e -> currency.revert());
        HBox row = new HBox(8, new Label("Currency (ISO code, such as EUR or USD)"), code, save, revert);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    static Label heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.TITLE_3);
        return label;
    }

    static Label muted(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.getStyleClass().add(Styles.TEXT_MUTED);
        return label;
    }

    private VBox partyCard(int index) {
        PartyForm form = parties.form(index);
        Circle dot = new Circle(7);
        dot.fillProperty().bind(Bindings.createObjectBinding(() -> Color.web(form.colourProperty().get()),
                form.colourProperty()));
        Label seat = new Label("Seat " + (index + 1), dot);
        seat.getStyleClass().add(Styles.TEXT_BOLD);
        TextField name = new TextField();
        name.setId("party-" + (index + 1) + "-name");
        name.textProperty().bindBidirectional(form.displayNameProperty());
        TextField role = new TextField();
        role.setId("party-" + (index + 1) + "-role");
        role.textProperty().bindBidirectional(form.roleLabelProperty());
        Label pin = new Label();
        pin.setWrapText(true);
        pin.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        pin.textProperty().bind(form.pinStatusProperty());
        Label key = new Label();
        key.setId("party-" + (index + 1) + "-key");
        key.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        key.textProperty().bind(form.keyProperty());
        key.visibleProperty().bind(form.keyProperty().isNotEmpty());
        key.managedProperty().bind(key.visibleProperty());
        Button setPin = new Button("Set or change PIN…", new FontIcon(Material2AL.LOCK));
        setPin.setId("set-pin-" + (index + 1));
        setPin.setOnAction(e -> parties.changePin(index));
        Button removePin = new Button("Remove PIN", new FontIcon(Material2AL.LOCK_OPEN));
        removePin.setId("remove-pin-" + (index + 1));
        removePin.getStyleClass().add(Styles.FLAT);
        removePin.setOnAction(e -> parties.removePin(index));
        // Only a party itself sets or removes its PIN: anyone else finds the buttons disabled, and why.
        setPin.disableProperty().bind(form.setPinBlockedProperty().isNotEmpty());
        removePin.disableProperty().bind(form.removePinBlockedProperty().isNotEmpty());
        HBox pinButtons = new HBox(8, withReason(setPin, form.setPinBlockedProperty()),
                withReason(removePin, form.removePinBlockedProperty()));
        VBox card = new VBox(6, seat,
                new Label("Display name"), name, problem(form.displayNameProblemProperty(), name),
                new Label("Role label"), role, problem(form.roleLabelProblemProperty(), role),
                pin, key, pinButtons);
        card.getStyleClass().add("card");
        card.setPadding(new Insets(14));
        HBox.setHgrow(card, Priority.ALWAYS);
        return card;
    }

    /**
     * Shows why {@code button} is disabled as a tooltip, while {@code reason} says so. A disabled control shows no
     * tooltip of its own, so the tooltip sits on a holder around it.
     */
    private static StackPane withReason(Button button, ObservableStringValue reason) {
        StackPane holder = new StackPane(button);
        holder.setId(button.getId() + "-holder");
        Tooltip why = new Tooltip();
        why.textProperty().bind(reason);
        why.setWrapText(true);
        why.setMaxWidth(360);
        Runnable install = () -> {
            if (reason.get().isEmpty()) {
                Tooltip.uninstall(holder, why);
            } else {
                Tooltip.install(holder, why);
            }
        };
        reason.addListener(obs -> install.run());
        install.run();
        return holder;
    }

    /** A field's problem as a red label under it, the field marked while there is one (decision 0005). */
    static Label problem(ObservableStringValue text, TextField field) {
        Label label = new Label();
        label.getStyleClass().addAll(Styles.DANGER, Styles.TEXT_SMALL);
        label.textProperty().bind(text);
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
        label.textProperty().addListener((obs, old, now) ->
                field.pseudoClassStateChanged(Styles.STATE_DANGER, !now.isEmpty()));
        return label;
    }

    private void bind() {
        var anyDirty = parties.form(0).dirtyProperty().or(parties.form(1).dirtyProperty());
        save.disableProperty().bind(anyDirty.not());
        revert.disableProperty().bind(anyDirty.not());
        save.setOnAction(e -> parties.save());
        BothPinsViewModel pins = parties.bothPins();
        bothPins.textProperty().bind(pins.buttonTextProperty());
        bothPins.visibleProperty().bind(pins.offeredProperty());
        bothPins.managedProperty().bind(bothPins.visibleProperty());
        bothPins.setOnAction(e -> pins.start());
        revert.setOnAction(e -> parties.revert());
        idleMinutesValue = idleLock.minutesProperty().asObject();
        idleMinutes.getValueFactory().valueProperty().bindBidirectional(idleMinutesValue);
        // A typed number counts when the field is left, not only on Enter.
        idleMinutes.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                idleMinutes.commitValue();
            }
        });
        saveIdleLock.disableProperty().bind(idleLock.dirtyProperty().not()
                .or(idleLock.blockedProperty().isNotEmpty()));
        revertIdleLock.disableProperty().bind(idleLock.dirtyProperty().not());
        saveIdleLock.setOnAction(e -> {
            idleMinutes.commitValue();
            idleLock.save();
        });
        revertIdleLock.setOnAction(e -> idleLock.revert());
    }
}
