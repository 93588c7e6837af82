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
    "Mr", "Mrs", "Ms", "Mx", "Dr", "Prof", "Gov", "Sen", "Rep", "Reps", "Gen", "Lt", "Col", "Maj",
    "Sgt", "Capt", "Cpl", "Pvt", "Cmdr", "Adm", "Rev", "Hon", "Pres", "Supt", "Det", "Insp", "St",
    "Ste", "Mt", "Ft", "Atty", "Gens", "Messrs", "Fr", "Sr", "Sra", "Msgr",
];

/// Abbreviations that may end a sentence or not ("Inc.", "Jr.", "etc.").
pub(crate) static MAYBE_FINAL: &Words = words![
    "Jr", "Inc", "Corp", "Co", "Ltd", "Bros", "LLC", "Plc", "etc", "Esq", "Ave", "Blvd", "Rd",
];

/// Abbreviations that never end a sentence when a number follows ("No. 5", "Vol. 2", "Rs. 50").
pub(crate) static BEFORE_NUMBER: &Words =
    words!["No", "Nos", "Vol", "Fig", "Art", "pp", "p", "Ch", "Sec", "Nr", "Rs",];

/// Abbreviations that never end a sentence ("vs.", "e.g.").
pub(crate) static NEVER_FINAL: &Words =
    words!["vs", "v", "e.g", "i.e", "cf", "approx", "viz", "ca"];

/// Words that often begin a sentence; after an ambiguous abbreviation ("U.S.", "Inc.") a
/// capitalised word from this list is taken to start a new sentence.
pub(crate) static STARTERS: &Words = words![
    "The",
    "A",
    "An",
    "He",
    "She",
    "It",
    "They",
    "We",
    "I",
    "You",
    "His",
    "Her",
    "Its",
    "Their",
    "Our",
    "My",
    "Your",
    "This",
    "That",
    "These",
    "Those",
    "There",
    "Here",
    "But",
    "And",
    "Or",
    "So",
    "Yet",
    "Then",
    "Now",
    "In",
    "On",
    "At",
    "For",
    "If",
    "When",
    "While",
    "After",
    "Before",
    "As",
    "Since",
    "Although",
    "Though",
    "However",
    "Meanwhile",
    "Still",
    "Also",
    "Some",
    "Many",
    "Most",
    "Both",
    "Each",
    "All",
    "Other",
    "Others",
    "What",
    "Why",
    "How",
    "Who",
    "Where",
    "According",
    "Not",
    "No",
    "Last",
    "Next",
    "Earlier",
    "Later",
    "Today",
    "Yesterday",
    "Such",
    "Officials",
    "Police",
    "Instead",
    "Even",
    "Despite",
    "During",
    "Under",
    "Until",
    "By",
    "With",
];

/// Time zones and other words that follow a clock time ("4 p.m. ET").
pub(crate) static TIME_FOLLOWERS: &Words = words![
    "ET", "EST", "EDT", "CT", "CST", "CDT", "MT", "MST", "MDT", "PT", "PST", "PDT", "GMT", "BST",
    "UTC", "CET", "CEST", "AEST", "AEDT", "IST", "JST", "local", "Eastern", "Pacific", "Central",
    "Mountain",
];

/// Function words: determiners, pronouns, prepositions, conjunctions, auxiliaries and common
/// verbs. A counted noun phrase stops at them.
pub(crate) static FUNCTION_WORDS: &Words = words![
    // determiners and pronouns
    "the",
    "a",
    "an",
    "this",
    "that",
    "these",
    "those",
    "his",
    "her",
    "its",
    "their",
    "our",
    "my",
    "your",
    "he",
    "she",
    "it",
    "they",
    "we",
    "i",
    "you",
    "him",
    "them",
    "us",
    "me",
    "who",
    "whom",
    "whose",
    "which",
    "what",
    "where",
    "when",
    "why",
    "how",
    "there",
    "here",
    "each",
    "every",
    "all",
    "both",
    "either",
    "neither",
    "such",
    "own",
    "other",
    "another",
    "any",
    "some",
    // prepositions
    "of",
    "in",
    "on",
    "at",
    "to",
    "for",
    "from",
    "by",
    "with",
    "about",
    "into",
    "onto",
    "over",
    "under",
    "after",
    "before",
    "between",
    "during",
    "than",
    "as",
    "since",
    "until",
    "till",
    "through",
    "across",
    "against",
    "among",
    "amid",
    "around",
    "toward",
    "towards",
    "within",
    "without",
    "upon",
    "per",
    "via",
    "like",
    "near",
    "off",
    "out",
    "up",
    "down",
    "ago",
    "apart",
    // conjunctions and particles
    "and",
    "or",
    "but",
    "nor",
    "so",
    "yet",
    "if",
    "because",
    "while",
    "although",
    "though",
    "whether",
    "not",
    "no",
    "also",
    "only",
    "just",
    "even",
    "still",
    "then",
    "too",
    "very",
    "more",
    "less",
    "most",
    "least",
    "again",
    // auxiliaries
    "is",
    "are",
    "was",
    "were",
    "be",
    "been",
    "being",
    "am",
    "have",
    "has",
    "had",
    "having",
    "do",
    "does",
    "did",
    "will",
    "would",
    "can",
    "could",
    "may",
    "might",
    "shall",
    "should",
    "must",
    "won't",
    "didn't",
    "don't",
    "doesn't",
    "wasn't",
    "weren't",
    "isn't",
    "aren't",
    "hasn't",
    "haven't",
    "hadn't",
    "can't",
    "couldn't",
    "wouldn't",
    // frequent verbs
    "said",
    "say",
    "says",
    "told",
    "tell",
    "tells",
    "reported",
    "according",
    "died",
    "killed",
    "remain",
    "remained",
    "remains",
    "came",
    "come",
    "comes",
    "went",
    "go",
    "goes",
    "got",
    "get",
    "took",
    "take",
    "takes",
    "made",
    "make",
    "makes",
    "left",
    "become",
    "became",
];

/// Verbs of attribution ("said", "told", "reported"), in all their usual forms.
pub(crate) static ATTRIBUTION: &Words = words![
    "said",
    "says",
    "say",
    "told",
    "tells",
    "reported",
    "reports",
    "added",
    "adds",
    "confirmed",
    "confirms",
    "claimed",
    "claims",
    "noted",
    "notes",
    "announced",
    "announces",
    "stated",
    "states",
    "assessed",
    "assesses",
    "wrote",
    "writes",
    "explained",
    "explains",
    "insisted",
    "argued",
    "warned",
    "warns",
    "suggested",
    "suggests",
    "believes",
    "believed",
    "tweeted",
];

/// Irregular past-tense verbs, a sign of a past-tense clause.
pub(crate) static PAST_IRREGULAR: &Words = words![
    "said", "told", "took", "made", "came", "went", "gave", "held", "met", "began", "saw", "found",
    "got", "left", "sent", "won", "lost", "wrote", "spoke", "became", "brought", "thought", "knew",
    "ran", "fell", "rose", "shot", "led", "paid", "kept", "felt", "stood", "sold", "bought",
    "built", "caught", "fought", "taught", "grew", "drew", "threw", "broke", "chose", "drove",
    "flew", "hid", "struck", "sank", "wore", "stole", "was", "were", "had", "did", "ago", "didn't",
    "wasn't", "weren't", "hadn't", "heard", "meant", "sought", "swore", "spent", "put",
];

/// Words ending in "-ed" that are not past-tense verbs.
pub(crate) static NOT_PAST_ED: &Words = words![
    "indeed", "need", "speed", "seed", "feed", "proceed", "exceed", "succeed", "breed", "bleed",
    "hundred", "red", "bed", "shed", "wed", "sled", "weed", "greed", "creed", "deed", "steed",
    "embed", "bred", "shred", "tweed",
];

/// Forms of "to be" that make a following "-ed" word a passive, not a past tense.
pub(crate) static BE_FORMS: &Words =
    words!["is", "are", "be", "been", "being", "am", "'s", "get", "gets",];

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
