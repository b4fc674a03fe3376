package org.coopsuite.platform.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ApiReadsTest {

    @Test
    void findsAKeyAtAnyDepthOfLists() {
        Object json = Map.of("items", List.of(Map.of("id", "c-1", "view", Map.of("revision", 3))), "page", 0);

        assertThat(ApiReads.keys(json)).containsExactly("id", "items", "page", "revision", "view");
        assertThat(ApiReads.keys(json)).containsAnyElementsOf(ApiReads.BOOKKEEPING);
    }
}
