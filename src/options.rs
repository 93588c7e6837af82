//! The card's options, read from the host element's data attributes. Two more are read by the
//! stylesheet alone: `data-theme` (`light`, `dark`; anything else gets one warning here) and
//! `data-hide-when-empty` (no room taken when the card ends `empty` or in `error`).

use factcard_core::Date;
use web_sys::Element;

/// The values `data-theme` takes; anything else follows the reader's colour scheme.
const THEMES: &[&str] = &["light", "dark"];

/// True for a language tag the card has strings for (`en`, `de-AT`).
fn is_known_lang(tag: &str) -> bool {
    let primary = tag.split(['-', '_']).next().unwrap_or("");
    ["en", "de"].iter().any(|l| primary.eq_ignore_ascii_case(l))
}

/// Reports the bad value of option `name` on the console, `why` it is bad and what the card does
/// instead: `factcard: data-theme="x" is not a theme; …`. The card goes on with the default.
fn warn(name: &str, value: &str, why: &str) {
    let message = ["factcard: ", name, "=\"", value, "\" ", why].concat();
    web_sys::console::warn_1(&message.into());
}

/// Options of one card, each with a sensible default.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct HostOptions {
    /// `data-article`: CSS selector of the element holding the article text. Default: found.
    pub article: Option<String>,
    /// `data-published`: the publication date. Default: read from the page.
    pub published: Option<Date>,
    /// `data-facts`: URL of curated FactSheet JSON. Default: none (extract from the page).
    pub facts_url: Option<String>,
    /// `data-lang`: the language of the card's own strings (`en`, `de`). Default: the page's
    /// `<html lang>`, else English.
    pub lang: String,
    /// `data-compact`: show only the key points, with a "more" button for the rest.
    pub compact: bool,
}

impl HostOptions {
    /// Reads the options of `host`. An unreadable `data-published` is reported on the console
    /// and ignored, so the page's own date is used instead.
    pub fn read(host: &Element) -> HostOptions {
        let attr = |name: &str| {
            host.get_attribute(name)
                .map(|v| v.trim().to_owned())
                .filter(|v| !v.is_empty())
        };
        let published = attr("data-published").and_then(|raw| {
            let date = Date::parse_iso(&raw);
            if date.is_none() {
                warn(
                    "data-published",
                    &raw,
                    "is not a date; write it as YYYY-MM-DD. \
                     Using the page's publication date instead.",
                );
            }
            date
        });
        if let Some(theme) = attr("data-theme").filter(|t| !THEMES.contains(&t.as_str())) {
            warn(
                "data-theme",
                &theme,
                "is not a theme; write light or dark, or remove it \
                 to follow the reader's colour scheme. Using the reader's colour scheme.",
            );
        }
        if let Some(lang) = attr("data-lang").filter(|l| !is_known_lang(l)) {
            warn(
                "data-lang",
                &lang,
                "is not a language of the card; write en or de. Using English.",
            );
        }
        HostOptions {
            article: attr("data-article"),
            published,
            facts_url: attr("data-facts"),
            lang: attr("data-lang")
                .or_else(|| {
                    host.owner_document()
                        .and_then(|d| d.document_element())
                        .and_then(|e| e.get_attribute("lang"))
                })
                .unwrap_or_default(),
            compact: host
                .get_attribute("data-compact")
                .is_some_and(|v| v != "false"),
        }
    }
}
