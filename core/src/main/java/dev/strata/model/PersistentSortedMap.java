package dev.strata.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BiConsumer;

import org.jspecify.annotations.Nullable;

/**
 * An immutable map from strings to values, sorted by key, whose changes return a new map
 * that shares all but O(log n) nodes with the old one: an AVL tree with path copying.
 * Replaying n migrations from the empty schema makes n snapshots; with a copied map each
 * they cost O(n²) time and memory (10,000 tables: gigabytes), with this map O(n log n).
 *
 * @param <V> the type of the values
 */
final class PersistentSortedMap<V> {

	private static final PersistentSortedMap<?> EMPTY = new PersistentSortedMap<>(null);

	private final @Nullable Node<V> root;

	private PersistentSortedMap(@Nullable Node<V> root) {
		this.root = root;
	}

	@SuppressWarnings("unchecked")
	static <V> PersistentSortedMap<V> empty() {
		return (PersistentSortedMap<V>) EMPTY;
	}

	int size() {
		return size(this.root);
	}

	@Nullable V get(String key) {
		Node<V> node = this.root;
		while (node != null) {
			int comparison = key.compareTo(node.key);
			if (comparison == 0) {
				return node.value;
			}
			node = (comparison < 0) ? node.left : node.right;
		}
		return null;
	}

	boolean containsKey(String key) {
		return get(key) != null;
	}

	/**
	 * Return the value of the first key, in key order, that starts with a prefix.
	 * @param prefix the prefix
	 * @return the value, or {@code null} if no key starts with the prefix
	 */
	@Nullable V firstWithPrefix(String prefix) {
		Node<V> node = this.root;
		Node<V> ceiling = null;
		while (node != null) {
			if (node.key.compareTo(prefix) >= 0) {
				ceiling = node;
				node = node.left;
			}
			else {
				node = node.right;
			}
		}
		return (ceiling != null && ceiling.key.startsWith(prefix)) ? ceiling.value : null;
	}

	/**
	 * Return this map with a key mapped to a value.
	 * @param key the key
	 * @param value the value
	 * @return the new map
	 */
	PersistentSortedMap<V> put(String key, V value) {
		Objects.requireNonNull(value, "'value' must not be null");
		return new PersistentSortedMap<>(put(this.root, key, value));
	}

	/**
	 * Return this map without a key.
	 * @param key the key
	 * @return the new map, this one if the key is absent
	 */
	PersistentSortedMap<V> remove(String key) {
		return containsKey(key) ? new PersistentSortedMap<>(remove(this.root, key)) : this;
	}

	/**
	 * Return the values in key order.
	 * @return the values
	 */
	List<V> values() {
		List<V> values = new ArrayList<>(size());
		forEach((key, value) -> values.add(value));
		return values;
	}

	/**
	 * Visit the entries in key order.
	 * @param action what to do with each key and value
	 */
	void forEach(BiConsumer<String, V> action) {
		forEach(this.root, action);
	}

	@Override
	public boolean equals(Object other) {
		if (this == other) {
			return true;
		}
		if (!(other instanceof PersistentSortedMap<?> map) || map.size() != size()) {
			return false;
		}
		List<Object> entries = new ArrayList<>(2 * size());
		forEach((key, value) -> {
			entries.add(key);
			entries.add(value);
		});
		List<Object> otherEntries = new ArrayList<>(2 * size());
		map.forEach((key, value) -> {
			otherEntries.add(key);
			otherEntries.add(value);
		});
		return entries.equals(otherEntries);
	}

	@Override
	public int hashCode() {
		int[] hash = { 0 };
		forEach((key, value) -> hash[0] += key.hashCode() ^ value.hashCode());
		return hash[0];
	}

	@Override
	public String toString() {
		return values().toString();
	}

	private static <V> void forEach(@Nullable Node<V> node, BiConsumer<String, V> action) {
		if (node != null) {
			forEach(node.left, action);
			action.accept(node.key, node.value);
			forEach(node.right, action);
		}
	}

	private static <V> Node<V> put(@Nullable Node<V> node, String key, V value) {
		if (node == null) {
			return new Node<>(key, value, null, null);
		}
		int comparison = key.compareTo(node.key);
		if (comparison == 0) {
			return new Node<>(key, value, node.left, node.right);
		}
		return (comparison < 0) ? balance(node.key, node.value, put(node.left, key, value), node.right)
				: balance(node.key, node.value, node.left, put(node.right, key, value));
	}

	private static <V> @Nullable Node<V> remove(@Nullable Node<V> node, String key) {
		if (node == null) {
			return null;
		}
		int comparison = key.compareTo(node.key);
		if (comparison < 0) {
			return balance(node.key, node.value, remove(node.left, key), node.right);
		}
		if (comparison > 0) {
			return balance(node.key, node.value, node.left, remove(node.right, key));
		}
		if (node.left == null) {
			return node.right;
		}
		if (node.right == null) {
			return node.left;
		}
		Node<V> successor = node.right;
		while (successor.left != null) {
			successor = successor.left;
		}
		return balance(successor.key, successor.value, node.left, remove(node.right, successor.key));
	}

	private static <V> Node<V> balance(String key, V value, @Nullable Node<V> left, @Nullable Node<V> right) {
		int difference = height(left) - height(right);
		if (difference > 1) {
			Node<V> l = Objects.requireNonNull(left);
			if (height(l.left) >= height(l.right)) {
				return new Node<>(l.key, l.value, l.left, new Node<>(key, value, l.right, right));
			}
			Node<V> lr = Objects.requireNonNull(l.right);
			return new Node<>(lr.key, lr.value, new Node<>(l.key, l.value, l.left, lr.left),
					new Node<>(key, value, lr.right, right));
		}
		if (difference < -1) {
			Node<V> r = Objects.requireNonNull(right);
			if (height(r.right) >= height(r.left)) {
				return new Node<>(r.key, r.value, new Node<>(key, value, left, r.left), r.right);
			}
			Node<V> rl = Objects.requireNonNull(r.left);
			return new Node<>(rl.key, rl.value, new Node<>(key, value, left, rl.left),
					new Node<>(r.key, r.value, rl.right, r.right));
		}
		return new Node<>(key, value, left, right);
	}

	private static int height(@Nullable Node<?> node) {
		return (node != null) ? node.height : 0;
	}

	private static int size(@Nullable Node<?> node) {
		return (node != null) ? node.size : 0;
	}

	private static final class Node<V> {

		final String key;

		final V value;

		final @Nullable Node<V> left;

		final @Nullable Node<V> right;

		final int height;

		final int size;

		Node(String key, V value, @Nullable Node<V> left, @Nullable Node<V> right) {
			this.key = key;
			this.value = value;
			this.left = left;
			this.right = right;
			this.height = Math.max(height(left), height(right)) + 1;
			this.size = size(left) + size(right) + 1;
		}

	}

}
