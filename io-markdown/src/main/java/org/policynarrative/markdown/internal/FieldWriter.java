package org.policynarrative.markdown.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.policynarrative.core.ClaimRelation;
import org.policynarrative.core.EncoderNote;
import org.policynarrative.core.EntityRef;
import org.policynarrative.core.HistoricalDate;
import org.policynarrative.core.LineRole;
import org.policynarrative.core.Period;
import org.policynarrative.markdown.internal.Dialect.Key;

/**
 * Writes fields, {@code - **Key:** value} on one line after a prefix (the indentation, or
 * {@code "> "} in a claim), each kind of value in the form {@link Values} and the reader know.
 */
final class FieldWriter {

  /** The most distinct dates, and periods, whose written form one write remembers. */
  private static final int MEMO_SIZE = 4096;

  private final MarkdownOutput out;
  /**
   * Dates and periods recur across claims, and deciding how to write one parses its text back:
   * each distinct one is decided once, up to {@link #MEMO_SIZE} of them.
   */
  private final Map<HistoricalDate, String> dateTexts = new HashMap<>();
  private final Map<Period, Boolean> plainPeriods = new HashMap<>();

  FieldWriter(MarkdownOutput out) {
    this.out = out;
  }

  /** A field holding text, escaped; an empty value leaves only the key. */
  void text(String prefix, Key key, String value) {
    out.append(prefix).append(key.item);
    if (!value.isEmpty()) {
      out.append(' ').escaped(value);
    }
    out.newline();
  }

  /**
   * Opens a field whose value needs no escape and is not empty (a number, a code, references or
   * slugs): the caller appends the value and the line break.
   */
  MarkdownOutput open(String prefix, Key key) {
    return out.append(prefix).append(key.item).append(' ');
  }

  /** A field with a code, such as a kind or a verdict. */
  void code(String prefix, Key key, String code) {
    open(prefix, key).append(code).newline();
  }

  /** A field with nested fields below it: only its key. */
  void nesting(String prefix, Key key) {
    out.append(prefix).append(key.item).newline();
  }

  /** {@code - **Label <language>:** label}. */
  void label(String prefix, String language, String label) {
    out.append(prefix).append("- **").append(Dialect.LABEL_PREFIX).append(language).append(":**");
    if (!label.isEmpty()) {
      out.append(' ').escaped(label);
    }
    out.newline();
  }

  void date(String prefix, Key key, HistoricalDate date) {
    text(prefix, key, remembered(dateTexts, date, Values::date));
  }

  /** A period on one line when it reads back from there, otherwise with its ends as nested From and To. */
  void period(String prefix, Key key, Period period) {
    if (remembered(plainPeriods, period, Values::isPlain)) {
      text(prefix, key, period.text());
      return;
    }
    nesting(prefix, key);
    String sub = prefix + "  ";
    // An open end is left out; an unknown end (EDTF's 1985/) is written with no value.
    if (period.start().isPresent()) {
      date(sub, Key.FROM, period.start().get());
    } else if (period.isStartUnknown()) {
      text(sub, Key.FROM, "");
    }
    if (period.end().isPresent()) {
      date(sub, Key.TO, period.end().get());
    } else if (period.isEndUnknown()) {
      text(sub, Key.TO, "");
    }
  }

  /** {@code compute.apply(key)}, remembered in {@code memo} while it holds fewer than {@link #MEMO_SIZE}. */
  private static <K, V> V remembered(Map<K, V> memo, K key, Function<K, V> compute) {
    V value = memo.get(key);
    if (value == null) {
      value = compute.apply(key);
      if (memo.size() < MEMO_SIZE) {
        memo.put(key, value);
      }
    }
    return value;
  }

  /** The 1-based data-set position, when the written order needs it. */
  void position(String prefix, boolean needed, int index) {
    if (needed) {
      open(prefix, Key.POSITION).append(index + 1).newline();
    }
  }

  /** References, comma-separated; nothing when there are none. */
  void refs(String prefix, Key key, List<EntityRef> refs) {
    if (refs.isEmpty()) {
      return;
    }
    open(prefix, key);
    for (int i = 0; i < refs.size(); i++) {
      EntityRef ref = refs.get(i);
      if (i > 0) {
        out.append(", ");
      }
      out.append(ref.kind().code()).append(':').append(ref.id());
    }
    out.newline();
  }

  /** The labels, {@code Label <language>} each. */
  void labels(String prefix, Map<String, String> labels) {
    labels.forEach((language, label) -> label(prefix, language, label));
  }

  /** Each identifier in its own field. */
  void identifiers(String prefix, List<String> identifiers) {
    for (String identifier : identifiers) {
      text(prefix, Key.IDENTIFIER, identifier);
    }
  }

  /** Each encoder's note in its own field, its author in a nested {@code By} field. */
  void encoderNotes(String prefix, List<EncoderNote> notes) {
    for (EncoderNote note : notes) {
      text(prefix, Key.ENCODER_NOTE, note.text());
      note.author().ifPresent(author -> text(prefix + "  ", Key.BY, author));
    }
  }

  /** Roles {@code role:actor}, comma-separated; nothing when there are none. */
  void roles(String prefix, List<LineRole> roles) {
    if (roles.isEmpty()) {
      return;
    }
    open(prefix, Key.ROLES);
    for (int i = 0; i < roles.size(); i++) {
      if (i > 0) {
        out.append(", ");
      }
      out.append(roles.get(i).role().code()).append(':').append(roles.get(i).actor());
    }
    out.newline();
  }

  /** Relations {@code type:claim}, comma-separated; nothing when there are none. */
  void relations(String prefix, List<ClaimRelation> relations) {
    if (relations.isEmpty()) {
      return;
    }
    open(prefix, Key.RELATIONS);
    for (int i = 0; i < relations.size(); i++) {
      if (i > 0) {
        out.append(", ");
      }
      out.append(relations.get(i).type().code()).append(':').append(relations.get(i).claim());
    }
    out.newline();
  }

  /** Whether the period is written on one line, as {@link #period} writes it when it can. */
  boolean isPlain(Period period) {
    return remembered(plainPeriods, period, Values::isPlain);
  }

  /** Slugs, comma-separated; nothing when there are none. */
  void ids(String prefix, Key key, List<String> ids) {
    if (ids.isEmpty()) {
      return;
    }
    open(prefix, key);
    for (int i = 0; i < ids.size(); i++) {
      if (i > 0) {
        out.append(", ");
      }
      out.append(ids.get(i));
    }
    out.newline();
  }
}
