package org.copydesk.bench;

import java.util.Arrays;

/** Percentiles of a set of timings, in milliseconds. */
final class Stats {

    private final double[] ms;

    Stats(double[] ms) {
        this.ms = ms.clone();
        Arrays.sort(this.ms);
    }

    static Stats ofNanos(long[] nanos) {
        double[] ms = new double[nanos.length];
        for (int i = 0; i < nanos.length; i++) {
            ms[i] = nanos[i] / 1e6;
        }
        return new Stats(ms);
    }

    double p(double q) {
        int i = (int) Math.ceil(q * ms.length) - 1;
        return ms[Math.max(0, Math.min(ms.length - 1, i))];
    }

    double median() {
        return p(0.5);
    }

    double max() {
        return ms[ms.length - 1];
    }

    @Override
    public String toString() {
        return String.format("n=%d median %.2f ms, p95 %.2f ms, max %.2f ms", ms.length, p(0.5), p(0.95), ms[ms.length - 1]);
    }
}
