package org.policynarrative.core.internal;

import java.util.Locale;

/** Maps enum constants to the stable, kebab-case codes used by every format. Not API. */
public final class EnumCodes {
  /** The constants and codes of every enum class used here, computed once per class. */
  private static final ClassValue<Table> TABLES = new ClassValue<>() {
    @Override
    protected Table computeValue(Class<?> type) {
      return new Table(type);
    }
  };

  private EnumCodes() {}

  /** {@code TOP_PRIORITY} becomes {@code top-priority}. */
  public static String code(Enum<?> constant) {
    return TABLES.get(constant.getDeclaringClass()).codes[constant.ordinal()];
  }

  /** The constant whose code is {@code code}; fails listing the codes that are allowed. */
  public static <E extends Enum<E>> E parse(Class<E> type, String code) {
    Table table = TABLES.get(type);
    String[] codes = table.codes;
    for (int i = 0; i < codes.length; i++) {
      if (codes[i].equals(code)) {
        return type.cast(table.constants[i]);
      }
    }
    throw new IllegalArgumentException(
        Checks.quote(code) + " is not a " + type.getSimpleName() + "; expected one of "
            + String.join(", ", codes));
  }

  /** An enum class's constants (by ordinal) and their codes; never handed out, so never changed. */
  private static final class Table {
    final Object[] constants;
    final String[] codes;

    Table(Class<?> type) {
      constants = type.getEnumConstants();
      codes = new String[constants.length];
      for (int i = 0; i < constants.length; i++) {
        codes[i] = ((Enum<?>) constants[i]).name().toLowerCase(Locale.ROOT).replace('_', '-');
      }
    }
  }
}
