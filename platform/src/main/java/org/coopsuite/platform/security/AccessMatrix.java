package org.coopsuite.platform.security;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A service's authorization matrix as one table: for every operation of its OpenAPI document,
 * what each role may do, by the caller's relation to what the operation acts on. The controllers
 * ({@code @PreAuthorize}) and the application services (sides, agencies, ownership) enforce it;
 * each service's {@code AccessMatrixIT} walks the table over the running service and fails when
 * an operation of the OpenAPI document is missing from it or answers otherwise, and the service's
 * README shows it ({@link #markdown()}, checked to be the table's by a test).
 *
 * @param service e.g. call-service
 * @param operations in the order the README lists them
 */
public record AccessMatrix(String service, List<Operation> operations) {

    /** How far a role's right reaches on an operation. */
    public enum Reach {
        /** Whatever the caller's side: 2xx, or a 4xx for the request's own reasons, never 403. */
        ANY("any"),
        /** Only a side that takes part (of the call, the agreement, the dialogue): 403 for another side. */
        SIDE("own side"),
        /** Only for the caller's own side and agency: 403 for another side or another agency. */
        SIDE_AND_AGENCY("own side and agency"),
        /** Only on what the caller itself made (a token's subject): 403 for anyone else's. */
        OWNER("own only"),
        /** Never: 403. */
        NONE("403");

        private final String label;

        Reach(String label) {
            this.label = label;
        }

        /** Whether a caller of this relation is let through. */
        public boolean allows(Relation relation) {
            return switch (this) {
                case ANY -> true;
                case SIDE -> relation != Relation.OTHER_SIDE;
                case SIDE_AND_AGENCY, OWNER -> relation == Relation.OWN;
                case NONE -> false;
            };
        }
    }

    /** The caller's relation to what an operation acts on. */
    public enum Relation {
        /** Of a side that takes part, with the agency concerned, and the one who made it. */
        OWN,
        /** Of a side that takes part, but another agency, and not the one who made it. */
        OTHER_AGENCY,
        /** Of a side that takes no part (and so another agency, and not the one who made it). */
        OTHER_SIDE
    }

    /** One operation of the OpenAPI document and each role's reach (a role not named: {@link Reach#NONE}). */
    public record Operation(String method, String path, String what, Map<Role, Reach> reach) {

        public Operation {
            reach = reach.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(reach));
        }

        public Reach reachOf(Role role) {
            return reach.getOrDefault(role, Reach.NONE);
        }

        /** Whether the role, in this relation, is let through ({@code false}: 403). */
        public boolean allows(Role role, Relation relation) {
            return reachOf(role).allows(relation);
        }

        public String key() {
            return method + " " + path;
        }
    }

    public AccessMatrix {
        operations = List.copyOf(operations);
    }

    /** An operation, with pairs of a role and its reach: {@code op("GET", "/api/calls", "list", VIEWER, ANY, ...)}. */
    public static Operation op(String method, String path, String what, Object... rolesAndReaches) {
        Map<Role, Reach> reach = new EnumMap<>(Role.class);
        for (int i = 0; i < rolesAndReaches.length; i += 2) {
            reach.put((Role) rolesAndReaches[i], (Reach) rolesAndReaches[i + 1]);
        }
        return new Operation(method, path, what, reach);
    }

    /** Every role, with the same reach: a read open to all roles. */
    public static Object[] everyRole(Reach reach) {
        return Stream.of(Role.values()).flatMap(role -> Stream.of(role, reach)).toArray();
    }

    /**
     * The operations every service has from the platform: its reference data, open to every role,
     * and the operator's (its outbox backlog and consumer lag, its parked sequences, its
     * projections' rebuilds).
     */
    public static List<Operation> operatorOperations() {
        String parked = "/api/operator/parked";
        return List.of(op("GET", "/api/reference", "read the reference data", everyRole(Reach.ANY)),
                op("GET", "/api/operator/status", "read the outbox backlog and the consumer groups' lag",
                        Role.OPERATOR, Reach.ANY),
                op("GET", parked, "list the parked sequences", Role.OPERATOR, Reach.ANY),
                op("GET", parked + "/{id}", "read a parked sequence", Role.OPERATOR, Reach.ANY),
                op("POST", parked + "/{id}/retry", "retry a parked sequence", Role.OPERATOR, Reach.ANY),
                op("POST", parked + "/retry", "retry every parked sequence", Role.OPERATOR, Reach.ANY),
                op("POST", parked + "/{id}/eviction", "evict a parked sequence", Role.OPERATOR, Reach.ANY),
                op("GET", "/api/operator/projections", "list the projections", Role.OPERATOR, Reach.ANY),
                op("POST", "/api/operator/projections/{collection}/rebuilds", "rebuild a projection (or a dry run)",
                        Role.OPERATOR, Reach.ANY),
                op("GET", "/api/operator/rebuilds", "list the rebuilds", Role.OPERATOR, Reach.ANY),
                op("GET", "/api/operator/rebuilds/{id}", "read a rebuild's progress", Role.OPERATOR, Reach.ANY),
                op("POST", "/api/operator/rebuilds/{id}/cancellation", "cancel a rebuild", Role.OPERATOR, Reach.ANY));
    }

    /** This table and another's operations after it. */
    public AccessMatrix with(List<Operation> more) {
        List<Operation> all = new ArrayList<>(operations);
        all.addAll(more);
        return new AccessMatrix(service, all);
    }

    public Optional<Operation> find(String method, String path) {
        return operations.stream().filter(o -> o.method().equals(method) && o.path().equals(path)).findFirst();
    }

    /** The cells of the table: operations x roles x relations. */
    public int size() {
        return operations.size() * Role.values().length * Relation.values().length;
    }

    /** The table as the service's README shows it. */
    public String markdown() {
        String header = "| operation | what | " + Stream.of(Role.values()).map(Role::name).collect(Collectors.joining(" | "))
                + " |\n| --- | --- |" + " --- |".repeat(Role.values().length) + "\n";
        return header + operations.stream().map(o -> "| `" + o.key() + "` | " + o.what() + " | "
                + Stream.of(Role.values()).map(r -> o.reachOf(r).label).collect(Collectors.joining(" | ")) + " |")
                .collect(Collectors.joining("\n")) + "\n";
    }
}
