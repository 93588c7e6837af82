//! Word lists of general English news usage: months, weekdays, number words, abbreviations,
//! function words. Lookups are case-insensitive unless noted.

use super::wordset::{same_folded, words, List, Words};

/// Case-insensitive membership of `w` in `list`.
pub(crate) fn is_in(w: &str, list: impl Into<List>) -> bool {
    super::wordset::contains(list.into(), w, true)
}

const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// A month name (full, "January") or abbreviation ("Jan", "Sept"): its number 1..=12 and
/// whether it was abbreviated. Must be capitalised, so "may" and "march" are not months.
pub(crate) fn month(w: &str) -> Option<(u8, bool)> {
    if !super::token::is_capitalized(w) || w.len() < 3 {
        return None;
    }
    for (i, m) in MONTHS.iter().enumerate() {
        let n = (i + 1) as u8;
        if same_folded(m, w) {
            return Some((n, false));
        }
        if m.get(..3).is_some_and(|a| same_folded(a, w)) {
            return Some((n, true));
        }
    }
    if w.eq_ignore_ascii_case("sept") {
        return Some((9, true));
    }
    None
}

const WEEKDAYS: [&str; 7] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// A capitalised weekday name: 0 = Monday … 6 = Sunday.
pub(crate) fn weekday(w: &str) -> Option<u8> {
    if !super::token::is_capitalized(w) {
        return None;
    }
    WEEKDAYS
        .iter()
        .position(|d| same_folded(d, w))
        .map(|i| i as u8)
}

pub(crate) static SMALL: [&str; 20] = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
];
pub(crate) static TENS: [&str; 8] = [
    "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
];

/// A cardinal number word below one hundred ("three", "twenty", "ninety"), or "dozen" (12).
pub(crate) fn number_word(w: &str) -> Option<f64> {
    // A cheap reject first: this runs for most words of an article.
    let first = w.as_bytes().first().map(u8::to_ascii_lowercase);
    if !(3..=9).contains(&w.len())
        || !matches!(
            first,
            Some(b'z' | b'o' | b't' | b'f' | b's' | b'e' | b'n' | b'd')
        )
    {
        return None;
    }
    if let Some(i) = SMALL.iter().position(|x| same_folded(x, w)) {
        return Some(i as f64);
    }
    if let Some(i) = TENS.iter().position(|x| same_folded(x, w)) {
        return Some(20.0 + 10.0 * i as f64);
    }
    if w.eq_ignore_ascii_case("dozen") {
        return Some(12.0);
    }
    None
}

/// A scale word ("hundred", "thousand", "million", "billion", "trillion").
pub(crate) fn scale_word(w: &str) -> Option<f64> {
    match w.to_ascii_lowercase().as_str() {
        "hundred" => Some(1e2),
        "thousand" => Some(1e3),
        // South Asian: "2.5 lakh crore" is 2.5 × 10⁵ × 10⁷.
        "lakh" => Some(1e5),
        "crore" => Some(1e7),
        "million" => Some(1e6),
        "billion" => Some(1e9),
        "trillion" => Some(1e12),
        _ => None,
    }
}

/// A scale suffix glued to an amount of money ("£3m", "$4.8bn", "$150K").
pub(crate) fn scale_suffix(w: &str) -> Option<f64> {
    match w {
        "k" | "K" => Some(1e3),
        "m" | "M" | "mn" | "mln" => Some(1e6),
        "b" | "bn" | "B" | "bln" => Some(1e9),
        "tn" | "T" | "trn" => Some(1e12),
        _ => None,
    }
}

/// Plural vague amounts read as a lower bound: "dozens of", "hundreds of", "tens of thousands of".
pub(crate) fn vague_plural(w: &str) -> Option<f64> {
    match w.to_ascii_lowercase().as_str() {
        "tens" => Some(10.0),
        "dozens" => Some(24.0),
        "scores" => Some(40.0),
        "hundreds" => Some(1e2),
        "thousands" => Some(1e3),
        "millions" => Some(1e6),
        "billions" => Some(1e9),
        _ => None,
    }
}

/// Abbreviations that come before a name and never end a sentence ("Mr.", "Gov.", "St.").
pub(crate) static TITLES: &Words = words![
    "Adm", "Atty", "Capt", "Cmdr", "Col", "Cpl", "Det", "Dr", "Fr", "Ft", "Gen", "Gens", "Gov",
    "Hon", "Insp", "Lt", "Maj", "Messrs", "Mr", "Mrs", "Ms", "Msgr", "Mt", "Mx", "Pres", "Prof",
    "Pvt", "Rep", "Reps", "Rev", "Sen", "Sgt", "Sr", "Sra", "St", "Ste", "Supt",
];

/// Abbreviations that may end a sentence or not ("Inc.", "Jr.", "etc.").
pub(crate) static MAYBE_FINAL: &Words = words![
    "Ave", "Blvd", "Bros", "Co", "Corp", "Esq", "Inc", "Jr", "LLC", "Ltd", "Plc", "Rd", "etc",
];

/// Abbreviations that never end a sentence when a number follows ("No. 5", "Vol. 2", "Rs. 50").
pub(crate) static BEFORE_NUMBER: &Words =
    words!["Art", "Ch", "Fig", "No", "Nos", "Nr", "Rs", "Sec", "Vol", "p", "pp"];

/// Abbreviations that never end a sentence ("vs.", "e.g.").
pub(crate) static NEVER_FINAL: &Words =
    words!["approx", "ca", "cf", "e.g", "i.e", "v", "viz", "vs"];

/// Words that often begin a sentence; after an ambiguous abbreviation ("U.S.", "Inc.") a
/// capitalised word from this list is taken to start a new sentence.
pub(crate) static STARTERS: &Words = words![
    "A",
    "According",
    "After",
    "All",
    "Also",
    "Although",
    "An",
    "And",
    "As",
    "At",
    "Before",
    "Both",
    "But",
    "By",
    "Despite",
    "During",
    "Each",
    "Earlier",
    "Even",
    "For",
    "He",
    "Her",
    "Here",
    "His",
    "How",
    "However",
    "I",
    "If",
    "In",
    "Instead",
    "It",
    "Its",
    "Last",
    "Later",
    "Many",
    "Meanwhile",
    "Most",
    "My",
    "Next",
    "No",
    "Not",
    "Now",
    "Officials",
    "On",
    "Or",
    "Other",
    "Others",
    "Our",
    "Police",
    "She",
    "Since",
    "So",
    "Some",
    "Still",
    "Such",
    "That",
    "The",
    "Their",
    "Then",
    "There",
    "These",
    "They",
    "This",
    "Those",
    "Though",
    "Today",
    "Under",
    "Until",
    "We",
    "What",
    "When",
    "Where",
    "While",
    "Who",
    "Why",
    "With",
    "Yesterday",
    "Yet",
    "You",
    "Your",
];

/// Time zones and other words that follow a clock time ("4 p.m. ET").
pub(crate) static TIME_FOLLOWERS: &Words = words![
    "AEDT", "AEST", "BST", "CDT", "CEST", "CET", "CST", "CT", "Central", "EDT", "EST", "ET",
    "Eastern", "GMT", "IST", "JST", "MDT", "MST", "MT", "Mountain", "PDT", "PST", "PT", "Pacific",
    "UTC", "local",
];

/// Function words: determiners, pronouns, prepositions, conjunctions, auxiliaries and common
/// verbs. A counted noun phrase stops at them.
pub(crate) static FUNCTION_WORDS: &Words = words![
    // determiners and pronouns
    "a",
    "all",
    "an",
    "another",
    "any",
    "both",
    "each",
    "either",
    "every",
    "he",
    "her",
    "here",
    "him",
    "his",
    "how",
    "i",
    "it",
    "its",
    "me",
    "my",
    "neither",
    "other",
    "our",
    "own",
    "she",
    "some",
    "such",
    "that",
    "the",
    "their",
    "them",
    "there",
    "these",
    "they",
    "this",
    "those",
    "us",
    "we",
    "what",
    "when",
    "where",
    "which",
    "who",
    "whom",
    "whose",
    "why",
    "you",
    "your",
    // prepositions
    "about",
    "across",
    "after",
    "against",
    "ago",
    "amid",
    "among",
    "apart",
    "around",
    "as",
    "at",
    "before",
    "between",
    "by",
    "down",
    "during",
    "for",
    "from",
    "in",
    "into",
    "like",
    "near",
    "of",
    "off",
    "on",
    "onto",
    "out",
    "over",
    "per",
    "since",
    "than",
    "through",
    "till",
    "to",
    "toward",
    "towards",
    "under",
    "until",
    "up",
    "upon",
    "via",
    "with",
    "within",
    "without",
    // conjunctions and particles
    "again",
    "also",
    "although",
    "and",
    "because",
    "but",
    "even",
    "if",
    "just",
    "least",
    "less",
    "more",
    "most",
    "no",
    "nor",
    "not",
    "only",
    "or",
    "so",
    "still",
    "then",
    "though",
    "too",
    "very",
    "whether",
    "while",
    "yet",
    // auxiliaries
    "am",
    "are",
    "aren't",
    "be",
    "been",
    "being",
    "can",
    "can't",
    "could",
    "couldn't",
    "did",
    "didn't",
    "do",
    "does",
    "doesn't",
    "don't",
    "had",
    "hadn't",
    "has",
    "hasn't",
    "have",
    "haven't",
    "having",
    "is",
    "isn't",
    "may",
    "might",
    "must",
    "shall",
    "should",
    "was",
    "wasn't",
    "were",
    "weren't",
    "will",
    "won't",
    "would",
    "wouldn't",
    // frequent verbs
    "according",
    "became",
    "become",
    "came",
    "come",
    "comes",
    "died",
    "get",
    "go",
    "goes",
    "got",
    "killed",
    "left",
    "made",
    "make",
    "makes",
    "remain",
    "remained",
    "remains",
    "reported",
    "said",
    "say",
    "says",
    "take",
    "takes",
    "tell",
    "tells",
    "told",
    "took",
    "went",
];

/// Verbs of attribution ("said", "told", "reported"), in all their usual forms.
pub(crate) static ATTRIBUTION: &Words = words![
    "added",
    "adds",
    "announced",
    "announces",
    "argued",
    "assessed",
    "assesses",
    "believed",
    "believes",
    "claimed",
    "claims",
    "confirmed",
    "confirms",
    "explained",
    "explains",
    "insisted",
    "noted",
    "notes",
    "reported",
    "reports",
    "said",
    "say",
    "says",
    "stated",
    "states",
    "suggested",
    "suggests",
    "tells",
    "told",
    "tweeted",
    "warned",
    "warns",
    "writes",
    "wrote",
];

/// Irregular past-tense verbs, a sign of a past-tense clause.
pub(crate) static PAST_IRREGULAR: &Words = words![
    "ago", "became", "began", "bought", "broke", "brought", "built", "came", "caught", "chose",
    "did", "didn't", "drew", "drove", "fell", "felt", "flew", "fought", "found", "gave", "got",
    "grew", "had", "hadn't", "heard", "held", "hid", "kept", "knew", "led", "left", "lost", "made",
    "meant", "met", "paid", "put", "ran", "rose", "said", "sank", "saw", "sent", "shot", "sold",
    "sought", "spent", "spoke", "stole", "stood", "struck", "swore", "taught", "thought", "threw",
    "told", "took", "was", "wasn't", "went", "were", "weren't", "won", "wore", "wrote",
];

/// Words ending in "-ed" that are not past-tense verbs.
pub(crate) static NOT_PAST_ED: &Words = words![
    "bed", "bleed", "bred", "breed", "creed", "deed", "embed", "exceed", "feed", "greed",
    "hundred", "indeed", "need", "proceed", "red", "seed", "shed", "shred", "sled", "speed",
    "steed", "succeed", "tweed", "wed", "weed",
];

/// Forms of "to be" that make a following "-ed" word a passive, not a past tense.
pub(crate) static BE_FORMS: &Words =
    words!["'s", "am", "are", "be", "been", "being", "get", "gets", "is"];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lookups() {
        assert_eq!(month("September"), Some((9, false)));
        assert_eq!(month("Sept"), Some((9, true)));
        assert_eq!(month("Nov"), Some((11, true)));
        assert_eq!(month("may"), None);
        assert_eq!(month("Ma"), None);
        assert_eq!(weekday("Sunday"), Some(6));
        assert_eq!(weekday("sunday"), None);
        assert_eq!(number_word("Twenty"), Some(20.0));
        assert_eq!(number_word("dozen"), Some(12.0));
        assert_eq!(scale_word("Million"), Some(1e6));
        assert_eq!(scale_suffix("bn"), Some(1e9));
        assert_eq!(vague_plural("thousands"), Some(1e3));
    }
}
