package org.coopsuite.tools.rebuild;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class RebuildReportTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aSwapSucceeds() throws Exception {
        JsonNode swapped = rebuild("SWAPPED", 0, "[]");
        assertThat(RebuildReport.done(swapped)).isTrue();
        assertThat(RebuildReport.succeeded(swapped)).isTrue();
        assertThat(RebuildReport.lines(swapped)).containsExactly(
                "Swapped in: callViews is the rebuilt projection; 1,000,050 events read (1,000,000 at the start), 40,000/s");
    }

    @Test
    void aDryRunWithDifferencesFailsAndListsThem() throws Exception {
        JsonNode compared = rebuild("COMPARED", 3, """
                [{"id": "c-1", "kind": "DIFFERENT", "fields": ["title", "appliedVersions"]},
                 {"id": "c-2", "kind": "ONLY_LIVE", "fields": []}]""");
        assertThat(RebuildReport.succeeded(compared)).isFalse();
        assertThat(RebuildReport.lines(compared)).containsExactly(
                "3 views differ between the rebuilt and the live callViews; 1,000,050 events read (1,000,000 at the start), 40,000/s",
                "  c-1  differs in title, appliedVersions",
                "  c-2  only in the live projection",
                "  ... and 1 more");
    }

    @Test
    void aDryRunWithoutDifferencesSucceeds() throws Exception {
        assertThat(RebuildReport.succeeded(rebuild("COMPARED", 0, "[]"))).isTrue();
    }

    @Test
    void runningIsNotDoneAndAFailureFails() throws Exception {
        assertThat(RebuildReport.done(rebuild("RUNNING", 0, "[]"))).isFalse();
        assertThat(RebuildReport.done(rebuild("SWAPPING", 0, "[]"))).isFalse();
        JsonNode failed = rebuild("FAILED", 0, "[]");
        assertThat(RebuildReport.succeeded(failed)).isFalse();
        assertThat(RebuildReport.lines(failed).get(0)).startsWith("Failed: MongoTimeoutException: no server");
    }

    private static JsonNode rebuild(String state, int differences, String listed) throws Exception {
        return JSON.readTree("""
                {"id": "r-1", "collection": "callViews", "topics": ["coop.call.events"], "dryRun": true,
                 "state": "%s", "totalAtStart": 1000000, "eventsRead": 1000050, "eventsPerSecond": 40000.4,
                 "undecodable": 0, "heldBack": 0, "firstFailure": null, "differenceCount": %d,
                 "differences": %s, "error": "MongoTimeoutException: no server"}""".formatted(state, differences, listed));
    }
}
