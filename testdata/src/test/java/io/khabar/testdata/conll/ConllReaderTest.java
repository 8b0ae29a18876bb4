package io.khabar.testdata.conll;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.khabar.testdata.SharedData;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConllReaderTest {

  @Test
  void splitsSentencesOnBlankLines() {
    String text = "وصل O\nالرئيس O\nإلى O\nدمشق B-LOC\n\nوقال O\nسمير B-PERS\nحداد I-PERS\n";
    List<TaggedSentence> s = new ConllReader().read(text);
    assertEquals(2, s.size());
    assertEquals(List.of("وصل", "الرئيس", "إلى", "دمشق"), s.get(0).tokens());
    assertEquals(List.of("O", "B-PERS", "I-PERS"), s.get(1).tags());
  }

  @Test
  void repairsAqmarTagTyposAndTypeNames() {
    String text = "كتب OO\nالباحث IO\nفي O\nجامعة B-ORG\nبغداد I--ORG\nعن O\nمالك B-PER\nوعن O\n"
        + "الحرب B-MIS1\nالعالمية I-MIS1\nوالألعاب B-MIS-2\n";
    ConllReader r = new ConllReader();
    TaggedSentence s = r.read(text).get(0);
    assertEquals(List.of("O", "O", "O", "B-ORG", "I-ORG", "O", "B-PERS", "O", "B-MISC", "I-MISC",
        "B-MISC"), s.tags());
    assertEquals(3, r.repairedTags());
  }

  @Test
  void removesBidiMarksFromTokensAndTags() {
    String text = "\u200Fبيروت\u200E B-LOC\u200F\n\u200E O\nمساء O\n";
    ConllReader r = new ConllReader();
    TaggedSentence s = r.read(text).get(0);
    assertEquals(List.of("بيروت", "مساء"), s.tokens());
    assertEquals(List.of("B-LOC", "O"), s.tags());
  }

  @Test
  void unknownTypeBecomesOutside() {
    TaggedSentence s = new ConllReader().read("football B-ENGLISH\n").get(0);
    assertEquals(List.of("O"), s.tags());
  }

  @Test
  void readsSharedAnercorpWhenPresent() throws Exception {
    Optional<Path> train = SharedData.find(SharedData.ANERCORP_TRAIN);
    assumeTrue(train.isPresent(), "needs ../shared/data/anercorp/train.txt: not present");
    List<TaggedSentence> s = new ConllReader().read(train.get());
    assertEquals(3989, s.size());
    assertEquals(125_115, s.stream().mapToInt(TaggedSentence::size).sum());
  }
}
