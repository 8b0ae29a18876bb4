package io.khabar.testdata.ud;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class ConlluReaderTest {

  // a sentence we wrote, annotated in PUD's style: clitics as words joined by SpaceAfter=No
  private static final String SAMPLE = String.join("\n",
      "# sent_id = s1",
      "# text = وقال للرئيس",
      "1\tو\tوَ\tCCONJ\tC\t_\t2\tcc\t_\tSpaceAfter=No",
      "2\tقال\tقال\tVERB\tV\t_\t0\troot\t_\t_",
      "3-4\tللرئيس\t_\t_\t_\t_\t_\t_\t_\t_",
      "3\tل\tلِ\tADP\tIN\t_\t4\tcase\t_\tSpaceAfter=No",
      "4\tلرئيس\tرَئِيس\tNOUN\tNN\t_\t2\tobl\t_\t_",
      "",
      "# sent_id = s2",
      "1\tنعم\tنعم\tINTJ\tUH\t_\t0\troot\t_\t_",
      "");

  @Test
  void readsWordsSpaceAfterAndComments() throws IOException {
    ImmutableList<ConlluReader.Sentence> sentences = ConlluReader.read(new StringReader(SAMPLE));
    assertEquals(2, sentences.size());
    ConlluReader.Sentence s = sentences.get(0);
    assertEquals("s1", s.id());
    assertEquals("وقال للرئيس", s.text());
    assertEquals(4, s.words().size()); // the 3-4 range line is skipped
    assertFalse(s.words().get(0).spaceAfter());
    assertTrue(s.words().get(1).spaceAfter());
    assertEquals("ADP", s.words().get(2).upos());
    assertEquals("", sentences.get(1).text());
  }
}
