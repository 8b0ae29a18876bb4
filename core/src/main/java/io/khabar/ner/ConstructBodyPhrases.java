package io.khabar.ner;

import com.google.common.collect.ImmutableList;
import io.khabar.kb.EntityType;
import io.khabar.ner.BodyGenitives.Complement;
import io.khabar.ner.BodyGenitives.Genitive;
import io.khabar.token.AnalyzedText;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An indefinite head of a body in the construct state with its genitive ({@link BodyGenitives}),
 * then a coordinated definite noun, adjectives and a field ({@link FieldComplements}) names a
 * body (وزارة الاقتصاد والمالية، غرفة صناعة السينما). An indefinite head with no genitive is an
 * ordinary noun (شركة كبيرة). The head's kind decides the rest: an {@code owner}'s genitive that
 * is a name is the mention (حكومة جيبوتي); a {@code named} head needs a proper name after it
 * (مجلس الإدارة is no body) or a country's adjective after its common noun (مجلس الشورى
 * المصري); a {@code descriptor} before a body's own name is in apposition, as مدينة before a
 * city's: in شركة أبل or نادي نيوبورت the name alone is the organisation. A body in the construct
 * after a title noun is part of a person's title (رئيس هيئة الأركان). Immutable and thread-safe.
 */
final class ConstructBodyPhrases {

  private final BodyPhraseWords w;
  private final BodyGenitives genitives;
  private final FieldComplements fields;

  ConstructBodyPhrases(BodyPhraseWords w, BodyGenitives genitives, FieldComplements fields) {
    this.w = Objects.requireNonNull(w, "w");
    this.genitives = Objects.requireNonNull(genitives, "genitives");
    this.fields = Objects.requireNonNull(fields, "fields");
  }

  /**
   * Reads the indefinite head at {@code i} of kind {@code kind}, adds its body to {@code
   * candidates} if it names one, and returns the index of the last token it read.
   */
  int read(AnalyzedText text, int i, int proclitics, BodyHeads.Kind kind, boolean inTitle,
      BodyPhraseWords.Marks marks, List<Candidate> candidates) {
    boolean[] covered = marks.covered();
    Optional<Genitive> g = genitives.after(text, i, i + 1, covered, marks.modelName());
    if (kind == BodyHeads.Kind.OWNER && (g.isEmpty() || g.get().what() != Complement.NOUN)) {
      // حكومة جيبوتي، حكومة ماي: the genitive is the mention, the head describes it; a
      // common noun names the government itself (حكومة الوفاق الوطني)
      return i;
    }
    String bare = text.form(i).substring(Math.min(proclitics, text.form(i).length()));
    boolean byField = kind == BodyHeads.Kind.NAMED
        || kind == BodyHeads.Kind.DESCRIPTOR && BodyHeads.namedByField(bare);
    if (g.isPresent() && byField && g.get().what() == Complement.NOUN) {
      int last = w.adjectives(text, i, g.get().end());
      if (last > g.get().end() && w.demonymsOnly(text, g.get().end(), last) && !inTitle) {
        // مجلس الشورى المصري، وكالة الأنباء الفلسطينية: a country's adjective makes the
        // common noun's phrase that country's body (a company's industry only describes it:
        // شركة النفط الفرنسية)
        return add(i, last, proclitics, candidates);
      }
      if (kind == BodyHeads.Kind.NAMED) {
        return i; // مجلس الإدارة، مركز الصدارة: no body's name
      }
    }
    if (g.isEmpty()) {
      return i; // شركة كبيرة: no body's name
    }
    if (kind == BodyHeads.Kind.DESCRIPTOR) {
      // شركة أبل، نادي نيوبورت: the head is in apposition, the name alone is the body's; a
      // place's name or a common noun after it (نادي ليفربول، قناة المحور، شركة الطيران) is
      // the knowledge base's or the name finder's to read
      if (g.get().what() == Complement.NAME) {
        candidates.add(new Candidate(i + 1, g.get().end(), 0, Candidate.Source.PHRASE,
            ImmutableList.of(), EntityType.ORGANIZATION, BodyPhrases.SCORE));
      } else if (g.get().what() == Complement.PLACE && !inTitle) {
        int full = fields.end(text, i, g.get().end(), covered);
        if (full > g.get().end()) {
          // مؤسسة الصين للاستثمار: a body named by a place and its field
          return add(i, full, proclitics, candidates);
        }
      }
      return g.get().end() - 1;
    }
    int last = w.adjectives(text, i, w.coordinated(text, i, g.get().end(), covered));
    last = fields.end(text, i, last, covered);
    if (inTitle) {
      return last - 1; // رئيس هيئة الأركان، مدير مكتب الارتباط: part of a person's title
    }
    return add(i, last, proclitics, candidates);
  }

  private static int add(int start, int end, int proclitics, List<Candidate> candidates) {
    candidates.add(new Candidate(start, end, proclitics, Candidate.Source.PHRASE,
        ImmutableList.of(), EntityType.ORGANIZATION, BodyPhrases.SCORE));
    return end - 1;
  }
}
