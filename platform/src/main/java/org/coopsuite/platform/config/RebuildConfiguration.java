package org.coopsuite.platform.config;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.coopsuite.platform.messaging.Subscription;
import org.coopsuite.platform.operator.ProjectionRebuildsController;
import org.coopsuite.platform.projection.Projector;
import org.coopsuite.platform.rebuild.LiveBindings;
import org.coopsuite.platform.rebuild.ProjectionRebuilds;
import org.coopsuite.platform.reference.EventReferences;
import org.coopsuite.platform.reference.ReferenceData;
import org.coopsuite.schemas.codec.EventCodec;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.cloud.stream.binding.BindingsLifecycleController;
import org.springframework.cloud.stream.config.BindingServiceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Rebuilding the service's projections from their topics ({@link ProjectionRebuilds}), for
 * operators through {@link ProjectionRebuildsController}. The rebuilds' consumers are the
 * service's Kafka clients ({@code spring.kafka.*}: bootstrap servers, security).
 */
@Configuration(proxyBeanMethods = false)
@Import(ProjectionRebuildsController.class)
class RebuildConfiguration {

    @Bean(destroyMethod = "close")
    ProjectionRebuilds projectionRebuilds(ObjectProvider<Subscription> subscriptions, Projector projector,
            MongoTemplate mongo, EventCodec codec, ObjectProvider<KafkaProperties> kafka,
            ObjectProvider<BindingServiceProperties> bindings, ObjectProvider<BindingsLifecycleController> lifecycle,
            Clock clock, ReferenceData reference) {
        BindingServiceProperties bindingProperties = bindings.getIfAvailable();
        BindingsLifecycleController controller = lifecycle.getIfAvailable();
        LiveBindings live = bindingProperties == null || controller == null ? LiveBindings.NONE
                : LiveBindings.of(bindingProperties, controller);
        return new ProjectionRebuilds(List.copyOf(subscriptions.orderedStream().toList()), projector, mongo, codec,
                kafka.stream().findFirst().map(KafkaProperties::buildConsumerProperties).orElse(Map.of()), live, clock,
                new EventReferences(reference));
    }
}
