package org.coopsuite.schemas;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class EventCatalogueTest {

    private final String rendered = EventCatalogue.render();

    @Test
    void checkedInCatalogueIsWhatTheSchemasSay() throws IOException {
        Path catalogue = ModuleFiles.catalogue();
        if (Boolean.getBoolean("catalogue.write")) {
            Files.writeString(catalogue, rendered);
        }
        String checkedIn = Files.exists(catalogue) ? Files.readString(catalogue).replace("\r\n", "\n") : "";

        assertThat(checkedIn)
                .withFailMessage("schemas/EVENTS.md is out of date with the schemas; refresh it with %s and commit it",
                        EventCatalogue.REFRESH)
                .isEqualTo(rendered);
    }

    @Test
    void showsEachEventAsATableOfItsFieldsWithTypesAndDocs() {
        assertThat(rendered)
                .contains("## coop.dialogue.events", "### DecisionRecorded", "| field | type | doc |")
                .contains("| `meta` | [EventMeta](#eventmeta) | Event envelope")
                .contains("| `mandate` | optional [CallMandate](#callmandate) | The call mandate")
                .contains("| `date` | date | Date the dialogue takes place. |")
                .contains("| `indicativeBudget` | array of [SideAmount](#sideamount) |");
    }

    @Test
    void listsEveryTypeTheEventsUseOnceEvenWhenNestedDeeper() {
        assertThat(rendered.split("\n### CallModality\n", -1)).hasSize(2);
        assertThat(rendered).contains("### Money", "| `amount` | string | Exact amount as a plain decimal string");
    }

    @Test
    void listsEnumSymbolsAndTheDefaultReadersFallBackTo() {
        assertThat(rendered).contains("Symbols: `JOINT`, `COORDINATED`, `TWINNING`, `UNKNOWN`; a reader maps a symbol it does not know to `UNKNOWN`.");
    }

    @Test
    void showsEachTopicWithItsKeyAndLinksToItsEvents() {
        assertThat(rendered).contains("| `coop.funding.events` | Agreement id | [AgreementOpened](#agreementopened), ",
                "## coop.funding.events");
    }
}
