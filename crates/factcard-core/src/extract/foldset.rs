//! A set of words compared in lower case, for the key points' word overlap.
//!
//! An open-addressing table of borrowed words, placed by their case-folded hash. It does what a
//! `HashSet` of case-folded keys does here (insert, look up, count) in a fraction of the code
//! `hashbrown` brings into the WebAssembly build, and never allocates the lower-case forms.

use super::charclass::CharClass;

/// True when `a` and `b` are the same word in lower case.
fn same(a: &str, b: &str) -> bool {
    if a.is_ascii() && b.is_ascii() {
        return a.eq_ignore_ascii_case(b);
    }
    a.chars()
        .map(CharClass::lower)
        .eq(b.chars().map(CharClass::lower))
}

/// The hash of `w` in lower case: the word lists' hash for ASCII, the same mixing of each
/// lower-cased char otherwise, so that words equal in lower case hash alike.
fn hash(w: &str) -> u64 {
    if w.is_ascii() {
        return super::wordset::hash(w.as_bytes());
    }
    w.chars().fold(0, |h, c| {
        super::wordset::mix(h, u64::from(u32::from(c.lower())))
    })
}

/// A set of borrowed words, equal when equal in lower case.
pub(crate) struct FoldSet<'a> {
    slots: Vec<Option<(u64, &'a str)>>,
    len: usize,
}

impl<'a> FoldSet<'a> {
    /// An empty set with room for `n` words before it grows.
    pub(crate) fn with_capacity(n: usize) -> FoldSet<'a> {
        FoldSet {
            slots: vec![None; (n * 2).next_power_of_two().max(8)],
            len: 0,
        }
    }

    /// The number of distinct words.
    pub(crate) fn len(&self) -> usize {
        self.len
    }

    /// True when the set holds no word.
    pub(crate) fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// The slot of `w` (hash `h`): where it is, or the free slot where it would go.
    fn slot(&self, h: u64, w: &str) -> usize {
        let mask = self.slots.len() - 1;
        let mut i = h as usize & mask;
        while let Some(Some((xh, x))) = self.slots.get(i) {
            if *xh == h && same(x, w) {
                break;
            }
            i = (i + 1) & mask;
        }
        i
    }

    /// True when the set holds `w`.
    pub(crate) fn contains(&self, w: &str) -> bool {
        let h = hash(w);
        matches!(self.slots.get(self.slot(h, w)), Some(Some(_)))
    }

    /// Adds `w` unless the set holds it already.
    pub(crate) fn insert(&mut self, w: &'a str) {
        if (self.len + 1) * 2 > self.slots.len() {
            let bigger = vec![None; self.slots.len() * 2];
            let old = std::mem::replace(&mut self.slots, bigger);
            for (h, x) in old.into_iter().flatten() {
                let i = self.slot(h, x);
                if let Some(s) = self.slots.get_mut(i) {
                    *s = Some((h, x));
                }
            }
        }
        let h = hash(w);
        let i = self.slot(h, w);
        if let Some(s @ None) = self.slots.get_mut(i) {
            *s = Some((h, w));
            self.len += 1;
        }
    }

    /// The words, in no particular order.
    pub(crate) fn iter(&self) -> impl Iterator<Item = &'a str> + '_ {
        self.slots.iter().flatten().map(|&(_, w)| w)
    }
}

impl<'a> Extend<&'a str> for FoldSet<'a> {
    fn extend<I: IntoIterator<Item = &'a str>>(&mut self, words: I) {
        for w in words {
            self.insert(w);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::FoldSet;
    use proptest::prelude::*;

    proptest! {
        /// Counts and look-ups as a list of the words lower-cased gives them.
        #[test]
        fn acts_as_a_set_of_lower_case_words(
            a in proptest::collection::vec("[a-cA-CéÉ]{0,3}", 0..40),
            b in proptest::collection::vec("[a-cA-CéÉ]{0,3}", 0..10),
        ) {
            let lower = |w: &str| crate::extract::charclass::StrCase::lowercase(w);
            let mut set = FoldSet::with_capacity(b.len());
            set.extend(a.iter().map(String::as_str));
            let mut distinct: Vec<String> = a.iter().map(|w| lower(w)).collect();
            distinct.sort();
            distinct.dedup();
            prop_assert_eq!(set.len(), distinct.len());
            prop_assert_eq!(set.is_empty(), distinct.is_empty());
            for w in &b {
                prop_assert_eq!(set.contains(w), distinct.contains(&lower(w)));
            }
            let mut listed: Vec<String> = set.iter().map(lower).collect();
            listed.sort();
            prop_assert_eq!(listed, distinct);
        }
    }
}
