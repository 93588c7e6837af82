//! Sentence splitting for news prose.
//!
//! Each paragraph is split on its own, so a paragraph break always ends a sentence. Inside a
//! paragraph a sentence ends after `.`, `!`, `?` or an ellipsis, together with any closing quotes
//! or brackets that follow (`…confirm." Next` splits after the quote), when whitespace and then a
//! capital letter, a digit or an opening quote come next. A lowercase continuation never starts a
//! sentence (`"…," he said.`, `"Why?" she asked.`), and a full stop is not an end after:
//!
//! * a title before a name ("Mr.", "Gov.", "Sen.", "Dr.", "St.") or a single initial ("J. R. R.");
//! * "No.", "Rs.", "Jan.", "Nov." and the like before a number ("Nov. 21", "No. 5", "Rs. 50");
//! * "e.g.", "i.e.", "vs.";
//! * a dotted abbreviation ("U.S.", "a.m.", "Inc.") unless the next word is one that usually opens
//!   a sentence ("The", "He", "But", …) — "the U.S. Flag Code" stays whole, "in the U.S. The" splits.
//!
//! Decimals ("4.8") and dotted names ("Snopes.com") never split because no space follows the dot.
//! The scan is a single pass over each paragraph.
//!
//! A "sentence" longer than [`MAX_SENTENCE`] bytes is cut at a space into pieces no longer than
//! that. No news sentence comes near it, and it bounds the work every extractor does per
//! sentence, so a hostile article that is one megabyte-long sentence still takes linear time.

use super::lexicon::{self as lx, is_in};
use crate::extract::charclass::CharClass;
use crate::model::{Sentence, Span};

/// Splits paragraphs into sentences; each sentence's span is its byte range in its paragraph.
///
/// ```
/// use factcard_core::extract::sentence::split;
/// let s = split(&["Gov. Smith arrived at 4 p.m. on Jan. 5. He spoke.".to_owned()]);
/// assert_eq!(s.len(), 2);
/// assert_eq!(s[1].text, "He spoke.");
/// assert_eq!(s[1].span.as_str("Gov. Smith arrived at 4 p.m. on Jan. 5. He spoke."), Some("He spoke."));
/// ```
pub fn split(paragraphs: &[String]) -> Vec<Sentence> {
    let mut out = Vec::new();
    for (pi, p) in paragraphs.iter().enumerate() {
        let mut start = 0;
        for cut in cuts(p) {
            push(&mut out, pi, p, start, cut);
            start = cut;
        }
        push(&mut out, pi, p, start, p.len());
    }
    out
}

/// The longest sentence kept whole, in bytes; longer ones are cut at a space.
pub const MAX_SENTENCE: usize = 2_000;

/// Pushes `p[start..end]` as one sentence, or as pieces of at most [`MAX_SENTENCE`] bytes cut
/// before a whitespace (mid-word only when a piece has none).
fn push(out: &mut Vec<Sentence>, paragraph: usize, p: &str, mut start: usize, end: usize) {
    while end.saturating_sub(start) > MAX_SENTENCE {
        let mut cut = start + MAX_SENTENCE;
        while !p.is_char_boundary(cut) {
            cut -= 1;
        }
        if let Some(ws) = p.get(start..cut).and_then(|w| w.rfind(char::is_whitespace)) {
            if ws > 0 {
                cut = start + ws;
            }
        }
        push_one(out, paragraph, p, start, cut);
        start = cut;
    }
    push_one(out, paragraph, p, start, end);
}

fn push_one(out: &mut Vec<Sentence>, paragraph: usize, p: &str, start: usize, end: usize) {
    let Some(text) = p.get(start..end) else {
        return;
    };
    let trimmed = text.trim();
    if trimmed.is_empty() {
        return;
    }
    let s = start + (text.len() - text.trim_start().len());
    out.push(Sentence {
        paragraph,
        span: Span::new(s, s + trimmed.len()),
        text: trimmed.to_owned(),
    });
}

const ELLIPSIS: char = '\u{2026}';

fn is_terminator(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | ELLIPSIS)
}

fn is_closer(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | '\u{201D}' | '\u{2019}' | ')' | ']' | '\u{00BB}'
    )
}

fn is_opener(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | '\u{201C}' | '\u{2018}' | '(' | '[' | '\u{00AB}'
    )
}

/// Byte offsets where a sentence ends (just after its terminator and closing quotes).
///
/// The scan skips to the next byte that can begin a terminator: `.`, `!`, `?` or the lead byte
/// of `…` (0xE2, which only ever begins a character), and decodes characters only there.
fn cuts(p: &str) -> Vec<usize> {
    let mut out = Vec::new();
    let char_at = |k: usize| p.get(k..).and_then(|r| r.chars().next());
    let mut i = 0;
    while let Some(skip) = p.as_bytes().get(i..).and_then(|b| {
        b.iter()
            .position(|b| matches!(b, b'.' | b'!' | b'?' | 0xE2))
    }) {
        i += skip;
        let Some(c) = char_at(i) else { break };
        if !is_terminator(c) {
            i += c.len_utf8();
            continue;
        }
        // The run of terminators ("?!", "...", "…").
        let mut j = i + c.len_utf8();
        while let Some(d) = char_at(j).filter(|&d| is_terminator(d)) {
            j += d.len_utf8();
        }
        // Closing quotes and brackets glued to it.
        let mut end = j;
        while let Some(d) = char_at(end).filter(|&d| is_closer(d)) {
            end += d.len_utf8();
        }
        let at = i;
        i = end;
        let rest = p.get(end..).unwrap_or("");
        match rest.chars().next() {
            None => continue, // the paragraph's end closes the sentence anyway
            Some(n) if !n.is_whitespace() => continue,
            Some(_) => {}
        }
        let run = p.get(at..j).unwrap_or("");
        if ends_sentence(p, at, run, rest.trim_start()) {
            out.push(end);
        }
    }
    out
}

/// The next word after optional opening quotes, and whether quotes opened it.
fn next_word(rest: &str) -> (&str, bool) {
    let body = rest.trim_start_matches(is_opener);
    let quoted = body.len() != rest.len();
    let end = body
        .char_indices()
        .find(|&(_, c)| !(c.is_alnum() || c == '.' || c == '\''))
        .map_or(body.len(), |(k, _)| k);
    let w = body.get(..end).unwrap_or("");
    (w.trim_end_matches('.'), quoted)
}

fn ends_sentence(p: &str, at: usize, run: &str, rest: &str) -> bool {
    let (next, quoted) = next_word(rest);
    let Some(first) = next.chars().next() else {
        // Punctuation or a bracket follows: a new sentence only after ! or ?.
        return quoted || run.contains(['!', '?']);
    };
    if first.is_lower() {
        return false;
    }
    let starter = is_in(next, lx::STARTERS);
    if run.contains(['!', '?']) {
        return true;
    }
    if run.len() > 1 || run.chars().any(|c| c == ELLIPSIS) {
        // An ellipsis usually marks an omission inside a sentence.
        return starter || quoted;
    }
    // A single full stop: look at the word before it.
    let before = p.get(..at).unwrap_or("");
    let wstart = before
        .char_indices()
        .rev()
        .find(|&(_, c)| !(c.is_alnum() || c == '.'))
        .map_or(0, |(k, c)| k + c.len_utf8());
    let prev = before.get(wstart..).unwrap_or("");
    let digit_next = first.is_ascii_digit();
    if prev.is_empty() {
        return true;
    }
    if prev.as_bytes().contains(&b'.') {
        // Dotted abbreviations: "U.S.", "a.m.", "e.g.", "D.C."
        if is_in(prev, lx::NEVER_FINAL) {
            return false;
        }
        if prev.eq_ignore_ascii_case("a.m") || prev.eq_ignore_ascii_case("p.m") {
            return !(digit_next
                || lx::weekday(next).is_some()
                || lx::month(next).is_some()
                || is_in(next, lx::TIME_FOLLOWERS));
        }
        return starter;
    }
    let mut chars = prev.chars();
    if let (Some(c), None) = (chars.next(), chars.next()) {
        // A lone capital is an initial ("J. R. R. Tolkien", "Morris W. Travers").
        return !c.is_upper();
    }
    if lx::TITLES.contains(prev) {
        return false;
    }
    if is_in(prev, lx::NEVER_FINAL) {
        return false;
    }
    if digit_next && (lx::BEFORE_NUMBER.contains(prev) || lx::month(prev).is_some_and(|m| m.1)) {
        return false;
    }
    if is_in(prev, lx::MAYBE_FINAL) || lx::month(prev).is_some_and(|m| m.1) {
        return starter;
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(p: &str) -> Vec<String> {
        split(&[p.to_owned()]).into_iter().map(|s| s.text).collect()
    }

    #[test]
    fn splits_news_sentences() {
        #[rustfmt::skip]
        let cases: &[(&str, &[&str])] = &[
            ("The U.S. Flag Code applies. It is old.", &["The U.S. Flag Code applies.", "It is old."]),
            ("He moved to the U.S. The move was quick.", &["He moved to the U.S.", "The move was quick."]),
            ("Gov. Gavin Newsom and Sen. Alex Padilla spoke.", &["Gov. Gavin Newsom and Sen. Alex Padilla spoke."]),
            ("Mr. Smith met Dr. Jones on St. Patrick's Day.", &["Mr. Smith met Dr. Jones on St. Patrick's Day."]),
            ("It happened on Nov. 21, 2022. Officials agreed.", &["It happened on Nov. 21, 2022.", "Officials agreed."]),
            ("J. R. R. Tolkien wrote it. Morris W. Travers helped.", &["J. R. R. Tolkien wrote it.", "Morris W. Travers helped."]),
            ("Sales rose 4.8 percent. Costs fell.", &["Sales rose 4.8 percent.", "Costs fell."]),
            ("She stayed up until 4 a.m. recently.", &["She stayed up until 4 a.m. recently."]),
            ("The vote ends at 8 p.m. Tuesday.", &["The vote ends at 8 p.m. Tuesday."]),
            ("The vote ended at 8 p.m. The count began.", &["The vote ended at 8 p.m.", "The count began."]),
            ("He ranked No. 1 in the world.", &["He ranked No. 1 in the world."]),
            ("The bank lent Rs. 2.5 trillion. Farmers cheered.", &["The bank lent Rs. 2.5 trillion.", "Farmers cheered."]),
            ("\"Such a meeting is planned, we can confirm,\" he told reporters.", &["\"Such a meeting is planned, we can confirm,\" he told reporters."]),
            ("Peskov said. \"We can confirm.\" Next came questions.", &["Peskov said.", "\"We can confirm.\"", "Next came questions."]),
            ("“We can confirm.” Next came questions.", &["“We can confirm.”", "Next came questions."]),
            ("\"Where is it?\" she asked.", &["\"Where is it?\" she asked."]),
            ("Stop! Police are here. Why? Nobody knows.", &["Stop!", "Police are here.", "Why?", "Nobody knows."]),
            ("It was stolen ... TMZ has learned.", &["It was stolen ... TMZ has learned."]),
            ("It speaks … of cities.", &["It speaks … of cities."]),
            ("I waited... The door opened.", &["I waited...", "The door opened."]),
            ("Visit Snopes.com today. It is free.", &["Visit Snopes.com today.", "It is free."]),
            ("Acme Inc. The company said so.", &["Acme Inc.", "The company said so."]),
            ("Acme Inc. Chief Executive Jane Doe said so.", &["Acme Inc. Chief Executive Jane Doe said so."]),
            ("Apples, pears, etc. were sold.", &["Apples, pears, etc. were sold."]),
            ("The a-ha! moment arrives.", &["The a-ha! moment arrives."]),
            ("Rates fell (slightly.) Then rose.", &["Rates fell (slightly.)", "Then rose."]),
            ("The ratio is 1:2. 300 people came.", &["The ratio is 1:2.", "300 people came."]),
            ("Taxes e.g. VAT rose.", &["Taxes e.g. VAT rose."]),
            ("“Indeed, it is planned,” Peskov said. “It is in preparation.”", &["“Indeed, it is planned,” Peskov said.", "“It is in preparation.”"]),
            ("The rally in Washington, D.C. drew crowds. It ended late.", &["The rally in Washington, D.C. drew crowds.", "It ended late."]),
            ("Shares fell 2.5% on Monday. Analysts had expected a rise.", &["Shares fell 2.5% on Monday.", "Analysts had expected a rise."]),
            ("Rep. Jane Doe (D-Calif.) voted no. The bill passed.", &["Rep. Jane Doe (D-Calif.) voted no.", "The bill passed."]),
            ("Wait… What happened?", &["Wait…", "What happened?"]),
            ("", &[]),
        ];
        for (p, want) in cases {
            assert_eq!(texts(p), *want, "{p}");
        }
    }

    #[test]
    fn paragraphs_and_spans() {
        let paras = vec![
            "  First one. Second one.".to_owned(),
            "Third.".to_owned(),
            "   ".to_owned(),
        ];
        let s = split(&paras);
        assert_eq!(s.len(), 3);
        assert_eq!((s[0].paragraph, s[1].paragraph, s[2].paragraph), (0, 0, 1));
        for x in &s {
            assert_eq!(x.span.as_str(&paras[x.paragraph]), Some(x.text.as_str()));
        }
    }

    /// Found while hardening: one 1 MB "sentence" full of attributions made the per-sentence
    /// extractors quadratic (a minute for a 5 MB article). Long runs are now cut at spaces.
    #[test]
    fn overlong_sentences_are_cut_at_spaces() {
        for p in [
            "Officials said \u{201C}we will not comment\u{201D} on Tuesday, ".repeat(2_000),
            "x".repeat(5_001),
            format!("{}{}", "日本".repeat(1_000), " e\u{301}".repeat(900)),
        ] {
            let s = split(std::slice::from_ref(&p));
            assert!(s.len() > 1, "{} bytes stayed one sentence", p.len());
            let mut words = 0;
            for x in &s {
                assert!(x.text.len() <= MAX_SENTENCE);
                assert_eq!(x.span.as_str(&p), Some(x.text.as_str()));
                words += x.text.split_whitespace().count();
            }
            if p.starts_with("Officials") {
                assert_eq!(words, p.split_whitespace().count(), "no word cut or lost");
            }
        }
        // A long but real sentence stays whole.
        let long = format!("{}.", "He said it was fine, ".repeat(90));
        assert_eq!(split(std::slice::from_ref(&long)).len(), 1);
    }

    proptest::proptest! {
        #[test]
        fn never_panics_and_spans_fit(p in "[a-zA-Z0-9 .!?\"'“”’…,()éü日-]{0,80}") {
            let paras = vec![p.clone()];
            for s in split(&paras) {
                proptest::prop_assert_eq!(s.span.as_str(&p), Some(s.text.as_str()));
                proptest::prop_assert!(!s.text.is_empty());
            }
        }
    }
}
