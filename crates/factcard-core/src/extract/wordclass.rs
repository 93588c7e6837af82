//! Word classes: which of the stages' hot word lists a word belongs to, as bits.
//!
//! The tokenizers look each word up once, in one table that merges those lists, and keep the
//! bits on the token; a stage then tests a bit instead of looking the same word up again in
//! each list. The table is built on first use and lives as long as the program.
//!
//! A word's key is its lower-cased form without trailing dots, as [`super::names::in_list`]
//! compares it; the lists hold lower-case words.

use std::cell::OnceCell;

/// A word that can start a date expression: a month, a weekday, a number word or a word of a
/// relative date ("yesterday", "last", "weeks").
pub(crate) const DATE_CUE: u32 = 1;
/// A word that can start an amount: a number word, a vague plural ("hundreds") or a word
/// before a scale ("a", "several").
pub(crate) const FIGURE_CUE: u32 = 1 << 1;

/// Number words below one hundred, shared by both cue lists.
const NUMBER_WORDS: &[&str] = &[
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
    "thirty",
    "forty",
    "fifty",
    "sixty",
    "seventy",
    "eighty",
    "ninety",
    "dozen",
];

/// Words other than number words that can start a date expression.
const DATE_WORDS: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "a",
    "an",
    "yesterday",
    "today",
    "tonight",
    "tomorrow",
    "earlier",
    "later",
    "this",
    "last",
    "next",
    "just",
    "only",
    "mere",
    "barely",
    "some",
    "several",
    "hours",
    "days",
    "weeks",
    "months",
    "years",
];

/// Words other than number words that can start an amount.
const FIGURE_WORDS: &[&str] = &[
    "tens",
    "dozens",
    "scores",
    "hundreds",
    "thousands",
    "millions",
    "billions",
    "a",
    "an",
    "several",
    "few",
];

/// The lists merged into the table, with the class each gives.
const LISTS: &[(&[&str], u32)] = &[
    (NUMBER_WORDS, DATE_CUE | FIGURE_CUE),
    (DATE_WORDS, DATE_CUE),
    (FIGURE_WORDS, FIGURE_CUE),
];

const K: u64 = 0x51_7c_c1_b7_27_22_0a_95;

/// FxHash's mixing step over the bytes.
fn hash(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0u64, |h, &b| {
        (h.rotate_left(5) ^ u64::from(b)).wrapping_mul(K)
    })
}

/// An open-addressing table from a word to its classes: `slots` hold an index + 1 into
/// `words`, or 0 for an empty slot.
struct Table {
    mask: usize,
    slots: Box<[u16]>,
    words: Vec<(&'static [u8], u32)>,
}

impl Table {
    fn build() -> Table {
        let n: usize = LISTS.iter().map(|(l, _)| l.len()).sum();
        let cap = (n * 2).next_power_of_two().max(16);
        let mut t = Table {
            mask: cap - 1,
            slots: vec![0; cap].into_boxed_slice(),
            words: Vec::with_capacity(n),
        };
        for &(list, class) in LISTS {
            for w in list {
                t.insert(w.as_bytes(), class);
            }
        }
        t
    }

    /// The slot that holds `key`, or the empty slot where it would go.
    fn slot(&self, key: &[u8]) -> usize {
        let mut i = hash(key) as usize & self.mask;
        loop {
            match self.slots.get(i) {
                Some(&s) if s != 0 => {
                    if self
                        .words
                        .get(usize::from(s) - 1)
                        .is_some_and(|&(w, _)| w == key)
                    {
                        return i;
                    }
                }
                _ => return i,
            }
            i = (i + 1) & self.mask;
        }
    }

    fn insert(&mut self, key: &'static [u8], class: u32) {
        let i = self.slot(key);
        match self.slots.get(i) {
            Some(&s) if s != 0 => {
                if let Some(e) = self.words.get_mut(usize::from(s) - 1) {
                    e.1 |= class;
                }
            }
            _ => {
                self.words.push((key, class));
                let id = u16::try_from(self.words.len()).unwrap_or(0);
                if let Some(s) = self.slots.get_mut(i) {
                    *s = id;
                }
            }
        }
    }

    fn get(&self, key: &[u8]) -> u32 {
        let s = self.slots.get(self.slot(key)).copied().unwrap_or(0);
        match s {
            0 => 0,
            s => self.words.get(usize::from(s) - 1).map_or(0, |e| e.1),
        }
    }
}

thread_local! {
    static TABLE: OnceCell<Table> = const { OnceCell::new() };
}

/// The classes of a key that is already lower-cased and has no trailing dot.
fn of_key(key: &[u8]) -> u32 {
    if key.is_empty() {
        return 0;
    }
    TABLE.with(|t| t.get_or_init(Table::build).get(key))
}

/// The classes of an ASCII word, compared without regard to ASCII case; 0 for any other word
/// (the lists are ASCII, so no other word can match them ignoring ASCII case).
pub(crate) fn of_ascii(word: &str) -> u32 {
    let mut buf = [0u8; 32];
    match buf.get_mut(..word.len()) {
        Some(dst) if word.is_ascii() => {
            dst.copy_from_slice(word.as_bytes());
            dst.make_ascii_lowercase();
            of_key(dst)
        }
        _ => 0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_listed_word_has_its_classes() {
        for &(list, class) in LISTS {
            for w in list {
                assert_eq!(of_ascii(w) & class, class, "{w}");
                assert_eq!(of_ascii(&w.to_ascii_uppercase()) & class, class, "{w}");
            }
        }
        assert_eq!(of_ascii("reservists"), 0);
        assert_eq!(of_ascii(""), 0);
        assert_eq!(of_ascii("Ａ"), 0);
        assert_eq!(of_ascii("one") & FIGURE_CUE, FIGURE_CUE);
        assert_eq!(of_ascii("few"), FIGURE_CUE);
    }
}
