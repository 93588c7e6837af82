//! Fast membership in the extractors' word lists.
//!
//! A lexicon is written as `static LIST: &Words = words!["a", "b", …];`, a list easy to read and
//! extend, and stored as one string with each word followed by a newline: in WebAssembly that
//! costs the words' bytes only, where an array of `&str` adds a pointer and a length per word.
//! Scanning the lists word by word made lookups the extractor's hot spot, so each list is turned,
//! on its first lookup, into an open-addressing hash table that lives in the list itself for as
//! long as the program. A lookup hashes the probe once, folding ASCII case on the fly, and
//! allocates nothing; the same table answers exact and case-insensitive lookups.

use std::sync::OnceLock;

const K: u64 = 0x51_7c_c1_b7_27_22_0a_95;

/// FxHash's mixing step: `x` into the hash `h`.
#[inline]
pub(crate) fn mix(h: u64, x: u64) -> u64 {
    (h.rotate_left(5) ^ x).wrapping_mul(K)
}

/// FxHash's mixing step over the bytes, ASCII-lower-cased.
#[inline]
pub(crate) fn hash(bytes: &[u8]) -> u64 {
    let mut h = 0u64;
    for &b in bytes {
        h = mix(h, u64::from(b.to_ascii_lowercase()));
    }
    h
}

/// ASCII-case-insensitive equality, with the cheap length test inlined at the call site: the
/// lexicon scans call it for most words of an article, and most candidates differ in length.
#[inline]
pub(crate) fn same_folded(a: &str, b: &str) -> bool {
    a.len() == b.len() && a.eq_ignore_ascii_case(b)
}

/// A word list: its words, each followed by `'\n'`, and the hash table built from them on the
/// first lookup. Declared with [`words!`] as a `static` of type `&Words`.
pub(crate) struct Words {
    text: &'static str,
    table: OnceLock<Table>,
}

impl Words {
    /// The list of the words in `text`, each followed by `'\n'`. Use [`words!`].
    pub(crate) const fn new(text: &'static str) -> Words {
        Words {
            text,
            table: OnceLock::new(),
        }
    }

    /// The words, in the order written.
    pub(crate) fn iter(&self) -> Iter {
        Iter(self.text)
    }

    /// True when `word` is in the list, exactly (case included).
    pub(crate) fn contains(&self, word: &str) -> bool {
        self.has(word, false)
    }

    /// True when `word` is in the list: exactly, or with `fold` ignoring ASCII case.
    fn has(&self, word: &str, fold: bool) -> bool {
        self.table
            .get_or_init(|| Table::new(self.iter()))
            .contains(word, fold)
    }
}

/// The words of a [`Words`] list, in order.
#[derive(Clone)]
pub(crate) struct Iter(&'static str);

impl Iterator for Iter {
    type Item = &'static str;

    fn next(&mut self) -> Option<&'static str> {
        let end = self.0.bytes().position(|b| b == b'\n')?;
        let word = self.0.get(..end)?;
        self.0 = self.0.get(end + 1..)?;
        Some(word)
    }
}

impl Iter {
    /// How many words are left: one per newline, counted without splitting the words out.
    pub(crate) fn len(&self) -> usize {
        self.0.bytes().filter(|&b| b == b'\n').count()
    }
}

/// A `&'static Words` list from string literals: `words!["of", "for", "on"]`.
macro_rules! words {
    ($($w:literal),* $(,)?) => {{
        static WORDS: $crate::extract::wordset::Words =
            $crate::extract::wordset::Words::new(concat!($($w, "\n"),*));
        &WORDS
    }};
}
pub(crate) use words;

/// A list to look a word up in: a [`Words`] lexicon, or a short inline slice such as
/// `&["of", "the"]`, which is scanned.
#[derive(Clone, Copy)]
pub(crate) enum List {
    /// A lexicon.
    Words(&'static Words),
    /// A short inline list.
    Slice(&'static [&'static str]),
}

impl List {
    /// How many words the list holds.
    pub(crate) fn len(self) -> usize {
        match self {
            List::Words(w) => w.iter().len(),
            List::Slice(s) => s.len(),
        }
    }

    /// The list's words, in the order written.
    pub(crate) fn words(self) -> impl Iterator<Item = &'static str> {
        let (lexicon, slice) = match self {
            List::Words(w) => (Some(w.iter()), None),
            List::Slice(s) => (None, Some(s.iter().copied())),
        };
        lexicon
            .into_iter()
            .flatten()
            .chain(slice.into_iter().flatten())
    }
}

impl From<&'static Words> for List {
    fn from(w: &'static Words) -> List {
        List::Words(w)
    }
}

impl From<&'static [&'static str]> for List {
    fn from(s: &'static [&'static str]) -> List {
        List::Slice(s)
    }
}

impl<const N: usize> From<&'static [&'static str; N]> for List {
    fn from(s: &'static [&'static str; N]) -> List {
        List::Slice(s)
    }
}

/// One list as an open-addressing table of its words, placed by their case-folded hash: each
/// slot holds a word and that hash, or nothing.
struct Table {
    mask: usize,
    slots: Box<[Option<(u64, &'static str)>]>,
}

impl Table {
    fn new(words: Iter) -> Table {
        let cap = (words.len() * 2).next_power_of_two().max(16);
        let mut slots = vec![None; cap];
        let mask = cap - 1;
        for w in words {
            let h = hash(w.as_bytes());
            let mut i = h as usize & mask;
            while let Some(Some((_, x))) = slots.get(i) {
                if *x == w {
                    break;
                }
                i = (i + 1) & mask;
            }
            if let Some(s) = slots.get_mut(i) {
                *s = Some((h, w));
            }
        }
        Table {
            mask,
            slots: slots.into_boxed_slice(),
        }
    }

    #[inline]
    fn contains(&self, word: &str, fold: bool) -> bool {
        let h = hash(word.as_bytes());
        let mut i = h as usize & self.mask;
        while let Some(Some((xh, x))) = self.slots.get(i) {
            if *xh == h
                && (if fold {
                    x.eq_ignore_ascii_case(word)
                } else {
                    *x == word
                })
            {
                return true;
            }
            i = (i + 1) & self.mask;
        }
        false
    }
}

/// True when `word` is in `list`: exactly, or with `fold` ignoring ASCII case on both sides.
pub(crate) fn contains(list: List, word: &str, fold: bool) -> bool {
    match list {
        List::Words(w) => w.has(word, fold),
        List::Slice(s) => s.iter().any(|x| {
            if fold {
                same_folded(x, word)
            } else {
                *x == word
            }
        }),
    }
}
#[cfg(test)]
mod tests {
    use super::{contains, List, Words};

    static LONG: &Words = words![
        "alpha", "beta", "Gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa-x",
    ];
    static SHORT: &Words = words!["one", "Two", "two", "ONE"];

    #[test]
    fn matches_a_scan() {
        for w in [
            "alpha", "ALPHA", "gamma", "Gamma", "iota", "kappa", "kappa-x", "", "one", "One",
            "ONE", "two", "Two", "TWO",
        ] {
            for (list, fold) in [(LONG, true), (LONG, false), (SHORT, true), (SHORT, false)] {
                let scan = if fold {
                    list.iter().any(|x| x.eq_ignore_ascii_case(w))
                } else {
                    list.iter().any(|x| x == w)
                };
                assert_eq!(
                    contains(List::Words(list), w, fold),
                    scan,
                    "{w} in {:?} fold={fold}",
                    list.text
                );
            }
        }
    }
}
