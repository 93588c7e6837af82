//! Sorting for every extractor through one sort instance.
//!
//! Each `sort_by` / `sort_by_key` with its own closure or element type is a separate copy of the
//! standard library's sort in the WebAssembly build, a few KB each. Here the extractors give each
//! item a key of one common type, [`Key`]; one small heapsort of `(key, index)` pairs orders
//! them, and a cheap reordering moves the items. The index breaks ties, so the order is the one
//! a stable sort gives (and any correct sort gives the same order, as no two pairs are equal).
//! The widget sorts its view-model with it too, so the whole wasm build has one sort.

/// A sort key, compared element by element.
pub type Key = [u64; 3];

/// The key of an `f64` that orders as [`f64::total_cmp`] does.
pub fn f64_key(x: f64) -> u64 {
    let bits = x.to_bits();
    // Negative numbers (sign bit set) order in reverse of their bits, below all positive ones.
    if bits >> 63 == 1 {
        !bits
    } else {
        bits | 1 << 63
    }
}

/// The indexes `0..keys.len()` in the order of their keys, equal keys in index order.
pub fn order(keys: impl Iterator<Item = Key>) -> Vec<usize> {
    sorted_indexes(keys.zip(0..).collect())
}

/// The indexes of `keyed` in key order: the part of [`order`] that is the same for every key
/// iterator, in one copy.
fn sorted_indexes(mut keyed: Vec<(Key, usize)>) -> Vec<usize> {
    heapsort(&mut keyed);
    keyed.iter().map(|&(_, i)| i).collect()
}

/// Sorts `v` in place: O(n log n) at worst, in far less code than the standard sorts.
fn heapsort(v: &mut [(Key, usize)]) {
    // Swaps `v[i]` and `v[j]`, both in bounds (without the panic path of `slice::swap`).
    fn swap(v: &mut [(Key, usize)], i: usize, j: usize) {
        if let (Some(&a), Some(&b)) = (v.get(i), v.get(j)) {
            if let Some(x) = v.get_mut(i) {
                *x = b;
            }
            if let Some(x) = v.get_mut(j) {
                *x = a;
            }
        }
    }
    // Moves `node` down the max-heap `v[..end]` to where it belongs.
    fn sift(v: &mut [(Key, usize)], mut node: usize, end: usize) {
        loop {
            let mut child = 2 * node + 1;
            if child >= end {
                return;
            }
            if child + 1 < end && v.get(child) < v.get(child + 1) {
                child += 1;
            }
            if v.get(node) >= v.get(child) {
                return;
            }
            swap(v, node, child);
            node = child;
        }
    }
    let n = v.len();
    for i in (0..n / 2).rev() {
        sift(v, i, n);
    }
    for end in (1..n).rev() {
        swap(v, 0, end);
        sift(v, 0, end);
    }
}

/// Sorts `items` by `key`, stably: items with equal keys keep their order.
pub fn sort_by_key<T>(items: &mut [T], key: impl Fn(&T) -> Key) {
    let mut order = order(items.iter().map(key));
    // In place, cycle by cycle: position `i` takes the item at `order[i]`, and a visited
    // position is marked with `usize::MAX`.
    for start in 0..order.len() {
        let mut i = start;
        while let Some(j) = order.get_mut(i).map(|o| std::mem::replace(o, usize::MAX)) {
            if j == start || j >= items.len() {
                break;
            }
            items.swap(i, j);
            i = j;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn f64_key_orders_as_total_cmp(a in any::<f64>(), b in any::<f64>()) {
            prop_assert_eq!(f64_key(a).cmp(&f64_key(b)), a.total_cmp(&b));
        }

        #[test]
        fn sorts_as_a_stable_sort(v in proptest::collection::vec((0u64..4, 0u64..4, any::<u8>()), 0..40)) {
            let mut ours = v.clone();
            sort_by_key(&mut ours, |x| [x.0, x.1, 0]);
            let mut std = v;
            std.sort_by_key(|x| (x.0, x.1));
            prop_assert_eq!(ours, std);
        }
    }

    proptest! {
        #[test]
        fn heapsort_sorts(v in proptest::collection::vec(([0u64..3, 0u64..3, 0u64..3], 0usize..5), 0..60)) {
            let mut ours = v.clone();
            heapsort(&mut ours);
            let mut std = v;
            std.sort();
            prop_assert_eq!(ours, std);
        }
    }

    #[test]
    fn special_floats() {
        let xs = [
            f64::NEG_INFINITY,
            -1.5,
            -0.0,
            0.0,
            1e-300,
            2.5,
            f64::INFINITY,
            f64::NAN,
        ];
        for a in xs {
            for b in xs {
                assert_eq!(f64_key(a).cmp(&f64_key(b)), a.total_cmp(&b), "{a} {b}");
            }
        }
    }
}
