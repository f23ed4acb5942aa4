package org.copydesk.storage.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class TimestampsTest {

    @Test
    void instantsAreWrittenFixedWidthAndReadBack() {
        Instant t = Instant.parse("2021-05-13T00:43:00Z");
        assertThat(Timestamps.instant(t)).isEqualTo("2021-05-13T00:43:00.000Z");
        assertThat(Timestamps.instant(Timestamps.instant(t))).isEqualTo(t);
    }

    @Test
    void anInstantWrittenByHandWithoutMillisecondsIsStillRead() {
        assertThat(Timestamps.instant("2021-05-13T00:43:00Z")).isEqualTo(Instant.parse("2021-05-13T00:43:00Z"));
        assertThatThrownBy(() -> Timestamps.instant("yesterday")).isInstanceOf(java.time.DateTimeException.class);
    }
}
