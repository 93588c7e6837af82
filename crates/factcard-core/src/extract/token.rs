//! A tiny word tokenizer with byte offsets, shared by the date and figure extractors.
//!
//! Words are runs of letters and digits that start with a letter, with inner apostrophes kept
//! ("Mother's", "didn't"); numbers are runs of ASCII digits with inner `,` or `.` before a digit
//! ("250,000", "4.8", "1.8.3"); every other non-space character is a one-character punctuation
//! token. Hyphens are punctuation, so "34-year-old" is `34` `-` `year` `-` `old`; `gap` tells
//! whether whitespace came before a token, so callers can see what is glued together.

use crate::extract::charclass::CharClass;
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
                } else if (d == ',' || d == '.') && bytes.get(j + 1).is_some_and(u8::is_ascii_digit)
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

    #[test]
    fn gaps() {
        let t = tokenize("£3m 21st");
        assert_eq!(
            t.iter().map(|t| t.gap).collect::<Vec<_>>(),
            [true, false, false, true, false]
        );
    }
}
