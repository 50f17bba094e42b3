package org.jgym.agents.meta;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.jgym.agents.nn.Precision;
import org.junit.jupiter.api.Test;

/**
 * jgym's MAML-TRPO step against pytorch-maml-rl's on the same data: a small meta-batch dumped by upstream at
 * 21d4ba1 ({@code agents/scripts/upstream_batch.py --truncate}: 3 tasks, 6 episodes each cut to random lengths,
 * policy 2 x 8 tanh; the outer step in float64 with {@code --float64}, because upstream's float32 conjugate gradient
 * alone moves its direction by 10-170% on such batches), every quantity of the step compared. The episodes have different lengths on purpose: upstream
 * averages per episode and then over episodes, which a per-step mean gets wrong (the cause of issue 15's decline).
 * Run {@code -Dupstream.batch=FILE} to compare any other dump (e.g. a full 20 x 20 batch) and print the table.
 */
class UpstreamBatchTest {
    private static final double TOLERANCE = 1e-3; // upstream fits its baseline in float32 while sampling: advantages agree to ~5e-5

    private static Path fixture() throws URISyntaxException {
        String other = System.getProperty("upstream.batch");
        if (other != null && !other.isBlank()) return Path.of(other);
        return Path.of(Objects.requireNonNull(UpstreamBatchTest.class.getResource("upstream-batch-truncated.json")).toURI());
    }

    @Test
    void everyQuantityOfTheOuterStepMatchesUpstream() throws Exception {
        UpstreamBatch batch = new UpstreamBatch(fixture());
        List<UpstreamBatch.Row> rows = batch.compare(Precision.FLOAT64);
        System.out.printf("%-34s %14s %14s %10s%n", "quantity (norm)", "upstream", "jgym", "error");
        rows.forEach(System.out::println);
        for (UpstreamBatch.Row row : rows) {
            if (row.quantity().startsWith("jgym's")) continue; // jgym's own float32 noise, for information
            double tolerance = row.quantity().startsWith("surrogate loss per task") ? 1e-6 : TOLERANCE;
            assertTrue(row.error() < tolerance, row + " (tolerance " + tolerance + ")");
        }
    }
}
