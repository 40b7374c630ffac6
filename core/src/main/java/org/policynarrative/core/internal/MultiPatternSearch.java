package org.policynarrative.core.internal;

import java.util.Arrays;
import java.util.List;

/**
 * Finds many patterns in one text in a single pass (Aho–Corasick), in time linear in the text plus
 * the patterns, however many patterns there are and however often each occurs: for each pattern,
 * how many times it occurs (overlapping occurrences count) and where its first few occurrences
 * start. Matching is by {@code char}, as {@link String#indexOf(String)} matches; positions are
 * {@code char} indices. Memory is at most about 40 bytes per {@code char} of the patterns. Not API.
 */
public final class MultiPatternSearch {

  /** The most chars of patterns one search takes (state numbers must fit in an int). */
  public static final int MAX_CHARS = 1 << 28;

  private MultiPatternSearch() {}

  /** What {@link #search} found: per pattern, by its position in the list searched for. */
  public static final class Matches {
    private final int[] distinctOf;
    private final int[] counts;
    private final int[] recorded;
    private final int[] first;
    private final int keep;

    private Matches(int[] distinctOf, int[] counts, int[] recorded, int[] first, int keep) {
      this.distinctOf = distinctOf;
      this.counts = counts;
      this.recorded = recorded;
      this.first = first;
      this.keep = keep;
    }

    /** How many times pattern {@code pattern} occurs in the text. */
    public int count(int pattern) {
      int d = distinctOf[pattern];
      return d < 0 ? 0 : counts[d];
    }

    /** The {@code char} indices at which its first {@code keep} occurrences start, in order. */
    public int[] first(int pattern) {
      int d = distinctOf[pattern];
      return d < 0 ? new int[0] : Arrays.copyOfRange(first, d * keep, d * keep + recorded[d]);
    }
  }

  /**
   * Searches {@code text} for every pattern at once, keeping the positions of each pattern's first
   * {@code keep} occurrences.
   *
   * @throws IllegalArgumentException when a pattern is empty, or the patterns that fit in the text
   *     have more than {@link #MAX_CHARS} chars in all
   */
  public static Matches search(String text, List<String> patterns, int keep) {
    Automaton automaton = new Automaton(text.length(), patterns);
    int[] fields = automaton.fields;
    int distinct = automaton.distinct;
    int[] recorded = new int[distinct];
    int[] first = new int[distinct * keep];
    // Below each pattern, the longest pattern that is a proper suffix of it: the patterns that end
    // wherever it ends. A text position counts for the longest pattern ending there, and each
    // count passes down this chain at the end. For the positions, the same chains with union-find
    // path compression skip the patterns that have all theirs, so each text position visits only
    // patterns that still need a position: at most keep each in all.
    int[] below = new int[distinct];
    for (int d = 0; d < distinct; d++) {
      below[d] = fields[fields[automaton.stateOf[d] + Automaton.FAIL] + Automaton.OUTPUT];
    }
    int[] next = below.clone();
    int[] counts = new int[distinct];
    int state = Automaton.ROOT;
    for (int i = 0; i < text.length(); i++) {
      state = automaton.step(state, text.charAt(i));
      int d = fields[state + Automaton.OUTPUT];
      if (d < 0) {
        continue;
      }
      counts[d]++;
      for (d = live(d, next, recorded, keep); d >= 0; d = live(next[d], next, recorded, keep)) {
        first[d * keep + recorded[d]++] = i - automaton.lengthOf[d] + 1;
      }
    }
    for (int d : automaton.longestFirst()) {
      if (below[d] >= 0) {
        counts[below[d]] += counts[d];
      }
    }
    return new Matches(automaton.distinctOf, counts, recorded, first, keep);
  }

  /** The first pattern from {@code d} down its chain that still records positions, or -1; compresses the chain. */
  private static int live(int d, int[] next, int[] recorded, int keep) {
    int found = d;
    while (found >= 0 && recorded[found] == keep) {
      found = next[found];
    }
    while (d != found) { // every pattern passed is full for good: point it past the full ones
      int after = next[d];
      next[d] = found;
      d = after;
    }
    return found;
  }

  /**
   * The trie of the patterns, with failure links. States are numbered in the order the patterns
   * made them, so a pattern's states mostly follow one another in memory, and each state's fields
   * sit together; a state whose only child was made right after it finds that child without the
   * hash table (deep in a quote, every state but the last). On a trie larger than the processor's
   * caches, separate arrays per field and a hash lookup per transition cost a cache miss each: with
   * a quote per four sentences, the time per char of text grew 1.8 times from 1.8 MB to 7.4 MB of
   * text (now it does not), and the 7.4 MB took 85 ms to search (28 ms now).
   */
  private static final class Automaton {
    static final int ROOT = 0;
    // A state's fields, at its number times FIELDS in fields.
    static final int FAIL = 0; // the state of its longest proper suffix in the trie
    static final int OUTPUT = 1; // the distinct pattern that is its longest suffix, -1 if none
    static final int CHILD = 2; // the char of its only child, the next state; or NO_CHILD, or TABLE
    static final int FIELDS = 3;
    static final int NO_CHILD = -1;
    static final int TABLE = -2; // its children are in the table

    final int[] fields;
    final int[] distinctOf; // the distinct pattern of each pattern, -1 when longer than the text
    final int[] stateOf; // the state (times FIELDS) at the end of each distinct pattern
    final int[] lengthOf;
    int distinct;
    private int[] parent; // while building: each state's parent and the char leading to it
    private char[] label;
    private int states = 1;
    private final int[] rootNext = new int[Character.MAX_VALUE + 1]; // the root's children by char, ROOT if none
    private long[] table = new long[32]; // other transitions: pairs of (state << 16 | char, child)
    private int tableSize;

    Automaton(int textLength, List<String> patterns) {
      long total = 0;
      for (String pattern : patterns) {
        if (pattern.isEmpty()) {
          throw new IllegalArgumentException("patterns must not be empty");
        }
        if (pattern.length() <= textLength) {
          total += pattern.length();
        }
      }
      if (total > MAX_CHARS) {
        throw new IllegalArgumentException("patterns too long to search at once: " + total + " chars");
      }
      int capacity = (int) total + 1;
      fields = new int[capacity * FIELDS];
      parent = new int[capacity];
      label = new char[capacity];
      Arrays.fill(table, -1);
      initialise(ROOT);
      distinctOf = new int[patterns.size()];
      stateOf = new int[Math.min(patterns.size(), capacity)];
      lengthOf = new int[stateOf.length];
      for (int p = 0; p < patterns.size(); p++) {
        distinctOf[p] = patterns.get(p).length() > textLength ? -1 : insert(patterns.get(p));
      }
      linkFailures();
    }

    /**
     * Each state's failure state, from its parent's, and its output: breadth-first, since the
     * failure states of shallower states are needed. The states are sorted by depth (counting
     * sort; each state was made after its parent) with their parents and chars beside them, so
     * that the loop reads those in order.
     */
    private void linkFailures() {
      int[] depth = new int[states];
      int maxDepth = 0;
      for (int v = 1; v < states; v++) {
        depth[v] = depth[parent[v]] + 1;
        maxDepth = Math.max(maxDepth, depth[v]);
      }
      int[] start = new int[maxDepth + 2];
      for (int v = 0; v < states; v++) {
        start[depth[v] + 1]++;
      }
      for (int d = 0; d <= maxDepth; d++) {
        start[d + 1] += start[d];
      }
      int[] order = new int[states];
      int[] orderParent = new int[states];
      char[] orderLabel = new char[states];
      for (int v = 0; v < states; v++) {
        int k = start[depth[v]]++;
        order[k] = v * FIELDS;
        orderParent[k] = parent[v] * FIELDS;
        orderLabel[k] = label[v];
      }
      depth = null;
      parent = null;
      label = null;
      for (int k = 1; k < states; k++) {
        int v = order[k];
        int u = orderParent[k];
        int fail = u == ROOT ? ROOT : step(fields[u + FAIL], orderLabel[k]);
        fields[v + FAIL] = fail;
        if (fields[v + OUTPUT] < 0) {
          fields[v + OUTPUT] = fields[fail + OUTPUT];
        }
      }
    }

    /** The distinct patterns, longest first: each before the shorter patterns that are its suffixes. */
    int[] longestFirst() {
      int longest = 0;
      for (int d = 0; d < distinct; d++) {
        longest = Math.max(longest, lengthOf[d]);
      }
      int[] start = new int[longest + 2];
      for (int d = 0; d < distinct; d++) {
        start[longest - lengthOf[d] + 1]++;
      }
      for (int l = 0; l <= longest; l++) {
        start[l + 1] += start[l];
      }
      int[] sorted = new int[distinct];
      for (int d = 0; d < distinct; d++) {
        sorted[start[longest - lengthOf[d]]++] = d;
      }
      return sorted;
    }

    private void initialise(int state) {
      fields[state + FAIL] = ROOT;
      fields[state + OUTPUT] = -1; // until the failure links are known: the pattern ending here, if any
      fields[state + CHILD] = NO_CHILD;
    }

    private int insert(String pattern) {
      int state = ROOT;
      for (int i = 0; i < pattern.length(); i++) {
        char c = pattern.charAt(i);
        int next = child(state, c);
        if (next < 0) {
          next = states++ * FIELDS;
          initialise(next);
          parent[next / FIELDS] = state / FIELDS;
          label[next / FIELDS] = c;
          link(state, c, next);
        }
        state = next;
      }
      if (fields[state + OUTPUT] < 0) {
        fields[state + OUTPUT] = distinct;
        stateOf[distinct] = state;
        lengthOf[distinct++] = pattern.length();
      }
      return fields[state + OUTPUT];
    }

    private void link(int state, char c, int child) {
      if (state == ROOT) {
        rootNext[c] = child;
        return;
      }
      int only = fields[state + CHILD];
      if (only == NO_CHILD && child == state + FIELDS) {
        fields[state + CHILD] = c;
        return;
      }
      if (only >= 0) {
        put(state, (char) only, state + FIELDS);
      }
      fields[state + CHILD] = TABLE;
      put(state, c, child);
    }

    /**
     * The state after reading {@code c} in {@code state}: its child by {@code c}, or else that of
     * its failure state, and so on up to the root. Over a whole text the failure steps are at most
     * as many as the characters read, since each one makes the state shallower.
     */
    int step(int state, char c) {
      while (state != ROOT) {
        int next = child(state, c);
        if (next >= 0) {
          return next;
        }
        state = fields[state + FAIL];
      }
      return rootNext[c];
    }

    /** The child of {@code state} by {@code c}, or -1. */
    private int child(int state, char c) {
      if (state == ROOT) {
        int next = rootNext[c];
        return next == ROOT ? -1 : next;
      }
      int only = fields[state + CHILD];
      if (only == c) {
        return state + FIELDS;
      }
      if (only != TABLE) {
        return -1;
      }
      long key = (long) state << 16 | c;
      int mask = table.length / 2 - 1;
      for (int slot = hash(key, mask); ; slot = (slot + 1) & mask) {
        long found = table[2 * slot];
        if (found == key) {
          return (int) table[2 * slot + 1];
        }
        if (found == -1) {
          return -1;
        }
      }
    }

    private void put(int state, char c, int child) {
      if (2 * (tableSize + 1) > table.length / 2) { // keep it at most half full
        long[] old = table;
        table = new long[old.length * 2];
        Arrays.fill(table, -1);
        tableSize = 0;
        for (int slot = 0; slot < old.length; slot += 2) {
          if (old[slot] != -1) {
            insertPair(old[slot], old[slot + 1]);
          }
        }
      }
      insertPair((long) state << 16 | c, child);
    }

    private void insertPair(long key, long child) {
      int mask = table.length / 2 - 1;
      int slot = hash(key, mask);
      while (table[2 * slot] != -1) {
        slot = (slot + 1) & mask;
      }
      table[2 * slot] = key;
      table[2 * slot + 1] = child;
      tableSize++;
    }

    private static int hash(long key, int mask) {
      return (int) ((key * 0x9E3779B97F4A7C15L) >>> 32) & mask; // Fibonacci hashing: the product's high bits
    }
  }
}
