package org.coopsuite.bench.projection.platform;

import java.util.List;
import java.util.function.Consumer;

import org.coopsuite.platform.messaging.EventBatchConsumer;
import org.coopsuite.platform.projection.Projector;
import org.coopsuite.schemas.codec.EventCodec;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.messaging.Message;

/**
 * The platform path: a service as the suite builds them, reduced to one projection. Spring
 * Cloud Stream's Kafka binder in batch mode, the platform's consumer (decoding, dead letters)
 * and its {@link Projector} (idempotent apply, one guarded bulk write per batch).
 */
@SpringBootApplication
public class PlatformPathApplication {

    @Bean
    Consumer<Message<List<byte[]>>> commitments(EventCodec codec, Projector projector, CommitmentProjection projection) {
        projector.register(projection);
        return new EventBatchConsumer(codec, events -> projector.project(projection, events));
    }
}
