package org.coopsuite.platform.rebuild;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.coopsuite.platform.rebuild.Rebuild.Kind;
import org.coopsuite.platform.rebuild.Rebuild.ViewDifference;
import org.junit.jupiter.api.Test;

class ViewDifferencesTest {

    @Test
    void theRevisionIsIgnoredTheAppliedVersionsAreNot() {
        Document rebuilt = view("a", 1_765_000_000_000_001L, "Joint Committee", 3);
        assertThat(ViewDifferences.fields(rebuilt, view("a", 7, "Joint Committee", 3))).isEmpty();
        assertThat(ViewDifferences.fields(rebuilt, view("a", 7, "Joint Committee", 2))).containsExactly("appliedVersions");
        assertThat(ViewDifferences.fields(rebuilt, view("a", 7, "Steering Board", 3))).containsExactly("title");
    }

    @Test
    void aFieldOnOneSideOnlyDiffers() {
        Document live = view("a", 7, "Joint Committee", 3).append("planted", true);
        assertThat(ViewDifferences.fields(view("a", 1, "Joint Committee", 3), live)).containsExactly("planted");
    }

    @Test
    void viewsOnOneSideOnlyAndChangedOnesAreFoundInOnePassInIdOrder() {
        List<Document> rebuilt = List.of(view("a", 1, "x", 1), view("b", 1, "x", 1), view("d", 1, "x", 1));
        List<Document> live = List.of(view("a", 9, "x", 1), view("c", 9, "x", 1), view("d", 9, "y", 1));

        ViewDifferences differences = new ViewDifferences(10).compare(rebuilt, live);

        assertThat(differences.count()).isEqualTo(3);
        assertThat(differences.listed()).containsExactly(new ViewDifference("b", Kind.ONLY_REBUILT, List.of()),
                new ViewDifference("c", Kind.ONLY_LIVE, List.of()), new ViewDifference("d", Kind.DIFFERENT, List.of("title")));
    }

    @Test
    void allAreCountedOnlyTheFirstListed() {
        List<Document> rebuilt = List.of(view("a", 1, "x", 1), view("b", 1, "x", 1), view("c", 1, "x", 1));

        ViewDifferences differences = new ViewDifferences(2).compare(rebuilt, List.of());

        assertThat(differences.count()).isEqualTo(3);
        assertThat(differences.listed()).extracting(ViewDifference::id).containsExactly("a", "b");
    }

    @Test
    void equalProjectionsHaveNoDifference() {
        List<Document> views = List.of(view("a", 1, "x", 1), view("b", 1, "x", 2));
        assertThat(new ViewDifferences(10).compare(views, List.of(view("a", 5, "x", 1), view("b", 6, "x", 2))).count())
                .isZero();
    }

    private static Document view(String id, long revision, String title, long version) {
        return new Document("_id", id).append("revision", revision).append("title", title)
                .append("appliedVersions", new Document(Map.of(id, version)));
    }
}
