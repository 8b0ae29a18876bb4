package io.khabar.ner;

import io.khabar.kb.EntityType;
import io.khabar.kb.KbEntity;
import io.khabar.kb.PhraseMatch;
import io.khabar.token.AnalyzedText;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The genitive of an indefinite body's head in the construct state (وزارة الصحة، شرطة لندن،
 * شركة أبل): the rule on {@link #after}. Immutable and thread-safe.
 */
final class BodyGenitives {

  /** What a construct head's genitive is. */
  enum Complement { PLACE, BODY, NOUN, NAME }

  /** The genitive ending at {@code end}. */
  record Genitive(int end, Complement what) {}

  private final BodyPhraseWords w;

  BodyGenitives(BodyPhraseWords w) {
    this.w = Objects.requireNonNull(w, "w");
  }

  /**
   * The genitive of the head at {@code head} starting at {@code j}: a place or body of the
   * knowledge base, a definite noun that is no title (مكتب الرئيس is an office, not a body), a
   * nested head and its genitive, or one to {@value BodyPhraseWords#MAX_NAME_WORDS} name-like
   * words.
   */
  Optional<Genitive> after(AnalyzedText text, int head, int j, boolean[] covered,
      boolean[] modelName) {
    if (!BodyPhraseWords.inPhrase(text, head, j) || w.hasProclitic(text, j)) {
      return Optional.empty();
    }
    Optional<PhraseMatch<KbEntity>> known = w.kb().names().matchAt(text, j);
    if (known.isPresent() && known.get().strippedChars() == 0) {
      List<KbEntity> es = known.get().values();
      boolean place = es.stream().allMatch(e -> e.type() == EntityType.LOCATION);
      boolean body = es.stream().allMatch(e -> e.type() == EntityType.ORGANIZATION);
      if ((place || body) && BodyPhraseWords.inPhrase(text, head, known.get().end() - 1)) {
        return Optional.of(new Genitive(known.get().end(),
            place ? Complement.PLACE : Complement.BODY));
      }
      return Optional.empty();
    }
    if (covered[j]) {
      return Optional.empty(); // a title or a person the knowledge base knows
    }
    String f = text.form(j);
    if (f.startsWith("ال")) {
      boolean title = CueWords.of(f) == CueWords.Cue.TITLE
          || CueWords.of(f.substring(2)) == CueWords.Cue.TITLE;
      return f.length() > 3 && !title
          ? Optional.of(new Genitive(j + 1, Complement.NOUN)) : Optional.empty();
    }
    Optional<BodyHeads.Kind> nested = BodyHeads.kind(f);
    if (nested.isPresent() && nested.get() != BodyHeads.Kind.QUOTED) {
      return after(text, head, j + 1, covered, modelName)
          .map(g -> new Genitive(g.end(), Complement.BODY));
    }
    if (constructNoun(text, j) && BodyPhraseWords.inPhrase(text, head, j + 1)
        && !covered[j + 1] && !w.hasProclitic(text, j + 1)
        && (text.form(j + 1).startsWith("ال") && !w.isAdjective(text.form(j + 1))
            && !BodyHeads.isBodyOrQuoted(text.form(j + 1).substring(2))
            || constructNoun(text, j + 1))) {
      // غرفة صناعة السينما، هيئة رعاية الأسرة: a noun in the construct state, then its genitive
      // (a body's head there makes an organ of that body: مجلس إدارة الاتحاد)
      return after(text, head, j + 1, covered, modelName)
          .map(g -> new Genitive(g.end(), Complement.NOUN));
    }
    int end = j;
    while (end < j + BodyPhraseWords.MAX_NAME_WORDS && BodyPhraseWords.inPhrase(text, head, end)
        && !covered[end] && w.nameLike(text, end, modelName)) {
      end++;
    }
    if (end > j && BodyPhraseWords.inPhrase(text, head, end) && !covered[end]
        && text.form(end).startsWith("ال") && !w.isAdjective(text.form(end))) {
      // وكالة أنباء البحرين: an indefinite noun in a construct chain, not a name (an adjective
      // after a name qualifies it: وكالة مهر الإيرانية)
      return after(text, head, end, covered, modelName)
          .map(g -> new Genitive(g.end(), Complement.NOUN));
    }
    return end > j ? Optional.of(new Genitive(end, Complement.NAME)) : Optional.empty();
  }

  /**
   * Whether the indefinite token {@code t} is a noun in the construct state by its shape: written
   * with ة, which no verb carries (لجنة تضم الخبراء is a verb's clause), and no adjective's
   * shape, a nisba (…ية: عالمية، عسكرية, where the verbal nouns of weak roots write اية or
   * start with ت: رعاية، تنمية), فعيلة (كبيرة، جديدة), فاعلة
   * (خاصة، كاملة) or a derived participle (مستقلة، متخصصة), which qualifies the head (لجنة
   * خاصة) rather than governing a genitive.
   */
  private boolean constructNoun(AnalyzedText text, int t) {
    String f = text.form(t);
    if (!text.isWord(t) || f.startsWith("ال") || !text.surface(t).endsWith("ة")
        || f.length() < 4 || w.words().procliticChars(text, t) > 0) {
      return false;
    }
    String stem = f.substring(0, f.length() - 1);
    if (stem.endsWith("ي") && stem.charAt(stem.length() - 2) != 'ا' && f.charAt(0) != 'ت') {
      return false; // a nisba (عسكرية، جزئية); رعاية and تنمية are verbal nouns
    }
    if (f.length() == 5 && f.charAt(2) == 'ي' || f.charAt(1) == 'ا' && f.length() <= 5
        || f.startsWith("مست") || f.startsWith("مت") && f.length() >= 6) {
      return false; // فعيلة، فاعلة (خاصة، كاملة) and the participles مستقلة، متخصصة
    }
    return true;
  }
}
