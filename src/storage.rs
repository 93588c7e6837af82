//! The reader's choices remembered per article in `localStorage`. Storage may be missing or
//! throw (private modes, blocked cookies, quota): every access is fallible and then forgotten.

/// The storage key of an article's collapsed state: the page path and the headline.
pub fn collapsed_key(path: &str, headline: Option<&str>) -> String {
    ["factcard:collapsed:", path, "#", headline.unwrap_or("")].concat()
}

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// True when the reader collapsed the card of this article before.
pub fn is_collapsed(key: &str) -> bool {
    storage()
        .and_then(|s| s.get_item(key).ok().flatten())
        .is_some_and(|v| v == "1")
}

/// Remembers (or forgets) that the card of this article is collapsed.
pub fn set_collapsed(key: &str, collapsed: bool) {
    if let Some(s) = storage() {
        let _ = if collapsed {
            s.set_item(key, "1")
        } else {
            s.remove_item(key)
        };
    }
}

/// The current page's path.
pub fn page_path() -> String {
    web_sys::window()
        .and_then(|w| w.location().pathname().ok())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    #[test]
    fn key() {
        assert_eq!(
            super::collapsed_key("/a", Some("Dam opens")),
            "factcard:collapsed:/a#Dam opens"
        );
    }
}
