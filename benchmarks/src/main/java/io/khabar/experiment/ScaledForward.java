package io.khabar.experiment;

/**
 * The forward pass of a first-order linear chain in probability space with per-position scaling,
 * shared by the CRF's decoder (label marginals) and its trainer (the gradient): one {@code exp}
 * per token and label, none per transition, and no underflow however long the sentence.
 *
 * <p>In: {@code scores[i * nl + l]}, the emission score of label {@code l} at position {@code
 * i}; {@code expStart[l]} and {@code expTransitions[k * nl + l]}, the exponentiated start and
 * transition weights. Out: {@code e}, each position's emissions exponentiated after subtracting
 * the position's largest; {@code alpha}, the forward values normalised to sum to 1 at each
 * position; {@code scale}, each position's normaliser. A backward pass divides by {@code
 * scale[i]} at position {@code i}. Stateless; the caller owns the arrays.
 */
public final class ScaledForward {

  private ScaledForward() {}

  /** Fills {@code e}, {@code alpha} ({@code n * nl}) and {@code scale} ({@code n}); returns log Z. */
  public static double run(double[] scores, int n, int nl, double[] expStart,
      double[] expTransitions, double[] e, double[] alpha, double[] scale) {
    double logZ = 0;
    for (int i = 0; i < n; i++) {
      double max = Double.NEGATIVE_INFINITY;
      for (int l = 0; l < nl; l++) {
        max = Math.max(max, scores[i * nl + l]);
      }
      for (int l = 0; l < nl; l++) {
        e[i * nl + l] = Math.exp(scores[i * nl + l] - max);
      }
      logZ += max;
    }
    for (int i = 0; i < n; i++) {
      double sum = 0;
      for (int l = 0; l < nl; l++) {
        double in;
        if (i == 0) {
          in = expStart[l];
        } else {
          in = 0;
          for (int k = 0; k < nl; k++) {
            in += alpha[(i - 1) * nl + k] * expTransitions[k * nl + l];
          }
        }
        double a = in * e[i * nl + l];
        alpha[i * nl + l] = a;
        sum += a;
      }
      scale[i] = sum;
      logZ += Math.log(sum);
      for (int l = 0; l < nl; l++) {
        alpha[i * nl + l] /= sum;
      }
    }
    return logZ;
  }
}
