package io.khabar.ner;

import com.google.common.collect.ImmutableList;
import io.khabar.kb.KbEntity;
import io.khabar.text.ArabicNormalizer;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Which of the knowledge-base entities sharing an alias a mention denotes: one the document
 * names unambiguously elsewhere; else one whose country or region the document names; else one
 * whose primary name this is (طرطوس is first the city, then the base named after it); else a
 * person holding an office on the publication date; else a country; else the first listed.
 * Stateless and thread-safe.
 */
final class AliasChoice {

  private AliasChoice() {}

  /**
   * The entity {@code form} denotes among {@code entities}; {@code namedKeys} holds the keys the
   * document names unambiguously and "country-xx" for the countries of the people it names.
   */
  static KbEntity choose(ImmutableList<KbEntity> entities, String form,
      Set<String> namedKeys, Optional<LocalDate> published) {
    if (entities.size() == 1) {
      return entities.get(0);
    }
    for (KbEntity e : entities) {
      if (namedKeys.contains(e.key())) {
        return e;
      }
    }
    for (KbEntity e : entities) {
      // the document names its country or region: عمان with الأردن around it is Amman
      if (e.parent().map(namedKeys::contains).orElse(false)
          || e.country().map(c -> namedKeys.contains("country-" + c.toLowerCase(Locale.ROOT)))
              .orElse(false) && e.countryCode().isEmpty()) {
        return e;
      }
    }
    ArabicNormalizer normalizer = ArabicNormalizer.get();
    String bare = withoutArticle(form);
    for (KbEntity e : entities) {
      if (!e.aliases().isEmpty()) {
        String primary = normalizer.matchingForm(e.aliases().get(0));
        if (primary.equals(form) || withoutArticle(primary).equals(bare)) {
          return e;
        }
      }
    }
    if (published.isPresent()) {
      for (KbEntity e : entities) {
        if (!e.rolesOn(published.get()).isEmpty()) {
          return e;
        }
      }
    }
    for (KbEntity e : entities) {
      if (e.countryCode().isPresent()) {
        return e;
      }
    }
    return entities.get(0);
  }

  /** The form without its article, when a name remains (الشرع → شرع; الى stays). */
  static String withoutArticle(String form) {
    return form.startsWith("ال") && form.length() > 4 ? form.substring(2) : form;
  }
}
