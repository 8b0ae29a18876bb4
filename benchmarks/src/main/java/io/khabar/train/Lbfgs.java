package io.khabar.train;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.function.IntConsumer;

/**
 * Limited-memory BFGS with a backtracking (Armijo) line search, and its orthant-wise extension
 * OWL-QN (Andrew and Gao 2007) for an added L1 term {@code Σ c1[i]·|x[i]|}: without it the two
 * coincide. Written here because the CRF trainer needs nothing more, and no maintained Java
 * optimiser library is on the project's dependency list.
 */
final class Lbfgs {

  /** A smooth objective: returns f(x) and writes ∇f(x) into {@code gradient}. */
  interface Objective {
    double evaluate(double[] x, double[] gradient);
  }

  /** Stopping rules: iterations, and relative decrease over the last {@code window} steps. */
  record Settings(int memory, int maxIterations, double epsilon, int window) {
    static Settings defaults(int maxIterations) {
      return new Settings(8, maxIterations, 1e-5, 10);
    }
  }

  private record Pair(double[] s, double[] y, double rho) {}

  private Lbfgs() {}

  /**
   * Minimises {@code f(x) + Σ c1[i]·|x[i]|} from {@code x} (overwritten with the result).
   *
   * @param c1 per-parameter L1 weight, or null for none
   * @param progress called with the iteration number after each accepted step
   * @return the final objective value
   */
  static double minimize(Objective f, double[] x, double[] c1, Settings settings,
      IntConsumer progress) {
    int n = x.length;
    double[] g = new double[n];
    double[] pg = new double[n];
    double[] d = new double[n];
    double[] xNew = new double[n];
    double[] gNew = new double[n];
    double fx = f.evaluate(x, g) + l1(x, c1);
    Deque<Pair> history = new ArrayDeque<>();
    double[] past = new double[settings.window()];
    for (int k = 0; k < settings.maxIterations(); k++) {
      pseudoGradient(x, g, c1, pg);
      if (norm(pg) <= 1e-6 * Math.max(1, norm(x))) {
        break;
      }
      direction(pg, history, d);
      if (c1 != null) {
        for (int i = 0; i < n; i++) {
          if (d[i] * pg[i] >= 0) {
            d[i] = 0; // OWL-QN: never move against the pseudo-gradient's orthant
          }
        }
      }
      if (dot(d, pg) >= 0) { // not a descent direction: restart from steepest descent
        history.clear();
        for (int i = 0; i < n; i++) {
          d[i] = -pg[i];
        }
      }
      double step = history.isEmpty() ? 1 / norm(pg) : 1;
      double fNew = Double.NaN;
      boolean accepted = false;
      for (int tries = 0; tries < 30 && !accepted; tries++) {
        for (int i = 0; i < n; i++) {
          double v = x[i] + step * d[i];
          if (c1 != null) {
            double orthant = x[i] != 0 ? Math.signum(x[i]) : -Math.signum(pg[i]);
            if (Math.signum(v) != orthant) {
              v = 0;
            }
          }
          xNew[i] = v;
        }
        fNew = f.evaluate(xNew, gNew) + l1(xNew, c1);
        double decrease = 0;
        for (int i = 0; i < n; i++) {
          decrease += pg[i] * (xNew[i] - x[i]);
        }
        accepted = fNew <= fx + 1e-4 * decrease;
        step *= 0.5;
      }
      if (!accepted) {
        break; // no progress possible along any direction we can find
      }
      // the oldest pair's arrays are recycled: each is as large as the model
      Pair oldest = history.size() == settings.memory() ? history.removeFirst() : null;
      double[] s = oldest == null ? new double[n] : oldest.s();
      double[] y = oldest == null ? new double[n] : oldest.y();
      double sy = 0;
      double yy = 0;
      for (int i = 0; i < n; i++) {
        s[i] = xNew[i] - x[i];
        y[i] = gNew[i] - g[i];
        sy += s[i] * y[i];
        yy += y[i] * y[i];
      }
      if (sy > 1e-10 * yy) {
        history.addLast(new Pair(s, y, 1 / sy));
      }
      System.arraycopy(xNew, 0, x, 0, n);
      System.arraycopy(gNew, 0, g, 0, n);
      int w = settings.window();
      if (k >= w && (past[k % w] - fNew) / Math.max(1, Math.abs(fNew)) < settings.epsilon()) {
        fx = fNew;
        progress.accept(k + 1);
        break;
      }
      past[k % w] = fNew;
      fx = fNew;
      progress.accept(k + 1);
    }
    return fx;
  }

  /** The L1 term's subgradient of least norm added to the smooth gradient. */
  private static void pseudoGradient(double[] x, double[] g, double[] c1, double[] pg) {
    for (int i = 0; i < x.length; i++) {
      double c = c1 == null ? 0 : c1[i];
      if (c == 0) {
        pg[i] = g[i];
      } else if (x[i] > 0) {
        pg[i] = g[i] + c;
      } else if (x[i] < 0) {
        pg[i] = g[i] - c;
      } else if (g[i] + c < 0) {
        pg[i] = g[i] + c;
      } else if (g[i] - c > 0) {
        pg[i] = g[i] - c;
      } else {
        pg[i] = 0;
      }
    }
  }

  /** {@code d = −H·pg} by the two-loop recursion over the stored (s, y) pairs. */
  private static void direction(double[] pg, Deque<Pair> history, double[] d) {
    int n = pg.length;
    for (int i = 0; i < n; i++) {
      d[i] = -pg[i];
    }
    double[] alpha = new double[history.size()];
    int j = history.size() - 1;
    for (Iterator<Pair> it = history.descendingIterator(); it.hasNext(); j--) {
      Pair p = it.next();
      alpha[j] = p.rho() * dot(p.s(), d);
      axpy(-alpha[j], p.y(), d);
    }
    if (!history.isEmpty()) {
      Pair last = history.peekLast();
      double gamma = 1 / (last.rho() * dot(last.y(), last.y()));
      for (int i = 0; i < n; i++) {
        d[i] *= gamma;
      }
    }
    j = 0;
    for (Pair p : history) {
      double beta = p.rho() * dot(p.y(), d);
      axpy(alpha[j] - beta, p.s(), d);
      j++;
    }
  }

  static double dot(double[] a, double[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += a[i] * b[i];
    }
    return s;
  }

  private static void axpy(double a, double[] x, double[] y) {
    for (int i = 0; i < x.length; i++) {
      y[i] += a * x[i];
    }
  }

  private static double norm(double[] a) {
    return Math.sqrt(dot(a, a));
  }

  private static double l1(double[] a, double[] c1) {
    if (c1 == null) {
      return 0;
    }
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += c1[i] * Math.abs(a[i]);
    }
    return s;
  }
}
