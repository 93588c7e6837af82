//! String helpers shared by the extractors and the widget: one small, non-generic copy of each
//! of the few `str` operations they need. The standard library's `join` and `replace` would be
//! instantiated once per element or pattern type in the WebAssembly build, and `contains`,
//! `find` or `replace` with a `&str` pattern link its two-way searcher: a few KB of wasm for
//! searches in short strings (a class name, a template), where a plain byte-by-byte search
//! does.

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

/// The byte offset of the first `needle` in `hay`.
pub fn find(hay: &str, needle: &str) -> Option<usize> {
    let (h, n) = (hay.as_bytes(), needle.as_bytes());
    (0..=h.len().checked_sub(n.len())?).find(|&i| h.get(i..i + n.len()) == Some(n))
}

/// True when `needle` occurs in `hay`.
pub fn contains(hay: &str, needle: &str) -> bool {
    find(hay, needle).is_some()
}

/// `template` with its first `slot` replaced by `value` ("{n} quotes" → "3 quotes").
pub fn fill(template: &str, slot: &str, value: &str) -> String {
    let found = find(template, slot).and_then(|at| {
        Some([template.get(..at)?, value, template.get(at + slot.len()..)?].concat())
    });
    found.unwrap_or_else(|| template.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn search_and_fill() {
        assert_eq!(find("share-ad-bar", "-ad-"), Some(5));
        assert_eq!(find("ad", "-ad-"), None);
        assert_eq!(find("", ""), Some(0));
        assert_eq!(find("Zürich-ad-x", "-ad-"), Some(7));
        assert!(contains("display:none", "display:none"));
        assert!(!contains("display:block", "none"));
        assert_eq!(fill("{n} Zitate", "{n}", "3"), "3 Zitate");
        assert_eq!(fill("Chart of {what}.", "{what}", "ä; b"), "Chart of ä; b.");
        assert_eq!(fill("no slot", "{n}", "3"), "no slot");
    }

    proptest! {
        #[test]
        fn as_the_standard_library(words in proptest::collection::vec("[a-c é/.]{0,4}", 0..5)) {
            let words: Vec<&str> = words.iter().map(String::as_str).collect();
            prop_assert_eq!(join_spaced(&words), words.join(" "));
            let s = words.concat();
            prop_assert_eq!(replace_chars(&s, &['.', 'é'], ""), s.replace(['.', 'é'], ""));
            prop_assert_eq!(replace_chars(&s, &['/'], " "), s.replace('/', " "));
            for w in &words {
                prop_assert_eq!(find(&s, w), s.find(w));
            }
        }
    }
}
