//! Fast membership in the extractors' word lists.
//!
//! The lexicons are plain `&'static [&'static str]` arrays, easy to read and extend. Scanning
//! them word by word made lookups the extractor's hot spot, so a list longer than a handful of
//! words is turned, on its first lookup, into a hash set that lives as long as the program
//! (keyed by the list's address, which is fixed for a `'static` list).

use std::cell::RefCell;
use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

/// Lists up to this length are scanned; longer ones are hashed.
const SCAN_MAX: usize = 8;

/// A small, fast, deterministic hasher for short words (FxHash's mixing step).
#[derive(Default)]
struct WordHasher(u64);

impl Hasher for WordHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0.rotate_left(5) ^ u64::from(b)).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
        }
    }
}

type Build = BuildHasherDefault<WordHasher>;
type Set = HashSet<Box<str>, Build>;

thread_local! {
    static SETS: RefCell<HashMap<(usize, usize, bool), Set, Build>> = RefCell::default();
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
    let folded;
    let probe = if fold && word.bytes().any(|b| b.is_ascii_uppercase()) {
        folded = word.to_ascii_lowercase();
        folded.as_str()
    } else {
        word
    };
    SETS.with(|sets| {
        let mut sets = sets.borrow_mut();
        let set = sets
            .entry((list.as_ptr() as usize, list.len(), fold))
            .or_insert_with(|| {
                list.iter()
                    .map(|x| {
                        if fold {
                            x.to_ascii_lowercase().into_boxed_str()
                        } else {
                            Box::from(*x)
                        }
                    })
                    .collect()
            });
        set.contains(probe)
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
