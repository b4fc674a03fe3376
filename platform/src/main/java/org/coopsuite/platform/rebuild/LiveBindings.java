package org.coopsuite.platform.rebuild;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.stream.binding.BindingsLifecycleController;
import org.springframework.cloud.stream.config.BindingServiceProperties;

/**
 * The service's own consumers of a projection's topics, paused while a rebuild swaps the
 * projection in, so that they do not write the views meanwhile. Only a help: the swap is right
 * without it (the revision guards and the catch-up after the rename see to it), with fewer
 * conflicts to retry.
 */
public interface LiveBindings {

    /** For a rebuild without a live consumer beside it (the benchmark). */
    LiveBindings NONE = new LiveBindings() {
        @Override
        public void pause(List<String> topics) {
        }

        @Override
        public void resume(List<String> topics) {
        }
    };

    void pause(List<String> topics);

    void resume(List<String> topics);

    /** The input bindings whose destination is one of the topics, through Spring Cloud Stream's lifecycle controller. */
    static LiveBindings of(BindingServiceProperties bindings, BindingsLifecycleController lifecycle) {
        Logger log = LoggerFactory.getLogger(LiveBindings.class);
        return new LiveBindings() {
            @Override
            public void pause(List<String> topics) {
                each(topics, true);
            }

            @Override
            public void resume(List<String> topics) {
                each(topics, false);
            }

            private void each(List<String> topics, boolean pause) {
                bindings.getBindings().forEach((name, properties) -> {
                    if (name.contains("-in-") && topics.contains(properties.getDestination())) {
                        try {
                            if (pause) {
                                lifecycle.pause(name);
                            } else {
                                lifecycle.resume(name);
                            }
                        } catch (RuntimeException e) {
                            log.warn("Could not {} binding {}: {}", pause ? "pause" : "resume", name, e.toString());
                        }
                    }
                });
            }
        };
    }
}
