package org.inclusim.model;

import java.io.Serializable;

/**
 * Keyed, counter-based random numbers: a draw is a pure function of (run seed, purpose, entity
 * key, week, draw index). Nothing is consumed, so results do not depend on thread count, agent
 * iteration order or on how many draws other mechanisms made; two variants of one replicate see
 * the same arrivals, traits and crises (common random numbers).
 *
 * <p>The mixing function is the SplitMix64 finaliser (Steele, Lea &amp; Flood 2014), applied
 * twice; about 3 ns per draw.
 */
public final class RandomStreams implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final long GOLDEN = 0x9E3779B97F4A7C15L;

    private final long seed;
    private final long[] purposeBase;

    public RandomStreams(long seed) {
        this.seed = seed;
        Purpose[] purposes = Purpose.values();
        purposeBase = new long[purposes.length];
        for (int i = 0; i < purposes.length; i++) {
            purposeBase[i] = mix(seed + (i + 1) * GOLDEN);
        }
    }

    public long seed() {
        return seed;
    }

    /** A uniform draw in [0, 1) for the given key. */
    public double uniform(Purpose purpose, long entity, int week) {
        return uniform(purpose, entity, week, 0);
    }

    /** A uniform draw in [0, 1) for the given key; {@code draw} separates several draws of one key. */
    public double uniform(Purpose purpose, long entity, int week, int draw) {
        long z = mix(purposeBase[purpose.ordinal()] ^ (entity * 0xD1B54A32D192ED03L));
        z = mix(z + ((((long) week) << 24) ^ draw) * GOLDEN);
        return (z >>> 11) * 0x1.0p-53;
    }

    /**
     * A Poisson draw with the given mean, by inversion of keyed uniforms. Means above 30 are
     * split into equal parts (a sum of Poisson variables is Poisson), so the draw is exact and
     * costs O(mean).
     */
    public int poisson(double mean, Purpose purpose, long entity, int week) {
        int parts = (int) Math.ceil(mean / 30.0);
        double partMean = parts == 0 ? 0 : mean / parts;
        int total = 0;
        for (int part = 0; part < parts; part++) {
            total += poissonByInversion(partMean, uniform(purpose, entity, week, part));
        }
        return total;
    }

    static int poissonByInversion(double mean, double u) {
        double p = Math.exp(-mean);
        double cumulative = p;
        int k = 0;
        while (u > cumulative && k < 1000) {
            k++;
            p *= mean / k;
            cumulative += p;
        }
        return k;
    }

    /** The SplitMix64 finaliser: a bijective 64-bit mix. */
    public static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
