package org.coopsuite.platform.rebuild;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.bson.Document;
import org.coopsuite.platform.rebuild.Rebuild.Kind;
import org.coopsuite.platform.rebuild.Rebuild.ViewDifference;

/**
 * Compares two projections document by document, both read in {@code _id} order: every stored
 * field but {@code revision} (the write guard, which a rebuild starts afresh). The applied
 * versions are compared: they say which events each view has seen, so an event lost or
 * applied by one side only shows there even when the domain fields happen to agree.
 */
final class ViewDifferences {

    static final String IGNORED = "revision";

    private final int listed;
    private final List<ViewDifference> differences = new ArrayList<>();
    private long count;

    /** @param listed how many differences are kept for the report; all are counted */
    ViewDifferences(int listed) {
        this.listed = listed;
    }

    /** Both iterables in ascending {@code _id} order. */
    ViewDifferences compare(Iterable<Document> rebuilt, Iterable<Document> live) {
        Iterator<Document> r = rebuilt.iterator();
        Iterator<Document> l = live.iterator();
        Document a = next(r);
        Document b = next(l);
        while (a != null || b != null) {
            int order = a == null ? 1 : b == null ? -1 : id(a).compareTo(id(b));
            if (order < 0) {
                add(new ViewDifference(id(a), Kind.ONLY_REBUILT, List.of()));
                a = next(r);
            } else if (order > 0) {
                add(new ViewDifference(id(b), Kind.ONLY_LIVE, List.of()));
                b = next(l);
            } else {
                List<String> fields = fields(a, b);
                if (!fields.isEmpty()) {
                    add(new ViewDifference(id(a), Kind.DIFFERENT, fields));
                }
                a = next(r);
                b = next(l);
            }
        }
        return this;
    }

    /** The stored fields whose values differ, in the order they appear (the rebuilt view's first). */
    static List<String> fields(Document rebuilt, Document live) {
        Set<String> names = new LinkedHashSet<>(rebuilt.keySet());
        names.addAll(live.keySet());
        names.remove(IGNORED);
        return names.stream().filter(name -> !Objects.equals(rebuilt.get(name), live.get(name))).toList();
    }

    long count() {
        return count;
    }

    List<ViewDifference> listed() {
        return List.copyOf(differences);
    }

    private void add(ViewDifference difference) {
        count++;
        if (differences.size() < listed) {
            differences.add(difference);
        }
    }

    private static Document next(Iterator<Document> documents) {
        return documents.hasNext() ? documents.next() : null;
    }

    private static String id(Document document) {
        return String.valueOf(document.get("_id"));
    }
}
