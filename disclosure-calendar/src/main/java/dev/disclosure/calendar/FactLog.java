package dev.disclosure.calendar;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.RandomAccess;

/**
 * An immutable list that appends in amortized O(1): values derived from one another share one
 * backing array, each seeing its own prefix; appending to a list that is the array's latest prefix
 * writes in place, appending to an older one copies. Used for the facts of a {@link Deadline}.
 * Thread-safe without a lock: an append claims the next slot by one compare-and-set on the count
 * of slots used, so of two appends to one prefix only one writes in place and the other copies; a
 * slot is written once, before the list that sees it is constructed, and is reached through that
 * list's final fields, so reads need no lock.
 */
final class FactLog<T> extends AbstractList<T> implements RandomAccess {

  private static final FactLog<Object> EMPTY = new FactLog<>(new Shared(new Object[0]), 0);

  private final Shared shared;
  private final int size;

  private FactLog(Shared shared, int size) {
    this.shared = shared;
    this.size = size;
  }

  @SuppressWarnings("unchecked")
  static <T> FactLog<T> empty() {
    return (FactLog<T>) EMPTY;
  }

  /** Returns a log holding the values, in order. */
  static <T> FactLog<T> of(List<T> values) {
    Object[] slots = values.toArray(new Object[values.size() + (values.size() >> 1) + 1]);
    Shared shared = new Shared(slots);
    shared.used = values.size();
    return new FactLog<>(shared, values.size());
  }

  FactLog<T> plus(T value) {
    if (size < shared.slots.length && USED.compareAndSet(shared, size, size + 1)) {
      shared.slots[size] = value;
      return new FactLog<>(shared, size + 1);
    }
    Object[] slots = Arrays.copyOf(shared.slots, Math.max(2, size + (size >> 1) + 1));
    // slots another list appended after this one's prefix are not this list's
    Arrays.fill(slots, size, Math.min(shared.slots.length, slots.length), null);
    slots[size] = value;
    Shared copy = new Shared(slots);
    copy.used = size + 1;
    return new FactLog<>(copy, size + 1);
  }

  @Override
  @SuppressWarnings("unchecked")
  public T get(int index) {
    if (index < 0 || index >= size) {
      throw new IndexOutOfBoundsException("index " + index + " of " + size);
    }
    return (T) shared.slots[index];
  }

  @Override
  public int size() {
    return size;
  }

  /** Returns a copy of the values, for sorting. */
  List<T> snapshot() {
    @SuppressWarnings("unchecked")
    List<T> copy = (List<T>) Arrays.asList(Arrays.copyOf(shared.slots, size));
    return copy;
  }

  private static final VarHandle USED;

  static {
    try {
      USED = MethodHandles.lookup().findVarHandle(Shared.class, "used", int.class);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  /** The backing array and how many of its slots are claimed. */
  private static final class Shared {
    final Object[] slots;
    /**
     * Claimed through {@link #USED} by compare-and-set (volatile semantics); written plainly only
     * before the array is shared.
     */
    int used;

    Shared(Object[] slots) {
      this.slots = slots;
    }
  }
}
