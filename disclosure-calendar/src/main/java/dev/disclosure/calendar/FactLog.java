package dev.disclosure.calendar;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * An immutable list of non-null values that appends in amortized O(1): values derived from one
 * another share one backing array, each seeing its own prefix; appending to a list that is the
 * array's latest prefix writes in place, appending to an older one copies. Used for the facts of a
 * {@link Deadline}, which are few: the first value is held by the list itself, so a list of one
 * is a single small object, and only the values after it go to the shared array.
 *
 * <p>Thread-safe without a lock: an append claims the next slot of the array by one
 * compare-and-set from null to its value (a slot is written once and never cleared, so an empty
 * slot is one no list has claimed); of two appends to one prefix only one writes in place and the
 * other copies. A slot is written before the list that sees it is constructed, and is reached
 * through that list's final fields, so reads need no lock.
 */
final class FactLog<T> extends AbstractList<T> implements RandomAccess {

  private static final FactLog<Object> EMPTY = new FactLog<>(null, null, 0);

  private static final VarHandle SLOT = MethodHandles.arrayElementVarHandle(Object[].class);

  /** The first value, or null if the list is empty. */
  private final Object first;

  /**
   * The values after the first, shared by the lists derived from one another: slot {@code i} holds
   * value {@code i + 1}; null while the list holds at most one value.
   */
  private final Object[] rest;

  private final int size;

  private FactLog(Object first, Object[] rest, int size) {
    this.first = first;
    this.rest = rest;
    this.size = size;
  }

  @SuppressWarnings("unchecked")
  static <T> FactLog<T> empty() {
    return (FactLog<T>) EMPTY;
  }

  /** Returns a log holding the values, in order; none may be null. */
  static <T> FactLog<T> of(List<T> values) {
    int n = values.size();
    if (n == 0) {
      return empty();
    }
    Object[] rest = n == 1 ? null : new Object[capacity(n - 1)];
    for (int i = 1; i < n; i++) {
      rest[i - 1] = Objects.requireNonNull(values.get(i), "value");
    }
    return new FactLog<>(Objects.requireNonNull(values.get(0), "value"), rest, n);
  }

  /** Returns this log with one more value at the end. */
  FactLog<T> plus(T value) {
    Objects.requireNonNull(value, "value");
    if (size == 0) {
      return new FactLog<>(value, null, 1);
    }
    int slot = size - 1;
    Object[] shared = rest;
    if (shared != null && slot < shared.length && SLOT.compareAndSet(shared, slot, null, value)) {
      return new FactLog<>(first, shared, size + 1);
    }
    // slots another list claimed after this one's prefix are not this list's: copy the prefix
    Object[] copy = new Object[capacity(slot + 1)];
    if (slot > 0) {
      System.arraycopy(shared, 0, copy, 0, slot);
    }
    copy[slot] = value;
    return new FactLog<>(first, copy, size + 1);
  }

  /** The slots for {@code needed} values after the first, with room to grow by half. */
  private static int capacity(int needed) {
    return Math.max(2, needed + (needed >> 1));
  }

  @Override
  @SuppressWarnings("unchecked")
  public T get(int index) {
    if (index < 0 || index >= size) {
      throw new IndexOutOfBoundsException("index " + index + " of " + size);
    }
    return (T) (index == 0 ? first : rest[index - 1]);
  }

  @Override
  public int size() {
    return size;
  }

  /** Returns a copy of the values, for sorting. */
  List<T> snapshot() {
    @SuppressWarnings("unchecked")
    T[] copy = (T[]) new Object[size];
    for (int i = 0; i < size; i++) {
      copy[i] = get(i);
    }
    return Arrays.asList(copy);
  }
}
