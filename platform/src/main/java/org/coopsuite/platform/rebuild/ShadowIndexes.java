package org.coopsuite.platform.rebuild;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import org.bson.Document;

/** The live collection's indexes on the shadow, so that the collection swapped in has them all. */
final class ShadowIndexes {

    private ShadowIndexes() {
    }

    /** Copies one index as {@code listIndexes} describes it; {@code _id}'s exists already. */
    static void copy(Document index, MongoCollection<Document> shadow) {
        String name = index.getString("name");
        if ("_id_".equals(name)) {
            return;
        }
        IndexOptions options = new IndexOptions().name(name).unique(Boolean.TRUE.equals(index.get("unique")))
                .sparse(Boolean.TRUE.equals(index.get("sparse")));
        shadow.createIndex(index.get("key", Document.class), options);
    }
}
