package io.khabar.event;

import io.khabar.ner.EntityLayer;
import io.khabar.token.AnalyzedText;
import java.util.List;
import java.util.Optional;

/**
 * Where an event happened when the words after its trigger do not say: a place fronted in its
 * clause (وفي واشنطن، قال المتحدث …), or the place حيث ("where") points back to (وصل إلى بيروت حيث
 * التقى …). A diplomatic act in a city is hosted by the city's country when the document names
 * it (السفارة في دمشق: Syria is the other party).
 */
final class Places {

  private final Cues cues;
  private final Obliques obliques;

  Places(Cues cues, Obliques obliques) {
    this.cues = cues;
    this.obliques = obliques;
  }

  /** A place fronted before the trigger in its clause: وفي واشنطن، قال المتحدث … */
  Optional<Integer> placeBefore(AnalyzedText text, EntityLayer layer,
      List<Occurrence> before, int left) {
    for (int k = before.size() - 1; k >= 0; k--) {
      Occurrence o = before.get(k);
      if (EntityKinds.isPlace(layer, o.entity()) && !EntityKinds.isCountry(layer, o.entity())
          && obliques.cueBefore(text, layer, o.start(), left).equals("في")) {
        return Optional.of(o.entity());
      }
    }
    return Optional.empty();
  }

  /**
   * حيث ("where") right before the trigger points back to the place just named: وصل إلى بيروت
   * حيث التقى … — the meeting is in Beirut.
   */
  Optional<Integer> placeOfWhere(AnalyzedText text, EntityLayer layer, int sentenceStart,
      int trigger) {
    for (int i = trigger - 1; i >= Math.max(sentenceStart, trigger - 3); i--) {
      String f = text.form(i);
      if (cues.where.contains(f) || f.startsWith("و") && cues.where.contains(f.substring(1))) {
        for (int j = i - 1; j >= sentenceStart; j--) {
          int e = layer.entityAt(j);
          if (e >= 0 && EntityKinds.isPlace(layer, e)) {
            return Optional.of(e);
          }
        }
        return Optional.empty();
      }
    }
    return Optional.empty();
  }
}
