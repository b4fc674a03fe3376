package org.coopsuite.platform.config;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.ResourcePropertySource;

/**
 * Adds the suite's conventions (actuator exposure, health groups, messaging defaults) as
 * the lowest-precedence property source, so each service's own configuration, the
 * environment and the command line still override every one of them.
 */
public class PlatformDefaults implements EnvironmentPostProcessor {

    /** Where the defaults are on the class path (the reference data's too, for a benchmark that binds them alone). */
    public static final String LOCATION = "org/coopsuite/platform/platform-defaults.properties";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        try {
            environment.getPropertySources().addLast(new ResourcePropertySource("coopPlatformDefaults",
                    new ClassPathResource(LOCATION, PlatformDefaults.class.getClassLoader())));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + LOCATION, e);
        }
    }
}
