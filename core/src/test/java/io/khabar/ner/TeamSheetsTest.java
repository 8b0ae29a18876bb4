package io.khabar.ner;

import static io.khabar.ner.NameTestTexts.entities;
import static io.khabar.ner.NameTestTexts.withMention;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.khabar.kb.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Clubs in brackets after players' names; team sheets written for the test. */
class TeamSheetsTest {

  private static final String SHEET = "وضمت القائمة: سامي العتيبي (التعاون)، ماهر الشمري "
      + "(الفتح)، نزار الحربي (زاكورتيس، أثينا)، فهد الدوسري (الوحدة).";

  @Test
  void theBracketAfterEachPlayerIsHisClub() {
    List<Entity> es = entities(SHEET);
    for (String club : List.of("التعاون", "الفتح", "الوحدة")) {
      Entity e = withMention(es, club).orElseThrow(() -> new AssertionError(club + " " + es));
      assertEquals(EntityType.ORGANIZATION, e.type(), e::toString);
    }
  }

  @Test
  void aClubNamedBeforeItsCityIsNeverAPerson() {
    List<Entity> es = entities(SHEET);
    assertFalse(es.stream().anyMatch(e -> e.type() == EntityType.PERSON && e.mentions().stream()
        .anyMatch(m -> m.text().equals("زاكورتيس"))), es::toString);
  }

  @Test
  void aBracketAfterOneNameIsNoClub() {
    List<Entity> es = entities("وقال سامي العتيبي (المدرب) إن الفريق جاهز للمباراة.");
    assertFalse(es.stream().anyMatch(e -> e.type() == EntityType.ORGANIZATION), es::toString);
  }

  @Test
  void aPlayersStateIsNoClub() {
    List<Entity> es = entities("ومن اللاعبين: سامي العتيبي (معتزل)، ماهر الشمري (الفتح)، "
        + "نزار الحربي (الوحدة)، فهد الدوسري (التعاون).");
    assertFalse(es.stream().anyMatch(e -> e.mentions().stream()
        .anyMatch(m -> m.text().equals("معتزل"))), es::toString);
  }
}
