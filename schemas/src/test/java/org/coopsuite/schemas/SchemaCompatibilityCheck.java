package org.coopsuite.schemas;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaCompatibility.Incompatibility;
import org.apache.avro.SchemaCompatibility.SchemaCompatibilityResult;
import org.apache.avro.SchemaCompatibility.SchemaCompatibilityType;
import org.apache.avro.SchemaCompatibility.SchemaIncompatibilityType;

/**
 * Decides whether a current schema may ship beside its published versions: it must be
 * compatible both ways with every one of them (a new reader reads old events, an old reader
 * reads new events), and equal to the newest, so a change cannot ship unpublished.
 * Each problem is one message naming the schema, the version, the field and the kind.
 */
final class SchemaCompatibilityCheck {

    private static final ObjectMapper JSON = new ObjectMapper();

    private SchemaCompatibilityCheck() {
    }

    /** Every problem of {@code current} against its published versions (oldest first). */
    static List<String> problems(String fullName, Schema current, List<Schema> published) {
        List<String> problems = new ArrayList<>(incompatibilities(fullName, current, published));
        publicationProblem(fullName, current, published).ifPresent(problems::add);
        return problems;
    }

    /** Incompatibilities, in either direction, with each published version. */
    static List<String> incompatibilities(String fullName, Schema current, List<Schema> published) {
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < published.size(); i++) {
            String version = "v" + (i + 1);
            Schema old = published.get(i);
            problems.addAll(check(fullName, "the current schema cannot read events written with " + version,
                    current, old));
            problems.addAll(check(fullName, "readers of " + version + " cannot read events written with the current schema",
                    old, current));
        }
        return problems;
    }

    /** A message when the current schema is not the newest published version. */
    static Optional<String> publicationProblem(String fullName, Schema current, List<Schema> published) {
        int next = published.size() + 1;
        if (!published.isEmpty() && sameContract(published.get(published.size() - 1), current)) {
            return Optional.empty();
        }
        String state = published.isEmpty() ? "has never been published"
                : "differs from its newest published version v" + published.size();
        return Optional.of(fullName + " " + state + ": publish it as v" + next + " ("
                + PublishedSchemas.resource(fullName, next).substring(1) + " under src/main/resources, and set "
                + next + " in the index), e.g. with ./mvnw -B -pl schemas verify -Dschemas.publish=true;"
                + " never edit a published version.");
    }

    /**
     * Equal as parsed schemas and in everything else that steers decoding: {@code Schema.equals}
     * ignores an enum's default, and aliases. Docs alone may change without a new version.
     */
    static boolean sameContract(Schema a, Schema b) {
        return a.equals(b) && withoutDocs(a).equals(withoutDocs(b));
    }

    private static JsonNode withoutDocs(Schema schema) {
        try {
            JsonNode json = JSON.readTree(schema.toString());
            removeDocs(json);
            return json;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void removeDocs(JsonNode node) {
        if (node instanceof ObjectNode object) {
            object.remove("doc");
        }
        node.forEach(SchemaCompatibilityCheck::removeDocs);
    }

    private static List<String> check(String fullName, String direction, Schema reader, Schema writer) {
        return findings(reader, writer).stream()
                .map(f -> fullName + ": " + direction + ": " + f.type() + " at " + f.where() + ": " + f.message())
                .toList();
    }

    /**
     * Avro's incompatibilities, looking into a named branch of a union: Avro reports a nested
     * record that changed inside {@code ["null", Record]} only as a missing union branch.
     */
    private static List<Finding> findings(Schema reader, Schema writer) {
        SchemaCompatibilityResult result = SchemaCompatibility.checkReaderWriterCompatibility(reader, writer).getResult();
        if (result.getCompatibility() == SchemaCompatibilityType.COMPATIBLE) {
            return List.of();
        }
        List<Finding> findings = new ArrayList<>();
        for (Incompatibility i : result.getIncompatibilities()) {
            String path = fieldPath(reader, i.getLocation());
            Optional<Schema> writerBranch = writerBranch(i);
            Optional<Schema> readerBranch = writerBranch.flatMap(branch -> sameNamedBranch(i.getReaderFragment(), branch));
            if (readerBranch.isPresent()) {
                findings(readerBranch.get(), writerBranch.get()).forEach(f -> findings.add(f.under(path, i.getLocation())));
            } else {
                findings.add(new Finding(path, i.getLocation(), i.getType(), i.getMessage()));
            }
        }
        return findings;
    }

    /** For a missing union branch, the writer's branch: Avro's location ends with its index. */
    private static Optional<Schema> writerBranch(Incompatibility i) {
        Schema writer = i.getWriterFragment();
        if (i.getType() != SchemaIncompatibilityType.MISSING_UNION_BRANCH) {
            return Optional.empty();
        }
        if (writer.getType() != Schema.Type.UNION) {
            return Optional.of(writer);
        }
        String index = i.getLocation().substring(i.getLocation().lastIndexOf('/') + 1);
        return index.matches("\\d+") ? Optional.of(writer.getTypes().get(Integer.parseInt(index))) : Optional.empty();
    }

    private static Optional<Schema> sameNamedBranch(Schema readerUnion, Schema writerBranch) {
        if (readerUnion.getType() != Schema.Type.UNION || !isNamed(writerBranch)) {
            return Optional.empty();
        }
        return readerUnion.getTypes().stream()
                .filter(branch -> isNamed(branch) && branch.getFullName().equals(writerBranch.getFullName()))
                .findFirst();
    }

    private static boolean isNamed(Schema schema) {
        return switch (schema.getType()) {
            case RECORD, ENUM, FIXED -> true;
            default -> false;
        };
    }

    /** One incompatibility: the dotted field path in the reader, Avro's location, kind and message. */
    private record Finding(String path, String location, SchemaIncompatibilityType type, String message) {

        Finding under(String parentPath, String parentLocation) {
            String joined = parentPath.isEmpty() ? path : path.isEmpty() ? parentPath : parentPath + "." + path;
            return new Finding(joined, parentLocation + location, type, message);
        }

        String where() {
            return path.isEmpty() ? "the record itself (" + location + ")" : "field '" + path + "' (" + location + ")";
        }
    }

    /** Walks {@code /fields/3/type/1/fields/0/type/items} down the reader to {@code mandate.topics}. */
    static String fieldPath(Schema reader, String location) {
        List<String> names = new ArrayList<>();
        String[] tokens = location.replaceFirst("^/", "").split("/");
        Schema schema = reader;
        try {
            for (int i = 0; i < tokens.length; i++) {
                String token = tokens[i];
                if (token.equals("fields") && schema.getType() == Schema.Type.RECORD) {
                    Schema.Field field = schema.getFields().get(Integer.parseInt(tokens[++i]));
                    names.add(field.name());
                    schema = field.schema();
                } else if (token.equals("items")) {
                    schema = schema.getElementType();
                } else if (token.equals("values")) {
                    schema = schema.getValueType();
                } else if (token.matches("\\d+") && schema.getType() == Schema.Type.UNION) {
                    schema = schema.getTypes().get(Integer.parseInt(token));
                }
            }
        } catch (RuntimeException pointsOutsideTheReader) {
            // e.g. a union index that is the writer's: keep the path found so far
        }
        return String.join(".", names);
    }
}
