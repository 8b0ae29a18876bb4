package io.khabar.ner;

import io.khabar.kb.EntityType;
import io.khabar.token.AnalyzedText;
import java.util.ArrayList;
import java.util.List;

/**
 * A title followed at once by a person's name is that person's title, whoever the knowledge
 * base says held the office (المبعوث الأممي إلى سوريا غير بيدرسن; الرئيس الروسي فلاديمير بوتين):
 * the title mention joins the name's entity, or the name's unknown entity; a chain of titles
 * (ولي العهد السعودي الأمير محمد) all join the name after it. A given name in brackets before a
 * person's name (الرئيس (فلاديمير) بوتين) is a mention of that person, never a person of its
 * own, and a body's acronym or short name in brackets after its name (وكالة الأنباء السورية
 * الرسمية (سانا)) is a mention of that body. Stateless and thread-safe.
 */
final class Appositions {

  private Appositions() {}

  /** The accepted candidates (in text order) with titles and bracketed names joined. */
  static List<Candidate> apply(AnalyzedText text, List<Candidate> accepted) {
    List<Candidate> out = new ArrayList<>(accepted);
    // from the end: a chain of titles (ولي العهد السعودي الأمير محمد) all join the name after
    for (int k = out.size() - 2; k >= 0; k--) {
      Candidate title = out.get(k);
      Candidate next = out.get(k + 1);
      if (!title.isTitle() || next.start() != title.end() || next.type() != EntityType.PERSON) {
        continue;
      }
      int name = next.isTitle() ? next.sameAs() : k + 1;
      if (name < 0) {
        continue;
      }
      Candidate named = out.get(name);
      out.set(k, new Candidate(title.start(), title.end(), title.stripped(), Candidate.Source.TITLE,
          named.entities(), EntityType.PERSON, title.score(), name));
    }
    // a given name in brackets before a person's name (الرئيس (فلاديمير) بوتين) is a mention
    // of that person, never a person of its own
    for (int k = 0; k + 1 < out.size(); k++) {
      Candidate c = out.get(k);
      Candidate next = out.get(k + 1);
      if (c.type() == EntityType.PERSON && !c.isTitle() && c.sameAs() < 0 && c.start() > 0
          && c.end() + 1 == next.start() && text.form(c.start() - 1).equals("(")
          && text.form(c.end()).equals(")") && next.type() == EntityType.PERSON
          && !next.isTitle()) {
        out.set(k, new Candidate(c.start(), c.end(), c.stripped(), c.source(), next.entities(),
            EntityType.PERSON, c.score(), k + 1));
      }
    }
    // a body's name and its acronym or short name in brackets after it (وكالة الأنباء السورية
    // الرسمية (سانا)) are one body: the one the knowledge base knows, else the first
    for (int k = 0; k + 1 < out.size(); k++) {
      Candidate c = out.get(k);
      Candidate next = out.get(k + 1);
      if (c.type() != EntityType.ORGANIZATION || next.type() != EntityType.ORGANIZATION
          || c.isTitle() || next.isTitle() || c.sameAs() >= 0 || next.sameAs() >= 0
          || next.start() != c.end() + 1 || !text.form(c.end()).equals("(")
          || next.end() >= text.size() || !text.form(next.end()).equals(")")) {
        continue;
      }
      if (c.entities().isEmpty() && !next.entities().isEmpty()) {
        out.set(k, c.withEntities(next.entities(), EntityType.ORGANIZATION));
      } else if (next.entities().isEmpty() && !c.entities().isEmpty()) {
        out.set(k + 1, next.withEntities(c.entities(), EntityType.ORGANIZATION));
      } else if (c.entities().isEmpty()) {
        out.set(k + 1, new Candidate(next.start(), next.end(), next.stripped(), next.source(),
            next.entities(), EntityType.ORGANIZATION, next.score(), k));
      }
    }
    return out;
  }
}
