package org.campusnews.article;

import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

import org.springframework.stereotype.Component;

/** The browse counter's figures as meters: views counted, written and waiting in memory, and the flush's lag. */
@Component
class BrowseCountMetrics implements MeterBinder {

    private final BrowseCounter counter;

    BrowseCountMetrics(BrowseCounter counter) {
        this.counter = counter;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        FunctionCounter.builder("campusnews.views.counted", counter, BrowseCounter::counted)
                .description("Views counted by this instance").register(registry);
        FunctionCounter.builder("campusnews.views.written", counter, BrowseCounter::written)
                .description("Views written to the database by this instance").register(registry);
        Gauge.builder("campusnews.views.buffered", counter, BrowseCounter::unwritten)
                .description("Views counted and not yet written").register(registry);
        Gauge.builder("campusnews.views.flush.lag", counter, browse -> browse.sinceLastWrite().toMillis() / 1000.0)
                .baseUnit(TimeUnit.SECONDS.name().toLowerCase())
                .description("Time since the views were last written (grows while the database is unreachable)")
                .register(registry);
    }
}
