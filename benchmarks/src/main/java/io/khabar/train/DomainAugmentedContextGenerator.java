package io.khabar.train;

import opennlp.tools.namefind.NameContextGenerator;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;

/**
 * Training-side feature augmentation for an auxiliary corpus ("frustratingly easy" domain
 * adaptation, Daumé III 2007): every feature {@code f} of the wrapped generator is emitted twice,
 * as {@code f} and as {@code prefix + f}. Sentences of the main corpus are featurised by the
 * wrapped generator alone, so the shared weights serve the main domain and the prefixed ones absorb
 * what is specific to the auxiliary corpus. Tagging needs no change: text is featurised without the
 * prefix, so the prefixed weights never fire.
 *
 * <p>Adaptive data goes to the wrapped generator, which may be shared with the main corpus's event
 * stream, so the order of updates is that of plain concatenated training.
 */
final class DomainAugmentedContextGenerator implements NameContextGenerator {

  private final NameContextGenerator shared;
  private final String prefix;

  /**
   * @param shared the generator the main corpus uses
   * @param prefix what distinguishes this corpus's copies, e.g. {@code "aq:"}; not empty
   */
  DomainAugmentedContextGenerator(NameContextGenerator shared, String prefix) {
    if (prefix.isEmpty()) {
      throw new IllegalArgumentException("an empty prefix would only double the features");
    }
    this.shared = shared;
    this.prefix = prefix;
  }

  @Override
  public String[] getContext(int index, String[] tokens, String[] priorDecisions,
      Object[] additionalContext) {
    String[] base = shared.getContext(index, tokens, priorDecisions, additionalContext);
    String[] out = new String[2 * base.length];
    System.arraycopy(base, 0, out, 0, base.length);
    for (int i = 0; i < base.length; i++) {
      out[base.length + i] = prefix + base[i];
    }
    return out;
  }

  @Override
  public void addFeatureGenerator(AdaptiveFeatureGenerator generator) {
    shared.addFeatureGenerator(generator);
  }

  @Override
  public void updateAdaptiveData(String[] tokens, String[] outcomes) {
    shared.updateAdaptiveData(tokens, outcomes);
  }

  @Override
  public void clearAdaptiveData() {
    shared.clearAdaptiveData();
  }
}
