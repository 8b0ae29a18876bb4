package io.khabar.ner;

import com.google.common.collect.ImmutableList;
import io.khabar.kb.EntityType;
import io.khabar.token.AnalyzedText;
import java.util.List;
import java.util.Objects;

/**
 * A definite head of a body takes no genitive; what follows it decides whether it names one. A
 * field complement after its adjectives names the body (الاتحاد الدولي لكرة القدم، الهيئة
 * العامة للرياضة); so does a listed adjective of bodies' names first (النيابة العامة السعودية،
 * المحكمة العليا), or a field's nisba and a country's adjective after a body's or a named head
 * (المجلس التشريعي الفلسطيني: the country's one body of that field). With only countries'
 * adjectives after it (الشرطة البريطانية) it describes a body: proposed, and of kind TITLE
 * ({@link BodyDescriptions}). A bare head (الشركة) or one with other adjectives (الحزب الحاكم)
 * refers back or describes by role; a {@code quoted} head is never proposed (القوات
 * الإسرائيلية are a country's forces), nor a head after a title noun. Immutable and thread-safe.
 */
final class DefiniteBodyPhrases {

  private final BodyPhraseWords w;
  private final FieldComplements fields;

  DefiniteBodyPhrases(BodyPhraseWords w, FieldComplements fields) {
    this.w = Objects.requireNonNull(w, "w");
    this.fields = Objects.requireNonNull(fields, "fields");
  }

  /**
   * Reads the definite head at {@code i} of kind {@code kind}, adds its body to {@code
   * candidates} if it names one, and returns the index of the last token it read.
   */
  int read(AnalyzedText text, int i, int proclitics, BodyHeads.Kind kind, boolean inTitle,
      boolean[] covered, List<Candidate> candidates) {
    if (kind == BodyHeads.Kind.QUOTED) {
      return i; // القوات الإسرائيلية: forces of a country, not one body
    }
    int last = w.adjectives(text, i, i + 1);
    String bare = text.form(i).substring(Math.min(proclitics + 2, text.form(i).length()));
    int full = last > i + 1 && !BodyHeads.takesNoField(bare)
        ? fields.end(text, i, last, covered) : last;
    if (full > last && !inTitle) {
      // الاتحاد الدولي لكرة القدم، الهيئة العامة للرياضة: a field names the body
      return add(i, full, proclitics, candidates);
    }
    if (last > i + 1 && BodyHeads.isAdjective(text.form(i + 1)) && !inTitle) {
      // النيابة العامة السعودية، المحكمة العليا: an adjective that makes a body's name
      return add(i, last, proclitics, candidates);
    }
    if (last > i + 2 && !inTitle && BodyPhraseWords.isDemonym(text.form(last - 1), w.kb())
        && !w.demonymsOnly(text, i + 1, last) && namesWithNisbas(kind)) {
      // المجلس التشريعي الفلسطيني، اللجنة الاقتصادية اليمنية: the field's nisba and the
      // country's adjective name the country's one body of that field
      return add(i, last, proclitics, candidates);
    }
    if (last > i + 1 && w.demonymsOnly(text, i + 1, last) && !inTitle) {
      // الشرطة البريطانية: a description, of kind TITLE (see BodyDescriptions)
      return add(i, last, proclitics, candidates);
    }
    return i; // الشركة، الحزب الحاكم: a reference back or a description by its role
  }

  private static int add(int start, int end, int proclitics, List<Candidate> candidates) {
    candidates.add(new Candidate(start, end, proclitics, Candidate.Source.PHRASE,
        ImmutableList.of(), EntityType.ORGANIZATION, BodyPhrases.SCORE));
    return end - 1;
  }

  /**
   * Whether a definite head of kind {@code kind} is named by nisbas and a country's adjective:
   * a body's or a named head's (المجلس، اللجنة), not a descriptor's (الشركة الحكومية الصينية
   * describes a company) nor a government's (الحكومة الانتقالية الليبية).
   */
  private static boolean namesWithNisbas(BodyHeads.Kind kind) {
    return kind == BodyHeads.Kind.BODY || kind == BodyHeads.Kind.NAMED;
  }
}
