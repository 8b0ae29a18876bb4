package io.khabar.text;

/**
 * The view of a tokenised text that phrase matching needs: how many tokens there are and the
 * matching form ({@link ArabicNormalizer}) of each.
 *
 * <p>Implementations should return a view (a {@code CharSequence} over a shared buffer is fine)
 * rather than a fresh string, so that matching allocates nothing per token; the sequence a call
 * returns must stay valid until the next call on the same index. A token whose matching form is
 * empty (pure marks) never matches anything. A phrase never runs on across a sentence boundary
 * ({@link #startsSentence}): a name or a trigger is never split by a full stop or a line break.
 */
public interface TokenSequence {

  int size();

  /** The matching form of token {@code i}, {@code 0 <= i < size()}. */
  CharSequence matchingForm(int i);

  /** Whether token {@code i} begins a sentence (a phrase begun before it ends there). */
  default boolean startsSentence(int i) {
    return false;
  }
}
