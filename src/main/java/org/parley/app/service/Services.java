package org.parley.app.service;

import java.nio.file.Path;
import org.parley.store.Store;

/** What the window and the command line may ask of Parley, built over one open store. */
public final class Services {

    private final Store store;
    private final Path storeFile;
    private final WorkshopService workshops;
    private final ConsentService consents;
    private final InitiativeService initiatives;
    private final ScoringService scoring;
    private final DivergenceService divergence;
    private final ExchangeService exchange;
    private final AgreementService agreements;
    private final NoteService notes;
    private final AuditService audit;
    private final RegisterService register;
    private final SessionService session;
    private final BackupService backups;
    private final QuantService quant;
    private final BoardPackService boardPack;
    private final LeaseService leases;

    public Services(Store store) {
        this.store = store;
        this.storeFile = store.file();
        this.workshops = new WorkshopService(store);
        this.consents = new ConsentService(store);
        this.initiatives = new InitiativeService(store);
        this.scoring = new ScoringService(store);
        this.divergence = new DivergenceService(store, scoring);
        this.register = new RegisterService(store, scoring);
        this.exchange = new ExchangeService(store, workshops, initiatives, register);
        this.agreements = new AgreementService(store, workshops, consents, divergence);
        this.notes = new NoteService(store);
        this.audit = new AuditService(store, workshops, scoring, divergence, agreements);
        this.session = new SessionService(scoring, divergence, register, agreements);
        this.backups = new BackupService(store);
        this.quant = new QuantService(workshops, register, divergence);
        this.leases = new LeaseService(store);
        this.boardPack = new BoardPackService(store, workshops, divergence, register, quant, audit);
    }

    /** Fills a store that this start created with the sample workshop. */
    public static Services openedOn(Store store) {
        Services services = new Services(store);
        if (store.createdNow()) {
            // One transaction: each commit is a chunk written to the file (decision 0014), and the sample is
            // a hundred of them otherwise. All or nothing, too: a start killed midway leaves no half sample.
            store.inTransaction(() -> services.sample().create());
        }
        return services;
    }

    /** The store these services work on, for a transfer between two stores. */
    Store store() {
        return store;
    }

    /** The store's file, or null for a store on a server. */
    public Path storeFile() {
        return storeFile;
    }

    /** Where the store is, as people name it: its file or its server address. */
    public String storeLocation() {
        return store.location();
    }

    public WorkshopService workshops() {
        return workshops;
    }

    public ConsentService consents() {
        return consents;
    }

    public InitiativeService initiatives() {
        return initiatives;
    }

    public ScoringService scoring() {
        return scoring;
    }

    public DivergenceService divergence() {
        return divergence;
    }

    public ExchangeService exchange() {
        return exchange;
    }

    public AgreementService agreements() {
        return agreements;
    }

    public NoteService notes() {
        return notes;
    }

    public AuditService audit() {
        return audit;
    }

    public RegisterService register() {
        return register;
    }

    public SessionService session() {
        return session;
    }

    public LeaseService leases() {
        return leases;
    }

    public BoardPackService boardPack() {
        return boardPack;
    }

    public QuantService quant() {
        return quant;
    }

    public BackupService backups() {
        return backups;
    }

    public WorkshopGenerator generator() {
        return new WorkshopGenerator(store, this);
    }

    public SampleWorkshop sample() {
        return new SampleWorkshop(workshops, consents, initiatives, scoring, divergence, agreements);
    }
}
