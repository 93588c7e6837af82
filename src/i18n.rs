//! Every string the card shows or announces, in one place, so a newsroom can translate them.
//!
//! The language is the host's `data-lang` (`en`, `de`), else the page's `<html lang>`, else
//! English. Adding a language is adding one [`Strings`] constant and a line in [`Strings::for_lang`].

use crate::state::SectionId;

/// The card's UI strings in one language.
#[derive(Debug, PartialEq, Eq)]
pub struct Strings {
    /// The card's label ("Key facts").
    pub key_facts: &'static str,
    /// The tab list's label.
    pub sections: &'static str,
    /// Section titles in [`SectionId::ALL`] order.
    pub titles: [&'static str; 6],
    /// The disclosure that opens a fact's source sentence.
    pub source: &'static str,
    /// The heading of the opened sentence.
    pub from_article: &'static str,
    /// Scrolls the page to the sentence and highlights it.
    pub show_in_article: &'static str,
    /// A link to the sentence (text fragment).
    pub link: &'static str,
    /// Copies that link.
    pub copy_link: &'static str,
    /// Said once the link is copied.
    pub copied: &'static str,
    /// The name of the button that shows and hides the card's body (stable; its state is
    /// `aria-expanded`).
    pub collapse: &'static str,
    /// Its tooltip while the card is collapsed.
    pub expand: &'static str,
    /// Its tooltip while the card is open.
    pub hide: &'static str,
    /// Show every section (compact mode).
    pub more: &'static str,
    /// Footer for extracted facts.
    pub footer_extracted: &'static str,
    /// Footer for curated facts.
    pub footer_curated: &'static str,
    /// Loading message.
    pub loading: &'static str,
    /// Empty card message.
    pub empty: &'static str,
    /// Badge of an event on the publication day.
    pub publication_day: &'static str,
    /// Before the expression an event's date was resolved from.
    pub article_says: &'static str,
    /// Quotes of a person (heading in the person's details).
    pub quotes: &'static str,
    /// Facts a person is part of (heading in the person's details).
    pub facts_with: &'static str,
    /// One quotation ("1 quote").
    pub one_quote: &'static str,
    /// Several quotations ("{n} quotes"; `{n}` is replaced).
    pub n_quotes: &'static str,
    /// The chart's description ("Bar chart of {what}"; `{what}` is replaced).
    pub chart: &'static str,
    /// Speaker of an unattributed quote.
    pub unattributed: &'static str,
    /// Status badges: confirmed, reported, claimed, assessed, denied.
    pub statuses: [&'static str; 5],
    /// Screen-reader text before a status badge.
    pub status: &'static str,
}

/// English.
pub const EN: Strings = Strings {
    key_facts: "Key facts",
    sections: "Sections",
    titles: [
        "Key points",
        "Figures",
        "Timeline",
        "People",
        "Quotes",
        "Sources",
    ],
    source: "Source",
    from_article: "From the article",
    show_in_article: "Show in article",
    link: "Link to sentence",
    copy_link: "Copy link",
    copied: "Link copied",
    collapse: "Show key facts",
    expand: "Expand key facts",
    hide: "Collapse key facts",
    more: "More facts",
    footer_extracted:
        "Extracted automatically from the article text. Open “Source” on any fact to check it.",
    footer_curated: "Key facts selected by the newsroom.",
    loading: "Loading key facts…",
    empty: "No key facts were found in this article.",
    publication_day: "Publication day",
    article_says: "Article says",
    quotes: "Quotes",
    facts_with: "In the facts",
    one_quote: "1 quote",
    n_quotes: "{n} quotes",
    chart: "Bar chart comparing {what}",
    unattributed: "Unattributed",
    statuses: ["Confirmed", "Reported", "Claimed", "Assessed", "Denied"],
    status: "status:",
};

/// German.
pub const DE: Strings = Strings {
    key_facts: "Die wichtigsten Fakten",
    sections: "Abschnitte",
    titles: [
        "Kernpunkte",
        "Zahlen",
        "Chronik",
        "Personen",
        "Zitate",
        "Quellen",
    ],
    source: "Quelle",
    from_article: "Aus dem Artikel",
    show_in_article: "Im Artikel zeigen",
    link: "Link zum Satz",
    copy_link: "Link kopieren",
    copied: "Link kopiert",
    collapse: "Fakten anzeigen",
    expand: "Fakten ausklappen",
    hide: "Fakten einklappen",
    more: "Mehr Fakten",
    footer_extracted:
        "Automatisch aus dem Artikeltext gewonnen. Öffnen Sie „Quelle“, um eine Angabe zu prüfen.",
    footer_curated: "Von der Redaktion ausgewählte Fakten.",
    loading: "Fakten werden geladen…",
    empty: "In diesem Artikel wurden keine Fakten gefunden.",
    publication_day: "Erscheinungstag",
    article_says: "Im Artikel",
    quotes: "Zitate",
    facts_with: "In den Fakten",
    one_quote: "1 Zitat",
    n_quotes: "{n} Zitate",
    chart: "Balkendiagramm: {what}",
    unattributed: "Ohne Zuordnung",
    statuses: [
        "Bestätigt",
        "Berichtet",
        "Behauptet",
        "Eingeschätzt",
        "Dementiert",
    ],
    status: "Status:",
};

impl Strings {
    /// The strings for a language tag (`de`, `de-AT`, `en-GB`); English when unknown.
    pub fn for_lang(lang: &str) -> &'static Strings {
        let primary = lang.split(['-', '_']).next().unwrap_or("").trim();
        if primary.eq_ignore_ascii_case("de") {
            &DE
        } else {
            &EN
        }
    }

    /// The title of a section.
    pub fn title(&self, id: SectionId) -> &'static str {
        let i = SectionId::ALL.iter().position(|&s| s == id).unwrap_or(0);
        self.titles[i]
    }

    /// "1 quote", "3 quotes".
    pub fn quote_count(&self, n: usize) -> String {
        if n == 1 {
            self.one_quote.to_owned()
        } else {
            factcard_core::extract::text::fill(
                self.n_quotes,
                "{n}",
                &crate::format::integer(n as i64),
            )
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn languages() {
        assert_eq!(Strings::for_lang("de-AT"), &DE);
        assert_eq!(Strings::for_lang("en"), &EN);
        assert_eq!(Strings::for_lang(""), &EN);
        assert_eq!(EN.title(SectionId::Timeline), "Timeline");
        assert_eq!(DE.quote_count(3), "3 Zitate");
    }
}
