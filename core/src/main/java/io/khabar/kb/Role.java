package io.khabar.kb;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A role held by a person: {@code role} of {@code of} (an ISO 3166 alpha-2 code such as "RU", or
 * the key of an organisation entity such as "un"), during {@code [from, to]}, both inclusive.
 * An empty {@code from} means "since before the knowledge base's window"; an empty {@code to}
 * means "still in office". Partial dates in the data are widened: "2012-05" gives from
 * 2012-05-01 or to 2012-05-31.
 */
public record Role(
    RoleType role,
    String of,
    Optional<String> forCountry,
    Optional<String> portfolio,
    Optional<LocalDate> from,
    Optional<LocalDate> to) {

  public Role {
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(of, "of");
    Objects.requireNonNull(forCountry, "forCountry");
    Objects.requireNonNull(portfolio, "portfolio");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (from.isPresent() && to.isPresent() && to.get().isBefore(from.get())) {
      throw new IllegalArgumentException("role " + role + " of " + of + " ends before it starts");
    }
  }

  /** A role with only the mandatory parts. */
  public static Role of(RoleType role, String of, LocalDate from, LocalDate to) {
    return new Role(role, of, Optional.empty(), Optional.empty(),
        Optional.ofNullable(from), Optional.ofNullable(to));
  }

  /** True when the role was held on {@code date} (both ends inclusive). */
  public boolean activeOn(LocalDate date) {
    return (from.isEmpty() || !date.isBefore(from.get()))
        && (to.isEmpty() || !date.isAfter(to.get()));
  }
}
