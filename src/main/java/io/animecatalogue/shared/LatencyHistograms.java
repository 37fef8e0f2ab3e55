package io.animecatalogue.shared;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.distribution.DistributionStatisticConfig;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.time.Duration;

/**
 * Request latency as a histogram per endpoint rather than a mean: an operator alerts on the 99th percentile, which
 * Prometheus computes from the buckets across instances (a percentile computed by each instance cannot be combined).
 */
public class LatencyHistograms {

    @Produces
    @Singleton
    MeterFilter serverRequestHistograms() {
        return new MeterFilter() {
            @Override
            public DistributionStatisticConfig configure(Meter.Id id, DistributionStatisticConfig config) {
                if (!id.getName().equals("http.server.requests")) {
                    return config;
                }
                return DistributionStatisticConfig.builder()
                        .percentilesHistogram(true)
                        .minimumExpectedValue((double) Duration.ofMillis(1).toNanos())
                        .maximumExpectedValue((double) Duration.ofSeconds(30).toNanos())
                        .build().merge(config);
            }
        };
    }
}
