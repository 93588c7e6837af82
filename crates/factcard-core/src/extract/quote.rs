//! Quotes: direct quotations of two words or more, with their speakers.
//!
//! Quotation marks are paired per paragraph (straight `"` alternate open/close; curly `“` opens
//! and `”` closes), so a quotation may cross the sentence splitter's boundaries: it is attached to
//! the sentence where it opens, its `span` stays inside that sentence and `text` holds the whole
//! quotation without the marks but with the punctuation inside them. A quotation left open at the
//! end of a paragraph (news style for a quote running on) ends there.
//!
//! Not quotations: one-word quotes, titles and names in quotes (every word capitalised, no final
//! punctuation: "Super Mario Run"), and short scare quotes inside a phrase ("the "jobs machine"").
//!
//! The speaker is found, in order, after the closing mark (`"…," Roe told reporters`, `said
//! Mr. Roe`, `one woman said`), before the opening mark (`Roe said: "…"`, `according to X`), from
//! the subject of a speech verb earlier in the sentence (`Russian mothers accused the Kremlin of
//! … "…"`), or from the previous quotation of the same paragraph. A surname becomes the person's
//! fullest name and `person` its index; a pronoun becomes the most recent person mentioned whose
//! first name does not contradict it; a description ("one woman", "officials") is kept as written.

use super::names::{self, Kind, Tok};
use crate::model::{Person, Quote, Sentence, Span};

/// Sentences of one paragraph joined with single spaces, and where each one starts.
struct Para {
    text: String,
    /// (sentence index, start offset in `text`).
    parts: Vec<(usize, usize)>,
}

impl Para {
    /// The sentence holding paragraph offset `pos`, and the offset local to it.
    fn locate(&self, pos: usize) -> Option<(usize, usize)> {
        self.parts
            .iter()
            .rev()
            .find(|(_, start)| *start <= pos)
            .map(|&(si, start)| (si, pos - start))
    }
}

fn paragraphs(sentences: &[Sentence]) -> Vec<Para> {
    let mut out: Vec<Para> = Vec::new();
    let mut current: Option<usize> = None;
    for (si, s) in sentences.iter().enumerate() {
        if current != Some(s.paragraph) || out.is_empty() {
            out.push(Para {
                text: String::new(),
                parts: Vec::new(),
            });
            current = Some(s.paragraph);
        }
        if let Some(p) = out.last_mut() {
            if !p.text.is_empty() {
                p.text.push(' ');
            }
            p.parts.push((si, p.text.len()));
            p.text.push_str(&s.text);
        }
    }
    out
}

/// Pairs quotation marks: (open token, close token or `None` when left open).
fn pairs(toks: &[Tok<'_>]) -> Vec<(usize, Option<usize>)> {
    let mut out = Vec::new();
    let mut open: Option<usize> = None;
    for (i, t) in toks.iter().enumerate() {
        match t.text {
            "\"" => match open {
                None => open = Some(i),
                Some(o) => {
                    out.push((o, Some(i)));
                    open = None;
                }
            },
            "“" | "«" | "„" => {
                if let Some(o) = open {
                    // A new opening mark: the earlier quote ran on without closing.
                    out.push((o, None));
                }
                open = Some(i);
            }
            "”" | "»" => {
                if let Some(o) = open {
                    out.push((o, Some(i)));
                    open = None;
                }
            }
            _ => {}
        }
    }
    if let Some(o) = open {
        out.push((o, None));
    }
    out
}

fn is_speech(t: Option<&Tok<'_>>) -> bool {
    t.is_some_and(|t| t.is_word() && !t.is_cap() && names::in_list(names::SPEECH_VERBS, t.text))
}

/// A speaker phrase as token range `a..b` in the paragraph.
type Np = (usize, usize);

/// The attribution after the closing mark: `," Roe said`, `," said Mr. Roe`.
fn after_close(toks: &[Tok<'_>], close: usize) -> Option<Np> {
    let mut i = close + 1;
    if toks.get(i).is_some_and(|t| t.is(",")) {
        i += 1;
    }
    // "said Mr. Roe" / "added the minister".
    if is_speech(toks.get(i)) {
        let a = i + 1;
        let b = names::np_forward(toks, a, 6);
        return (b > a).then_some((a, b));
    }
    // "Roe told reporters" / "one woman said".
    let mut j = i;
    while j < i + 7 {
        let t = toks.get(j)?;
        if is_speech(Some(t)) {
            // "her mother, Fiona, said": leave the trailing comma out.
            let mut e = j;
            while e > i && toks.get(e - 1).is_some_and(|p| p.is(",")) {
                e -= 1;
            }
            return (e > i).then_some((i, e));
        }
        if t.kind == Kind::Punct && !t.is(".") && !(t.is(",") && j > i) {
            return None;
        }
        if t.is(".")
            && !toks
                .get(j.wrapping_sub(1))
                .is_some_and(|p| names::in_list(names::ABBREV_TITLES, p.text))
        {
            return None;
        }
        j += 1;
    }
    None
}

/// The attribution before the opening mark: `Roe said: "`, `Roe told reporters, "`,
/// `according to the report, "`.
fn before_open(toks: &[Tok<'_>], open: usize) -> Option<Np> {
    let mut i = open;
    while i > 0 && toks.get(i - 1).is_some_and(|t| t.is(":") || t.is(",")) {
        i -= 1;
    }
    // "according to X,".
    for k in (i.saturating_sub(8)..i).rev() {
        if toks
            .get(k)
            .is_some_and(|t| t.text.eq_ignore_ascii_case("according"))
            && toks.get(k + 1).is_some_and(|t| t.text == "to")
        {
            return (k + 2 < i).then_some((k + 2, i));
        }
    }
    if i == open && !is_speech(toks.get(i.wrapping_sub(1))) {
        return None;
    }
    // The verb may have an object first: "told reporters:".
    for back in 1..=3 {
        let v = i.checked_sub(back)?;
        if is_speech(toks.get(v)) {
            let a = names::np_back(toks, v, 6);
            return (a < v).then_some((a, v));
        }
        if toks.get(v).is_some_and(|t| t.kind == Kind::Punct) {
            return None;
        }
    }
    None
}

/// The subject of a speech verb earlier in the quote's sentence.
fn clause_subject(toks: &[Tok<'_>], sentence_start: usize, open: usize) -> Option<Np> {
    let v = (sentence_start..open)
        .rev()
        .find(|&k| is_speech(toks.get(k)))?;
    let a = names::np_back(toks, v, 6);
    (a < v && a >= sentence_start).then_some((a, v))
}

/// A found speaker: the name to show and the person index.
type Speaker = (Option<String>, Option<usize>);

struct Ctx<'a> {
    sentences: &'a [Sentence],
    people: &'a [Person],
}

impl Ctx<'_> {
    /// The person mentioned in sentence `si` between local offsets `s..e`.
    fn person_at(&self, si: usize, s: usize, e: usize) -> Option<usize> {
        self.people.iter().position(|p| {
            p.mentions
                .iter()
                .any(|m| m.sentence == si && m.span.start < e && s < m.span.end)
        })
    }

    /// The most recent person mentioned before (sentence `si`, offset `pos`) whose first name
    /// does not contradict the pronoun's gender.
    fn recent_person(&self, si: usize, pos: usize, gender: Option<bool>) -> Option<usize> {
        let mut best: Option<(usize, usize, usize)> = None;
        for (pi, p) in self.people.iter().enumerate() {
            let g = p
                .name
                .split_whitespace()
                .next()
                .and_then(names::first_name)
                .flatten();
            if let (Some(want), Some(have)) = (gender, g) {
                if want != have {
                    continue;
                }
            }
            for m in &p.mentions {
                let before = m.sentence < si || (m.sentence == si && m.span.start < pos);
                if before && best.is_none_or(|(s, o, _)| (m.sentence, m.span.start) > (s, o)) {
                    best = Some((m.sentence, m.span.start, pi));
                }
            }
        }
        best.map(|b| b.2)
    }

    fn resolve(&self, para: &Para, toks: &[Tok<'_>], np: Np) -> Speaker {
        let (a, b) = np;
        let words: Vec<&Tok> = toks
            .get(a..b)
            .unwrap_or(&[])
            .iter()
            .filter(|t| t.is_word())
            .collect();
        let (Some(first), Some(last)) = (toks.get(a), toks.get(b.saturating_sub(1))) else {
            return (None, None);
        };
        let Some((si, local_s)) = para.locate(first.start) else {
            return (None, None);
        };
        let local_e = local_s + (last.end - first.start);
        if words.len() == 1 {
            if let Some(w) = words.first() {
                if let Some(g) = names::pronoun(w.text) {
                    if g.is_none() {
                        return (None, None);
                    }
                    let i = self.recent_person(si, local_s, g);
                    return (
                        i.and_then(|i| self.people.get(i)).map(|p| p.name.clone()),
                        i,
                    );
                }
                if names::in_list(
                    &["it", "we", "i", "you", "this", "that", "who", "which"],
                    w.text,
                ) {
                    return (None, None);
                }
            }
        }
        if let Some(i) = self.person_at(si, local_s, local_e) {
            return (self.people.get(i).map(|p| p.name.clone()), Some(i));
        }
        let text = para.text.get(first.start..last.end).unwrap_or("").trim();
        if text.is_empty() || words.is_empty() {
            return (None, None);
        }
        let _ = self.sentences;
        (Some(text.to_owned()), None)
    }
}

/// True for a quotation that is a title or name ("Super Mario Run", "Mother Heroine").
fn is_title(content: &str) -> bool {
    let ends = content.trim_end().ends_with(['.', '!', '?', '…']);
    let words: Vec<&str> = content.split_whitespace().collect();
    !ends
        && words.len() <= 6
        && words.iter().all(|w| {
            w.chars()
                .next()
                .is_some_and(|c| c.is_uppercase() || !c.is_alphabetic())
                || names::in_list(&["of", "the", "and", "a", "in", "on", "for", "to"], w)
        })
}

/// Finds direct quotations and attributes them to speakers.
///
/// ```
/// use factcard_core::extract::{person::people, quote::quotes, sentence::split};
/// let s = split(&["Spokeswoman Jane Roe spoke on Monday.".into(),
///                 "\"We can confirm it,\" Roe told reporters. \"It is planned.\"".into()]);
/// let q = quotes(&s, &people(&s));
/// assert_eq!(q[0].text, "We can confirm it,");
/// assert_eq!(q[0].speaker.as_deref(), Some("Jane Roe"));
/// assert_eq!(q[1].speaker.as_deref(), Some("Jane Roe"));
/// ```
pub fn quotes(sentences: &[Sentence], people: &[Person]) -> Vec<Quote> {
    let ctx = Ctx { sentences, people };
    let mut out = Vec::new();
    let mut prev_open_speaker: Option<Speaker> = None;
    for para in paragraphs(sentences) {
        let toks = names::tokenize(&para.text);
        let mut last_speaker: Option<Speaker> = None;
        let mut carried = prev_open_speaker.take();
        for (o, c) in pairs(&toks) {
            let Some(open) = toks.get(o) else { continue };
            let end = c
                .and_then(|c| toks.get(c))
                .map_or(para.text.len(), |t| t.start);
            let content = para.text.get(open.end..end).unwrap_or("").trim();
            let n_words = content
                .split_whitespace()
                .filter(|w| w.chars().any(char::is_alphanumeric))
                .count();
            if n_words < 2 || is_title(content) {
                continue;
            }
            let ends_punct = content.ends_with(['.', '!', '?', ',', '…']);
            let prev = o.checked_sub(1).and_then(|i| toks.get(i));
            let embedded = prev.is_some_and(|t| {
                (t.is_word() || t.kind == Kind::Poss)
                    && !names::in_list(names::SPEECH_VERBS, t.text)
            });
            if n_words <= 3 && !ends_punct && embedded && c.is_some() {
                continue;
            }
            let Some((si, local)) = para.locate(open.end) else {
                continue;
            };
            let Some(sentence) = sentences.get(si) else {
                continue;
            };
            let sentence_start_para = para.parts.iter().find(|p| p.0 == si).map_or(0, |p| p.1);
            let sent_end_para = sentence_start_para + sentence.text.len();
            let span_end = end.min(sent_end_para).saturating_sub(sentence_start_para);
            let raw = sentence.text.get(local..span_end.max(local)).unwrap_or("");
            let lead = raw.len() - raw.trim_start().len();
            let span = Span::new(local + lead, local + raw.trim_end().len());
            let sentence_tok = toks
                .iter()
                .position(|t| t.start >= sentence_start_para)
                .unwrap_or(0);
            // `"…," Roe said` needs the quotation to end with its own punctuation.
            let np = c
                .filter(|_| ends_punct)
                .and_then(|c| after_close(&toks, c))
                .or_else(|| before_open(&toks, o))
                .or_else(|| clause_subject(&toks, sentence_tok, o));
            let mut speaker: Speaker = match np {
                Some(np) => ctx.resolve(&para, &toks, np),
                None => (None, None),
            };
            // Without an attribution: the previous quote of the paragraph, or, for a paragraph
            // that opens with a quote, the last speaker of the paragraph before.
            let carry = if o == 0 { carried.clone() } else { None };
            if speaker.0.is_none() {
                if let Some(prev) = last_speaker.clone().or(carry) {
                    speaker = prev;
                }
            }
            carried = None;
            if speaker.0.is_some() {
                last_speaker = Some(speaker.clone());
            }
            out.push(Quote {
                text: content.to_owned(),
                speaker: speaker.0,
                person: speaker.1,
                sentence: Some(si),
                span: Some(span),
            });
        }
        prev_open_speaker = last_speaker;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::{person::people, sentence::split};

    fn run(paras: &[&str]) -> Vec<String> {
        let p: Vec<String> = paras.iter().map(|s| (*s).to_owned()).collect();
        let s = split(&p);
        let ppl = people(&s);
        quotes(&s, &ppl)
            .into_iter()
            .map(|q| {
                let sent = s
                    .get(q.sentence.unwrap_or(0))
                    .map_or("", |x| x.text.as_str());
                assert!(q.span.and_then(|sp| sp.as_str(sent)).is_some(), "span fits");
                format!("{} <{}>", q.text, q.speaker.unwrap_or_default())
            })
            .collect()
    }

    /// (paragraphs joined by " | ", expected "text <speaker>").
    const CASES: &[(&str, &[&str])] = &[
        ("Kremlin spokesman Dmitry Ivanov spoke. | \"Indeed, such a meeting is planned, we can confirm,\" Ivanov told reporters when pressed. \"Such a meeting is in preparation.\"",
         &["Indeed, such a meeting is planned, we can confirm, <Dmitry Ivanov>", "Such a meeting is in preparation. <Dmitry Ivanov>"]),
        ("Russian mothers accused the Kremlin of deploying their sons as \"cannon fodder.\"", &["cannon fodder. <Russian mothers>"]),
        ("Although Russian defense officials said some reservists with \"certain military specialties and relevant experience\" would be called up, the figure was not disclosed.",
         &["certain military specialties and relevant experience <Russian defense officials>"]),
        ("\"We were all deceived, all deceived. They were sent there as fodder,\" one woman said, according to the footage.", &["We were all deceived, all deceived. They were sent there as fodder, <one woman>"]),
        ("Sen. Mary Jones spoke first. | \"This bill will pass,\" she said.", &["This bill will pass, <Mary Jones>"]),
        ("“We are undoubtedly concerned over the origin of these pills,” said chief inspector Jennifer Mattinson from the police.", &["We are undoubtedly concerned over the origin of these pills, <Jennifer Mattinson>"]),
        ("Hicks added: “They never stood a chance of saving her.” | Vanessa Hicks is a photographer.", &["They never stood a chance of saving her. <Vanessa Hicks>"]),
        ("The report also suggested the U.S. might not be the \"jobs machine\" it thinks it is.", &[]),
        ("Nintendo announced \"Super Mario Run,\" a new game.", &[]),
        ("Putin revived a Soviet-era \"Mother Heroine\" award.", &[]),
        ("It was called \"terrorism,\" wrongly.", &[]),
        ("As the report states: \"The birth lottery matters more in the U.S. than elsewhere.\"", &["The birth lottery matters more in the U.S. than elsewhere. <the report>"]),
        ("“As Eloise deteriorated, the staff did all they could. | “She was literally burning up from within.”", &["As Eloise deteriorated, the staff did all they could. <>", "She was literally burning up from within. <>"]),
        ("Her mother, Fiona Parry, spoke. | “The drug was in her system,” Fiona Parry said. | “She was literally burning up from within.”", &["The drug was in her system, <Fiona Parry>", "She was literally burning up from within. <Fiona Parry>"]),
    ];

    #[test]
    fn quote_cases() {
        for (input, want) in CASES {
            let paras: Vec<&str> = input.split(" | ").collect();
            assert_eq!(run(&paras), *want, "{input}");
        }
    }

    #[test]
    fn no_panic_on_odd_input() {
        for s in [
            "\"",
            "“”",
            "\" \" \"",
            "”a b“",
            "said: \"",
            "É “é é” ü",
            "\"a b\", he said",
        ] {
            let _ = run(&[s]);
        }
    }
}
