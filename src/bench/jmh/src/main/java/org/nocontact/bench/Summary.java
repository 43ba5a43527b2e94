package org.nocontact.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Reads JMH's JSON results and prints the table docs/performance.md shows: per benchmark and
 * profile, the mean with its 99.9% confidence error, the median and range of the measured
 * iterations, the ratio to nocontact's own evaluation of the same profile, and (with JMH's gc
 * profiler) the bytes allocated per situation, which unlike time does not depend on the load.
 */
public final class Summary {
    private Summary() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: Summary JMH_RESULT.json");
            System.exit(2);
        }
        JsonNode results = new ObjectMapper().readTree(Path.of(args[0]).toFile());
        Map<String, Double> ours = new LinkedHashMap<>();
        for (JsonNode result : results) {
            if (name(result).equals("nocontact")) {
                ours.put(profile(result), result.at("/primaryMetric/score").asDouble());
            }
        }
        System.out.println("| benchmark | profile | mean ± error (99.9%) | median | min - max | vs nocontact "
                + "| allocated per situation |");
        System.out.println("|---|---|---|---|---|---|---|");
        for (JsonNode result : results) {
            JsonNode metric = result.get("primaryMetric");
            double mean = metric.get("score").asDouble();
            JsonNode percentiles = metric.get("scorePercentiles");
            Double base = ours.get(profile(result));
            JsonNode allocated = result.at("/secondaryMetrics/gc.alloc.rate.norm/score");
            System.out.println(String.format(Locale.ROOT, "| %s | %s | %.2f ± %.2f %s | %.2f | %.2f - %.2f | %s | %s |",
                    name(result), profile(result), mean, metric.get("scoreError").asDouble(),
                    metric.get("scoreUnit").asText(), percentiles.get("50.0").asDouble(),
                    percentiles.get("0.0").asDouble(), percentiles.get("100.0").asDouble(),
                    base == null ? "" : String.format(Locale.ROOT, "%.1fx", mean / base),
                    allocated.isMissingNode() ? "" : String.format(Locale.ROOT, "%,.0f B", allocated.asDouble())));
        }
    }

    private static String name(JsonNode result) {
        String benchmark = result.get("benchmark").asText();
        return benchmark.substring(benchmark.lastIndexOf('.') + 1);
    }

    private static String profile(JsonNode result) {
        return result.at("/params/profile").asText("");
    }
}
