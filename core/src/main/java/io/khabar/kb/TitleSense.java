package io.khabar.kb;

import java.util.Objects;
import java.util.Optional;

/**
 * What a title phrase denotes: {@code role} of {@code of} (ISO code or organisation key), for
 * {@code forCountry} (envoys, ambassadors). An empty {@code role} marks a counterpart phrase
 * (نظيره الروسي): the role is the one of the person mentioned before, supplied by the caller.
 */
public record TitleSense(Optional<RoleType> role, String of, Optional<String> forCountry) {

  public TitleSense {
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(of, "of");
    Objects.requireNonNull(forCountry, "forCountry");
  }

  public boolean isCounterpart() {
    return role.isEmpty();
  }
}
