//! String building shared by the extractors: one small, non-generic copy of each of the few
//! `str` helpers they need, where the standard library's `join` and `replace` would be
//! instantiated once per element or pattern type in the WebAssembly build.

/// The words joined with single spaces, as `words.join(" ")` gives them.
pub(crate) fn join_spaced(words: &[&str]) -> String {
    let len = words.iter().map(|w| w.len() + 1).sum::<usize>();
    let mut out = String::with_capacity(len.saturating_sub(1));
    for (i, w) in words.iter().enumerate() {
        if i > 0 {
            out.push(' ');
        }
        out.push_str(w);
    }
    out
}

/// `s` with each char of `from` replaced by `to`, as `s.replace(from, to)` gives it.
pub(crate) fn replace_chars(s: &str, from: &[char], to: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if from.contains(&c) {
            out.push_str(to);
        } else {
            out.push(c);
        }
    }
    out
}

/// Shortens `s` to `len` bytes, as `s.truncate(len)` does for a `len` on a char boundary,
/// without its panic path.
pub(crate) fn cut(s: &mut String, len: usize) {
    while s.len() > len && s.pop().is_some() {}
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn as_the_standard_library(words in proptest::collection::vec("[a-c é/.]{0,4}", 0..5)) {
            let words: Vec<&str> = words.iter().map(String::as_str).collect();
            prop_assert_eq!(join_spaced(&words), words.join(" "));
            let s = words.concat();
            prop_assert_eq!(replace_chars(&s, &['.', 'é'], ""), s.replace(['.', 'é'], ""));
            prop_assert_eq!(replace_chars(&s, &['/'], " "), s.replace('/', " "));
        }
    }
}
