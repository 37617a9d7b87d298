package org.parley.exchange;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.domain.InitiativeDraft;
import org.parley.domain.InitiativeField;
import org.parley.domain.ParleyException;

class InitiativeImporterTest {

    private static final String HEADER = "id,title,description,category,sponsor,estimated_cost,tags\r\n";
    private static final Set<Long> EXISTING = Set.of(3L, 7L, 12L);

    @TempDir
    Path folder;

    private static InitiativeImportPlan parse(String csv) {
        try {
            return InitiativeImporter.parse(new StringReader(csv), EXISTING, ExchangeProgress.NONE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads {@code bytes} as a file on disk is read: through the strict UTF-8 reader. */
    private InitiativeImportPlan parseFile(String name, byte[] bytes) throws IOException {
        return InitiativeImporter.parse(Files.write(folder.resolve(name), bytes), EXISTING, ExchangeProgress.NONE);
    }

    private static InitiativeDraft draft(String title, String description, String category, String sponsor,
            String cost, List<String> tags) {
        return new InitiativeDraft(title, description, category, sponsor, cost == null ? null : new BigDecimal(cost),
                tags);
    }

    private static InitiativeImportPlan.Update update(long id, InitiativeDraft draft) {
        return new InitiativeImportPlan.Update(id, draft, EnumSet.allOf(InitiativeField.class));
    }

    /** The problems of a rejected plan, as the person reads them; a rejected plan must have nothing to apply. */
    private static List<String> problems(InitiativeImportPlan plan) {
        assertThat(plan.rejected()).isTrue();
        assertThat(plan.firstAdditions()).isEmpty();
        assertThat(plan.firstUpdates()).isEmpty();
        assertThat(plan.isEmpty()).isTrue();
        return plan.problems().stream().map(ImportProblem::describe).toList();
    }

    // good files

    @Test
    void aCommaFileWithABomAddsRowsWithoutAnIdAndUpdatesRowsWithOne() {
        InitiativeImportPlan plan = parse("\uFEFF" + HEADER
                + ",Passkeys for staff,Replace passwords,Identity,CISO office,90000,SOC 2|GDPR\r\n"
                + "7,Zero trust network access,,Network,CTO office,\"1,250,000.50\",\r\n");

        assertThat(plan.rejected()).isFalse();
        assertThat(plan.firstAdditions()).containsExactly(
                draft("Passkeys for staff", "Replace passwords", "Identity", "CISO office", "90000",
                        List.of("GDPR", "SOC 2")));
        assertThat(plan.firstUpdates()).containsExactly(update(7,
                draft("Zero trust network access", "", "Network", "CTO office", "1250000.50", List.of())));
        assertThat(plan.rowsRead()).isEqualTo(2);
        assertThat(plan.summary()).isEqualTo("1 initiative to add and 1 to update.");
    }

    @Test
    void aSemicolonFileWithoutABomIsReadTheSameWay() {
        InitiativeImportPlan plan = parse("id;title;description;category;sponsor;estimated_cost;tags\r\n"
                + ";Passkeys, for staff;Replace passwords;Identity;CISO office;90000;SOC 2|GDPR\r\n"
                + "12;\"Data; lake\";;;;;\r\n");

        assertThat(plan.rejected()).isFalse();
        assertThat(plan.firstAdditions()).containsExactly(draft("Passkeys, for staff", "Replace passwords", "Identity",
                "CISO office", "90000", List.of("GDPR", "SOC 2")));
        assertThat(plan.firstUpdates()).containsExactly(
                update(12, draft("Data; lake", "", "", "", null, List.of())));
    }

    @Test
    void headersMayBeInAnyCaseAndOrderWithSpacesAround() {
        InitiativeImportPlan plan = parse(" TAGS ,Estimated_Cost, Title,ID\n" + "HIPAA,500,Patient portal MFA,3\n");

        assertThat(plan.firstUpdates()).containsExactly(new InitiativeImportPlan.Update(3,
                draft("Patient portal MFA", "", "", "", "500", List.of("HIPAA")),
                Set.of(InitiativeField.TAGS, InitiativeField.ESTIMATED_COST, InitiativeField.TITLE)));
    }

    @Test
    void anUpdateChangesOnlyTheFieldsTheFileHasColumnsFor() {
        InitiativeImportPlan plan = parse("id,title,estimated_cost\r\n7,Zero trust network access,\r\n");
        InitiativeDraft current = draft("ZTNA", "Replace the VPN", "Network", "CTO office", "400000",
                List.of("NIS2"));

        InitiativeDraft updated = plan.firstUpdates().get(0).applyTo(current);

        assertThat(updated).isEqualTo(draft("Zero trust network access", "Replace the VPN", "Network", "CTO office",
                null, List.of("NIS2")));
    }

    @Test
    void aTitleColumnAloneIsEnough() {
        InitiativeImportPlan plan = parse("title\nPasskeys\nZero trust\n");

        assertThat(plan.firstAdditions()).extracting(InitiativeDraft::title).containsExactly("Passkeys", "Zero trust");
    }

    @Test
    void quotedCellsKeepCommasQuotesLineBreaksAndAnyScript() {
        InitiativeImportPlan plan = parse(HEADER
                + ",\"Zürich, Straße\",\"He said \"\"no\"\",\r\nthen \"\"yes\"\"\nand left\","
                + "数据治理,🔐 José,,\r\n");

        assertThat(plan.firstAdditions()).containsExactly(draft("Zürich, Straße",
                "He said \"no\",\r\nthen \"yes\"\nand left", "数据治理", "🔐 José", null, List.of()));
    }

    @Test
    void blankLinesAreSkipped() {
        InitiativeImportPlan plan = parse(
                "\r\n" + HEADER + "\r\n,Passkeys,,,,,\r\n\r\n   \r\n,,,,,,\r\n,Vault,,,,,\r\n\r\n");

        assertThat(plan.firstAdditions()).extracting(InitiativeDraft::title).containsExactly("Passkeys", "Vault");
        assertThat(plan.rowsRead()).isEqualTo(2);
    }

    @Test
    void aHeaderAloneIsAValidFileWithNothingToDo() {
        InitiativeImportPlan plan = parse(HEADER);

        assertThat(plan.rejected()).isFalse();
        assertThat(plan.isEmpty()).isTrue();
        assertThat(plan.summary()).isEqualTo("The file has no initiatives in it; there is nothing to import.");
    }

    @Test
    void theApostropheAnExportPutsBeforeAFormulaIsTakenOffAgain() {
        InitiativeImportPlan plan = parse(HEADER + ",'=1+1,'-retire VPN,'@ops,'+44,,'-internal|GDPR\r\n"
                + ",it's fine,'quoted',,,,\r\n");

        assertThat(plan.firstAdditions()).containsExactly(
                draft("=1+1", "-retire VPN", "@ops", "+44", null, List.of("-internal", "GDPR")),
                draft("it's fine", "'quoted'", "", "", null, List.of()));
    }

    @Test
    void anApostropheTheAuthorTypedStaysInAFileThatIsNotParleysExport() {
        // Without Parley's export header the file was made by hand or by another tool: no guard of ours is in it.
        InitiativeImportPlan handMade = parse("title,description\r\n'=x,'-retire VPN\r\n");
        // Parley's header, saved again by a spreadsheet set to semicolons: the guards are still Parley's.
        InitiativeImportPlan resaved = parse(HEADER.replace(',', ';') + ";'=x;'-retire VPN;;;;\r\n");

        assertThat(handMade.firstAdditions()).extracting(InitiativeDraft::title, InitiativeDraft::description)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("'=x", "'-retire VPN"));
        assertThat(resaved.firstAdditions()).extracting(InitiativeDraft::title, InitiativeDraft::description)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("=x", "-retire VPN"));
    }

    @Test
    void aFileOnDiskIsReadAsUtf8WithItsBom() throws IOException {
        Path file = folder.resolve("initiatives.csv");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        bytes.write("title;sponsor\r\nStraße;Ødegård\r\n".getBytes(UTF_8));
        Files.write(file, bytes.toByteArray());

        InitiativeImportPlan plan = InitiativeImporter.parse(file, EXISTING, ExchangeProgress.NONE);

        assertThat(plan.firstAdditions()).containsExactly(draft("Straße", "", "", "Ødegård", null, List.of()));
    }

    @Test
    void aFileThatIsNotUtf8IsRefusedWithTheLineItGoesWrongOnAndWhatToDo() throws IOException {
        InitiativeImportPlan plan = parseFile("latin1.csv", "title\r\nPasskeys\r\n\"Two\r\nlines\"\r\nZ\u00FCrich\r\n"
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));

        assertThat(problems(plan)).containsExactly("Line 5: The file is not UTF-8 text from this line on; it was "
                + "probably saved in another encoding. In Excel, save it as \"CSV UTF-8 (Comma delimited)\" and "
                + "import it again.");
    }

    @Test
    void aBadByteFarIntoALargeFileIsNamedWithItsLine() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write("title\n".getBytes(UTF_8));
        for (int i = 0; i < 5000; i++) {
            bytes.write(("Initiative number " + i + "\n").getBytes(UTF_8));
        }
        bytes.write(new byte[] {'O', (byte) 0xFF, 'K', '\n'});

        InitiativeImportPlan plan = parseFile("late.csv", bytes.toByteArray());

        assertThat(problems(plan)).singleElement().asString().startsWith("Line 5002: The file is not UTF-8 text");
    }

    @Test
    void aBinaryFileIsRefusedAtTheLineOfItsFirstNulCharacter() throws IOException {
        InitiativeImportPlan plan = parseFile("book.xlsx", new byte[] {'P', 'K', 3, 4, '\n', 'x', 0, 0, 8, 0});

        assertThat(problems(plan)).containsExactly("Line 2: The file holds a NUL character, which text never does: "
                + "it is probably not a CSV file but a workbook (.xlsx), a document or another binary file. In Excel, "
                + "save it as \"CSV UTF-8 (Comma delimited)\" and import it again.");
    }

    @Test
    void anOversizedCellIsRefusedNamingItsLineAndWhenKnownItsColumnNeverWithTheLibrarysWords() throws IOException {
        String tooLarge = "The cell holds more than 65,536 characters, far more than any field Parley keeps. A quote "
                + "that is opened and never closed does this: check the quotes from this line on.";

        InitiativeImportPlan large = parse(HEADER + ",Passkeys,,,,,\r\n,Vault,\"" + "x".repeat(100_000) + "\",,,,\r\n");
        // Twenty megabytes fill the parser's buffer before the cell is complete, so its column is not known.
        InitiativeImportPlan huge = parseFile("huge.csv", (HEADER + ",Passkeys,,,,,\r\n,Vault,\""
                + "x".repeat(20_000_000) + "\",,,,\r\n").getBytes(UTF_8));

        assertThat(problems(large)).containsExactly("Line 3, description: " + tooLarge);
        assertThat(problems(huge)).containsExactly("Line 3: " + tooLarge);
    }

    @Test
    void aLineOfThousandsOfCellsIsRefusedNamingItsLine() {
        InitiativeImportPlan plan = parse(HEADER + ",Passkeys,,,,,\r\n" + ",".repeat(5000) + "\r\n");

        assertThat(problems(plan)).containsExactly("Line 3: The line has more than 1,000 cells; a file Parley reads "
                + "has a few dozen columns. Check that this is the right file.");
    }

    @Test
    void aHeaderOfThousandsOfColumnsIsRefusedOnTheFirstLineWithoutALibrarysWords() {
        InitiativeImportPlan plan = parse("title" + ",x".repeat(3000) + "\r\nPasskeys\r\n");

        assertThat(problems(plan)).singleElement().asString().startsWith("Line 1: The line has more than 1,000 cells");
    }

    // bad files: one test per kind of problem

    @Test
    void anEmptyTitleRejectsTheWholeFileAndNamesItsLine() {
        InitiativeImportPlan plan = parse(HEADER + ",Passkeys,,,,,\r\n,  ,A description,,,,\r\n");

        assertThat(problems(plan)).containsExactly("Line 3, title: Title is required.");
        assertThat(plan.summary())
                .isEqualTo("Nothing will be imported: the file has a problem. Correct the file and import it again.");
    }

    @Test
    void aCostThatIsNotANumberRejectsTheWholeFileAndNamesItsLine() {
        InitiativeImportPlan plan = parse(HEADER + ",A,,,,1,\r\n,B,,,,2,\r\n,C,,,,12k,\r\n");

        assertThat(problems(plan)).containsExactly(
                "Line 4, estimated_cost: \"12k\" must be a number, such as 250000 or 1,250,000.50.");
    }

    @Test
    void aNegativeCostRejectsTheWholeFileAndNamesItsLine() {
        InitiativeImportPlan plan = parse(HEADER + ",Passkeys,,,,-5,\r\n,Vault,,,,'-7,\r\n");

        assertThat(problems(plan)).containsExactly(
                "Line 2, estimated_cost: \"-5\" cannot be negative.",
                "Line 3, estimated_cost: \"-7\" cannot be negative.");
    }

    @Test
    void anIdThatIsNotInTheWorkshopIsRefusedWithWhatToDo() {
        InitiativeImportPlan plan = parse(HEADER + "7,Passkeys,,,,,\r\n99,Vault,,,,,\r\n");

        assertThat(problems(plan)).containsExactly("Line 3, id: This workshop has no initiative with id 99. "
                + "Leave the id empty to add it as a new initiative.");
    }

    @Test
    void anIdThatIsNotAWholeNumberIsRefused() {
        InitiativeImportPlan plan = parse(HEADER + "7a,Passkeys,,,,,\r\n1.5,Vault,,,,,\r\n-3,HSM,,,,,\r\n");

        assertThat(problems(plan)).containsExactly(
                "Line 2, id: \"7a\" is not an initiative id. An id is a whole number, such as 12; "
                        + "leave it empty to add a new initiative.",
                "Line 3, id: \"1.5\" is not an initiative id. An id is a whole number, such as 12; "
                        + "leave it empty to add a new initiative.",
                "Line 4, id: \"-3\" is not an initiative id. An id is a whole number, such as 12; "
                        + "leave it empty to add a new initiative.");
    }

    @Test
    void aLineWithTheWrongNumberOfCellsIsNamedWithBothCounts() {
        InitiativeImportPlan plan = parse(HEADER + ",Passkeys,,,,,\r\n,Zürich, Straße,,,,,\r\n,Vault\r\n");

        assertThat(problems(plan)).containsExactly(
                "Line 3: This line has 8 cells, but the header has 7 columns. Put any cell that contains a comma in "
                        + "double quotes, and check that every opening quote is closed.",
                "Line 4: This line has 2 cells, but the header has 7 columns. Put any cell that contains a comma in "
                        + "double quotes, and check that every opening quote is closed.");
    }

    @Test
    void anUnclosedQuoteIsCaughtAtTheLineWhereItOpens() {
        InitiativeImportPlan plan = parse(HEADER + ",\"Passkeys,,,,,\r\n,Vault,,,,,\r\n");

        assertThat(problems(plan)).singleElement().asString().startsWith("Line 2: This line has 2 cells,");
    }

    @Test
    void anUnknownColumnIsNamedWithTheColumnsThatAreAccepted() {
        InitiativeImportPlan plan = parse("title,Owner,cost\r\nPasskeys,Dana,5\r\n");

        assertThat(problems(plan)).containsExactly(
                "Line 1, Owner: \"Owner\" is not a column Parley knows. The columns are id, title, description, "
                        + "category, sponsor, estimated_cost, tags, in any order; only title is required.",
                "Line 1, cost: \"cost\" is not a column Parley knows. The columns are id, title, description, "
                        + "category, sponsor, estimated_cost, tags, in any order; only title is required.");
    }

    @Test
    void aColumnWithoutANameIsRefused() {
        InitiativeImportPlan plan = parse("title,,sponsor\r\nPasskeys,,Dana\r\n");

        assertThat(problems(plan)).containsExactly("Line 1: Column 2 of the header has no name. Name it one of id, "
                + "title, description, category, sponsor, estimated_cost, tags, or delete the column.");
    }

    @Test
    void aHeaderWithoutATitleColumnIsRefusedOnceNotOnEveryLine() {
        InitiativeImportPlan plan = parse("id,description\r\n7,Something\r\n12,Something else\r\n");

        assertThat(problems(plan)).containsExactly("Line 1, title: The header has no title column, and every "
                + "initiative needs a title. Add a column named title.");
    }

    @Test
    void aColumnNamedTwiceIsRefused() {
        InitiativeImportPlan plan = parse("title,sponsor,Title\r\nPasskeys,Dana,Vault\r\n");

        assertThat(problems(plan)).containsExactly(
                "Line 1, title: The column title appears twice, as columns 1 and 3. Keep one of them.");
    }

    @Test
    void theSameIdTwiceIsRefusedOnItsSecondLine() {
        InitiativeImportPlan plan = parse(HEADER + "7,Passkeys,,,,,\r\n12,Vault,,,,,\r\n7,Passkeys v2,,,,,\r\n");

        assertThat(problems(plan))
                .containsExactly("Line 4, id: Initiative 7 is on line 2 too. Keep one of the two lines.");
    }

    @Test
    void anEmptyFileIsRefusedWithTheHeaderItNeeds() {
        String expected = "Line 1: The file is empty. Its first line must be a header, such as "
                + "id,title,description,category,sponsor,estimated_cost,tags, and each line after it one initiative.";

        assertThat(problems(parse(""))).containsExactly(expected);
        assertThat(problems(parse("\uFEFF"))).containsExactly(expected);
        assertThat(problems(parse("\r\n  \r\n\r\n"))).containsExactly(expected);
    }

    @Test
    void textLongerThanTheInitiativeRulesAllowIsRefusedWithItsLength() {
        InitiativeImportPlan plan = parse(HEADER
                + "," + "t".repeat(201) + ",,,,,\r\n"
                + ",Vault," + "d".repeat(4001) + ",,,,\r\n"
                + ",HSM,," + "c".repeat(101) + ",,,\r\n"
                + ",PAM,,," + "s".repeat(101) + ",,\r\n"
                + ",SIEM,,,,," + "GDPR|" + "x".repeat(41) + "\r\n");

        assertThat(problems(plan)).containsExactly(
                "Line 2, title: Title is 201 characters long; the limit is 200.",
                "Line 3, description: Description is 4001 characters long; the limit is 4000.",
                "Line 4, category: Category is 101 characters long; the limit is 100.",
                "Line 5, sponsor: Sponsor is 101 characters long; the limit is 100.",
                "Line 6, tags: Tag \"xxxxxxxxxxxx…\" is longer than 40 characters.");
    }

    @Test
    void everyProblemInTheFileIsListedInLineOrderCountingLinesInsideQuotes() {
        InitiativeImportPlan plan = parse(HEADER
                + ",A title,\"A description\r\nover two lines\",,,,\r\n"
                + "\r\n"
                + "99,,,,,lots,\r\n"
                + ",Fine,,,,,\r\n"
                + "x,Bad id,,,,,\r\n");

        assertThat(problems(plan)).containsExactly(
                "Line 5, id: This workshop has no initiative with id 99. Leave the id empty to add it as a new "
                        + "initiative.",
                "Line 5, title: Title is required.",
                "Line 5, estimated_cost: \"lots\" must be a number, such as 250000 or 1,250,000.50.",
                "Line 7, id: \"x\" is not an initiative id. An id is a whole number, such as 12; leave it empty to "
                        + "add a new initiative.");
        assertThat(plan.rowsRead()).isEqualTo(4);
        assertThat(plan.summary()).isEqualTo(
                "Nothing will be imported: the file has 4 problems. Correct the file and import it again.");
    }

    // large files

    @Test
    void aFilePlanKeepsTheFirstChangesAndReadsTheFileAgainForAllOfThemInChunks() throws IOException {
        StringBuilder csv = new StringBuilder("id,title\r\n7,Renamed\r\n");
        for (int i = 0; i < 250; i++) {
            csv.append(",Initiative ").append(i).append("\r\n");
        }
        InitiativeImportPlan plan = parseFile("big.csv", csv.toString().getBytes(UTF_8));
        List<Integer> additionChunks = new ArrayList<>();
        List<String> titles = new ArrayList<>();
        List<InitiativeImportPlan.Update> updates = new ArrayList<>();

        plan.forEachChunk(100, new InitiativeImportPlan.Chunks() {
            @Override
            public void additions(List<InitiativeDraft> drafts) {
                additionChunks.add(drafts.size());
                drafts.forEach(draft -> titles.add(draft.title()));
            }

            @Override
            public void updates(List<InitiativeImportPlan.Update> chunk) {
                updates.addAll(chunk);
            }
        }, ExchangeProgress.NONE);

        assertThat(plan.addCount()).isEqualTo(250);
        assertThat(plan.firstAdditions()).hasSize(InitiativeImportPlan.SHOWN);
        assertThat(plan.firstAdditions().get(99).title()).isEqualTo("Initiative 99");
        assertThat(plan.file()).isEqualTo(folder.resolve("big.csv"));
        assertThat(additionChunks).containsExactly(100, 100, 50);
        assertThat(titles).hasSize(250).endsWith("Initiative 249");
        assertThat(updates).extracting(InitiativeImportPlan.Update::id).containsExactly(7L);
    }

    @Test
    void applyingAPlanRefusesAFileThatChangedSinceItWasRead() throws IOException {
        InitiativeImportPlan plan = parseFile("edited.csv", "title\r\nPasskeys\r\nVault\r\n".getBytes(UTF_8));
        Files.writeString(folder.resolve("edited.csv"), "title\r\nPasskeys\r\nVault!\r\n");

        assertThatThrownBy(() -> plan.forEachChunk(10, new InitiativeImportPlan.Chunks() {
            @Override
            public void additions(List<InitiativeDraft> drafts) {
            }

            @Override
            public void updates(List<InitiativeImportPlan.Update> updates) {
            }
        }, ExchangeProgress.NONE))
                .isInstanceOf(ParleyException.class)
                .hasMessageStartingWith("edited.csv changed after it was checked, so nothing was imported.");
    }

    // progress and cancellation

    @Test
    void readingReportsTheRowsReadSoFar() throws IOException {
        List<Long> done = new ArrayList<>();
        ExchangeProgress progress = new ExchangeProgress() {
            @Override
            public void update(long rows, long total) {
                done.add(rows);
            }

            @Override
            public boolean cancelled() {
                return false;
            }
        };

        InitiativeImporter.parse(new StringReader("title\nA\nB\nC\n"), EXISTING, progress);

        assertThat(done).containsExactly(1L, 2L, 3L, 3L);
    }

    @Test
    void aCancelledImportGivesNoPlan() {
        StringBuilder csv = new StringBuilder("title\n");
        for (int i = 0; i < 100; i++) {
            csv.append("Initiative ").append(i).append('\n');
        }

        assertThatThrownBy(() -> InitiativeImporter.parse(new StringReader(csv.toString()), EXISTING,
                CsvFileWriterTest.cancelAfter(10)))
                .isInstanceOf(ExchangeCancelledException.class)
                .hasMessage("The import was cancelled. Nothing was imported.");
    }
}
