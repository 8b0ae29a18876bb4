package io.khabar.kb;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;

/**
 * A resolved title reference: tokens {@code [start, end)} (proclitics as in {@link PhraseMatch}),
 * the role it names, and the people holding that role at the reference date, latest
 * appointment first. {@code former} is set for "السابق"/"الراحل"/"المخلوع" and "elect" for
 * "المنتخب"; holders are then empty, since the date does not tell who was meant.
 */
public record TitleMatch(
    int start,
    int end,
    int strippedChars,
    RoleType role,
    String of,
    Optional<String> forCountry,
    boolean counterpart,
    boolean former,
    List<KbEntity> holders) {

  public TitleMatch {
    holders = ImmutableList.copyOf(holders);
  }

  /** The single holder when exactly one person held the role then. */
  public Optional<KbEntity> holder() {
    return holders.size() == 1 ? Optional.of(holders.get(0)) : Optional.empty();
  }
}
