package org.parley.ui.shell;

import java.util.EnumMap;
import java.util.Map;
import org.parley.ui.audit.AuditView;
import org.parley.ui.divergence.AppetitesViewModel;
import org.parley.ui.divergence.DivergenceView;
import org.parley.ui.divergence.LossesViewModel;
import org.parley.ui.divergence.DivergenceViewModel;
import org.parley.ui.initiatives.InitiativesView;
import org.parley.ui.initiatives.InitiativesViewModel;
import org.parley.ui.negotiation.NegotiationView;
import org.parley.ui.negotiation.NegotiationViewModel;
import org.parley.ui.register.RegisterView;
import org.parley.ui.register.RegisterViewModel;
import org.parley.ui.scoring.ScoringView;
import org.parley.ui.scoring.ScoringViewModel;
import org.parley.ui.workshops.CriteriaViewModel;
import org.parley.ui.workshops.WorkshopSetupView;

/**
 * The window's pages, each made with its view models when it is first asked for (decision 0029): a screen nobody
 * opens costs nothing, and one out of view does no store work.
 */
final class Pages {

    private final Workbench workbench;
    private final Map<Section, Page> made = new EnumMap<>(Section.class);
    private InitiativesView initiativesView;

    Pages(Workbench workbench) {
        this.workbench = workbench;
    }

    /** The page of {@code section}, made on the first call. */
    Page get(Section section) {
        return made.computeIfAbsent(section, this::make);
    }

    /** The Initiatives screen's view, for the menu's New initiative and Find. */
    InitiativesView initiativesView() {
        get(Section.INITIATIVES).view();
        return initiativesView;
    }

    private Page make(Section section) {
        return switch (section) {
            case INITIATIVES -> {
                InitiativesViewModel model = workbench.initiatives();
                yield new Page(section, () -> initiativesView = new InitiativesView(model), model.editor()::save,
                        () -> model.inView().show(model::showChosen), model.inView()::hide);
            }
            case SCORING -> {
                ScoringViewModel model = workbench.scoring();
                yield new Page(section, () -> new ScoringView(model, workbench.handover(), workbench.state(),
                        workbench.dialogs()), model::submit, () -> model.inView().show(model::reload),
                        model.inView()::hide);
            }
            case DIVERGENCE -> {
                DivergenceViewModel divergence = workbench.divergence();
                AppetitesViewModel appetites = workbench.appetites();
                LossesViewModel losses = workbench.losses();
                yield new Page(section, () -> new DivergenceView(divergence, appetites, losses, workbench.state()),
                        appetites::save, () -> {
                            divergence.inView().show(divergence::reload);
                            appetites.inView().show(appetites::reload);
                            losses.inView().show(losses::reload);
                        }, () -> {
                            divergence.inView().hide();
                            appetites.inView().hide();
                            losses.inView().hide();
                        });
            }
            case NEGOTIATION -> {
                NegotiationViewModel model = workbench.negotiation();
                yield new Page(section, () -> new NegotiationView(model), model::saveDraft,
                        () -> model.inView().show(model::reload), model.inView()::hide);
            }
            case REGISTER -> {
                RegisterViewModel model = workbench.register();
                yield new Page(section, () -> new RegisterView(model, workbench.state()), () -> { },
                        () -> model.inView().show(model::reload), model.inView()::hide);
            }
            case AUDIT -> new Page(section, () -> new AuditView(workbench.audit()), () -> { },
                    () -> workbench.audit().reload(), () -> { });
            case SETUP -> {
                CriteriaViewModel criteria = workbench.criteria();
                yield new Page(section, () -> new WorkshopSetupView(workbench.parties(), criteria,
                        workbench.idleLock(), workbench.currency()), () -> {
                            workbench.parties().save();
                            workbench.idleLock().save();
                        }, () -> {
                            criteria.inView().show(criteria::reload);
                            workbench.idleLock().reload();
                        }, criteria.inView()::hide);
            }
        };
    }
}
