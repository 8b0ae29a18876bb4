package io.khabar.train;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LbfgsTest {

  private static final double[] A = {3, -0.5, 0.2, -4, 1.5};

  /** f(x) = ½·Σ (x − a)², with a different curvature per coordinate. */
  private static double quadratic(double[] x, double[] g) {
    double f = 0;
    for (int i = 0; i < x.length; i++) {
      double h = i + 1;
      f += 0.5 * h * (x[i] - A[i]) * (x[i] - A[i]);
      g[i] = h * (x[i] - A[i]);
    }
    return f;
  }

  @Test
  void findsTheMinimumOfAQuadratic() {
    double[] x = new double[A.length];
    Lbfgs.minimize(LbfgsTest::quadratic, x, null, Lbfgs.Settings.defaults(100), k -> { });
    for (int i = 0; i < A.length; i++) {
      assertEquals(A[i], x[i], 1e-4);
    }
  }

  @Test
  void l1SoftThresholdsAndZeroesSmallCoordinates() {
    double[] x = new double[A.length];
    double[] c1 = {1, 1, 1, 1, 1};
    Lbfgs.minimize(LbfgsTest::quadratic, x, c1, Lbfgs.Settings.defaults(200), k -> { });
    for (int i = 0; i < A.length; i++) {
      double h = i + 1; // minimum of h/2·(x − a)² + |x|: a shrunk towards 0 by 1/h, or 0
      double expected = Math.signum(A[i]) * Math.max(0, Math.abs(A[i]) - 1 / h);
      assertEquals(expected, x[i], 1e-4, "coordinate " + i);
    }
  }
}
