package org.policynarrative.core.internal;

import java.util.Arrays;
import java.util.List;

/**
 * Finds many patterns in one text in a single pass (Aho–Corasick), in time linear in the text plus
 * the patterns, however many patterns there are and however often each occurs: for each pattern,
 * how many times it occurs (overlapping occurrences count) and where its first few occurrences
 * start. Matching is by {@code char}, as {@link String#indexOf(String)} matches; positions are
 * {@code char} indices. Memory is about 50 bytes per {@code char} of the patterns. Not API.
 */
public final class MultiPatternSearch {

  private static final int ROOT = 0;

  private MultiPatternSearch() {}

  /** What {@link #search} found: per pattern, by its position in the list searched for. */
  public static final class Matches {
    private final int[] slotOfPattern;
    private final int[] counts;
    private final int[] recorded;
    private final int[] first;
    private final int keep;

    private Matches(int[] slotOfPattern, int[] counts, int[] recorded, int[] first, int keep) {
      this.slotOfPattern = slotOfPattern;
      this.counts = counts;
      this.recorded = recorded;
      this.first = first;
      this.keep = keep;
    }

    /** How many times pattern {@code pattern} occurs in the text. */
    public int count(int pattern) {
      int slot = slotOfPattern[pattern];
      return slot < 0 ? 0 : counts[slot];
    }

    /** The {@code char} indices at which its first {@code keep} occurrences start, in order. */
    public int[] first(int pattern) {
      int slot = slotOfPattern[pattern];
      return slot < 0 ? new int[0] : Arrays.copyOfRange(first, slot * keep, slot * keep + recorded[slot]);
    }
  }

  /**
   * Searches {@code text} for every pattern at once, keeping the positions of each pattern's first
   * {@code keep} occurrences.
   *
   * @throws IllegalArgumentException when a pattern is empty
   */
  public static Matches search(String text, List<String> patterns, int keep) {
    Trie trie = new Trie(text.length(), patterns);
    int slots = trie.slots;
    int[] counts = new int[slots];
    int[] recorded = new int[slots];
    int[] first = new int[slots * keep];
    int[] hits = new int[trie.states]; // how often the search stood in each state
    // The next terminal to visit after each (union-find over the chains of terminals below each
    // state, skipping those that have all their positions): each text position visits only the
    // patterns that still need a position, so recording costs at most keep per pattern in all.
    int[] nextSlot = new int[slots];
    for (int slot = 0; slot < slots; slot++) {
      int below = trie.output[trie.fail[trie.stateOfSlot[slot]]];
      nextSlot[slot] = below < 0 ? -1 : trie.slotOfState[below];
    }
    int state = ROOT;
    for (int i = 0; i < text.length(); i++) {
      state = trie.step(state, text.charAt(i));
      hits[state]++;
      int terminal = trie.output[state];
      int slot = terminal < 0 ? -1 : live(trie.slotOfState[terminal], nextSlot, recorded, keep);
      while (slot >= 0) {
        first[slot * keep + recorded[slot]++] = i - trie.lengthOfSlot[slot] + 1;
        slot = live(nextSlot[slot], nextSlot, recorded, keep);
      }
    }
    // A pattern occurs wherever the search stood in a state whose string ends with it: add each
    // state's count into the state of its longest proper suffix, deepest states first.
    for (int k = trie.states - 1; k > 0; k--) {
      int v = trie.order[k];
      hits[trie.fail[v]] += hits[v];
    }
    for (int slot = 0; slot < slots; slot++) {
      counts[slot] = hits[trie.stateOfSlot[slot]];
    }
    return new Matches(trie.slotOfPattern, counts, recorded, first, keep);
  }

  /** The first slot from {@code slot} down its chain that still records positions, or -1; compresses the chain. */
  private static int live(int slot, int[] nextSlot, int[] recorded, int keep) {
    int found = slot;
    while (found >= 0 && recorded[found] == keep) {
      found = nextSlot[found];
    }
    while (slot != found) { // every slot passed is full for good: point it past the full ones
      int next = nextSlot[slot];
      nextSlot[slot] = found;
      slot = next;
    }
    return found;
  }

  /** The automaton: a trie of the patterns with failure links, states numbered from the root. */
  private static final class Trie {
    int states = 1;
    int slots;
    final int[] slotOfPattern;
    int[] stateOfSlot;
    int[] lengthOfSlot;
    final int[] slotOfState;
    final int[] fail;
    final int[] output; // the deepest state at or below each one, along failure links, that ends a pattern; -1 if none
    final int[] order; // states in breadth-first order
    private final int[] parent;
    private final char[] label;
    private final long[] keys; // transitions: an open-addressing table from (state, char) to state
    private final int[] targets;
    private final int mask;
    private final int shift;

    Trie(int textLength, List<String> patterns) {
      long total = 1;
      for (String pattern : patterns) {
        if (pattern.isEmpty()) {
          throw new IllegalArgumentException("patterns must not be empty");
        }
        if (pattern.length() <= textLength) {
          total += pattern.length();
        }
      }
      if (total > Integer.MAX_VALUE / 4) {
        throw new IllegalArgumentException("patterns too long to search at once: " + total + " chars");
      }
      int capacity = Integer.highestOneBit((int) total * 2 - 1) << 1; // a power of two, at most half full
      keys = new long[capacity];
      targets = new int[capacity];
      Arrays.fill(keys, -1);
      mask = capacity - 1;
      shift = 64 - Integer.numberOfTrailingZeros(capacity);
      parent = new int[(int) total];
      label = new char[(int) total];
      slotOfState = new int[(int) total];
      Arrays.fill(slotOfState, -1);
      slotOfPattern = new int[patterns.size()];
      stateOfSlot = new int[Math.min(patterns.size(), (int) total)];
      lengthOfSlot = new int[stateOfSlot.length];
      for (int p = 0; p < patterns.size(); p++) {
        slotOfPattern[p] = patterns.get(p).length() > textLength ? -1 : insert(patterns.get(p));
      }
      order = breadthFirst();
      fail = new int[states];
      output = new int[states];
      output[ROOT] = -1;
      for (int k = 1; k < states; k++) {
        int v = order[k];
        fail[v] = parent[v] == ROOT ? ROOT : step(fail[parent[v]], label[v]);
        output[v] = slotOfState[v] >= 0 ? v : output[fail[v]];
      }
    }

    private int insert(String pattern) {
      int state = ROOT;
      for (int i = 0; i < pattern.length(); i++) {
        char c = pattern.charAt(i);
        int next = get(state, c);
        if (next < 0) {
          next = states++;
          parent[next] = state;
          label[next] = c;
          put(state, c, next);
        }
        state = next;
      }
      if (slotOfState[state] < 0) {
        slotOfState[state] = slots;
        stateOfSlot[slots] = state;
        lengthOfSlot[slots++] = pattern.length();
      }
      return slotOfState[state];
    }

    /** The states by depth: a counting sort, since each state was made after its parent. */
    private int[] breadthFirst() {
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
      int[] sorted = new int[states];
      for (int v = 0; v < states; v++) {
        sorted[start[depth[v]]++] = v;
      }
      return sorted;
    }

    /**
     * The state after reading {@code c} in {@code state}: its child by {@code c}, or else that of
     * its failure state, and so on up to the root. Over a whole text the failure steps are at most
     * as many as the characters read, since each one makes the state shallower.
     */
    int step(int state, char c) {
      while (true) {
        int next = get(state, c);
        if (next >= 0) {
          return next;
        }
        if (state == ROOT) {
          return ROOT;
        }
        state = fail[state];
      }
    }

    private int get(int state, char c) {
      long key = key(state, c);
      for (int i = hash(key); ; i = (i + 1) & mask) {
        if (keys[i] == key) {
          return targets[i];
        }
        if (keys[i] == -1) {
          return -1;
        }
      }
    }

    private void put(int state, char c, int target) {
      long key = key(state, c);
      int i = hash(key);
      while (keys[i] != -1) {
        i = (i + 1) & mask;
      }
      keys[i] = key;
      targets[i] = target;
    }

    private static long key(int state, char c) {
      return ((long) state << 16) | c;
    }

    private int hash(long key) {
      return (int) ((key * 0x9E3779B97F4A7C15L) >>> shift); // Fibonacci hashing: the product's top bits
    }
  }
}
