package io.khabar.event;

import io.khabar.token.AnalyzedText;
import java.util.Set;

/**
 * A verb of striking right after a relative pronoun has the relative's antecedent as its subject
 * (الانفجار الذي استهدف موكب رئيس الوزراء: the blast targeted; الشقيقين اللذين هاجما مقر الصحيفة);
 * with no object pronoun on the verb and no pronoun picking the antecedent up after it (التي
 * استهدفتها صواريخ الحوثيين، التي تشن فيها القوات هجوما: the name after the verb is then its
 * subject), the name right after the verb is its object, the target, never the attacker. Only
 * striking verbs: they take their object at once, while a verb of saying or deciding keeps its
 * own subject and puts the pronoun on its complement (الاتفاق الذي أعلن ترامب انسحابه منه).
 * Stateless.
 */
final class RelativeObjects {

  /** Relative pronouns, matching forms. */
  private static final Set<String> RELATIVES = Set.of("الذي", "التي", "الذين", "اللذين", "اللتين");

  /** Object pronouns a verb may end in: تستضيفها، شنه، استهدفتهم. */
  private static final String[] OBJECT_PRONOUNS = {"ه", "ها", "هم", "هما", "هن"};

  /** Prepositions that carry a pronoun picking the antecedent up: فيها، منه، عليها، به. */
  private static final Set<String> RESUMPTIVE_PREPOSITIONS =
      Set.of("في", "فيه", "من", "منه", "علي", "عليه", "ب", "ل", "عن", "عنه", "الي", "اليه", "مع",
          "لدي", "لديه");

  private RelativeObjects() {}

  /**
   * Moves the subject read after a striking trigger from the agents to the targets when the
   * trigger is the verb of a relative clause whose subject is the antecedent.
   */
  static void apply(AnalyzedText text, Found f, Subjects.Subject subject, Arguments.Roles roles) {
    if (f.trigger().type() != EventType.ATTACK || subject.after().isEmpty()
        || !f.trigger().isVerb() || f.start() == 0
        || !RELATIVES.contains(text.form(f.start() - 1)) || endsInPronoun(f.trigger().form())
        || f.reach() < text.size() && resumptive(text.form(f.reach()))) {
      return;
    }
    int e = subject.after().get().entity();
    if (roles.agent().remove(e)) {
      roles.targets().add(e);
    }
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
