//! Quotes: direct quotations of two words or more, with their speakers.
//!
//! Quotation marks are paired per paragraph (straight `"` alternate open/close; curly `“` opens
//! and `”` closes; British single marks `‘…’` are told from apostrophes, see `single_pairs`; a
//! quotation inside another belongs to it), so a quotation may cross the sentence splitter's
//! boundaries: it is attached to
//! the sentence where it opens, its `span` stays inside that sentence and `text` holds the whole
//! quotation without the marks but with the punctuation inside them. A quotation left open at the
//! end of a paragraph (news style for a quote running on) ends there.
//!
//! Not quotations: one-word quotes, titles and names in quotes (every word capitalised, no final
//! punctuation: "Super Mario Run", or only the sentence's full stop inside the closing mark of a
//! title within the sentence: with titles such as "The Kiss Was Beautiful."), and short scare
//! quotes inside a phrase ("the "jobs machine"").
//!
//! The speaker is found, in order, after the closing mark (`"…," Roe told reporters`, `said
//! Mr. Roe`, `one woman said`), before the opening mark (`Roe said: "…"`, `according to X`), from
//! the subject of a speech verb earlier in the sentence (`Russian mothers accused the Kremlin of
//! … "…"`), or from the previous quotation of the same paragraph. A surname becomes the person's
//! fullest name and `person` its index; a pronoun becomes the person it stands for (see
//! `person::antecedent`); a description ("one woman", "officials") is kept as written.

use super::names::{self, Kind, Tok};
use super::organization;
use super::person;
use super::wordclass;
use super::wordset::{words, Words};
use crate::extract::charclass::CharClass;
use crate::model::{Organization, Person, Quote, Sentence, Span};

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

    /// The paragraph's tokens, as [`names::tokenize`] gives them for `text`, into `out`, from
    /// its sentences' tokens `toks` (by sentence index): the single spaces that join the
    /// sentences end every token and start none, so a sentence's tokens are the paragraph's own,
    /// shifted by where it starts.
    fn tokens<'t>(&self, toks: &[Vec<Tok<'t>>], out: &mut Vec<Tok<'t>>) {
        out.clear();
        for &(si, start) in &self.parts {
            out.extend(toks.get(si).into_iter().flatten().map(|t| Tok {
                start: t.start + start,
                end: t.end + start,
                ..*t
            }));
        }
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

/// Pairs quotation marks: (open token, close token or `None` when left open), in order. Double
/// marks pair as [`double_pairs`] says, single ones as [`single_pairs`]; a quotation inside
/// another (“… ‘…’ …”, or British ‘… “…” …’) is part of the outer one.
fn pairs(toks: &[Tok<'_>]) -> Vec<(usize, Option<usize>)> {
    let doubles = double_pairs(toks);
    let singles = single_pairs(toks);
    if singles.is_empty() {
        return doubles;
    }
    // Both lists are in order: merge them, leaving out a pair inside one of the other kind.
    let mut out = Vec::with_capacity(doubles.len() + singles.len());
    let (mut d, mut s) = (0, 0);
    while d < doubles.len() || s < singles.len() {
        let take_double = s >= singles.len()
            || doubles
                .get(d)
                .zip(singles.get(s))
                .is_some_and(|(a, b)| a.0 < b.0);
        let (p, others) = if take_double {
            d += 1;
            (doubles.get(d - 1), &singles)
        } else {
            s += 1;
            (singles.get(s - 1), &doubles)
        };
        if let Some(&p) = p {
            if !others.iter().any(|q| inside(p, *q)) {
                out.push(p);
            }
        }
    }
    out
}

/// True when the closed pair `p` lies inside the closed pair `q`.
fn inside(p: (usize, Option<usize>), q: (usize, Option<usize>)) -> bool {
    matches!((p.1, q.1), (Some(pe), Some(qe)) if q.0 < p.0 && pe < qe)
}

/// True when token `j` is the punctuation mark `m`.
fn is_mark(toks: &[Tok<'_>], j: usize, m: &str) -> bool {
    toks.get(j)
        .is_some_and(|t| t.kind == Kind::Punct && t.is(m))
}

/// True when tokens `j` and `j + 1` touch.
fn glued(toks: &[Tok<'_>], j: usize) -> bool {
    toks.get(j)
        .zip(toks.get(j + 1))
        .is_some_and(|(a, b)| a.end == b.start)
}

/// Pairs single quotation marks, the British style and a quotation inside a quotation. As `’`
/// is also the apostrophe, a `‘` opens only at the start of a word ("‘90s" is an elision, not a
/// quotation) and closes at the first `’` that ends a word before the next `‘`, preferring one
/// right after the quotation's own punctuation (‘The players’ union agreed,’ she said); without
/// such a `’` there is no quotation. Straight `'…'` pair the same way, but only with the
/// punctuation before the closing mark ('It was great,' she said).
fn single_pairs(toks: &[Tok<'_>]) -> Vec<(usize, Option<usize>)> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        let straight = is_mark(toks, i, "'");
        let opens = (straight || is_mark(toks, i, "‘"))
            && !(i > 0 && glued(toks, i - 1))
            && glued(toks, i)
            && toks.get(i + 1).is_some_and(Tok::is_word);
        if !opens {
            i += 1;
            continue;
        }
        // The first closing mark, and the first right after punctuation, before the next opening.
        let (mut first, mut after_punct) = (None, None);
        let mut j = i + 1;
        while j < toks.len() && after_punct.is_none() {
            if is_mark(toks, j, "‘") || (is_mark(toks, j, "'") && !glued(toks, j - 1)) {
                break;
            }
            let closes = (is_mark(toks, j, "’") || is_mark(toks, j, "'"))
                && glued(toks, j - 1)
                && !(glued(toks, j) && toks.get(j + 1).is_some_and(Tok::is_word));
            if closes {
                first = first.or(Some(j));
                if toks
                    .get(j - 1)
                    .is_some_and(|t| matches!(t.text, "," | "." | "!" | "?" | "…"))
                {
                    after_punct = Some(j);
                }
            }
            j += 1;
        }
        // Straight marks, far more often apostrophes ('tis, rock 'n' roll), close only after
        // the quotation's punctuation.
        let close = after_punct.or(first.filter(|_| !straight));
        if let Some(c) = close {
            out.push((i, Some(c)));
        }
        i = close.map_or(j, |c| c + 1);
    }
    out
}

/// Pairs double quotation marks: straight `"` alternate open/close; `“`, `«` and `„` open and
/// `”`, `»` close, a new opening mark ending a quotation left open.
fn double_pairs(toks: &[Tok<'_>]) -> Vec<(usize, Option<usize>)> {
    let mut out = Vec::new();
    let mut open: Option<usize> = None;
    // Quotation marks are punctuation tokens: words and numbers need no comparison.
    for (i, t) in toks
        .iter()
        .enumerate()
        .filter(|(_, t)| t.kind == Kind::Punct)
    {
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
    t.is_some_and(|t| !t.is_cap() && t.has(wordclass::SPEECH_VERB))
}

/// A speaker phrase as token range `a..b` in the paragraph.
type Np = (usize, usize);

/// Words that may follow the verb of a bare attribution after a quote that ends its sentence
/// (`"…." Roe said on Monday.`), unlike a new sentence about the speaker (`"…." Roe retweeted the
/// story`).
static BARE_AFTER_VERB: &Words = words![
    "after",
    "afterwards",
    "at",
    "before",
    "during",
    "earlier",
    "in",
    "last",
    "later",
    "on",
    "previously",
    "recently",
    "simply",
    "then",
    "this",
    "today",
    "tonight",
    "when",
    "while",
    "yesterday",
];

/// The attribution after a quotation that ends with a full stop: only a bare one (`X said.`,
/// `X said on Monday`), since what follows is usually a new sentence.
fn after_close_bare(toks: &[Tok<'_>], close: usize) -> Option<Np> {
    let np = after_close(toks, close, 7)?;
    if is_speech(toks.get(np.0.wrapping_sub(1))) && np.0 == close + 1 {
        // "said Mr. Roe": the phrase must end the sentence.
        return toks
            .get(np.1)
            .is_none_or(|t| t.kind == Kind::Punct)
            .then_some(np);
    }
    ends_at_verb(toks, np.1).then_some(np)
}

/// The attribution ending the sentence of a quotation without punctuation of its own, after a
/// clause: `"…" in that law, Roe said.` gives Roe, the phrase after the clause's last comma.
fn after_clause(toks: &[Tok<'_>], close: usize) -> Option<Np> {
    let (a, verb) = after_close(toks, close, 16)?;
    let comma = (a..verb)
        .rev()
        .find(|&k| toks.get(k).is_some_and(|t| t.is(",")))?;
    (comma + 1 < verb && ends_at_verb(toks, verb)).then_some((comma + 1, verb))
}

/// True when the speech verb at `verb` ends its sentence, but for a time or place (`said on
/// Monday`) or the one told (`told reporters`).
fn ends_at_verb(toks: &[Tok<'_>], verb: usize) -> bool {
    let mut k = verb;
    while toks.get(k).is_some_and(|t| t.is(",")) {
        k += 1;
    }
    let next = toks.get(k + 1);
    next.is_none_or(|t| {
        t.kind == Kind::Punct || (t.is_word() && names::in_list(BARE_AFTER_VERB, t.text))
    }) || names::in_list(&["told", "tells"], toks.get(k).map_or("", |t| t.text))
}

/// Auxiliaries that may stand between a subject and its speech verb ("has said", "had told").
static AUX: &Words = words![
    "also",
    "had",
    "has",
    "have",
    "later",
    "once",
    "previously",
    "then",
];

/// The subject of the speech verb at `v`: the noun phrase before it, over auxiliaries ("Roe has
/// said") and a relative clause in commas ("Roe, who heads the agency, said"). Never starts
/// before `floor`.
fn subject_np(toks: &[Tok<'_>], v: usize, floor: usize) -> Option<Np> {
    let mut v = v;
    while v > floor
        && toks
            .get(v - 1)
            .is_some_and(|t| t.is_word() && !t.is_cap() && names::in_list(AUX, t.text))
    {
        v -= 1;
    }
    let mut a = names::np_back(toks, v, 6);
    // "Senator Roe of Kentucky said", "the mayor of Springfield said": the whole phrase.
    if a >= 2 && toks.get(a - 1).is_some_and(|t| t.text == "of") {
        let b = names::np_back(toks, a - 1, 6);
        if b + 1 < a && b >= floor {
            a = b;
        }
    }
    if a < v && a >= floor {
        return Some((a, v));
    }
    // "Roe, who heads the agency, said": back over the relative clause to its comma; "Roe,
    // leader of the opposition and the president's rival, described": over an appositive to
    // the name that opens the sentence.
    if v > floor && toks.get(v - 1).is_some_and(|t| t.is(",")) {
        let lo = v.saturating_sub(25).max(floor);
        for k in (lo..v - 1).rev() {
            let t = toks.get(k)?;
            if names::is_quote_mark(t.text) {
                return None;
            }
            if !t.is(",") {
                continue;
            }
            let a = names::np_back(toks, k, 6);
            let relative = toks
                .get(k + 1)
                .is_some_and(|w| names::in_list(&["who", "whose", "which"], w.text));
            if relative || (a == floor && toks.get(a).is_some_and(Tok::is_cap)) {
                return (a < k && a >= floor).then_some((a, k));
            }
        }
    }
    None
}

/// The attribution after the closing mark: `," Roe said`, `," said Mr. Roe`, `," as Roe
/// reported`; the verb within `reach` tokens. Not `," and explained`: the speaker is the one
/// before.
fn after_close(toks: &[Tok<'_>], close: usize, reach: usize) -> Option<Np> {
    let mut i = close + 1;
    if toks.get(i).is_some_and(|t| t.is(",")) {
        i += 1;
    }
    match toks.get(i).map_or("", |t| t.text) {
        "as" => i += 1,
        "and" | "but" => return None,
        _ => {}
    }
    // "said Mr. Roe" / "added the minister".
    if is_speech(toks.get(i)) {
        let a = i + 1;
        let b = names::np_forward(toks, a, 6);
        return (b > a).then_some((a, b));
    }
    // "Roe told reporters" / "one woman said".
    let mut j = i;
    while j < i + reach {
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
                .is_some_and(|p| p.has(wordclass::ABBREV_TITLE))
        {
            return None;
        }
        j += 1;
    }
    // "Jane Roe, head of the union, said": a name, an appositive in commas, then the verb.
    let name_end = names::np_forward(toks, i, 4);
    if name_end > i && toks.get(name_end).is_some_and(|t| t.is(",")) {
        let next = (name_end + 1..name_end + 12)
            .find(|&k| toks.get(k).is_none_or(|t| t.kind == Kind::Punct))?;
        if toks.get(next).is_some_and(|t| t.is(",")) && is_speech(toks.get(next + 1)) {
            return Some((i, name_end));
        }
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
    // A dash before the mark: "according to the notes — "…"".
    while i > 0
        && toks
            .get(i - 1)
            .is_some_and(|t| matches!(t.text, "—" | "–" | "-"))
    {
        i -= 1;
    }
    // "according to X," / "in the words of X," / "in X's words,".
    for k in (i.saturating_sub(12)..i).rev() {
        let Some(t) = toks.get(k) else { continue };
        if names::is_quote_mark(t.text) {
            break;
        }
        if t.text.eq_ignore_ascii_case("according")
            && toks.get(k + 1).is_some_and(|t| t.text == "to")
        {
            return (k + 2 < i).then_some((k + 2, i));
        }
        if t.text.eq_ignore_ascii_case("words")
            && toks.get(k + 1).is_some_and(|t| t.text == "of")
            && toks.get(k.wrapping_sub(1)).is_some_and(|t| t.text == "the")
        {
            return (k + 2 < i).then_some((k + 2, i));
        }
        // "In Dr. Roe's words,": the owner before the possessive.
        if t.text.eq_ignore_ascii_case("in")
            && i >= 2
            && k + 1 < i - 2
            && toks.get(i - 1).is_some_and(|t| t.text == "words")
            && toks.get(i - 2).is_some_and(|t| t.kind == Kind::Poss)
        {
            return Some((k + 1, i - 2));
        }
    }
    if i == open && !is_speech(toks.get(i.wrapping_sub(1))) {
        return None;
    }
    // The verb may have an object first: "told reporters:".
    for back in 1..=3 {
        let v = i.checked_sub(back)?;
        if is_speech(toks.get(v)) {
            return subject_np(toks, v, 0);
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
        .find(|&k| is_speech(toks.get(k)) && !is_noun_use(toks, k))?;
    subject_np(toks, v, sentence_start)
}

/// True when "saying" after a comma, a few words before the opening mark at `open`, introduces
/// the quotation (", saying in a statement that it “…”").
fn participle_before(toks: &[Tok<'_>], sentence_start: usize, open: usize) -> bool {
    (sentence_start.max(open.saturating_sub(8))..open).any(|k| {
        toks.get(k).is_some_and(|t| t.text == "saying")
            && toks.get(k.wrapping_sub(1)).is_some_and(|t| t.is(","))
    })
}

/// True when a speech-verb form is used as a noun: "the notes", "his claims", "a report".
fn is_noun_use(toks: &[Tok<'_>], k: usize) -> bool {
    static DET: &Words = words![
        "a", "an", "her", "his", "its", "my", "official", "our", "public", "recent", "such",
        "that", "the", "their", "these", "this", "those", "written", "your",
    ];
    toks.get(k.wrapping_sub(1))
        .is_some_and(|t| t.is_word() && names::in_list(DET, t.text))
}

/// A found speaker: the name to show and the person index.
type Speaker = (Option<String>, Option<usize>);

struct Ctx<'a> {
    sentences: &'a [Sentence],
    people: &'a [Person],
    orgs: &'a [Organization],
    /// Per sentence, the local byte ranges that lie inside quotation marks.
    quoted: Vec<Vec<(usize, usize)>>,
}

impl Ctx<'_> {
    /// True when sentence `si` holds local offset `pos` inside a quotation: a name met there is
    /// someone spoken about, not a speaker a later pronoun can stand for.
    fn in_quote(&self, si: usize, pos: usize) -> bool {
        self.quoted
            .get(si)
            .is_some_and(|r| r.iter().any(|&(s, e)| s <= pos && pos < e))
    }

    /// The organization mentioned most recently before (sentence `si`, offset `pos`), within
    /// the two sentences before: what "it said" stands for.
    fn recent_org(&self, si: usize, pos: usize) -> Option<&Organization> {
        let mut best: Option<((usize, usize), &Organization)> = None;
        for o in self.orgs {
            for m in &o.mentions {
                let before = m.sentence < si || (m.sentence == si && m.span.end <= pos);
                if before
                    && m.sentence + 2 >= si
                    && !self.in_quote(m.sentence, m.span.start)
                    && best.is_none_or(|(k, _)| (m.sentence, m.span.start) > k)
                {
                    best = Some(((m.sentence, m.span.start), o));
                }
            }
        }
        best.map(|b| b.1)
    }

    /// The person mentioned in sentence `si` between local offsets `s..e`.
    fn person_at(&self, si: usize, s: usize, e: usize) -> Option<usize> {
        self.people.iter().position(|p| {
            p.mentions
                .iter()
                .any(|m| m.sentence == si && m.span.start < e && s < m.span.end)
        })
    }

    /// The person a pronoun of `gender` at (sentence `si`, offset `pos`) stands for (see
    /// `person::antecedent`); a name inside a quotation is someone spoken about, not one.
    fn recent_person(&self, si: usize, pos: usize, gender: Option<bool>) -> Option<usize> {
        let quoted = |s: usize, o: usize| self.in_quote(s, o);
        person::antecedent(self.people, self.sentences, (si, pos), gender, &quoted)
    }

    fn resolve(&self, para: &Para, toks: &[Tok<'_>], np: Np) -> Speaker {
        let (a, b) = np;
        let words = names::word_toks(toks, a, b);
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
                if w.text.eq_ignore_ascii_case("it") {
                    return (self.recent_org(si, local_s).map(|o| o.name.clone()), None);
                }
                if names::in_list(
                    words!["i", "that", "this", "we", "which", "who", "you"],
                    w.text,
                ) {
                    return (None, None);
                }
            }
        }
        if let Some(i) = self.person_at(si, local_s, local_e) {
            return (self.people.get(i).map(|p| p.name.clone()), Some(i));
        }
        let texts: Vec<&str> = words.iter().map(|w| w.text).collect();
        if let Some(i) = person::role_holder(self.people, (si, local_s), &texts) {
            return (self.people.get(i).map(|p| p.name.clone()), Some(i));
        }
        // "her mother, Fiona,": the name in the appositive is the speaker.
        let segments = toks.get(a..b).unwrap_or(&[]).split(|t| t.is(","));
        let mut name_seg = None;
        let mut n_segments = 0;
        for seg in segments {
            n_segments += 1;
            let all_cap = !seg.is_empty()
                && seg.iter().all(|t| t.is_cap() || t.is("."))
                && seg.first().is_some_and(|t| !t.has(wordclass::FUNCTION));
            if all_cap && name_seg.is_none() {
                name_seg = Some(seg);
            }
        }
        if let (Some(seg), true) = (name_seg, n_segments > 1) {
            if let (Some(f), Some(l)) = (seg.first(), seg.last()) {
                if let Some(t) = para.text.get(f.start..l.end) {
                    return (Some(t.to_owned()), None);
                }
            }
        }
        let text = para.text.get(first.start..last.end).unwrap_or("").trim();
        if text.is_empty() || words.is_empty() {
            return (None, None);
        }
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
                .is_some_and(|c| c.is_upper() || !c.is_alpha())
                || names::in_list(words!["a", "and", "for", "in", "of", "on", "the", "to"], w)
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
    let orgs = organization::organizations(sentences, people);
    quotes_with(sentences, people, &orgs)
}

/// Local byte ranges inside quotation marks, per sentence.
fn quoted_ranges(
    sentences: &[Sentence],
    paras: &[Para],
    sentence_toks: &[Vec<Tok<'_>>],
) -> Vec<Vec<(usize, usize)>> {
    let mut out = vec![Vec::new(); sentences.len()];
    let mut toks = Vec::new();
    for para in paras {
        para.tokens(sentence_toks, &mut toks);
        let toks = toks.as_slice();
        for (o, c) in pairs(toks) {
            let s = toks.get(o).map_or(0, |t| t.end);
            let e = c
                .and_then(|c| toks.get(c))
                .map_or(para.text.len(), |t| t.start);
            for (k, &(si, start)) in para.parts.iter().enumerate() {
                let end = para.parts.get(k + 1).map_or(para.text.len(), |p| p.1);
                let (ls, le) = (s.max(start), e.min(end));
                if ls < le {
                    if let Some(r) = out.get_mut(si) {
                        r.push((ls - start, le - start));
                    }
                }
            }
        }
    }
    out
}

/// [`quotes`] with the article's organizations already found, so that "it said" can stand for
/// the body named just before.
pub fn quotes_with(sentences: &[Sentence], people: &[Person], orgs: &[Organization]) -> Vec<Quote> {
    quotes_with_tokens(sentences, people, orgs, &names::tokenize_all(sentences))
}

/// [`quotes_with`] on the sentences' tokens, computed once per extraction. A paragraph's tokens
/// are put together from its sentences' one paragraph at a time, so that only one paragraph's
/// copy is alive at once.
pub(crate) fn quotes_with_tokens(
    sentences: &[Sentence],
    people: &[Person],
    orgs: &[Organization],
    sentence_toks: &[Vec<Tok<'_>>],
) -> Vec<Quote> {
    let paras = paragraphs(sentences);
    let ctx = Ctx {
        sentences,
        people,
        orgs,
        quoted: quoted_ranges(sentences, &paras, sentence_toks),
    };
    let mut out: Vec<Quote> = Vec::new();
    let mut prev_open_speaker: Option<Speaker> = None;
    let mut para_toks = Vec::new();
    // A quotation running on over paragraphs (each left open, the next opening with a mark), its
    // attribution at the end: the indices in `out` of its parts still without a speaker.
    let mut run_on: Vec<usize> = Vec::new();
    let mut prev_open = false;
    for para in &paras {
        para.tokens(sentence_toks, &mut para_toks);
        let toks = para_toks.as_slice();
        let mut last_speaker: Option<Speaker> = None;
        let mut carried = prev_open_speaker.take();
        let mut ends_open = false;
        for (o, c) in pairs(toks) {
            let Some(open) = toks.get(o) else { continue };
            let end = c
                .and_then(|c| toks.get(c))
                .map_or(para.text.len(), |t| t.start);
            let content = para.text.get(open.end..end).unwrap_or("").trim();
            let n_words = content
                .split_whitespace()
                .filter(|w| w.chars().any(char::is_alnum))
                .count();
            if n_words < 2 || is_title(content) {
                continue;
            }
            let ends_punct = content.ends_with(['.', '!', '?', ',', '…']);
            let prev = o.checked_sub(1).and_then(|i| toks.get(i));
            let embedded = prev.is_some_and(|t| {
                (t.is_word() || t.kind == Kind::Poss) && !t.has(wordclass::SPEECH_VERB)
            });
            if n_words <= 3 && !ends_punct && embedded && c.is_some() {
                continue;
            }
            // A title inside a sentence, with the sentence's full stop inside the closing mark
            // (American style): "on Sinclair's “America This Week.”"
            if embedded && content.strip_suffix('.').is_some_and(is_title) {
                continue;
            }
            // A term being named ("a technique called "…"", "known as "…"", "bears the name of
            // "…"") or a phrase used as a noun after a determiner ("the "…" pierces").
            let prev2 = o.checked_sub(2).and_then(|i| toks.get(i));
            let naming = prev.is_some_and(|t| {
                names::in_list(
                    words!["called", "dubbed", "named", "so-called", "termed"],
                    t.text,
                ) || (t.text == "as" && prev2.is_some_and(|p| p.text == "known"))
                    || (t.text == "of" && prev2.is_some_and(|p| p.text == "name"))
            });
            let determiner = prev.is_some_and(|t| {
                names::in_list(
                    words!["a", "an", "that", "the", "these", "this", "those"],
                    t.text,
                )
            });
            if c.is_some()
                && ((naming && n_words <= 4) || (determiner && n_words <= 5 && !ends_punct))
            {
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
            // A quotation that ends its sentence with a full stop takes a bare attribution after
            // it only ("…." Roe said.); what follows is otherwise a new sentence.
            let full_stop = content.ends_with('.') && !content.ends_with("...");
            let np = if full_stop {
                c.and_then(|c| after_close_bare(toks, c))
                    .or_else(|| before_open(toks, o))
            } else {
                c.filter(|_| ends_punct)
                    .and_then(|c| after_close(toks, c, 7))
                    .or_else(|| before_open(toks, o))
            }
            .or_else(|| clause_subject(toks, sentence_tok, o))
            .or_else(|| {
                c.filter(|_| !ends_punct)
                    .and_then(|c| after_clause(toks, c))
            });
            let mut speaker: Speaker = match np {
                Some(np) => ctx.resolve(para, toks, np),
                // "Roe condemned the attack, saying that it “…”", "Roe laid the blame on
                // Doe: “…”": the sentence's subject, a person it names before.
                None if participle_before(toks, sentence_tok, o)
                    || toks.get(o.wrapping_sub(1)).is_some_and(|t| t.is(":")) =>
                {
                    let i = ctx.person_at(si, 0, local);
                    (i.and_then(|i| ctx.people.get(i)).map(|p| p.name.clone()), i)
                }
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
            if !(o == 0 && prev_open) {
                run_on.clear();
            }
            if speaker.0.is_some() {
                last_speaker = Some(speaker.clone());
                for k in run_on.drain(..) {
                    if let Some(q) = out.get_mut(k) {
                        q.speaker.clone_from(&speaker.0);
                        q.person = speaker.1;
                    }
                }
            } else {
                run_on.push(out.len());
            }
            ends_open = c.is_none();
            out.push(Quote {
                text: content.to_owned(),
                speaker: speaker.0,
                person: speaker.1,
                sentence: Some(si),
                span: Some(span),
            });
        }
        prev_open_speaker = last_speaker;
        if !ends_open {
            run_on.clear();
        }
        prev_open = ends_open;
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
        ("She spoke during her first interview on the network’s “America This Week.”", &[]),
        ("It was called \"terrorism,\" wrongly.", &[]),
        ("Scientists used a method called \"fast field cycling\" to test it.", &[]),
        ("The process is known as \"assisted natural regeneration.\" It takes years.", &[]),
        ("Nobody knows when the \"point of no return\" arrives for a glacier.", &[]),
        ("The minister called the plan \"a betrayal of every family in this country,\" adding that it would fail.", &["a betrayal of every family in this country, <The minister>"]),
        ("As the report states: \"The birth lottery matters more in the U.S. than elsewhere.\"", &["The birth lottery matters more in the U.S. than elsewhere. <the report>"]),
        ("“As Eloise deteriorated, the staff did all they could. | “She was literally burning up from within.”", &["As Eloise deteriorated, the staff did all they could. <>", "She was literally burning up from within. <>"]),
        ("Her mother, Fiona Parry, spoke. | “The drug was in her system,” Fiona Parry said. | “She was literally burning up from within.”", &["The drug was in her system, <Fiona Parry>", "She was literally burning up from within. <Fiona Parry>"]),
        // A relative named in an appositive speaks; a name inside a quotation is not an antecedent.
        ("“He was a kind boy,” his father, Daniel, said on Tuesday.", &["He was a kind boy, <Daniel>"]),
        ("The girl’s mother, Anna, spoke outside court. | “Lucy Brown was full of life,” she said. | She added: “We will never get over this.”",
         &["Lucy Brown was full of life, <Anna>", "We will never get over this. <Anna>"]),
        ("Harriet Cole spoke to Mrs. Lane. | “It was a terrible year,” Mrs. Lane said. | Tom Baker arrived later. | “I agree with every word,” she said.",
         &["It was a terrible year, <Lane>", "I agree with every word, <Lane>"]),
        // A quotation running on over paragraphs takes the attribution at its end.
        ("Coach Glen Williams shared his message. | “It was about the intensity, we were on the back foot. | “We changed a couple of things and got back into the game,” he said.",
         &["It was about the intensity, we were on the back foot. <Glen Williams>", "We changed a couple of things and got back into the game, <Glen Williams>"]),
        // Single quotation marks (British style), against apostrophes, elisions and nesting.
        ("‘It was a phenomenal quarter,’ Chief Executive Jane Roe said in a statement. ‘We have amazing new products still to come.’",
         &["It was a phenomenal quarter, <Jane Roe>", "We have amazing new products still to come. <Jane Roe>"]),
        ("Chief Executive Jane Roe spoke first. | ‘The players’ union agreed with us,’ she said.", &["The players’ union agreed with us, <Jane Roe>"]),
        ("“He told me ‘never again, not after this’ and left,” Tom Lane said.", &["He told me ‘never again, not after this’ and left, <Tom Lane>"]),
        ("Hits of the ‘90s were played at the club’s party.", &[]),
        ("'It was a terrible year,' Jane Roe said. | 'Tis the season: rock 'n' roll is back, the players' coach said.",
         &["It was a terrible year, <Jane Roe>"]),
        // "she" is the one woman in view, not the man of unknown gender named after her.
        ("The minister, Mrs. Adaeze Okafor, spoke on Wednesday. | The figure surpassed what President Obinna Eze had asked for. | “Works is always on the priority list,” she said.",
         &["Works is always on the priority list, <Adaeze Okafor>"]),
        // "it" stands for the body named just before.
        ("The Environment Agency issued a flood warning. | “Residents should prepare to leave,” it said in a statement.",
         &["Residents should prepare to leave, <Environment Agency>"]),
        // A quotation ending in a full stop is not attributed to the next sentence's subject.
        ("A statement from the mayor’s office reads: “The bridge will reopen in May.” Jane Roe shared it online.",
         &["The bridge will reopen in May. <the mayor’s office>"]),
        ("“The bridge will reopen in May.” Jane Roe said.", &["The bridge will reopen in May. <Jane Roe>"]),
        // According to, in the words of, in X's words.
        ("Access would be limited — according to the draft guidance — “to staff directly involved in patient care”.",
         &["to staff directly involved in patient care <the draft guidance>"]),
        ("In the words of the judge, “the defendant showed no remorse at all.”", &["the defendant showed no remorse at all. <the judge>"]),
        ("Officials met Dr. Amir Patel on Monday. | In Dr. Patel’s words, “the results were far better than we expected.”",
         &["the results were far better than we expected. <Amir Patel>"]),
        // A relative clause or an auxiliary between the subject and the verb.
        ("Jane Roe, who chairs the committee, said: “We will publish the report next week.”", &["We will publish the report next week. <Jane Roe>"]),
        ("Finance minister Paul Okafor has said repeatedly that “the deal is dead.”", &["the deal is dead. <Paul Okafor>"]),
        // "the minister", "the president": the person named before with that role, and not a
        // Vice President for "the president".
        ("The Minister of State for Budget, Clem Agba, spoke in Uyo. | The minister added: “The government is creating an enabling environment.”",
         &["The government is creating an enabling environment. <Clem Agba>"]),
        ("Vice President Kamala Harris and President Joe Biden met on Monday. | “We are united,” the president said.", &["We are united, <Joe Biden>"]),
        // A name written family name first, by its family name; "he" for the subject of the
        // sentence before, not for someone it names later.
        ("President Park Min-jun spoke on Monday. | “We will not give up,” Park said.", &["We will not give up, <Park Min-jun>"]),
        ("Senator Tom Reed said President John Hale had misled voters. | “It is a scandal,” he said.", &["It is a scandal, <Tom Reed>"]),
        ("Campaign chairman John Podesta wrote an op-ed, calling out what he said was a \"lackadaisical response to the plot.\"", &["lackadaisical response to the plot. <John Podesta>"]),
        // An appositive between the sentence's opening name and its speech verb.
        ("Mr. Tom Hale, the Ohio Democrat and the bill's fiercest critic, called it “the worst law we have passed.”", &["the worst law we have passed. <Tom Hale>"]),
        // "as Roe reported"; ", and explained" goes on with the sentence's own speaker.
        ("A witness described \"hiding under a table with her granddaughter,\" as Jane Roe reported.", &["hiding under a table with her granddaughter, <Jane Roe>"]),
        ("Tom Hale said he acted because \"no one else was brave enough,\" and explained his motives.", &["no one else was brave enough, <Tom Hale>"]),
        // An appositive between the name and the verb; a quotation introduced by a colon.
        ("\"The mayor has blood on his hands,\" Pat Lane, head of the police union, said on Saturday.", &["The mayor has blood on his hands, <Pat Lane>"]),
        ("Former mayor Ruth Gill echoed that, but blamed President Tom Ware: \"We have had months of it.\"", &["We have had months of it. <Ruth Gill>"]),
        // An attribution after a clause that goes on from the quotation; a subject before it
        // still comes first.
        ("Amnesty's director Lena Marsh spoke. | “We must read every line” of that law, Marsh said. “There is worry it will be abused.”",
         &["We must read every line <Lena Marsh>", "There is worry it will be abused. <Lena Marsh>"]),
        ("Tom Hale told police \"he wished he had fought them all\" that night, an officer wrote.", &["he wished he had fought them all <Tom Hale>"]),
        // A place or body the speaker is "of"; the subject of "…, saying".
        ("In 2013, Senator Jane Roe of Ohio called the deficit “the defining issue of our time.”", &["the defining issue of our time. <Jane Roe>"]),
        ("The party's leader, Omar Haddad, condemned the attack, saying in a statement that it “will not break our will.”",
         &["will not break our will. <Omar Haddad>"]),
    ];

    #[test]
    fn quote_cases() {
        for (input, want) in CASES {
            let paras: Vec<&str> = input.split(" | ").collect();
            assert_eq!(run(&paras), *want, "{input}");
        }
    }

    proptest::proptest! {
        /// A paragraph's tokens put together from its sentences' are those of its text.
        #[test]
        fn paragraph_tokens_are_its_sentences(text in "([a-zA-Z0-9 .,'’\"“”-]|É|é|\u{301}|\n){0,80}") {
            let paras: Vec<String> = text.split('\n').map(str::to_owned).collect();
            let sentences = split(&paras);
            let toks = names::tokenize_all(&sentences);
            let mut got = Vec::new();
            for para in paragraphs(&sentences) {
                para.tokens(&toks, &mut got);
                let want = names::tokenize(&para.text);
                proptest::prop_assert_eq!(&got, &want, "{:?}", para.text);
            }
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
