package org.coopsuite.platform.aggregate;

import static org.coopsuite.platform.aggregate.AggregateDocuments.ID;
import static org.coopsuite.platform.aggregate.AggregateDocuments.STATE;
import static org.coopsuite.platform.aggregate.AggregateDocuments.VERSION;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.coopsuite.platform.domain.AggregateRoot;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.aggregation.AggregationOperation;
import org.springframework.data.mongodb.core.query.BasicQuery;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Queries on the state of a collection's aggregates, given in the state's own field names: each
 * criterion and order is moved under {@code state.} here, and its values stored as the converter
 * stores the state's (a date compares with a date). Ties are broken by the aggregate's id.
 */
final class StateQueries {

    private static final String PREFIX = STATE + ".";
    private static final Sort BY_ID = Sort.by(ID);

    private final MongoTemplate mongo;
    private final AggregateDocuments documents;

    StateQueries(MongoTemplate mongo, AggregateDocuments documents) {
        this.mongo = mongo;
        this.documents = documents;
    }

    /** @param limit 0 for all */
    <A extends AggregateRoot<A>> List<A> find(Criteria onState, Sort order, long skip, int limit, Class<A> type) {
        Query query = query(onState).with(onState(order, PREFIX).and(BY_ID)).skip(skip).limit(limit);
        query.fields().include(VERSION).include(STATE);
        return mongo.find(query, Document.class, documents.collection()).stream()
                .map(stored -> documents.read(stored, type)).toList();
    }

    long count(Criteria onState) {
        return mongo.count(query(onState), documents.collection());
    }

    boolean exists(Criteria onState) {
        return mongo.exists(query(onState), documents.collection());
    }

    /** @param limit 0 for all */
    List<String> ids(Criteria onState, Sort order, int limit) {
        Query query = query(onState).with(onState(order, PREFIX).and(BY_ID)).limit(limit);
        query.fields().include(ID);
        return mongo.find(query, Document.class, documents.collection()).stream().map(d -> d.getString(ID)).toList();
    }

    /**
     * The elements of an array in the states that match, one result each, with the aggregate's id;
     * ordered, then by the aggregate's id and the element's.
     */
    <E> List<AggregateRepository.Element<E>> elements(String array, Criteria onElement, Sort order, long skip,
            int limit, Class<E> type) {
        String path = PREFIX + array;
        List<AggregationOperation> pipeline = new ArrayList<>(unwound(path, onElement));
        pipeline.add(Aggregation.sort(onState(order, path + ".").and(BY_ID).and(Sort.by(path + "." + ID))));
        pipeline.add(Aggregation.skip(skip));
        pipeline.add(Aggregation.limit(limit));
        return mongo.aggregate(Aggregation.newAggregation(pipeline), documents.collection(), Document.class)
                .getMappedResults().stream().map(unwound -> element(unwound, path, type)).toList();
    }

    long countElements(String array, Criteria onElement) {
        List<AggregationOperation> pipeline = new ArrayList<>(unwound(PREFIX + array, onElement));
        pipeline.add(Aggregation.group().count().as("n"));
        Document counted = mongo.aggregate(Aggregation.newAggregation(pipeline), documents.collection(), Document.class)
                .getUniqueMappedResult();
        return counted == null ? 0 : counted.get("n", Number.class).longValue();
    }

    /** The states holding a matching element, unwound to one document per matching element. */
    private List<AggregationOperation> unwound(String path, Criteria onElement) {
        Document element = stored(onElement.getCriteriaObject(), "");
        return List.of(Aggregation.stage(new Document("$match", new Document(path, new Document("$elemMatch", element)))),
                Aggregation.unwind(path), Aggregation.stage(new Document("$match", stored(element, path + "."))));
    }

    private <E> AggregateRepository.Element<E> element(Document unwound, String path, Class<E> type) {
        Object element = unwound;
        for (String field : path.split("\\.")) {
            element = ((Document) element).get(field);
        }
        return new AggregateRepository.Element<>(unwound.getString(ID), mongo.getConverter().read(type, (Document) element));
    }

    private Query query(Criteria onState) {
        return new BasicQuery(stored(onState.getCriteriaObject(), PREFIX));
    }

    /**
     * The criteria with each field under the prefix ({@code $and}, {@code $or} and {@code $nor}
     * followed into), and every value as stored; what an operator holds (an {@code $elemMatch})
     * keeps its own names.
     */
    private Document stored(Document criteria, String prefix) {
        Document stored = new Document();
        for (Map.Entry<String, Object> criterion : criteria.entrySet()) {
            String key = criterion.getKey();
            if (key.equals("$and") || key.equals("$or") || key.equals("$nor")) {
                stored.put(key, ((List<?>) criterion.getValue()).stream().map(c -> stored((Document) c, prefix)).toList());
            } else if (key.startsWith("$")) {
                throw new IllegalArgumentException("A query on the state names its fields, not " + key);
            } else {
                stored.put(prefix + key, value(criterion.getValue()));
            }
        }
        return stored;
    }

    private Object value(Object value) {
        if (value instanceof Document document) {
            Document stored = new Document();
            document.forEach((key, inner) -> stored.put(key, value(inner)));
            return stored;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(this::value).toList();
        }
        return mongo.getConverter().convertToMongoType(value);
    }

    private static Sort onState(Sort order, String prefix) {
        return Sort.by(order.stream().map(o -> o.withProperty(prefix + o.getProperty())).toList());
    }
}
