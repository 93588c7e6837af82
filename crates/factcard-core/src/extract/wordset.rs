//! Fast membership in the extractors' word lists.
//!
//! The lexicons are plain `&'static [&'static str]` arrays, easy to read and extend. Scanning
//! them word by word made lookups the extractor's hot spot, so a list longer than a handful of
//! words is turned, on its first lookup, into an open-addressing hash table that lives as long
//! as the program (keyed by the list's address, which is fixed for a `'static` list). A lookup
//! hashes the probe once, folding ASCII case on the fly, and allocates nothing.

use std::cell::RefCell;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// Lists up to this length are scanned; longer ones are hashed.
const SCAN_MAX: usize = 8;

const K: u64 = 0x51_7c_c1_b7_27_22_0a_95;

/// FxHash's mixing step over the bytes, ASCII-lower-cased when `fold`.
#[inline]
fn hash(bytes: &[u8], fold: bool) -> u64 {
    let mut h = 0u64;
    for &b in bytes {
        let b = if fold { b.to_ascii_lowercase() } else { b };
        h = (h.rotate_left(5) ^ u64::from(b)).wrapping_mul(K);
    }
    h
}

/// A hasher for the table keys (a list's address and length): one mixing step per integer.
#[derive(Default)]
pub(crate) struct KeyHasher(u64);

impl Hasher for KeyHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.write_u64(u64::from(b));
        }
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = (self.0.rotate_left(5) ^ n).wrapping_mul(K);
    }
    fn write_usize(&mut self, n: usize) {
        self.write_u64(n as u64);
    }
    fn write_u8(&mut self, n: u8) {
        self.write_u64(u64::from(n));
    }
}

/// One list as an open-addressing table: each slot holds a word's hash and the word (lower-cased
/// when the table folds case), or nothing.
struct Table {
    mask: usize,
    slots: Box<[Slot]>,
}

/// A table slot: a word's hash and bytes, or nothing.
type Slot = Option<(u64, Box<[u8]>)>;

impl Table {
    fn new(list: &[&str], fold: bool) -> Table {
        let cap = (list.len() * 2).next_power_of_two().max(16);
        let mut slots: Vec<Slot> = vec![None; cap];
        let mask = cap - 1;
        for w in list {
            let bytes: Box<[u8]> = if fold {
                w.to_ascii_lowercase().into_bytes().into_boxed_slice()
            } else {
                Box::from(w.as_bytes())
            };
            let h = hash(&bytes, false);
            let mut i = h as usize & mask;
            loop {
                match slots.get(i) {
                    Some(Some((_, b))) if *b == bytes => break,
                    Some(Some(_)) => i = (i + 1) & mask,
                    _ => {
                        if let Some(s) = slots.get_mut(i) {
                            *s = Some((h, bytes));
                        }
                        break;
                    }
                }
            }
        }
        Table {
            mask,
            slots: slots.into_boxed_slice(),
        }
    }

    #[inline]
    fn contains(&self, word: &[u8], fold: bool) -> bool {
        let h = hash(word, fold);
        let mut i = h as usize & self.mask;
        while let Some(Some((sh, b))) = self.slots.get(i) {
            if *sh == h
                && (if fold {
                    b.eq_ignore_ascii_case(word)
                } else {
                    **b == *word
                })
            {
                return true;
            }
            i = (i + 1) & self.mask;
        }
        false
    }
}

type Build = BuildHasherDefault<KeyHasher>;

/// A fast, deterministic hasher for the extractors' own small hash sets (one FxHash mixing step
/// per integer written).
pub(crate) type FastBuild = Build;

thread_local! {
    static SETS: RefCell<HashMap<(usize, usize, bool), Table, Build>> = RefCell::default();
}

/// True when `word` is in `list`: exactly, or with `fold` ignoring ASCII case on both sides.
pub(crate) fn contains(list: &'static [&'static str], word: &str, fold: bool) -> bool {
    if list.len() <= SCAN_MAX {
        return if fold {
            list.iter().any(|x| x.eq_ignore_ascii_case(word))
        } else {
            list.contains(&word)
        };
    }
    SETS.with(|sets| {
        let mut sets = sets.borrow_mut();
        sets.entry((list.as_ptr() as usize, list.len(), fold))
            .or_insert_with(|| Table::new(list, fold))
            .contains(word.as_bytes(), fold)
    })
}
#[cfg(test)]
mod tests {
    use super::contains;

    const LONG: &[&str] = &[
        "alpha", "beta", "Gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota",
    ];
    const SHORT: &[&str] = &["one", "Two"];

    #[test]
    fn matches_a_scan() {
        for w in [
            "alpha", "ALPHA", "gamma", "Gamma", "iota", "kappa", "", "one", "two", "TWO",
        ] {
            for (list, fold) in [(LONG, true), (LONG, false), (SHORT, true), (SHORT, false)] {
                let scan = if fold {
                    list.iter().any(|x| x.eq_ignore_ascii_case(w))
                } else {
                    list.contains(&w)
                };
                assert_eq!(contains(list, w, fold), scan, "{w} in {list:?} fold={fold}");
            }
        }
    }
}
