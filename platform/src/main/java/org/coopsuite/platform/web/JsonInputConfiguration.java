package org.coopsuite.platform.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.JacksonModule;

/**
 * How request bodies are read, beyond Boot's defaults: strings must be valid Unicode. (Unknown
 * fields are refused by {@code spring.jackson.deserialization.fail-on-unknown-properties} in the
 * platform's defaults.)
 */
@Configuration(proxyBeanMethods = false)
public class JsonInputConfiguration {

    /** Boot registers every {@link JacksonModule} bean with the JSON mapper it builds. */
    @Bean
    JacksonModule validUnicode() {
        return new ValidUnicode();
    }
}
