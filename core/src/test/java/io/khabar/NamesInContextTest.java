package io.khabar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.khabar.kb.EntityType;
import io.khabar.ner.Entity;
import io.khabar.ner.Mention;
import io.khabar.ner.MentionKind;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** Names as a news reader expects them (issue 12): titles, nasab, shared family names, context. */
class NamesInContextTest {

  private static final Extractor EXTRACTOR = ExtractorTest.EXTRACTOR;
  private static final LocalDate PUBLISHED = LocalDate.of(2018, 6, 1);

  private static List<Entity> entities(String text) {
    return EXTRACTOR.extract(text, PUBLISHED).entities();
  }

  private static Optional<Entity> withMention(List<Entity> entities, String mention) {
    return entities.stream()
        .filter(e -> e.mentions().stream().anyMatch(m -> m.text().equals(mention))).findFirst();
  }

  private static Mention mention(Entity e, String text) {
    return e.mentions().stream().filter(m -> m.text().equals(text)).findFirst().orElseThrow();
  }

  @Test
  void titlesAreMentionsOfTheirOwnNeverInsideAName() {
    List<Entity> es = entities("استقبل ولي العهد السعودي الأمير محمد بن سلمان وفدا في الرياض.");
    Entity mbs = withMention(es, "محمد بن سلمان").orElseThrow(() -> new AssertionError(es));
    assertEquals(MentionKind.NAME, mention(mbs, "محمد بن سلمان").kind());
    assertEquals(MentionKind.TITLE, mention(mbs, "الأمير").kind());
    assertEquals(MentionKind.TITLE, mention(mbs, "ولي العهد السعودي").kind());
    assertTrue(es.stream().flatMap(e -> e.mentions().stream())
        .noneMatch(m -> m.kind() == MentionKind.NAME && m.text().startsWith("الأمير")), es::toString);
  }

  @Test
  void theKingsOfficialStyleIsATitleOfTheKing() {
    List<Entity> es = entities("وجه خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود "
        + "بإرسال مساعدات.");
    Entity king = withMention(es, "سلمان بن عبدالعزيز آل سعود")
        .orElseThrow(() -> new AssertionError(es));
    assertEquals(MentionKind.TITLE, mention(king, "خادم الحرمين الشريفين").kind());
    assertEquals(MentionKind.TITLE, mention(king, "الملك").kind());
  }

  @Test
  void aFullNasabChainIsOneName() {
    List<Entity> es = entities("وصل الأمير محمد بن سلمان بن عبد العزيز آل سعود إلى باريس.");
    assertTrue(withMention(es, "محمد بن سلمان بن عبد العزيز آل سعود").isPresent(), es::toString);
  }

  @Test
  void peopleWhoShareAFamilyNameStayApart() {
    List<Entity> es = entities("قال جيروم باول رئيس الاحتياطي الفدرالي إن الفائدة سترتفع. "
        + "وقالت دينا باول إن الشركة تتوسع. وأكد باول أن الاقتصاد قوي.");
    Entity jerome = withMention(es, "جيروم باول").orElseThrow(() -> new AssertionError(es));
    Entity dina = withMention(es, "دينا باول").orElseThrow(() -> new AssertionError(es));
    assertTrue(jerome != dina);
    assertTrue(es.stream().noneMatch(e -> e.name().equals("Colin Powell")), es::toString);
    // two people named in full with it: a bare باول is neither of them
    Entity bare = withMention(es, "باول").orElseThrow();
    assertTrue(bare != jerome && bare != dina);
  }

  @Test
  void aBareFamilyNameIsTheOnePersonNamedInFullWithIt() {
    List<Entity> es = entities("زارت ميلانيا ترامب مستشفى للأطفال. وقالت ترامب إن الأطفال "
        + "يستحقون الرعاية.");
    Entity melania = withMention(es, "ميلانيا ترامب").orElseThrow(() -> new AssertionError(es));
    assertEquals(2, melania.mentions().size(), es::toString);
    assertTrue(es.stream().noneMatch(e -> e.name().equals("Donald Trump")), es::toString);
  }

  @Test
  void aFamilyNameOfSeveralWordsJoinsTheFullName() {
    List<Entity> es = entities("قال مدير المرصد رامي عبد الرحمن إن القصف مستمر. "
        + "وأضاف عبد الرحمن أن الضحايا مدنيون.");
    Entity rami = withMention(es, "رامي عبد الرحمن").orElseThrow(() -> new AssertionError(es));
    assertTrue(rami.mentions().stream().anyMatch(m -> m.text().equals("عبد الرحمن")), es::toString);
  }

  @Test
  void aNameThatIsAnOrdinaryWordNeedsItsContext() {
    List<Entity> es = entities("نشرت الوكالة صور الدمار في المدينة. وقصفت الطائرات مدينة صور "
        + "في جنوب لبنان. وفاز الفريق بأول لقب له.");
    Entity tyre = withMention(es, "صور").orElseThrow(() -> new AssertionError(es));
    assertEquals(1, tyre.mentions().size(), es::toString); // مدينة صور, not صور الدمار
    assertEquals(EntityType.LOCATION, tyre.type());
    assertFalse(withMention(es, "بأول").isPresent(), es::toString);
  }

  @Test
  void namesOutsideTheKnowledgeBaseAreReadable() {
    List<Entity> es = entities("وقدم الحضور تحية لهوكينغ الذي توفي أمس. "
        + "وكان ستيفن هوكينغ عالما كبيرا.");
    Entity hawking = withMention(es, "ستيفن هوكينغ").orElseThrow(() -> new AssertionError(es));
    assertEquals("Stephen Hawking", hawking.name());
    assertTrue(es.stream().noneMatch(e -> e.name().contains("Lhou")), es::toString);
  }

  @Test
  void aNameKeepsLettersThatLookLikeProclitics() {
    List<Entity> es = entities("قال السيناتور باتريك ليهي إن الكونغرس سيصوت. "
        + "وقال بريت كافانو إنه بريء.");
    assertTrue(withMention(es, "باتريك ليهي").isPresent(), es::toString);
    assertTrue(withMention(es, "بريت كافانو").isPresent(), es::toString);
  }

  @Test
  void aVirusIsNeverAPerson() {
    List<Entity> es = entities("انتشر فيروس كورونا في المدينة وأصيب كثيرون بالمرض.");
    assertTrue(es.stream().noneMatch(e -> e.type() == EntityType.PERSON
        || e.type() == EntityType.ORGANIZATION), es::toString);
  }

  @Test
  void theKingdomIsTheOneKingdomTheArticleNames() {
    List<Entity> es = entities("أعلنت المملكة العربية السعودية خطة جديدة، وقالت المملكة إنها "
        + "ستستثمر في الطاقة.");
    Entity saudi = withMention(es, "المملكة العربية السعودية").orElseThrow();
    assertEquals(MentionKind.TITLE, mention(saudi, "المملكة").kind());
  }

  @Test
  void aGivenNameInBracketsIsNoPersonOfItsOwn() {
    List<Entity> es = entities("وقال الرئيس (فلاديمير) بوتين إن روسيا مستعدة.");
    Entity putin = withMention(es, "بوتين").orElseThrow(() -> new AssertionError(es));
    assertTrue(withMention(es, "فلاديمير").map(e -> e == putin).orElse(true), es::toString);
  }

  @Test
  void theOrganisationReferredBackToDoesNotGlueToAName() {
    List<Entity> es = entities("وقالت المنظمة بيتر ويلسون إن الوضع خطير.");
    assertTrue(es.stream().noneMatch(e -> e.type() == EntityType.ORGANIZATION
        && e.mentions().get(0).text().startsWith("المنظمة")), es::toString);
  }

  @Test
  void aTitledWomanMinisterIsNoMinistry() {
    List<Entity> es = entities("وقالت وزيرة الخارجية الكندية كريستيا فريلاند إن بلادها قلقة.");
    assertTrue(es.stream().noneMatch(e -> e.type() == EntityType.ORGANIZATION), es::toString);
  }

  private static final String[] HONORIFICS = {"الأمير", "الشيخ", "الملك", "سمو الأمير", "الرئيس"};
  private static final String[] NAMES = {"محمد بن سلمان", "تميم بن حمد", "عبدالله الثاني",
      "سلمان بن عبدالعزيز", "فلاديمير بوتين"};

  @Property(tries = 25)
  void noNameMentionStartsWithAnHonorific(@ForAll @IntRange(max = 4) int h,
      @ForAll @IntRange(max = 4) int n) {
    String text = "وصل " + HONORIFICS[h] + " " + NAMES[n] + " إلى القاهرة أمس.";
    for (Entity e : entities(text)) {
      for (Mention m : e.mentions()) {
        if (m.kind() == MentionKind.NAME) {
          assertFalse(m.text().startsWith(HONORIFICS[h].split(" ")[0]), text + " " + e);
        }
      }
    }
  }
}
