//! Word classes: which of the stages' hot word lists a word belongs to, as bits.
//!
//! The tokenizers look each word up once, in one table that merges those lists, and keep the
//! bits on the token; a stage then tests a bit instead of looking the same word up again in
//! each list. The table is built on first use and lives as long as the program.
//!
//! A word's key is its lower-cased form without trailing dots, as [`super::names::in_list`]
//! compares it; the lists hold lower-case words.

use super::charclass::StrCase;
use super::lexicon;
use super::names;
use super::wordset::{words, List, Words};
use std::cell::OnceCell;

/// A word that can start a date expression: a month, a weekday, a number word or a word of a
/// relative date ("yesterday", "last", "weeks").
pub(crate) const DATE_CUE: u32 = 1;
/// A word that can start an amount: a number word, a vague plural ("hundreds") or a word
/// before a scale ("a", "several").
pub(crate) const FIGURE_CUE: u32 = 1 << 1;

/// A function word ([`names::FUNCTION_WORDS`]).
pub(crate) const FUNCTION: u32 = 1 << 2;
/// A month ([`names::MONTHS`]).
pub(crate) const MONTH: u32 = 1 << 3;
/// A day ([`names::DAYS`]).
pub(crate) const DAY: u32 = 1 << 4;
/// A nationality ([`names::NATIONALITIES`]).
pub(crate) const NATIONALITY: u32 = 1 << 5;
/// A role noun ([`names::ROLE_NOUNS`]).
pub(crate) const ROLE_NOUN: u32 = 1 << 6;
/// A title written out ([`names::FULL_TITLES`]).
pub(crate) const FULL_TITLE: u32 = 1 << 7;
/// An abbreviated title ([`names::ABBREV_TITLES`]).
pub(crate) const ABBREV_TITLE: u32 = 1 << 8;
/// A role modifier ([`names::ROLE_MODIFIERS`]).
pub(crate) const ROLE_MODIFIER: u32 = 1 << 9;
/// An organisation head ([`names::ORG_HEADS`]).
pub(crate) const ORG_HEAD: u32 = 1 << 10;
/// A known organisation ([`names::KNOWN_ORGS`]).
pub(crate) const KNOWN_ORG: u32 = 1 << 11;
/// A speech verb ([`names::SPEECH_VERBS`]).
pub(crate) const SPEECH_VERB: u32 = 1 << 12;
/// A place ([`names::PLACES`]).
pub(crate) const PLACE: u32 = 1 << 13;
/// A media head ([`names::MEDIA_HEADS`]).
pub(crate) const MEDIA_HEAD: u32 = 1 << 14;
/// A known media outlet ([`names::KNOWN_MEDIA`]).
pub(crate) const KNOWN_MEDIA: u32 = 1 << 15;
/// A media noun ([`names::MEDIA_NOUNS`]).
pub(crate) const MEDIA_NOUN: u32 = 1 << 16;
/// An attribution verb, in any case ([`super::source::STATUS_VERBS`]).
pub(crate) const STATUS_VERB: u32 = 1 << 17;

/// Set by [`names::tokenize`], not by the table: a word whose first letter is upper case.
pub(crate) const CAP: u32 = 1 << 28;
/// Set by [`names::tokenize`]: a word of two letters or more, all in capitals.
pub(crate) const ALL_CAPS: u32 = 1 << 29;
/// Set by [`names::tokenize`]: a hyphenated word with a role noun as one part
/// ("Attorney-General").
pub(crate) const ROLE_PART: u32 = 1 << 30;

/// The classes the table gives, without those [`names::tokenize`] adds.
pub(crate) const LISTED: u32 = !(CAP | ALL_CAPS | ROLE_PART);

/// A word that is never a name on its own: a function word (capitalised at the start of a
/// clause), a month, a day, a nationality.
pub(crate) const NON_NAME: u32 = FUNCTION | MONTH | DAY | NATIONALITY;
/// A word naming a role or title, also inside a hyphenated word ("Attorney-General").
pub(crate) const ROLE: u32 = ROLE_NOUN | FULL_TITLE | ROLE_PART;

/// Words other than number words, months and days that can start a date expression.
static DATE_WORDS: &Words = words![
    "a",
    "an",
    "barely",
    "days",
    "earlier",
    "hours",
    "just",
    "last",
    "later",
    "mere",
    "months",
    "next",
    "only",
    "several",
    "some",
    "this",
    "today",
    "tomorrow",
    "tonight",
    "weeks",
    "years",
    "yesterday",
];

/// Words other than number words that can start an amount.
static FIGURE_WORDS: &Words = words![
    "a",
    "an",
    "billions",
    "dozens",
    "few",
    "hundreds",
    "millions",
    "scores",
    "several",
    "tens",
    "thousands",
];

/// The lists merged into the table, with the class each gives.
static LISTS: &[(List, u32)] = &[
    // Number words below one hundred, and "dozen": cues for both.
    (List::Slice(&lexicon::SMALL), DATE_CUE | FIGURE_CUE),
    (List::Slice(&lexicon::TENS), DATE_CUE | FIGURE_CUE),
    (List::Slice(&["dozen"]), DATE_CUE | FIGURE_CUE),
    (List::Words(names::MONTHS), DATE_CUE),
    (List::Words(names::DAYS), DATE_CUE),
    (List::Words(DATE_WORDS), DATE_CUE),
    (List::Words(FIGURE_WORDS), FIGURE_CUE),
    (List::Words(names::FUNCTION_WORDS), FUNCTION),
    (List::Words(names::MONTHS), MONTH),
    (List::Words(names::DAYS), DAY),
    (List::Words(names::NATIONALITIES), NATIONALITY),
    (List::Words(names::ROLE_NOUNS), ROLE_NOUN),
    (List::Words(names::FULL_TITLES), FULL_TITLE),
    (List::Words(names::ABBREV_TITLES), ABBREV_TITLE),
    (List::Words(names::ROLE_MODIFIERS), ROLE_MODIFIER),
    (List::Words(names::ORG_HEADS), ORG_HEAD),
    (List::Words(names::KNOWN_ORGS), KNOWN_ORG),
    (List::Words(names::SPEECH_VERBS), SPEECH_VERB),
    (List::Words(names::PLACES), PLACE),
    (List::Words(names::MEDIA_HEADS), MEDIA_HEAD),
    (List::Words(names::KNOWN_MEDIA), KNOWN_MEDIA),
    (List::Words(names::MEDIA_NOUNS), MEDIA_NOUN),
];

const K: u64 = 0x51_7c_c1_b7_27_22_0a_95;

/// FxHash's mixing step.
fn mix(h: u64, b: u8) -> u64 {
    (h.rotate_left(5) ^ u64::from(b)).wrapping_mul(K)
}

/// FxHash over the bytes.
fn hash(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0u64, |h, &b| mix(h, b))
}

/// An open-addressing table from a word to its classes: `slots` hold an index + 1 into
/// `words`, or 0 for an empty slot.
struct Table {
    mask: usize,
    /// A hash's top bits pick its first slot (the best mixed bits of a multiplicative hash).
    shift: u32,
    slots: Box<[u16]>,
    words: Vec<(&'static [u8], u32)>,
}

impl Table {
    fn build() -> Table {
        let n: usize = LISTS.iter().map(|(l, _)| l.len()).sum();
        let cap = (n * 4).next_power_of_two().max(16);
        let mut t = Table {
            mask: cap - 1,
            shift: 64 - cap.trailing_zeros(),
            slots: vec![0; cap].into_boxed_slice(),
            words: Vec::with_capacity(n),
        };
        for &(list, class) in LISTS {
            for w in list.words() {
                t.insert(w.as_bytes(), class);
            }
        }
        for (w, _) in super::source::STATUS_VERBS {
            t.insert(w.as_bytes(), STATUS_VERB);
        }
        t
    }

    /// The slot that holds `key`, or the empty slot where it would go.
    fn slot(&self, key: &[u8]) -> usize {
        let mut i = (hash(key) >> self.shift) as usize;
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

    /// The classes of the ASCII lower-cased `key`, or `None` when `key` is not ASCII.
    fn get_folded(&self, key: &[u8]) -> Option<u32> {
        let mut h = 0u64;
        for &b in key {
            if !b.is_ascii() {
                return None;
            }
            h = mix(h, b.to_ascii_lowercase());
        }
        let mut i = (h >> self.shift) as usize;
        while let Some(&s) = self.slots.get(i).filter(|&&s| s != 0) {
            if let Some(&(w, class)) = self.words.get(usize::from(s) - 1) {
                if w.len() == key.len()
                    && w.iter().zip(key).all(|(a, b)| *a == b.to_ascii_lowercase())
                {
                    return Some(class);
                }
            }
            i = (i + 1) & self.mask;
        }
        Some(0)
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

/// Runs `f` on the table, built on first use.
fn with_table<R>(f: impl FnOnce(&Table) -> R) -> R {
    TABLE.with(|t| f(t.get_or_init(Table::build)))
}

/// The classes of an ASCII word, compared without regard to ASCII case; 0 for any other word
/// (the lists are ASCII, so no other word can match them ignoring ASCII case).
pub(crate) fn of_ascii(word: &str) -> u32 {
    with_table(|t| t.get_folded(word.as_bytes())).unwrap_or(0)
}

/// The classes of a word as [`names::in_list`] compares it: lower-cased, without trailing dots.
pub(crate) fn of_word(word: &str) -> u32 {
    let key = trim_dots(word.as_bytes());
    if let Some(c) = with_table(|t| t.get_folded(key)) {
        return c;
    }
    let lower = word.lowercase();
    with_table(|t| t.get(trim_dots(lower.as_bytes())))
}

/// The bytes without trailing dots.
fn trim_dots(mut b: &[u8]) -> &[u8] {
    while let Some((b'.', rest)) = b.split_last() {
        b = rest;
    }
    b
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_cue_word_has_its_classes() {
        for &(list, class) in LISTS.iter().filter(|(_, c)| *c < FUNCTION) {
            for w in list.words() {
                assert_eq!(of_ascii(w) & class, class, "{w}");
                assert_eq!(of_ascii(&w.to_ascii_uppercase()) & class, class, "{w}");
            }
        }
        assert_eq!(of_ascii("reservists") & (DATE_CUE | FIGURE_CUE), 0);
        assert_eq!(of_ascii(""), 0);
        assert_eq!(of_ascii("Ａ"), 0);
        assert_eq!(of_ascii("one") & FIGURE_CUE, FIGURE_CUE);
        assert_eq!(of_ascii("few") & (DATE_CUE | FIGURE_CUE), FIGURE_CUE);
    }

    /// The bits agree with `in_list` on the lists' own words, in any case, and on others.
    #[test]
    fn names_bits_match_in_list() {
        let mut probes: Vec<String> = vec![
            "".into(),
            "Mr.".into(),
            "U.S.".into(),
            "u.s".into(),
            "Élysée".into(),
            "ÉLYSÉE".into(),
            "İn".into(),
            "white house".into(),
            "Attorney-General".into(),
            "reservists".into(),
            "a".repeat(40),
        ];
        for &(list, _) in LISTS {
            for w in list.words() {
                probes.push(w.to_owned());
                probes.push(w.to_uppercase());
                probes.push(format!("{w}."));
                probes.push(format!("{w}s"));
            }
        }
        // Role words, also as a part of a hyphenated word, and case, as the tokenizer sets them.
        let text = "Attorney-General Jane ROE, ex-president, Vice-President and Co-Founder, \
                    US-born AFP Élysée ÉLYSÉE É Mr. U.S. state-owned al-Bashir el-baz";
        for t in names::tokenize(text).iter().filter(|t| t.is_word()) {
            let w = t.text;
            let role = names::in_list(names::ROLE_NOUNS, w)
                || names::in_list(names::FULL_TITLES, w)
                || (w.contains('-') && w.split('-').any(|p| names::in_list(names::ROLE_NOUNS, p)));
            assert_eq!(t.has(ROLE), role, "{w}");
            // Capitalised but a modifier ("US-born"), or after an Arabic article ("al-Bashir").
            let key = names::name_key(w);
            let cap = (w.starts_with(|c: char| c.is_uppercase())
                && !(w.contains('-') && names::is_modifier(w)))
                || (key != w && key.starts_with(|c: char| c.is_uppercase()));
            assert_eq!(t.is_cap(), cap, "{w}");
            let letters = w.chars().filter(|c| c.is_alphabetic()).count();
            assert_eq!(
                t.is_all_caps(),
                letters >= 2 && !w.chars().any(char::is_lowercase),
                "{w}"
            );
        }
        for &(list, class) in LISTS.iter().filter(|(_, c)| *c >= FUNCTION) {
            for p in &probes {
                assert_eq!(
                    names::in_list(list, p),
                    of_word(p) & class != 0,
                    "{p} in {:?}",
                    list.words().next()
                );
            }
        }
    }
}
