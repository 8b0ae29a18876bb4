package io.khabar.event;

import io.khabar.token.AnalyzedText;
import java.util.Set;

/**
 * Who is struck: verbs and verbal nouns of striking take their object at once, and a name read as
 * the attacker is that object in two constructions of news Arabic:
 * <ul>
 *   <li>a striking verb right after a relative pronoun has the relative's antecedent as its
 *       subject (الانفجار الذي استهدف موكب رئيس الوزراء: the blast targeted; الشقيقين اللذين
 *       هاجما مقر الصحيفة); with no object pronoun on the verb and no pronoun picking the
 *       antecedent up after it (التي استهدفتها صواريخ الحوثيين، التي تشن فيها القوات هجوما: the name
 *       after the verb is then its subject), the name right after the verb is its object. Only
 *       striking verbs: a verb of saying or deciding keeps its own subject and puts the pronoun on
 *       its complement (الاتفاق الذي أعلن ترامب انسحابه منه);
 *   <li>the genitive right after the verbal noun of a transitive verb of striking is its object
 *       (استهداف سوريا، اغتيال بوضياف، تفجير محطة المترو); the attacker is the genitive only when
 *       the object follows with لـ (استهداف الحوثيين لناقلتي نفط، اقتحام مكتب التحقيقات لمكتب
 *       محاميه) or the attacker itself comes with لـ (قصف للقوات التركية). Intransitive nouns of
 *       attack keep their genitive as the attacker (هجوم داعش، غارات التحالف), and so do قصف and
 *       ضرب, spelt as their past verbs (فيما قصف جيش الاحتلال مواقع) and whose genitive in news is
 *       mostly who shells (قصف الطيران الروسي).
 * </ul>
 * The transitive nouns are the STRIKING_NOUN role of {@code argument-cues.tsv}. Stateless.
 */
final class StrikeObjects {

  /** Relative pronouns, matching forms. */
  private static final Set<String> RELATIVES = Set.of("الذي", "التي", "الذين", "اللذين", "اللتين");

  /** Object pronouns a verb may end in: تستضيفها، شنه، استهدفتهم. */
  private static final String[] OBJECT_PRONOUNS = {"ه", "ها", "هم", "هما", "هن"};

  /** Prepositions that carry a pronoun picking the antecedent up: فيها، منه، عليها، به. */
  private static final Set<String> RESUMPTIVE_PREPOSITIONS =
      Set.of("في", "فيه", "من", "منه", "علي", "عليه", "ب", "ل", "عن", "عنه", "الي", "اليه", "مع",
          "لدي", "لديه");

  private final Set<String> strikingNouns;

  StrikeObjects(TriggerLexicon lexicon) {
    this.strikingNouns = lexicon.cues("STRIKING_NOUN");
  }

  /**
   * Moves the name read as an attack's agent right after its trigger to the targets when the
   * construction makes it the object.
   */
  void apply(AnalyzedText text, Found f, boolean nominal, Subjects.Subject subject,
      Arguments.Roles roles) {
    if (f.trigger().type() != EventType.ATTACK || subject.after().isEmpty()) {
      return;
    }
    Occurrence after = subject.after().get();
    boolean object = nominal ? genitiveObject(text, f, after) : relativeObject(text, f);
    if (object && roles.agent().remove(after.entity())) {
      roles.targets().add(after.entity());
    }
  }

  private boolean genitiveObject(AnalyzedText text, Found f, Occurrence after) {
    String stem = Tokens.stem(text, f);
    String bare = Tokens.withoutArticle(stem);
    if (!strikingNouns.contains(bare) || after.start() != f.end()
        || text.form(after.start()).startsWith("ل")) {
      return false; // قصف للقوات التركية: the attacker with لـ
    }
    return after.end() >= text.size() || !text.form(after.end()).startsWith("ل");
  }

  private static boolean relativeObject(AnalyzedText text, Found f) {
    return f.trigger().isVerb() && f.start() > 0
        && RELATIVES.contains(text.form(f.start() - 1)) && !endsInPronoun(f.trigger().form())
        && !(f.reach() < text.size() && resumptive(text.form(f.reach())));
  }

  private static boolean endsInPronoun(String form) {
    for (String p : OBJECT_PRONOUNS) {
      if (form.endsWith(p)) {
        return true;
      }
    }
    return false;
  }

  /** فيها، منه، عليهم: a preposition with a pronoun. */
  private static boolean resumptive(String w) {
    for (String p : OBJECT_PRONOUNS) {
      if (w.length() > p.length() && w.endsWith(p)
          && RESUMPTIVE_PREPOSITIONS.contains(w.substring(0, w.length() - p.length()))) {
        return true;
      }
    }
    return false;
  }
}
