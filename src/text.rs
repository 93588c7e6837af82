//! Substring search for the widget's few string checks.
//!
//! `str::contains`, `find`, `replace` and `match_indices` with a `&str` pattern link the
//! standard library's two-way searcher, and slicing a `str` by index links its panic message
//! (which formats a `char` and a range with `Debug`): together a few KB of the card's wasm. The
//! strings searched here are short (a class name, a style attribute, a template), so a plain
//! byte-by-byte search does.

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
}
