//! Letter classes and case without Unicode tables.
//!
//! `char::is_alphabetic`, `is_uppercase`, `to_lowercase` and friends pull about 40 KB of Unicode
//! tables into the WebAssembly build. News text needs much less: these functions are exact for
//! ASCII and Latin-1, and follow the code-point layout of Latin Extended-A/B, Latin Extended
//! Additional, Greek and Cyrillic (upper and lower case letters alternate or sit in fixed
//! blocks). Other scripts count as letters without case, and the punctuation, symbol and emoji
//! blocks as non-letters. The lexicons the extractors look words up in are ASCII.
//!
//! ```
//! use factcard_core::extract::charclass::{CharClass, StrCase};
//!
//! assert!('é'.is_alpha() && 'É'.is_upper() && 'ж'.is_lower());
//! assert!(!'\u{201c}'.is_alpha() && '7'.is_alnum());
//! assert_eq!("Ÿes ÉTÉ Ωμέγα".lowercase(), "ÿes été ωμέγα");
//! assert_eq!('ß'.upper(), 'ß');
//! ```

/// Letter classes and simple (one-to-one) case mapping of a `char`.
pub trait CharClass: Copy {
    /// A letter (or a combining mark, which belongs to the letter before it).
    fn is_alpha(self) -> bool;
    /// A letter or a digit (ASCII digits and the Latin-1 superscripts and fractions).
    fn is_alnum(self) -> bool;
    /// An upper case letter.
    fn is_upper(self) -> bool;
    /// A lower case letter.
    fn is_lower(self) -> bool;
    /// The lower case form (the char itself when it has none).
    fn lower(self) -> char;
    /// The upper case form (the char itself when it has none).
    fn upper(self) -> char;
}

/// Case mapping of a whole string, char by char.
pub trait StrCase {
    /// The string in lower case.
    fn lowercase(&self) -> String;
    /// The string in upper case.
    fn uppercase(&self) -> String;
}

impl StrCase for str {
    fn lowercase(&self) -> String {
        mapped(self, false)
    }
    fn uppercase(&self) -> String {
        mapped(self, true)
    }
}

/// `s` in upper or lower case, one loop for both.
fn mapped(s: &str, upper: bool) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        out.push(if upper { c.upper() } else { c.lower() });
    }
    out
}

/// The number of chars in `s`, as `s.chars().count()` gives it, in a plain loop: the standard
/// one is unrolled for long texts, and the extractors count words.
pub(crate) fn char_count(s: &str) -> usize {
    s.bytes().filter(|&b| b & 0xC0 != 0x80).count()
}

/// Blocks above Latin-1 that hold no letters: punctuation, symbols, arrows, maths, box drawing,
/// CJK punctuation, private use, half/full-width forms' punctuation, emoji.
const NOT_LETTERS: &[(u32, u32)] = &[
    (0x2C2, 0x2C5),
    (0x2D2, 0x2DF),
    (0x2E5, 0x2EB),
    (0x2EF, 0x2FF),
    (0x374, 0x375),
    (0x37E, 0x37E),
    (0x384, 0x385),
    (0x387, 0x387),
    (0x3F6, 0x3F6),
    (0x482, 0x489),
    (0x55A, 0x55F),
    (0x589, 0x58F),
    (0x5BE, 0x5BE),
    (0x5C0, 0x5C0),
    (0x5C3, 0x5C3),
    (0x5C6, 0x5C6),
    (0x5F3, 0x60F),
    (0x61B, 0x61F),
    (0x660, 0x66D), // Arabic-Indic digits and punctuation
    (0x6D4, 0x6D4),
    (0x6F0, 0x6F9),
    (0x964, 0x970),
    (0x2000, 0x2BFF),
    (0x2E00, 0x2E7F),
    (0x3000, 0x3004),
    (0x3008, 0x3020),
    (0x3030, 0x3030),
    (0xD800, 0xF8FF),
    (0xFE10, 0xFE6F),
    (0xFF00, 0xFF20),
    (0xFF3B, 0xFF40),
    (0xFF5B, 0xFF65),
    (0xFFF0, 0xFFFF),
    (0x1F000, 0x1FBFF),
    (0xE0000, 0x10FFFF),
];

/// Upper/lower pairs at distance one, upper case on the even code point
/// (Latin Extended-A/B, Cyrillic supplement, Latin Extended Additional, Greek archaic letters).
const EVEN_UPPER: &[(u32, u32)] = &[
    (0x100, 0x137),
    (0x14A, 0x177),
    (0x182, 0x185),
    (0x1A0, 0x1A5),
    (0x1DE, 0x1EF),
    (0x1F4, 0x1F5),
    (0x1F8, 0x21F),
    (0x222, 0x233),
    (0x246, 0x24F),
    (0x370, 0x373),
    (0x376, 0x377),
    (0x3D8, 0x3EF),
    (0x460, 0x481),
    (0x48A, 0x4BF),
    (0x4D0, 0x52F),
    (0x1E00, 0x1E95),
    (0x1EA0, 0x1EFF),
];

/// Upper/lower pairs at distance one, upper case on the odd code point.
const ODD_UPPER: &[(u32, u32)] = &[
    (0x139, 0x148),
    (0x179, 0x17E),
    (0x1B3, 0x1B6),
    (0x1CD, 0x1DC),
    (0x4C1, 0x4CE),
];

fn in_ranges(c: u32, ranges: &[(u32, u32)]) -> bool {
    ranges.iter().any(|&(lo, hi)| lo <= c && c <= hi)
}

/// `Some(true)` for upper case, `Some(false)` for lower case, `None` for no case.
fn case_of(c: char) -> Option<bool> {
    let u = c as u32;
    if c.is_ascii() {
        return if c.is_ascii_uppercase() {
            Some(true)
        } else if c.is_ascii_lowercase() {
            Some(false)
        } else {
            None
        };
    }
    match u {
        0xAA | 0xB5 | 0xBA | 0xDF..=0xF6 | 0xF8..=0xFF => Some(false),
        0xC0..=0xD6 | 0xD8..=0xDE => Some(true),
        0x80..=0xFF => None,
        0x178 | 0x181 | 0x186 | 0x187 | 0x189..=0x18B | 0x18E..=0x191 | 0x193 | 0x194 => Some(true),
        0x196..=0x198 | 0x19C | 0x19D | 0x19F | 0x1A6 | 0x1A7 | 0x1A9 | 0x1AC | 0x1AE => Some(true),
        0x1AF | 0x1B1 | 0x1B2 | 0x1B7 | 0x1B8 | 0x1BC | 0x1C4 | 0x1C7 | 0x1CA | 0x1F1 => Some(true),
        0x1F6 | 0x1F7 | 0x220 | 0x23A | 0x23B | 0x23D | 0x23E | 0x241 | 0x243..=0x245 => Some(true),
        0x1E9E => Some(true),
        _ if in_ranges(u, EVEN_UPPER) => Some(u.is_multiple_of(2)),
        _ if in_ranges(u, ODD_UPPER) => Some(!u.is_multiple_of(2)),
        0x180..=0x2AF => Some(false),
        0x138 | 0x149 | 0x17F => Some(false),
        0x37F | 0x386 | 0x388..=0x38A | 0x38C | 0x38E | 0x38F | 0x391..=0x3AB | 0x3CF => Some(true),
        0x37B..=0x37D | 0x390 | 0x3AC..=0x3CE | 0x3D0..=0x3D7 | 0x3F0..=0x3F3 => Some(false),
        0x3F4 | 0x3F7 | 0x3F9 | 0x3FA | 0x3FD..=0x3FF => Some(true),
        0x3F5 | 0x3F8 | 0x3FB | 0x3FC => Some(false),
        0x400..=0x42F | 0x4C0 | 0x531..=0x556 => Some(true),
        0x430..=0x45F | 0x4CF | 0x560..=0x588 => Some(false),
        0x10A0..=0x10C5 | 0x13A0..=0x13F5 => Some(true),
        0x1E96..=0x1E9F => Some(false),
        // Greek Extended: in each row of sixteen, the first eight are lower case.
        0x1F00..=0x1F6F => Some(u % 16 >= 8),
        0x1F70..=0x1F7D | 0x1FB0..=0x1FB4 | 0x1FC2..=0x1FC4 | 0x1FD0..=0x1FD3 => Some(false),
        0x1FE0..=0x1FE7 | 0x1FF2..=0x1FF4 => Some(false),
        0x1FB8..=0x1FBC | 0x1FC8..=0x1FCC | 0x1FD8..=0x1FDB | 0x1FE8..=0x1FEC => Some(true),
        0x1FF8..=0x1FFC => Some(true),
        0x1F80..=0x1FAF => Some(u % 16 >= 8),
        0xFF21..=0xFF3A => Some(true),
        0xFF41..=0xFF5A => Some(false),
        _ => None,
    }
}

/// The case partner of a cased letter (`to_upper` picks the direction).
fn partner(c: char, to_upper: bool) -> char {
    let u = c as u32;
    let shift = |d: i32| char::from_u32((u as i32 + if to_upper { -d } else { d }) as u32);
    let mapped = match u {
        0xB5 if to_upper => Some('\u{39C}'),
        0x17F if to_upper => Some('S'),
        0xB5 | 0xDF | 0xAA | 0xBA | 0x138 | 0x149 | 0x17F => None,
        0xFF if to_upper => Some('\u{178}'),
        0x178 if !to_upper => Some('\u{FF}'),
        0x131 if to_upper => Some('I'),
        0x130 if !to_upper => Some('i'),
        0x3C2 if to_upper => Some('\u{3A3}'),
        0xC0..=0xFE | 0x391..=0x3AB | 0x3B1..=0x3CB | 0x410..=0x44F | 0xFF21..=0xFF5A => {
            shift(0x20)
        }
        0x386 if !to_upper => Some('\u{3AC}'),
        0x3AC if to_upper => Some('\u{386}'),
        0x388..=0x38A | 0x3AD..=0x3AF => shift(0x25),
        0x38C | 0x3CC => shift(0x40),
        0x38E | 0x38F | 0x3CD | 0x3CE => shift(0x3F),
        0x400..=0x40F | 0x450..=0x45F => shift(0x50),
        0x531..=0x556 | 0x561..=0x586 => shift(0x30),
        0x1F00..=0x1F6F | 0x1F80..=0x1FAF => shift(-8),
        _ if in_ranges(u, EVEN_UPPER) || in_ranges(u, ODD_UPPER) => shift(1),
        _ => None,
    };
    mapped.unwrap_or(c)
}

impl CharClass for char {
    fn is_alpha(self) -> bool {
        let u = self as u32;
        match u {
            0..=0x7F => self.is_ascii_alphabetic(),
            0xAA | 0xB5 | 0xBA => true,
            0x80..=0xBF | 0xD7 | 0xF7 => false,
            0xC0..=0xFF => true,
            _ => !in_ranges(u, NOT_LETTERS),
        }
    }

    fn is_alnum(self) -> bool {
        self.is_ascii_digit() || self.is_alpha() || matches!(self, '²' | '³' | '¹' | '¼'..='¾')
    }

    fn is_upper(self) -> bool {
        case_of(self) == Some(true)
    }

    fn is_lower(self) -> bool {
        case_of(self) == Some(false)
    }

    fn lower(self) -> char {
        if self.is_ascii() {
            self.to_ascii_lowercase()
        } else if self.is_upper() {
            partner(self, false)
        } else {
            self
        }
    }

    fn upper(self) -> char {
        if self.is_ascii() {
            self.to_ascii_uppercase()
        } else if self.is_lower() {
            partner(self, true)
        } else {
            self
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exact_for_ascii_and_latin1() {
        for c in (0u8..=0xFF).map(char::from) {
            assert_eq!(c.is_alpha(), c.is_alphabetic(), "{c:?}");
            assert_eq!(c.is_upper(), c.is_uppercase(), "{c:?}");
            assert_eq!(c.is_lower(), c.is_lowercase(), "{c:?}");
            if c.to_lowercase().count() == 1 {
                assert_eq!(c.lower(), c.to_lowercase().next().unwrap(), "{c:?}");
            }
            if c.to_uppercase().count() == 1 {
                assert_eq!(c.upper(), c.to_uppercase().next().unwrap(), "{c:?}");
            }
        }
    }

    #[test]
    fn close_to_std_for_european_scripts() {
        let ranges = [0x100..0x250u32, 0x370..0x530, 0x1E00..0x1F00];
        let (mut total, mut class, mut mapping) = (0, 0, 0);
        for c in ranges.into_iter().flatten().filter_map(char::from_u32) {
            if !c.is_alphabetic() {
                continue;
            }
            total += 1;
            if c.is_upper() != c.is_uppercase() || c.is_lower() != c.is_lowercase() {
                class += 1;
            }
            let one = |mut it: std::char::ToLowercase| (it.len() == 1).then(|| it.next().unwrap());
            let up = c.to_uppercase();
            let std_upper = (up.len() == 1).then(|| up.clone().next().unwrap());
            if one(c.to_lowercase()).is_some_and(|l| l != c.lower())
                || std_upper.is_some_and(|u| u != c.upper())
            {
                mapping += 1;
            }
        }
        assert!(
            class * 50 < total,
            "{class} of {total} letters classed unlike std"
        );
        assert!(
            mapping * 10 < total,
            "{mapping} of {total} letters mapped unlike std"
        );
        // The common ones are exact.
        for c in ('\u{100}'..='\u{17F}')
            .chain('\u{391}'..='\u{3CE}')
            .chain('\u{400}'..='\u{45F}')
        {
            if c.is_alphabetic() {
                assert_eq!(c.is_upper(), c.is_uppercase(), "{c:?}");
                assert_eq!(c.is_lower(), c.is_lowercase(), "{c:?}");
                if c.to_lowercase().len() == 1 {
                    assert_eq!(Some(c.lower()), c.to_lowercase().next(), "{c:?}");
                }
                if c.to_uppercase().len() == 1 {
                    assert_eq!(Some(c.upper()), c.to_uppercase().next(), "{c:?}");
                }
            }
        }
    }

    #[test]
    fn letters_and_punctuation() {
        for c in ['ā', 'ł', 'ș', 'Ω', 'я', 'ア', '中', 'ʻ'] {
            assert!(c.is_alpha(), "{c:?}");
        }
        for c in [
            '\u{2019}', '\u{201C}', '\u{2014}', '€', '°', '…', '•', '😀', '«', '\u{a0}',
        ] {
            assert!(!c.is_alpha() && !c.is_alnum(), "{c:?}");
        }
        assert!('½'.is_alnum() && !'½'.is_alpha());
        assert_eq!("ŁÓDŹ Ἀθῆναι".lowercase(), "łódź ἀθῆναι");
        assert_eq!("straße".uppercase(), "STRAßE");
        assert_eq!('ς'.upper(), 'Σ');
    }
}
