package org.nocontact.build;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The test JVMs run under a heap cap (pom.xml, test.heap), so a test that runs away fails with
 * OutOfMemoryError instead of taking the memory of a machine that several builds share.
 */
class TestHeapCapTest {
    @Test
    void theTestJvmHasAHeapCapOfAFewGibibytesAtMost() {
        long max = Runtime.getRuntime().maxMemory();
        assertThat(max).as("-Xmx from test.heap in pom.xml (JVM default: a quarter of the machine's memory)")
                .isLessThanOrEqualTo(2L * 1024 * 1024 * 1024)
                .isGreaterThanOrEqualTo(1024L * 1024 * 1024);
    }
}
