package io.champa.example.chaos;

import java.util.List;
import java.util.Random;

/**
 * The one source of randomness for the demo, seedable so tests and reproductions see the same
 * choices. {@link Random} is thread-safe, which matters because delegates draw from it on job
 * executor threads while the simulator draws on its own.
 */
public class DemoRandom {

  private final Random random;

  public DemoRandom(Random random) {
    this.random = random;
  }

  /** A generator with a fixed seed, or a fresh one when the seed is 0. */
  public static DemoRandom seeded(long seed) {
    return new DemoRandom(seed == 0 ? new Random() : new Random(seed));
  }

  /** True with the given probability (0 never, 1 always). */
  public boolean chance(double probability) {
    return probability > 0 && (probability >= 1 || random.nextDouble() < probability);
  }

  /** A whole number from {@code min} to {@code max}, both included. */
  public int between(int min, int max) {
    return min + random.nextInt(max - min + 1);
  }

  /** A uniformly chosen element. */
  public <T> T pick(List<T> options) {
    return options.get(random.nextInt(options.size()));
  }

  /** An element chosen with probability proportional to its weight; weights must not all be 0. */
  public <T> T pickWeighted(List<T> options, double[] weights) {
    double total = 0;
    for (double weight : weights) {
      total += weight;
    }
    double point = random.nextDouble() * total;
    for (int i = 0; i < options.size(); i++) {
      point -= weights[i];
      if (point < 0 && weights[i] > 0) {
        return options.get(i);
      }
    }
    for (int i = options.size() - 1; i >= 0; i--) {
      if (weights[i] > 0) {
        return options.get(i);
      }
    }
    throw new IllegalArgumentException("at least one weight must be positive");
  }

  /** A money amount between min and max, skewed toward small values as real orders are, to the cent. */
  public double amount(double min, double max) {
    double skewed = Math.pow(random.nextDouble(), 2.2);
    return Math.round((min + skewed * (max - min)) * 100) / 100.0;
  }

  /** A random minute count, used to spread clock steps. */
  public long minutes(int min, int max) {
    return between(min, max);
  }
}
