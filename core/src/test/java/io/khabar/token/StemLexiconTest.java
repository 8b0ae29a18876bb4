package io.khabar.token;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class StemLexiconTest {

  @Test
  void defaultLexiconLoadsFromModelsJar() {
    StemLexicon lex = StemLexicon.loadDefault();
    assertTrue(lex.size() > 10_000, "forms: " + lex.size());
    assertTrue(lex.count("قال") > 10);
    assertTrue(lex.isProtected("الذي"));
  }

  @Test
  void looksUpMatchingFormsOfCharRanges() throws IOException {
    StemLexicon lex = StemLexicon.read(
        new StringReader("# comment\nالقاهرة\t7\nأحمد\t3\nاحمد\t2\n"),
        new StringReader("ذلك # demonstrative\n"));
    assertEquals(7, lex.count("القاهره"));
    assertEquals(5, lex.count("أحمد")); // أحمد and احمد share a matching form
    char[] buf = "xxالقاهرهyy".toCharArray();
    assertEquals(7, lex.count(buf, 2, 7));
    assertEquals(0, lex.count(buf, 2, 6));
    assertEquals(0, lex.count(buf, 0, 0));
    assertTrue(lex.isProtected("ذلك"));
    assertFalse(lex.isProtected("القاهرة"));
    assertEquals(12, lex.totalCount());
  }

  @Test
  void packedDefaultLexiconIsTheOneReadFromItsResources() {
    StemLexicon packed = StemLexicon.readPacked().orElseThrow();
    StemLexicon read = StemLexicon.fromClasspath(
        StemLexicon.DEFAULT_COUNTS, StemLexicon.DEFAULT_PROTECTED);
    assertEquals(read.size(), packed.size());
    assertEquals(read.totalCount(), packed.totalCount());
    for (int i = 0; i < read.size(); i++) {
      assertEquals(read.form(i), packed.form(i));
      assertEquals(read.count(i), packed.count(i));
      char[] f = read.form(i).toCharArray();
      assertEquals(read.isProtected(f, 0, f.length), packed.isProtected(f, 0, f.length));
      assertEquals(read.count(i), packed.count(f, 0, f.length));
    }
  }
}
