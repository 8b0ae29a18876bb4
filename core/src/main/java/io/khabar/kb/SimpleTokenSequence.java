package io.khabar.kb;

import io.khabar.text.ArabicNormalizer;
import io.khabar.text.TokenSequence;
import java.util.ArrayList;
import java.util.List;

/**
 * A minimal tokenisation for short phrases given as strings (titles, lexicon look-ups):
 * whitespace-separated words, each other punctuation char a token of its own. Not the library
 * tokeniser; package-private.
 */
final class SimpleTokenSequence implements TokenSequence {

  private final List<String> forms;

  SimpleTokenSequence(String text) {
    forms = new ArrayList<>(PhraseWords.split(ArabicNormalizer.get().matchingForm(text), true));
  }

  @Override
  public int size() {
    return forms.size();
  }

  @Override
  public CharSequence matchingForm(int i) {
    return forms.get(i);
  }
}
