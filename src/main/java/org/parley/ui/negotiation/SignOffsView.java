package org.parley.ui.negotiation;

import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import atlantafx.base.theme.Styles;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2MZ;
import org.parley.domain.Party;
import org.parley.domain.Seat;

/**
 * The agreement's signatures: a row a party with its sign button and who signed and when, and the warning that
 * saving changed terms clears a signature. While terms are open the buttons stay in place whatever happens, so a
 * second click lands where the first did: a party that signed sees its button disabled, not gone.
 */
final class SignOffsView extends VBox {

    private final AgreementViewModel model;
    private GridPane rows;
    private Label saveWarning;

    SignOffsView(AgreementViewModel model) {
        this.model = model;
        createParts();
        layoutParts();
        bind();
    }

    private void createParts() {
        rows = new GridPane();
        rows.setId("agreement-sign-offs");
        saveWarning = new Label();
        saveWarning.setId("agreement-save-warning");
        saveWarning.getStyleClass().add(Styles.WARNING);
        saveWarning.setWrapText(true);
    }

    private void layoutParts() {
        rows.setHgap(12);
        rows.setVgap(6);
        // The buttons share a column as wide as the wider of them; the lines beside them wrap.
        ColumnConstraints buttons = new ColumnConstraints();
        buttons.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints lines = new ColumnConstraints();
        lines.setHgrow(Priority.ALWAYS);
        lines.setMinWidth(0);
        rows.getColumnConstraints().setAll(buttons, lines);
        Label heading = new Label("Signatures");
        heading.getStyleClass().add(Styles.TEXT_BOLD);
        getChildren().setAll(heading, rows, saveWarning);
        setSpacing(6);
    }

    private void bind() {
        model.parties().addListener((ListChangeListener<Party>) change -> showRows());
        showRows();
        saveWarning.textProperty().bind(model.signOffs().saveWarningProperty());
        saveWarning.visibleProperty().bind(saveWarning.textProperty().isNotEmpty());
        saveWarning.managedProperty().bind(saveWarning.visibleProperty());
    }

    private void showRows() {
        rows.getChildren().clear();
        int row = 0;
        for (Party party : model.parties()) {
            Seat seat = party.seat();
            Button sign = new Button("Sign as " + party.roleLabel(), new FontIcon(Material2MZ.VERIFIED));
            sign.setId("sign-" + seat.number());
            sign.setMinWidth(Region.USE_PREF_SIZE);
            sign.setMaxWidth(Double.MAX_VALUE);
            sign.setOnAction(e -> model.sign(seat));
            sign.disableProperty().bind(model.signOffs().canSignProperty(seat).not());
            // Gone from a signed version, whose lines then start at the left; a draft keeps both in place.
            sign.visibleProperty().bind(model.form().editableProperty());
            sign.managedProperty().bind(sign.visibleProperty());
            Label line = new Label();
            line.setId("signed-" + seat.number());
            line.setWrapText(true);
            line.textProperty().bind(model.signOffs().lineProperty(seat));
            rows.addRow(row++, sign, line);
        }
    }
}
