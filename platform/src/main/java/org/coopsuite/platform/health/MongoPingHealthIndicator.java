package org.coopsuite.platform.health;

import org.bson.Document;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * MongoDB health by the {@code ping} command against the service's own database.
 *
 * <p>Spring Boot's stock indicator sends {@code hello}, which the local stack's
 * MongoDB-wire server does not implement, so it would report DOWN there although the
 * server answers. {@code ping} is implemented by every MongoDB server.
 */
public class MongoPingHealthIndicator extends AbstractHealthIndicator {

    private final MongoTemplate mongo;

    public MongoPingHealthIndicator(MongoTemplate mongo) {
        super("MongoDB ping failed");
        this.mongo = mongo;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        Document answer = mongo.executeCommand(new Document("ping", 1));
        Object ok = answer.get("ok");
        if (ok instanceof Number number && number.doubleValue() == 1.0) {
            builder.up().withDetail("database", mongo.getDb().getName());
        } else {
            builder.down().withDetail("answer", answer.toJson());
        }
    }
}
