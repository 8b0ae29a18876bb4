package io.khabar.event;

import io.khabar.ner.EntityLayer;
import io.khabar.text.ArabicNormalizer;
import io.khabar.token.AnalyzedText;
import java.util.Optional;
import java.util.Set;

/**
 * Sanctions are lifted from someone: رفع العقوبات عن X — X is the one sanctioned, the target,
 * never the one who lifts them, whether عن ends the trigger or follows its adjectives (رفع
 * العقوبات الأمريكية عن السودان). With عن carrying a pronoun (رحبت إيران برفع العقوبات عنها) the
 * pronoun's antecedent, the nearest actor before the trigger in its sentence, is the target: the
 * one who welcomes or asks for the lifting is the one sanctioned.
 */
final class LiftedSanctions {

  /** عن in matching form. */
  private static final String FROM = ArabicNormalizer.get().matchingForm("عن");
  private static final Set<String> FROM_PRONOUNS = Set.of("عنها", "عنه", "عنهم", "عنهما").stream()
      .map(ArabicNormalizer.get()::matchingForm).collect(java.util.stream.Collectors.toSet());
  /** Adjectives between the trigger and عن: رفع العقوبات الأمريكية المفروضة عن. */
  private static final int ADJECTIVES = 2;
  /** Tokens from عن to the name: عن الرئيس السوداني عمر البشير. */
  private static final int NAME_REACH = 3;

  private LiftedSanctions() {}

  /** The roles of sanctions trigger {@code f} with the one they are lifted from as the target. */
  static Arguments.Roles apply(AnalyzedText text, EntityLayer layer, Found f, Clause c,
      Arguments.Roles roles) {
    if (f.trigger().type() != EventType.SANCTIONS) {
      return roles;
    }
    Optional<Integer> lifted = Optional.empty();
    int from = f.end() > f.start() && text.form(f.end() - 1).equals(FROM) ? f.end() : -1;
    for (int i = f.end(); from < 0 && i < Math.min(c.sentenceEnd(), f.end() + ADJECTIVES + 1);
        i++) {
      String w = text.form(i);
      if (w.equals(FROM)) {
        from = i + 1;
      } else if (FROM_PRONOUNS.contains(w)) {
        lifted = antecedent(layer, f.start(), c.sentenceStart());
        break;
      } else if (!text.isWord(i) || layer.entityAt(i) >= 0) {
        break;
      }
    }
    if (from >= 0) {
      for (Occurrence o : Tokens.occurrences(layer, from,
          Math.min(c.sentenceEnd(), from + NAME_REACH))) {
        lifted = EntityKinds.isActor(layer, o.entity()) ? Optional.of(o.entity())
            : Optional.empty();
        break;
      }
    }
    if (lifted.isPresent()) {
      Integer t = lifted.get();
      roles.agent().remove(t);
      roles.others().remove(t);
      roles.recipients().remove(t);
      roles.targets().add(t);
    }
    return roles;
  }

  /** The nearest actor before {@code token} in its sentence. */
  private static Optional<Integer> antecedent(EntityLayer layer, int token, int sentenceStart) {
    for (int i = token - 1; i >= sentenceStart; i--) {
      int e = layer.entityAt(i);
      if (e >= 0 && EntityKinds.isActor(layer, e)) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }
}
