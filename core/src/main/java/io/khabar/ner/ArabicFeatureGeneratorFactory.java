package io.khabar.ner;

import opennlp.tools.util.InvalidFormatException;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.GeneratorFactory;

/**
 * Makes {@link ArabicFeatureGenerator} available to OpenNLP's XML feature descriptor, which is
 * stored inside a trained model and re-read when the model is loaded. OpenNLP 2.5 instantiates the
 * {@code class} of each {@code <generator>} element by reflection and requires a subclass of
 * {@link GeneratorFactory.AbstractXmlFeatureGeneratorFactory} (the older {@code <custom>} element
 * is gone), hence this class:
 *
 * <pre>{@code
 * <generator class="io.khabar.ner.ArabicFeatureGeneratorFactory">
 *   <int name="window">2</int>
 *   <bool name="charNgrams">true</bool>
 *   <str name="stemmer">proclitic</str>
 *   <str name="gazetteer">none</str>
 *   <str name="frequencies">ner-ar-freq.wordfreq</str>
 *   <str name="clusters">ner-ar-clusters.wordclass</str>
 *   <str name="clusterLevels">all</str>
 *   <int name="clusterWindow">1</int>
 *   <bool name="clusterStems">true</bool>
 *   <str name="nameTokens">kb-name-tokens</str>
 * </generator>
 * }</pre>
 *
 * Every parameter is optional and defaults to {@link ArabicFeatureGenerator.Options#defaults()}.
 * Stemmer and gazetteer are resolved by name at load time; the optional frequency table is a model
 * artifact ({@link WordFrequencies}) saved with the model, and so is the optional cluster table
 * ({@link WordClusters}; {@code clusterLevels} the granularities used, e.g. "0,2", default all,
 * {@code clusterWindow} 0–2, default 1, {@code clusterStems}, default true, see {@link
 * ArabicFeatureGenerator.ClassFeatures}). {@code nameTokens} names the person-name token lexicon
 * ({@link NameTokenLexicon#BUNDLED}, read from the models jar at load time; default {@code none});
 * {@code nameTokenRarity} (default true) adds the name token's rarity bucket as a feature.
 */
public final class ArabicFeatureGeneratorFactory
    extends GeneratorFactory.AbstractXmlFeatureGeneratorFactory {

  public ArabicFeatureGeneratorFactory() {}

  @Override
  public AdaptiveFeatureGenerator create() throws InvalidFormatException {
    ArabicFeatureGenerator.Options d = ArabicFeatureGenerator.Options.defaults();
    ArabicFeatureGenerator.Options o = new ArabicFeatureGenerator.Options(
        getBool("form", d.form()),
        getBool("stem", d.stem()),
        getBool("affixes", d.affixes()),
        getBool("charNgrams", d.charNgrams()),
        getBool("shape", d.shape()),
        getInt("window", d.window()),
        getBool("cues", d.cues()),
        getBool("previousTagStem", d.previousTagStem()),
        getStr("stemmer", d.stemmer()),
        getStr("gazetteer", d.gazetteer()),
        getStr("frequencies", d.frequencies()));
    if (o.window() < 0 || o.window() > 3) {
      throw new InvalidFormatException("window must be 0..3: " + o.window());
    }
    WordFrequencies freq = artifact(o.frequencies(), WordFrequencies.class, "frequency table");
    WordClusters clusters = artifact(getStr("clusters", "none"), WordClusters.class,
        "word clusters");
    ArabicFeatureGenerator.ClassFeatures classes = null;
    if (clusters != null) {
      try {
        classes = new ArabicFeatureGenerator.ClassFeatures(clusters,
            ArabicFeatureGenerator.ClassFeatures.parseLevels(getStr("clusterLevels", "all"),
                clusters),
            getInt("clusterWindow", 1),
            getBool("clusterStems", true) && !clusters.stemmer().equals("none"));
      } catch (IllegalArgumentException e) {
        throw new InvalidFormatException(e.getMessage(), e);
      }
    }
    try {
      return new ArabicFeatureGenerator(o, StemFunction.byName(o.stemmer()),
          Gazetteer.byName(o.gazetteer()), freq, classes,
          NameTokenLexicon.byName(getStr("nameTokens", "none")),
          getBool("nameTokenRarity", true));
    } catch (IllegalArgumentException e) {
      throw new InvalidFormatException(e.getMessage(), e);
    }
  }

  /**
   * The model artifact named {@code name}, or null when the name is {@code none}; an artifact
   * missing from the model resources, or of another type, is a format error.
   */
  private <T> T artifact(String name, Class<T> type, String what) throws InvalidFormatException {
    if (name.equals("none")) {
      return null;
    }
    Object r = resourceManager == null ? null : resourceManager.getResource(name);
    if (!type.isInstance(r)) {
      throw new InvalidFormatException(what + " '" + name + "' missing from the model resources");
    }
    return type.cast(r);
  }
}
