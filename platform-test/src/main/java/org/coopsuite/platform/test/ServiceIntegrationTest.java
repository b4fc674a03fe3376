package org.coopsuite.platform.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.core.annotation.AliasFor;
import org.springframework.test.context.ContextConfiguration;

/**
 * A service's integration test: the whole application on a random port, against the shared
 * Kafka and MongoDB of {@link TestInfrastructure}, in a database of its own.
 * <pre>
 * &#64;ServiceIntegrationTest(properties = "coop.call.relay.enabled=false")
 * class OpenCallIT { ... }
 * </pre>
 * {@link #properties()} and {@link #classes()} pass through to {@link SpringBootTest}; the
 * Kafka and MongoDB properties set by {@link TestInfrastructureInitializer} win over them.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestInfrastructureInitializer.class)
public @interface ServiceIntegrationTest {

    /** Properties in {@code key=value} form, as {@link SpringBootTest#properties()}. */
    @AliasFor(annotation = SpringBootTest.class)
    String[] properties() default {};

    /** The configuration classes to load, as {@link SpringBootTest#classes()}. */
    @AliasFor(annotation = SpringBootTest.class)
    Class<?>[] classes() default {};
}
