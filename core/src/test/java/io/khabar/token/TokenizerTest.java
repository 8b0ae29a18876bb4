package io.khabar.token;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.khabar.text.Span;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class TokenizerTest {

  private final Tokenizer tokenizer = Tokenizer.get();

  private List<String> texts(String s) {
    return tokenizer.tokenize(s).tokens().stream().map(Token::text).collect(Collectors.toList());
  }

  private List<TokenType> types(String s) {
    return tokenizer.tokenize(s).tokens().stream().map(Token::type).collect(Collectors.toList());
  }

  private Token only(String s) {
    List<Token> tokens = tokenizer.tokenize(s).tokens();
    assertEquals(1, tokens.size(), () -> s + " -> " + tokens);
    return tokens.get(0);
  }

  private List<String> sentences(String s) {
    TokenizedText t = tokenizer.tokenize(s);
    return t.sentences().stream().map(sp -> sp.textOf(s)).collect(Collectors.toList());
  }

  @Test
  void splitsArabicWordsOnWhitespaceWithOffsetsIntoTheOriginal() {
    String s = "أعلنت الحكومة السورية أمس عن خطة جديدة";
    TokenizedText t = tokenizer.tokenize(s);
    assertEquals(List.of("أعلنت", "الحكومة", "السورية", "أمس", "عن", "خطة", "جديدة"), texts(s));
    for (Token token : t.tokens()) {
      assertEquals(TokenType.ARABIC, token.type());
      assertEquals(token.text(), token.span().textOf(s));
    }
    assertEquals(new Span(6, 13), t.tokens().get(1).span());
  }

  @Test
  void keepsHarakatTatweelAndZwnjInsideTheWord() {
    assertEquals(List.of("الرَّئِيسُ", "يَـــزور", "بو\u200Cتين"), texts("الرَّئِيسُ يَـــزور بو\u200Cتين"));
  }

  @Test
  void bidiAndZeroWidthMarksBetweenWordsAreNotTokens() {
    String s = "\u200Fقال\u200F \u200Eالوزير\u200B \u2066غدا\u2069";
    assertEquals(List.of("قال", "الوزير", "غدا"), texts(s));
  }

  @Test
  void unicodeSpacesAndControlCharsSeparateWordsWithoutTokens() {
    String s = "وزير\u00A0الخارجية\u2003التركي\u3000هاكان\u0007فيدان\tفي\u2009أنقرة";
    assertEquals(List.of("وزير", "الخارجية", "التركي", "هاكان", "فيدان", "في", "أنقرة"), texts(s));
  }

  @Test
  void hashtagUnderscoresSeparateWordsWithoutTokens() {
    String s = "التقى #وزير_الخارجية الفرنسي مع #تيريزا_ماي في لندن";
    assertEquals(List.of("التقى", "#", "وزير", "الخارجية", "الفرنسي", "مع", "#", "تيريزا", "ماي",
        "في", "لندن"), texts(s));
  }

  @Test
  void readsLatinWordsBetweenArabicOnes() {
    String s = "نقلت وكالة Reuters عن مصدر في Beirut";
    assertEquals(List.of("نقلت", "وكالة", "Reuters", "عن", "مصدر", "في", "Beirut"), texts(s));
    assertEquals(TokenType.LATIN, types(s).get(2));
  }

  @Test
  void readsNumbersWithSeparatorsInBothDigitSystems() {
    for (String n : List.of("1,000.5", "١٬٠٠٠", "٣٫٥", "2025/2026", "12:30", "50%", "٪", "۱۴۰۴")) {
      if (n.equals("٪")) {
        continue;
      }
      Token t = only(n);
      assertEquals(TokenType.NUMBER, t.type(), n);
      assertEquals(n, t.text());
    }
    String s = "ارتفع التضخم إلى ٣٫٥٪ في ١٢/٥/٢٠٢٦ مقابل 1,000.5 ليرة";
    assertEquals(List.of("ارتفع", "التضخم", "إلى", "٣٫٥٪", "في", "١٢/٥/٢٠٢٦", "مقابل", "1,000.5", "ليرة"),
        texts(s));
  }

  @Test
  void endsNumberBeforeTrailingPunctuation() {
    assertEquals(List.of("في", "عام", "2025", ".", "ثم"), texts("في عام 2025. ثم"));
    assertEquals(List.of("بين", "5", "،", "6"), texts("بين 5، 6"));
  }

  @Test
  void makesEachPunctuationMarkItsOwnToken() {
    String s = "قال، ثم؛ هل؟ «نعم» \"لا\" “ربما” (أجل) [كلا]: بلى!";
    assertEquals(List.of("قال", "،", "ثم", "؛", "هل", "؟", "«", "نعم", "»", "\"", "لا", "\"", "“",
        "ربما", "”", "(", "أجل", ")", "[", "كلا", "]", ":", "بلى", "!"), texts(s));
  }

  @Test
  void makesAnEllipsisOneToken() {
    assertEquals(List.of("وانتظر", "...", "طويلا", "…"), texts("وانتظر... طويلا…"));
    assertEquals(TokenType.PUNCTUATION, types("...").get(0));
  }

  @Test
  void keepsHyphenatedCompoundsTogether() {
    assertEquals(List.of("قمة", "بوتين-الشرع", "في", "موسكو"), texts("قمة بوتين-الشرع في موسكو"));
    assertEquals(List.of("التقى", "Jean-Yves", "Le", "Drian"), texts("التقى Jean-Yves Le Drian"));
    assertEquals(List.of("لقاح", "COVID-19"), texts("لقاح COVID-19"));
    assertEquals(List.of("بوتين", "-", "الشرع"), texts("بوتين - الشرع"));
  }

  @Test
  void readsDottedAbbreviationsAsOneToken() {
    String s = "دمشق (أ.ف.ب) - ذكرت د.ب.أ أن مسؤولا في U.S. قال e.g. ذلك";
    TokenizedText t = tokenizer.tokenize(s);
    List<String> abbreviations = t.tokens().stream()
        .filter(k -> k.type() == TokenType.ABBREVIATION).map(Token::text).collect(Collectors.toList());
    assertEquals(List.of("أ.ف.ب", "د.ب.أ", "U.S.", "e.g."), abbreviations);
    assertEquals(List.of("نقلته", "أ.ف.ب", "،", "ثم", "د.ب.أ."), texts("نقلته أ.ف.ب، ثم د.ب.أ."));
  }

  @Test
  void readsSpacedAgencyLettersAsThreeWords() {
    assertEquals(List.of("(", "أ", "ف", "ب", ")"), texts("(أ ف ب)"));
    assertEquals(List.of(TokenType.PUNCTUATION, TokenType.ARABIC, TokenType.ARABIC,
        TokenType.ARABIC, TokenType.PUNCTUATION), types("(أ ف ب)"));
  }

  @Test
  void readsTitleInitialBeforeAName() {
    assertEquals(List.of("وقال", "د.", "محمد", "العلي"), texts("وقال د. محمد العلي"));
    assertEquals(TokenType.ABBREVIATION, types("وقال د. محمد").get(1));
  }

  @Test
  void readsUrlsAsOneToken() {
    for (String url : List.of("https://www.example.org/news/2026/01/29/item?id=5&x=y",
        "http://sana.sy", "www.aljazeera.net", "syriahomenews.com", "bbc.co.uk/arabic")) {
      Token t = only(url);
      assertEquals(TokenType.URL, t.type(), url);
    }
    String s = "نشر الخبر على موقع syriahomenews.com، وفي (https://sana.sy/?p=12).";
    assertEquals(List.of("نشر", "الخبر", "على", "موقع", "syriahomenews.com", "،", "وفي", "(",
        "https://sana.sy/?p=12", ")", "."), texts(s));
  }

  @Test
  void readsEmailAddressesAsOneToken() {
    String s = "للتواصل: news.desk@khabar-news.com أو info@sana.sy";
    assertEquals(List.of("للتواصل", ":", "news.desk@khabar-news.com", "أو", "info@sana.sy"), texts(s));
    assertEquals(TokenType.EMAIL, types(s).get(2));
    assertEquals(TokenType.EMAIL, types(s).get(4));
  }

  @Test
  void separatesTatweelPrefixFromAQuote() {
    assertEquals(List.of("وقال", "لـ", "«", "مجلس", "الأمن", "»"), texts("وقال لـ«مجلس الأمن»"));
  }

  @Test
  void readsArabicIndicAndPersianDigitsAsNumbers() {
    assertEquals(List.of(TokenType.NUMBER, TokenType.ARABIC, TokenType.NUMBER),
        types("٢٩ كانون ۱۴۰۴"));
  }

  @Test
  void turnsLoneSurrogatesAndSymbolsIntoTokensWithoutThrowing() {
    String s = "قال \uD800 ثم \uDC00 و$ 😀 \uE000";
    List<Token> tokens = tokenizer.tokenize(s).tokens();
    assertEquals(List.of("قال", "\uD800", "ثم", "\uDC00", "و", "$", "😀", "\uE000"),
        tokens.stream().map(Token::text).collect(Collectors.toList()));
    assertEquals(TokenType.OTHER, tokens.get(1).type());
    assertEquals(TokenType.SYMBOL, tokens.get(5).type());
    assertEquals(TokenType.SYMBOL, tokens.get(6).type());
    assertEquals(TokenType.OTHER, tokens.get(7).type());
  }

  @Test
  void tokenizesASubrangeWithAbsoluteOffsets() {
    char[] text = "xx الرئيس يصل yy".toCharArray();
    TokenBuffer buffer = new TokenBuffer();
    tokenizer.tokenize(text, 3, 13, buffer);
    assertEquals(2, buffer.size());
    assertEquals(3, buffer.start(0));
    assertEquals(9, buffer.end(0));
    assertEquals(10, buffer.start(1));
    assertEquals(13, buffer.end(1));
    assertEquals(1, buffer.sentenceCount());
    tokenizer.tokenize(text, 0, 0, buffer);
    assertEquals(0, buffer.size());
    assertEquals(0, buffer.sentenceCount());
  }

  // ------------------------------------------------------------------ sentences

  @Test
  void splitsSentencesOnArabicAndLatinTerminators() {
    String s = "انتهى الاجتماع. هل سيعود الوفد؟ نعم! قال ذلك رئيس الوفد";
    assertEquals(List.of("انتهى الاجتماع.", "هل سيعود الوفد؟", "نعم!", "قال ذلك رئيس الوفد"),
        sentences(s));
  }

  @Test
  void endsSentenceAtEveryLineBreak() {
    String s = "الشرع يستقبل فيدان في دمشق\nدمشق - خبر\n\nوصل وزير الخارجية التركي أمس";
    assertEquals(List.of("الشرع يستقبل فيدان في دمشق", "دمشق - خبر", "وصل وزير الخارجية التركي أمس"),
        sentences(s));
  }

  @Test
  void doesNotSplitInsideAbbreviationsOrNumbers() {
    String s = "ذكرت أ.ف.ب. أن النمو بلغ 3.5 في المئة. وأضافت الوكالة أن U.S. Army انسحب";
    assertEquals(List.of("ذكرت أ.ف.ب. أن النمو بلغ 3.5 في المئة.",
        "وأضافت الوكالة أن U.S. Army انسحب"), sentences(s));
  }

  @Test
  void doesNotSplitOnMidSentenceEllipsis() {
    assertEquals(List.of("انتظر الوفد... ثم غادر القاعة."), sentences("انتظر الوفد... ثم غادر القاعة."));
    assertEquals(List.of("انتظر الوفد… وغادر القاعة."), sentences("انتظر الوفد… وغادر القاعة."));
    assertEquals(List.of("the talks... resumed later"), sentences("the talks... resumed later"));
    assertEquals(List.of("وقال إن الاتفاق (...) سيوقع غدا."),
        sentences("وقال إن الاتفاق (...) سيوقع غدا."));
    assertEquals(List.of("انتظر الوفد طويلا...", "غادر الجميع القاعة."),
        sentences("انتظر الوفد طويلا... غادر الجميع القاعة."));
  }

  @Test
  void keepsClosingQuotesAndBracketsWithTheirSentence() {
    String s = "قال الوزير: «انتهت الحرب.» وغادر. (أكد ذلك مصدر رسمي.) ثم عاد";
    assertEquals(List.of("قال الوزير: «انتهت الحرب.»", "وغادر.", "(أكد ذلك مصدر رسمي.)", "ثم عاد"),
        sentences(s));
  }

  @Test
  void doesNotSplitBeforeLowerCaseLatinOrTrailingPunctuation() {
    assertEquals(List.of("approx. three days"), sentences("approx. three days"));
    assertEquals(List.of("قال ذلك!، ثم غادر"), sentences("قال ذلك!، ثم غادر"));
  }

  @Test
  void sentenceSpansExcludeSurroundingWhitespace() {
    String s = "  \n انتهى الاجتماع.   \n\n  بدأ المؤتمر الصحفي  \n ";
    TokenizedText t = tokenizer.tokenize(s);
    assertEquals(2, t.sentences().size());
    for (Span sp : t.sentences()) {
      String text = sp.textOf(s);
      assertEquals(text.strip(), text);
    }
    assertEquals(List.of("بدأ", "المؤتمر", "الصحفي"),
        t.sentenceTokens(1).stream().map(Token::text).collect(Collectors.toList()));
  }

  @Test
  void emptyAndBlankTextsHaveNoTokensAndNoSentences() {
    for (String s : List.of("", " ", "\n\n", "\u200F\u200E", "\u0000\u0001")) {
      TokenizedText t = tokenizer.tokenize(s);
      assertTrue(t.tokens().isEmpty(), s);
      assertTrue(t.sentences().isEmpty(), s);
    }
  }

  @Test
  void reusesTheBufferAcrossCalls() {
    TokenBuffer buffer = new TokenBuffer();
    char[] longText = "كلمة ".repeat(2000).toCharArray();
    tokenizer.tokenize(longText, 0, longText.length, buffer);
    assertEquals(2000, buffer.size());
    char[] shortText = "انتهى. بدأ".toCharArray();
    tokenizer.tokenize(shortText, 0, shortText.length, buffer);
    assertEquals(3, buffer.size());
    assertEquals(2, buffer.sentenceCount());
    assertFalse(buffer.followsLineBreak(0));
  }
}
