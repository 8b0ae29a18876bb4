package io.khabar.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ArabicNormalizerTest {

  private final ArabicNormalizer normalizer = ArabicNormalizer.get();

  @Test
  void removesHarakatAndTatweel() {
    assertEquals("محمد", normalizer.matchingForm("مُحَمَّـــد"));
    assertEquals("الرئيس", normalizer.matchingForm("الرَّئِيسُ"));
  }

  @Test
  void foldsAlefVariantsAlefMaksuraAndTehMarbuta() {
    assertEquals("اكد احمد الي القاهره", normalizer.matchingForm("أكد أحمد إلى القاهرة"));
    assertEquals("اذار", normalizer.matchingForm("آذار"));
    assertEquals("الله", normalizer.matchingForm("ٱلله"));
  }

  @Test
  void mapsArabicIndicAndPersianDigitsToAscii() {
    assertEquals("29 كانون الثاني 2026", normalizer.matchingForm("٢٩ كانون الثاني ٢٠٢٦"));
    assertEquals("1404", normalizer.matchingForm("۱۴۰۴"));
    assertEquals("1,000.5", normalizer.matchingForm("١٬٠٠٠٫٥"));
  }

  @Test
  void removesBidiAndZeroWidthMarks() {
    assertEquals("بوتين", normalizer.matchingForm("\u200Fبو\u200Cتين\u200E\u061C"));
  }

  @Test
  void expandsPresentationFormsByNfkc() {
    assertEquals("لا", normalizer.matchingForm("\uFEFB"));
    assertEquals("الله", normalizer.matchingForm("\uFDF2"));
    assertEquals("لا", normalizer.matchingForm("\uFEF7")); // lam-alef with hamza above
  }

  @Test
  void lowerCasesAsciiLetters() {
    assertEquals("afp وكاله", normalizer.matchingForm("AFP وكالة"));
  }

  @Test
  void mapsEveryNormalisedCharBackToItsOriginal() {
    String text = "قال الرَّئيسُ ﷲ ٢٠٢٦";
    NormalizedText nt = normalizer.normalize(text);
    String norm = nt.normalized();
    int i = norm.indexOf("الرئيس");
    assertTrue(i >= 0, norm);
    Span span = nt.toOriginal(i, i + "الرئيس".length());
    assertEquals("الرَّئيس", span.textOf(text));
    int allah = norm.indexOf("الله");
    assertEquals("\uFDF2", nt.toOriginal(allah, allah + 4).textOf(text));
    int year = norm.indexOf("2026");
    assertEquals("٢٠٢٦", nt.toOriginal(year, year + 4).textOf(text));
  }

  @Test
  void keepsLoneSurrogatesAndControlChars() {
    String s = "a\uD800b\u0000c\u0001";
    assertEquals(s, normalizer.matchingForm(s));
  }

  @Test
  void charArrayAndCharSequencePathsAgree() {
    String text = "وأكّد بوتين ـ في ٢٩ يناير ـ ﻻ";
    NormalizedBuffer a = new NormalizedBuffer(2);
    normalizer.normalize(text.toCharArray(), 0, text.length(), a);
    NormalizedBuffer b = new NormalizedBuffer(2);
    normalizer.normalize(text, 0, text.length(), b);
    assertEquals(b.toString(), a.toString());
    for (int i = 0; i < a.length(); i++) {
      assertEquals(b.source(i), a.source(i));
    }
  }
}
