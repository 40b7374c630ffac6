package org.policynarrative.core.internal;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Maps enum constants to the stable, kebab-case codes used by every format. Not API. */
public final class EnumCodes {
  private EnumCodes() {}

  /** {@code TOP_PRIORITY} becomes {@code top-priority}. */
  public static String code(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The constant whose code is {@code code}; fails listing the codes that are allowed. */
  public static <E extends Enum<E>> E parse(Class<E> type, String code) {
    for (E constant : type.getEnumConstants()) {
      if (code(constant).equals(code)) {
        return constant;
      }
    }
    throw new IllegalArgumentException(
        Checks.quote(code) + " is not a " + type.getSimpleName() + "; expected one of "
            + Arrays.stream(type.getEnumConstants()).map(EnumCodes::code).collect(Collectors.joining(", ")));
  }
}
