//! A tiny word tokenizer with byte offsets, shared by the date and figure extractors.
//!
//! Words are runs of letters and digits that start with a letter, with inner apostrophes kept
//! ("Mother's", "didn't"); numbers are runs of ASCII digits with inner `,` or `.` before a digit
//! ("250,000", "4.8", "1.8.3"); every other non-space character is a one-character punctuation
//! token. Hyphens are punctuation, so "34-year-old" is `34` `-` `year` `-` `old`; `gap` tells
//! whether whitespace came before a token, so callers can see what is glued together.

use crate::extract::charclass::CharClass;
use crate::extract::names;
use crate::extract::wordclass;

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    /// Letters (and inner digits or apostrophes), starting with a letter.
    Word,
    /// ASCII digits with inner `,` / `.` separators.
    Number,
    /// Any other single non-space character.
    Punct,
}

/// A token: a byte range of the text and its kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Tok {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// What it is.
    pub kind: Kind,
    /// True when whitespace (or the start of the text) comes right before it.
    pub gap: bool,
    /// The word's classes (see [`wordclass`]); 0 for numbers and punctuation.
    pub class: u32,
}

impl Tok {
    /// True for a word of any of `classes`.
    pub fn is(self, classes: u32) -> bool {
        self.class & classes != 0
    }

    /// The token's text in `s` (empty if the token does not belong to `s`).
    pub fn text(self, s: &str) -> &str {
        s.get(self.start..self.end).unwrap_or("")
    }
}

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '\u{2019}'
}

/// Splits `s` into tokens. Linear in the length of `s`; never panics.
pub(crate) fn tokenize(s: &str) -> Vec<Tok> {
    tokenize_with(s, &[])
}

/// [`tokenize`], taking an ASCII word's classes from `known`, the [`names::tokenize`] tokens of
/// the same `s`, where one of them spans the same bytes: both tokenizers look words up in the
/// same table, so the word need not be looked up twice.
pub(crate) fn tokenize_with(s: &str, known: &[names::Tok<'_>]) -> Vec<Tok> {
    let mut k = 0;
    let bytes = s.as_bytes();
    // The char at byte offset `p` (a char boundary), without decoding ASCII.
    let char_at = |p: usize| -> Option<char> {
        match bytes.get(p) {
            Some(&b) if b.is_ascii() => Some(char::from(b)),
            Some(_) => s.get(p..).and_then(|r| r.chars().next()),
            None => None,
        }
    };
    let mut out = Vec::with_capacity(s.len() / 5 + 1);
    let mut gap = true;
    let mut i = 0;
    while let Some(c) = char_at(i) {
        let space = if c.is_ascii() {
            matches!(c, ' ' | '\t'..='\r')
        } else {
            c.is_whitespace()
        };
        if space {
            gap = true;
            i += c.len_utf8();
            continue;
        }
        let mut end = i + c.len_utf8();
        let kind = if c.is_ascii_digit() {
            loop {
                match bytes.get(end) {
                    Some(b) if b.is_ascii_digit() => end += 1,
                    Some(b',' | b'.') if bytes.get(end + 1).is_some_and(u8::is_ascii_digit) => {
                        end += 2
                    }
                    _ => break,
                }
            }
            Kind::Number
        } else if c.is_alpha() {
            loop {
                // ASCII letters and digits go on, other ASCII but an apostrophe ends the word.
                match bytes.get(end) {
                    Some(b) if b.is_ascii_alphanumeric() => {
                        end += 1;
                        continue;
                    }
                    Some(b) if b.is_ascii() && *b != b'\'' => break,
                    None => break,
                    _ => {}
                }
                let Some(d) = char_at(end) else { break };
                if d.is_alnum() {
                    end += d.len_utf8();
                    continue;
                }
                // An inner apostrophe before a letter: "didn't", "Mother's".
                let after = end + d.len_utf8();
                match char_at(after) {
                    Some(e) if is_apostrophe(d) && e.is_alpha() => end = after + e.len_utf8(),
                    _ => break,
                }
            }
            Kind::Word
        } else {
            Kind::Punct
        };
        let class = match kind {
            Kind::Word => {
                let word = s.get(i..end).unwrap_or("");
                while known.get(k).is_some_and(|t| t.start < i) {
                    k += 1;
                }
                match known.get(k) {
                    Some(t) if t.start == i && t.end == end && t.is_word() && word.is_ascii() => {
                        t.class & wordclass::LISTED
                    }
                    _ => wordclass::of_ascii(word),
                }
            }
            _ => 0,
        };
        out.push(Tok {
            start: i,
            end,
            kind,
            gap,
            class,
        });
        gap = false;
        i = end;
    }
    out
}

/// The word without a trailing possessive `'s` / `’s` ("week's" → "week").
pub(crate) fn strip_possessive(w: &str) -> &str {
    w.strip_suffix("'s")
        .or_else(|| w.strip_suffix("\u{2019}s"))
        .unwrap_or(w)
}

/// True when the word starts with an uppercase letter.
pub(crate) fn is_capitalized(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_upper)
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        /// Classes taken from the names tokens are those a lookup gives.
        #[test]
        fn known_classes_match_lookups(s in "([a-zA-Z0-9 .,'’\"-]|É|é|\u{212A}|ing|KING|Mr|U\\.S\\.){0,40}") {
            proptest::prop_assert_eq!(tokenize_with(&s, &names::tokenize(&s)), tokenize(&s));
        }
    }

    fn texts(s: &str) -> Vec<&str> {
        tokenize(s).into_iter().map(|t| t.text(s)).collect()
    }

    #[test]
    fn tokens() {
        let cases: &[(&str, &[&str])] = &[
            (
                "some 300,000 reservists.",
                &["some", "300,000", "reservists", "."],
            ),
            ("$4.8 billion", &["$", "4.8", "billion"]),
            (
                "Mother's Day, 2019's",
                &["Mother's", "Day", ",", "2019", "'", "s"],
            ),
            ("the 34-year-old", &["the", "34", "-", "year", "-", "old"]),
            ("“Quote,” he said", &["“", "Quote", ",", "”", "he", "said"]),
            ("version 1.8.3.", &["version", "1.8.3", "."]),
            ("didn’t 4K", &["didn’t", "4", "K"]),
        ];
        for (s, want) in cases {
            assert_eq!(&texts(s), want, "{s}");
        }
    }

    /// The first, char-by-char tokenizer: the fast one must agree with it.
    fn reference(s: &str) -> Vec<Tok> {
        let mut out = Vec::new();
        let mut chars = s.char_indices().peekable();
        let mut gap = true;
        let bytes = s.as_bytes();
        while let Some((i, c)) = chars.next() {
            if c.is_whitespace() {
                gap = true;
                continue;
            }
            let mut end = i + c.len_utf8();
            let kind = if c.is_ascii_digit() {
                while let Some(&(j, d)) = chars.peek() {
                    if d.is_ascii_digit() {
                        end = j + 1;
                        chars.next();
                    } else if (d == ',' || d == '.')
                        && bytes.get(j + 1).is_some_and(u8::is_ascii_digit)
                    {
                        chars.next();
                        if let Some((k, _)) = chars.next() {
                            end = k + 1;
                        }
                    } else {
                        break;
                    }
                }
                Kind::Number
            } else if c.is_alpha() {
                while let Some(&(j, d)) = chars.peek() {
                    if d.is_alnum() {
                        end = j + d.len_utf8();
                        chars.next();
                    } else if is_apostrophe(d)
                        && s.get(j + d.len_utf8()..)
                            .and_then(|r| r.chars().next())
                            .is_some_and(char::is_alpha)
                    {
                        chars.next();
                        if let Some((k, e)) = chars.next() {
                            end = k + e.len_utf8();
                        }
                    } else {
                        break;
                    }
                }
                Kind::Word
            } else {
                Kind::Punct
            };
            let class = match kind {
                Kind::Word => wordclass::of_ascii(s.get(i..end).unwrap_or("")),
                _ => 0,
            };
            out.push(Tok {
                start: i,
                end,
                kind,
                gap,
                class,
            });
            gap = false;
        }
        out
    }

    proptest::proptest! {
        #[test]
        fn agrees_with_the_reference(s in "[a-zA-Z0-9 ,.'’\t\n\u{b}\u{85}\u{a0}$£²éÉß日İ-]{0,60}") {
            proptest::prop_assert_eq!(tokenize(&s), reference(&s));
        }
    }

    #[test]
    fn gaps() {
        let t = tokenize("£3m 21st");
        assert_eq!(
            t.iter().map(|t| t.gap).collect::<Vec<_>>(),
            [true, false, false, true, false]
        );
    }
}
