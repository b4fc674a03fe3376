package org.coopsuite.platform.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Walks a service's authorization matrix over the running service: first that the table names
 * exactly the operations of its OpenAPI document, then every cell (an operation, a role, the
 * caller's relation to what it acts on) as a real request with a real token. A cell the table
 * allows must not answer 401 or 403 (nor 5xx): its answer is the operation's own (2xx, or a 4xx
 * of its state or its input); a cell it refuses must answer 403 with a problem body. Every
 * mismatch is listed, not only the first.
 */
public final class AccessWalk {

    /** One cell of the table. */
    public record Cell(String operation, String role, String relation, boolean allowed) {
    }

    private AccessWalk() {
    }

    /** @throws AssertionError naming the operations missing from either side */
    public static void assertCovers(int port, Set<String> tabled) {
        Set<String> documented = OpenApiDocument.operations(port);
        Set<String> missing = new TreeSet<>(documented);
        missing.removeAll(tabled);
        Set<String> extra = new TreeSet<>(tabled);
        extra.removeAll(documented);
        assertThat(missing).as("operations of the OpenAPI document missing from the authorization matrix").isEmpty();
        assertThat(extra).as("operations of the authorization matrix the OpenAPI document does not have").isEmpty();
    }

    /**
     * Sends every cell and asserts each answered as the table says.
     *
     * @param request the request of an operation, its ids filled in ({@code operation} is {@code METHOD path})
     * @param bearer the {@code Authorization} header of a role in a relation
     * @return how many cells were walked
     */
    public static int assertWalk(int port, List<Cell> cells, Function<String, RawHttp.Request> request,
            BiFunction<String, String, String> bearer) {
        List<String> mismatches = new ArrayList<>();
        for (Cell cell : cells) {
            RawHttp.Request sent = request.apply(cell.operation()).withHeader("Authorization",
                    bearer.apply(cell.role(), cell.relation()));
            RawHttp.Answer answer = RawHttp.send(port, sent);
            String why = mismatch(cell, answer);
            if (why != null) {
                mismatches.add(cell.operation() + " as " + cell.role() + " (" + cell.relation() + "): " + why + " - "
                        + RawHttp.abbreviated(answer.body()));
            }
        }
        assertThat(mismatches).as("cells of the authorization matrix answered otherwise than the table says").isEmpty();
        return cells.size();
    }

    private static String mismatch(Cell cell, RawHttp.Answer answer) {
        int status = answer.status();
        if (status >= 500) {
            return "answered " + status;
        }
        if (cell.allowed()) {
            return status == 401 || status == 403 ? "allowed, but answered " + status : null;
        }
        if (status != 403) {
            return "refused (403), but answered " + status;
        }
        return answer.isProblem() ? null : "403 without a problem body";
    }
}
