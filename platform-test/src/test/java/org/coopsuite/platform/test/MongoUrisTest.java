package org.coopsuite.platform.test;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MongoUrisTest {

    @Test
    void appendsTheDatabaseToAPlainConnectionString() {
        assertThat(MongoUris.withDatabase("mongodb://localhost:27017", "coop-call"))
                .isEqualTo("mongodb://localhost:27017/coop-call");
    }

    @Test
    void keepsTheOptionsAfterTheDatabase() {
        assertThat(MongoUris.withDatabase("mongodb://localhost:32768/?directConnection=true", "coop-call"))
                .isEqualTo("mongodb://localhost:32768/coop-call?directConnection=true");
    }

    @Test
    void databaseNamesAreUniqueAndSafeForMongo() {
        String first = TestInfrastructureInitializer.databaseName("Call Service.v2");
        String second = TestInfrastructureInitializer.databaseName("Call Service.v2");

        assertThat(first).matches("call-service-v2-[0-9a-f]{8}").isNotEqualTo(second);
    }
}
