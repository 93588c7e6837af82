//! Organizations: named bodies found by their head words, by fixed names, by the way news copy
//! introduces outlets, and by possessive phrases.
//!
//! * A capitalised run, extended over "of", "for", "on", "and", "the" between capitalised words
//!   ("Institute for the Study of War", "Center on Poverty and Inequality"), is an organisation
//!   when a word of it is an organisation head ("Ministry", "Institute", "News", "Party") or when
//!   it is a well-known name ("Kremlin", "Pentagon", "White House", "Reuters").
//! * A short form in brackets right after it ("(ISW)") becomes `short`, and later "ISW" / "the
//!   ISW" mentions are merged.
//! * A media outlet is also found by its cue: "the Russian newspaper X", "told X", "according to
//!   X", "X reported". Slash names stay whole ("Radio Free Europe/Radio Liberty", "RFE/RL").
//! * A possessive with a lowercase head names a body: "Russia's defense ministry",
//!   "Ukraine's foreign ministry", "France's embassy".
//! * Agencies of a photo credit in capitals ("JANE ROE/AFP/Getty Images").
//!
//! Runs that are people's names, places, nationalities or dates are not organisations.

use super::names::{self, Kind, Tok};
use super::wordclass;
use super::wordset::{words, Words};
use crate::extract::charclass::{CharClass, StrCase};
use crate::model::{Mention, Organization, Person, Sentence, Span};

/// Lowercase heads of a possessive body ("Russia's defense ministry").
static LOWER_HEADS: &Words = words![
    "agency",
    "army",
    "cabinet",
    "consulate",
    "department",
    "embassy",
    "intelligence",
    "legislature",
    "military",
    "ministry",
    "navy",
    "office",
    "parliament",
    "police",
    "security service",
    "senate",
];

/// Last words that make a capitalised run a place, not a body.
static PLACE_NOUNS: &Words = words![
    "airport", "avenue", "bridge", "building", "district", "island", "park", "plaza", "river",
    "road", "square", "station", "street", "strip", "tower", "valley",
];

/// Company-form suffixes that end a name: a capitalised word after one starts something else
/// ("Acme Inc Globex" is two names).
static CORP_SUFFIXES: &Words = words!["ag", "co", "corp", "gmbh", "inc", "llc", "ltd", "plc", "sa"];

/// Lowercase nouns that a capitalised name may take after it and still be a body: "West Mercia
/// police", "Time magazine".
static LOWER_TAILS: &Words = words![
    "council",
    "foundation",
    "hospital",
    "magazine",
    "newspaper",
    "police",
];

/// Party names that are also common adjectives: a body only before a party word ("the Labor
/// government", "Republican senators").
static PARTY_NAMES: &Words = words![
    "conservative",
    "conservatives",
    "democrat",
    "democratic",
    "democrats",
    "green",
    "greens",
    "labor",
    "labour",
    "liberal",
    "liberals",
    "republican",
    "republicans",
    "tories",
    "tory",
];

/// Words after a party name that show it is the party.
static PARTY_CONTEXT: &Words = words![
    "administration",
    "backbencher",
    "backbenchers",
    "campaign",
    "candidate",
    "candidates",
    "caucus",
    "congressman",
    "congresswoman",
    "councillor",
    "councillors",
    "frontbench",
    "frontbencher",
    "government",
    "governments",
    "lawmaker",
    "lawmakers",
    "leader",
    "leaders",
    "leadership",
    "majority",
    "members",
    "minister",
    "ministers",
    "mp",
    "mps",
    "opposition",
    "party",
    "politician",
    "politicians",
    "primary",
    "senator",
    "senators",
    "voters",
];

/// Role nouns whose "for X" / "at X" names the employer: "a reporter for X", "a professor at X".
static EMPLOYEE_NOUNS: &Words = words![
    "adviser",
    "advisor",
    "analyst",
    "analysts",
    "attorney",
    "ceo",
    "chairman",
    "chairwoman",
    "chief",
    "columnist",
    "consultant",
    "contributor",
    "correspondent",
    "designer",
    "developer",
    "developers",
    "director",
    "doctor",
    "doctors",
    "economist",
    "economists",
    "editor",
    "editors",
    "employee",
    "employees",
    "engineer",
    "engineers",
    "executive",
    "executives",
    "fellow",
    "founder",
    "head",
    "intern",
    "journalist",
    "lawyer",
    "lawyers",
    "lecturer",
    "manager",
    "nurse",
    "official",
    "officials",
    "partner",
    "physician",
    "president",
    "producer",
    "professor",
    "professors",
    "reporter",
    "reporters",
    "representative",
    "researcher",
    "researchers",
    "scientist",
    "scientists",
    "spokesman",
    "spokesperson",
    "spokeswoman",
    "staff",
    "strategist",
    "strategists",
    "student",
    "students",
    "worker",
    "workers",
    "writer",
    "writers",
];

/// Plural staff nouns after a name that show it is their employer ("Goldman Sachs economists").
static STAFF_AFTER: &Words = words![
    "analysts",
    "economists",
    "employees",
    "engineers",
    "executives",
    "investors",
    "lawyers",
    "researchers",
    "shareholders",
    "spokesman",
    "spokespeople",
    "spokesperson",
    "spokeswoman",
    "staffers",
    "strategists",
];

/// Words after a bare acronym that show it is a body: "UNHCR said", "an NHS spokesman".
static ACRONYM_AFTER: &Words = words![
    "agents",
    "board",
    "boss",
    "broadcast",
    "chair",
    "chairman",
    "chief",
    "data",
    "director",
    "documentary",
    "head",
    "inquiry",
    "interview",
    "investigation",
    "members",
    "officers",
    "official",
    "officials",
    "podcast",
    "poll",
    "report",
    "ruling",
    "spokesman",
    "spokespeople",
    "spokesperson",
    "spokeswoman",
    "staff",
    "statement",
    "survey",
    "website",
];

/// All-capital words that are not bodies: abbreviations of common nouns, units, time zones,
/// roman numerals.
static NOT_ACRONYMS: &Words = words![
    "ad", "adhd", "ai", "aids", "aka", "am", "api", "ar", "asap", "atm", "bbq", "bc", "bce", "bst",
    "cbd", "cctv", "cd", "ce", "ceo", "ceos", "cet", "cfo", "coo", "covid", "ct", "cto", "diy",
    "dj", "dna", "dvd", "edt", "er", "est", "et", "ev", "faq", "fyi", "gdp", "gmt", "gnp", "gps",
    "gst", "hiv", "hr", "html", "icu", "id", "ii", "iii", "ipo", "iv", "ivf", "ix", "kg", "km",
    "kph", "lgbt", "lgbtq", "lol", "mc", "mep", "mers", "mp", "mph", "mps", "mri", "nb", "nft",
    "ok", "omg", "pc", "pdf", "pm", "ppe", "pr", "ps", "pst", "pt", "ptsd", "q&a", "q&as", "rip",
    "rna", "rsvp", "sars", "sms", "std", "sti", "suv", "tv", "uae", "ufo", "uk", "url", "usa",
    "usb", "ussr", "utc", "vat", "vi", "vii", "viii", "vip", "vr", "xi", "xii",
];

/// Connectors that may stand inside an organisation name between capitalised words.
static CONNECTORS: &Words = words!["&", "and", "de", "des", "du", "for", "of", "on", "the"];

/// True when `name` reads as a media outlet ("BBC News", "Reuters", "The New York Times").
pub(crate) fn is_media_name(name: &str) -> bool {
    let last = name.rsplit([' ', '/']).next().unwrap_or("");
    wordclass::of_word(last) & wordclass::MEDIA_HEAD != 0
        || wordclass::of_word(name) & wordclass::KNOWN_MEDIA != 0
}

fn span_text<'a>(text: &'a str, toks: &[Tok<'_>], a: usize, b: usize) -> (&'a str, Span) {
    if b <= a {
        return ("", Span::default());
    }
    let s = toks.get(a).map_or(0, |t| t.start);
    let e = toks.get(b - 1).map_or(0, |t| t.end);
    (text.get(s..e).unwrap_or(""), Span::new(s, e))
}

/// Extends a capitalised run over connectors followed by more capitalised words.
fn extend(toks: &[Tok<'_>], runs: &[(usize, usize)], idx: usize) -> (usize, usize, usize) {
    let Some(&(a, mut b)) = runs.get(idx) else {
        return (0, 0, idx);
    };
    let mut next = idx + 1;
    let mut prepositional = false;
    loop {
        let mut j = b;
        let mut n = 0;
        while toks.get(j).is_some_and(|t| {
            t.is("&") || (t.is_word() && !t.is_cap() && names::in_list(CONNECTORS, t.text))
        }) && n < 2
        {
            j += 1;
            n += 1;
        }
        // "and" joins inside "Center on Poverty and Inequality", not "ABC News and Reuters".
        let and = toks
            .get(b)
            .is_some_and(|t| t.text == "and" || t.text == "&");
        if and && (!prepositional || n > 1) {
            break;
        }
        prepositional |= !and;
        match runs.get(next) {
            // Not over a date ("Nature Medicine on Monday") or an amount ("the Federal
            // Government of N2.3 trillion").
            Some(&(c, d))
                if n > 0
                    && c == j
                    && !toks.get(c).is_some_and(|t| {
                        t.has(wordclass::DAY | wordclass::MONTH)
                            || t.text.bytes().any(|b| b.is_ascii_digit())
                    }) =>
            {
                b = d;
                next += 1;
            }
            _ => break,
        }
    }
    (a, b, next)
}

struct Org {
    name: String,
    /// `bare(name)`, kept to compare each new name with.
    bare: String,
    short: Option<String>,
    mentions: Vec<Mention>,
}

fn add(orgs: &mut Vec<Org>, name: &str, short: Option<String>, m: Mention) {
    let name = name.trim();
    if name.is_empty() {
        return;
    }
    let lower = bare(name);
    let hit = orgs.iter().position(|o| {
        o.bare == lower
            || o.short.as_deref().is_some_and(|s| bare(s) == lower)
            || short.as_deref().is_some_and(|s| o.name == s)
    });
    // "RFE/RL" after "Radio Free Europe/Radio Liberty": an acronym of a name met before.
    let acronym_of = if hit.is_none() && short.is_none() && is_acronym_word(name) {
        orgs.iter()
            .position(|o| o.short.is_none() && initials(&o.name) == letters(name))
    } else {
        None
    };
    if let Some(o) = acronym_of.and_then(|i| orgs.get_mut(i)) {
        o.short = Some(name.to_owned());
        o.mentions.push(m);
        return;
    }
    match hit.and_then(|i| orgs.get_mut(i)) {
        Some(o) => {
            if short.is_some() && o.name.split_whitespace().count() <= 1 {
                // "ISW" seen first, then "Institute for the Study of War (ISW)".
                o.short = Some(o.name.clone());
                o.name = name.to_owned();
                o.bare.clone_from(&lower);
            } else if o.short.is_none() {
                o.short = short;
            }
            o.mentions.push(m);
        }
        None => orgs.push(Org {
            name: name.to_owned(),
            bare: lower,
            short,
            mentions: vec![m],
        }),
    }
}

/// A name folded for comparison: lower case, without a web suffix ("Snopes.com" = "Snopes").
fn bare(name: &str) -> String {
    let lower = name.lowercase();
    for suffix in [".com", ".org", ".net", ".co.uk"] {
        if let Some(b) = lower.strip_suffix(suffix) {
            if !b.is_empty() {
                return b.to_owned();
            }
        }
    }
    lower
}

/// True for one word in capitals, slashes allowed ("RFE/RL", "ISW").
fn is_acronym_word(name: &str) -> bool {
    !name.as_bytes().contains(&b' ')
        && name.chars().filter(|c| c.is_alpha()).count() >= 2
        && name
            .chars()
            .all(|c| c.is_upper() || c == '/' || c == '&' || c == '.')
}

/// The letters of an acronym, upper case ("RFE/RL" → "RFERL").
fn letters(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    for c in name.chars() {
        if c.is_alpha() {
            out.push(c);
        }
    }
    out
}

/// Initials of a name's capitalised words ("Radio Free Europe/Radio Liberty" → "RFERL").
fn initials(name: &str) -> String {
    let mut out = String::new();
    for w in name.split([' ', '/', '-']) {
        if names::in_list(CONNECTORS, w) {
            continue;
        }
        if let Some(c) = w.chars().next().filter(|c| c.is_upper()) {
            out.push(c);
        }
    }
    out
}

/// True for a token that is a bare acronym that could name a body: 2-6 capitals, not an
/// abbreviation of a common noun, a place, a unit or a function word ("IT", "US").
fn is_org_acronym(t: &Tok<'_>) -> bool {
    t.is_all_caps()
        && t.text.chars().all(|c| c.is_alpha() || c == '&')
        && (2..=6).contains(&super::charclass::char_count(t.text))
        && !t.has(wordclass::PLACE | wordclass::NON_NAME)
        && !names::in_list(NOT_ACRONYMS, t.text)
}

/// True when the sentence is shouted: most of its words in capitals (a banner, a kicker).
fn is_shouting(toks: &[Tok<'_>]) -> bool {
    let words = toks
        .iter()
        .filter(|t| t.is_word() && t.text.len() > 1)
        .count();
    let caps = toks.iter().filter(|t| t.is_all_caps()).count();
    caps >= 3 && caps * 2 >= words
}

/// True for a known one-word organisation written as it is usually written (a short entry such
/// as "AP" or "WHO" must be in capitals, so "Who" or "Ap" do not count).
fn is_known_word(w: &str) -> bool {
    wordclass::of_word(w) & wordclass::KNOWN_ORG != 0
        && (super::charclass::char_count(w) > 3 || w.chars().all(|c| !c.is_lower()))
}

/// Finds organizations and their short forms.
///
/// ```
/// use factcard_core::extract::{organization::organizations, sentence::split};
/// let s = split(&["The Institute for the Study of War (ISW) said the push stalled. The ISW added more.".into()]);
/// let o = organizations(&s, &[]);
/// assert_eq!(o[0].name, "Institute for the Study of War");
/// assert_eq!(o[0].short.as_deref(), Some("ISW"));
/// assert_eq!(o[0].mentions.len(), 3); // the name, "(ISW)" and "The ISW"
/// ```
pub fn organizations(sentences: &[Sentence], people: &[Person]) -> Vec<Organization> {
    organizations_with(sentences, people, &names::tokenize_all(sentences))
}

/// [`organizations`], given the tokens of every sentence.
pub(crate) fn organizations_with(
    sentences: &[Sentence],
    people: &[Person],
    toks_all: &[Vec<Tok<'_>>],
) -> Vec<Organization> {
    let mut orgs: Vec<Org> = Vec::new();
    let expansions = plain_expansions(sentences, toks_all);
    for (si, (s, toks)) in sentences.iter().zip(toks_all).enumerate() {
        let text = s.text.as_str();
        // The people named in this sentence, gathered once for every run of it.
        let mut named: Vec<Span> = Vec::new();
        for m in people.iter().flat_map(|p| &p.mentions) {
            if m.sentence == si {
                named.push(m.span);
            }
        }
        let overlapping = |span: Span| {
            named
                .iter()
                .filter(move |m| m.start < span.end && span.start < m.end)
        };
        let is_person = |span: Span| overlapping(span).next().is_some();
        // Where the first person named inside `span` starts.
        let person_start = |span: Span| overlapping(span).map(|m| m.start).min();
        if let Some(c) = names::credit(toks) {
            for (name, st, en) in c.agencies {
                add(
                    &mut orgs,
                    &name,
                    None,
                    Mention {
                        sentence: si,
                        span: Span::new(st, en),
                    },
                );
            }
        }
        let headline = names::is_title_case(toks);
        // Possessive bodies: "Russia's defense ministry".
        for (i, t) in toks.iter().enumerate() {
            if t.kind != Kind::Poss || i == 0 {
                continue;
            }
            let Some(owner) = toks.get(i - 1) else {
                continue;
            };
            if !owner.is_cap() || owner.has(wordclass::FUNCTION) {
                continue;
            }
            let mut j = i + 1;
            while j < i + 4
                && toks.get(j).is_some_and(|w| w.is_word() && !w.is_cap())
                && !toks
                    .get(j)
                    .is_some_and(|w| names::in_list(LOWER_HEADS, w.text))
            {
                j += 1;
            }
            if j > i + 1
                && toks
                    .get(j)
                    .is_some_and(|w| names::in_list(LOWER_HEADS, w.text))
            {
                let (name, span) = span_text(text, toks, i - 1, j + 1);
                if !is_person(span) {
                    add(&mut orgs, name, None, Mention { sentence: si, span });
                }
            }
        }
        let runs = split_after_suffix(toks, names::cap_runs(toks, true));
        let shouting = is_shouting(toks);
        // Runs taken as organisations, and runs that only lacked a cue (for "X and Y").
        let mut taken: Vec<(usize, usize)> = Vec::new();
        let mut plain: Vec<(usize, usize)> = Vec::new();
        let mut idx = 0;
        while idx < runs.len() {
            let (mut a, mut b, next) = extend(toks, &runs, idx);
            idx = next;
            // "West Mercia police", "Time magazine": a name and a lowercase body noun.
            let tailed = toks
                .get(b)
                .is_some_and(|t| names::in_list(LOWER_TAILS, t.text) && !t.is_cap());
            if tailed {
                b += 1;
            }
            // "Apple CEO Tim Cook", "Australian Federal Police Commissioner Jane Roe": the body
            // before a person's title.
            let (_, whole) = span_text(text, toks, a, b);
            if let Some(ps) = person_start(whole).filter(|_| !tailed) {
                while b > a && toks.get(b - 1).is_some_and(|t| t.end > ps) {
                    b -= 1;
                }
                while b > a
                    && toks.get(b - 1).is_some_and(|t| {
                        t.is(".") || t.has(wordclass::ROLE | wordclass::ABBREV_TITLE)
                    })
                {
                    b -= 1;
                }
                // "Former Apple CEO": the role's modifiers are not part of the body.
                while a < b
                    && toks.get(a).is_some_and(|t| {
                        names::in_list(
                            words![
                                "acting", "ex", "former", "interim", "late", "outgoing", "then",
                            ],
                            t.text,
                        ) || t.has(wordclass::ROLE)
                    })
                {
                    a += 1;
                }
            }
            while a < b
                && toks.get(a).is_some_and(|t| {
                    t.has(wordclass::FUNCTION) && !t.has(wordclass::KNOWN_ORG)
                })
                // "New York magazine": "New" before a place is part of the name.
                && !(toks.get(a).is_some_and(|t| t.text == "New")
                    && a + 1 < b
                    && toks
                        .get(a + 1)
                        .is_some_and(|t| t.has(wordclass::PLACE)))
            {
                a += 1;
            }
            if a >= b {
                continue;
            }
            let (name, span) = span_text(text, toks, a, b);
            if (is_person(span) && !tailed) || name.is_empty() {
                continue;
            }
            let word_toks = names::word_toks(toks, a, b);
            let words = names::texts(&word_toks);
            // "the Labor government", "Republican senators".
            let party = words.len() == 1
                && names::in_list(PARTY_NAMES, name)
                && toks
                    .get(b)
                    .is_some_and(|t| t.is_word() && names::in_list(PARTY_CONTEXT, t.text));
            if !party
                && word_toks
                    .iter()
                    .all(|w| w.has(wordclass::NON_NAME | wordclass::PLACE))
            {
                continue;
            }
            let head = word_toks
                .iter()
                .any(|w| w.has(wordclass::ORG_HEAD) && !w.has(wordclass::FUNCTION));
            // "U.S. Federal Reserve", "British Army": a known body after a place or nationality.
            let lead = words
                .iter()
                .take_while(|w| {
                    let w = super::text::replace_chars(w, &['.'], "");
                    wordclass::of_word(&w) & (wordclass::PLACE | wordclass::NATIONALITY) != 0
                })
                .count();
            let known_tail = (1..=lead).any(|k| {
                let tail = super::text::join_spaced(words.get(k..).unwrap_or(&[]));
                !tail.is_empty() && wordclass::of_word(&tail) & wordclass::KNOWN_ORG != 0
            });
            let known = wordclass::of_word(name) & wordclass::KNOWN_ORG != 0
                || (name.as_bytes().contains(&b'/')
                    && wordclass::of_word(&super::text::replace_chars(name, &['/'], " "))
                        & wordclass::KNOWN_ORG
                        != 0)
                || known_tail;
            // "Nintendo/Apple Nintendo": known names glued by a caption, taken one by one.
            if !head && !known && words.len() >= 2 && words.iter().all(|w| is_known_word(w)) {
                for k in a..b {
                    if let Some(t) = toks.get(k).filter(|t| t.is_word()) {
                        let span = Span::new(t.start, t.end);
                        add(&mut orgs, t.text, None, Mention { sentence: si, span });
                    }
                }
                taken.push((a, b));
                continue;
            }
            // Cues around the run.
            let before = |k: usize| {
                a.checked_sub(k)
                    .and_then(|i| toks.get(i))
                    .map_or("", |t| t.text)
            };
            let after = |k: usize| toks.get(b + k).map_or("", |t| t.text);
            let media_noun = wordclass::of_word(before(1)) & wordclass::MEDIA_NOUN != 0;
            let told = names::in_list(&["told", "to"], before(1))
                && (before(1) != "to" || before(2).eq_ignore_ascii_case("according"));
            let reported = names::in_list(
                words![
                    "published",
                    "quoted",
                    "reached",
                    "reported",
                    "reporting",
                    "reports",
                ],
                after(0),
            );
            let slash = name.as_bytes().contains(&b'/');
            let short_paren = after(0) == "("
                && toks.get(b + 1).is_some_and(|t| t.is_all_caps())
                && after(2) == ")";
            // "a reporter for X", "a professor at X": the employer.
            let employer = names::in_list(&["for", "at"], before(1))
                && names::in_list(EMPLOYEE_NOUNS, before(2));
            // A bare acronym with a cue: "the RSPCA", "UNHCR said", "an NHS spokesman".
            let acronym = words.len() == 1
                && b == a + 1
                && !shouting
                && toks.get(a).is_some_and(is_org_acronym)
                && !expansions.iter().any(|e| e == &letters(name))
                && (before(1).eq_ignore_ascii_case("the")
                    || employer
                    || toks.get(b).is_some_and(|t| {
                        t.is_word()
                            && !t.is_cap()
                            && (t.has(wordclass::SPEECH_VERB)
                                || names::in_list(ACRONYM_AFTER, t.text))
                    }));
            // "Goldman Sachs economists", "a Boeing spokesman": a body's staff after its name.
            let staff_after = toks
                .get(b)
                .is_some_and(|t| t.is_word() && !t.is_cap() && names::in_list(STAFF_AFTER, t.text))
                && words.first().is_none_or(|w| names::first_name(w).is_none());
            let cue = media_noun
                || employer
                || staff_after
                || ((told || reported || slash) && (words.len() >= 2 || is_acronymish(&words)));
            let single_cue =
                media_noun || acronym || party || ((told || reported) && words.len() == 1);
            if !(head || known || cue || single_cue) {
                if !headline && words.len() <= 3 && !shouting {
                    plain.push((a, b));
                }
                continue;
            }
            if headline && !known {
                continue;
            }
            if words.len() == 1 && wordclass::of_word(name) & wordclass::PLACE != 0 {
                continue;
            }
            // A head alone is a common noun ("Government", "Press"); a place noun last makes a
            // place ("Times Square").
            if words.len() == 1 && head && !known && !cue && !single_cue {
                continue;
            }
            if words.last().is_some_and(|w| names::in_list(PLACE_NOUNS, w)) {
                continue;
            }
            let short = short_paren.then(|| after(1).to_owned());
            add(&mut orgs, name, short, Mention { sentence: si, span });
            taken.push((a, b));
        }
        // "News Corporation and Fairfax": a plain name joined by "and" to a body.
        for &(a, b) in &plain {
            let joined_after = toks.get(b).is_some_and(|t| t.text == "and")
                && taken.iter().any(|&(c, _)| {
                    c == b + 1 || (c == b + 2 && toks.get(b + 1).is_some_and(|t| t.text == "the"))
                });
            let joined_before = a >= 1
                && taken.iter().any(|&(_, d)| {
                    (d + 1 == a && toks.get(d).is_some_and(|t| t.text == "and"))
                        || (d + 2 == a
                            && toks.get(d).is_some_and(|t| t.text == "and")
                            && toks.get(d + 1).is_some_and(|t| t.text == "the"))
                });
            if !(joined_after || joined_before) {
                continue;
            }
            let (name, span) = span_text(text, toks, a, b);
            let words = names::word_toks(toks, a, b);
            let person_like = words
                .first()
                .is_some_and(|t| names::first_name(t.text).is_some());
            if name.is_empty() || person_like || name.as_bytes().contains(&b'/') {
                continue;
            }
            add(&mut orgs, name, None, Mention { sentence: si, span });
        }
    }
    // Later mentions of a known name or short form in any sentence.
    for (si, (s, toks)) in sentences.iter().zip(toks_all).enumerate() {
        for (a, b) in names::cap_runs(toks, true) {
            let (name, span) = span_text(&s.text, toks, a, b);
            let name = name.strip_prefix("The ").unwrap_or(name);
            for o in &mut orgs {
                let hit = o.name == name || o.short.as_deref() == Some(name);
                if hit
                    && !o.mentions.iter().any(|m| {
                        m.sentence == si && m.span.start <= span.end && span.start <= m.span.end
                    })
                {
                    o.mentions.push(Mention { sentence: si, span });
                }
            }
        }
    }
    let mut out: Vec<Organization> = Vec::with_capacity(orgs.len());
    for mut o in orgs {
        super::sort_mentions(&mut o.mentions);
        o.mentions.dedup();
        out.push(Organization {
            name: o.name,
            short: o.short,
            mentions: o.mentions,
        });
    }
    super::order::sort_by_key(&mut out, |o| super::first_mention_key(&o.mentions));
    out
}

/// Initials of the article's capitalised names of two words or more that have no organisation
/// head ("Affordable Care Act" → "ACA", "Named Binary Tag" → "NBT"): an acronym spelling one of
/// them names a law, a format or a product, not a body.
fn plain_expansions(sentences: &[Sentence], toks_all: &[Vec<Tok<'_>>]) -> Vec<String> {
    let mut out = Vec::new();
    for (s, toks) in sentences.iter().zip(toks_all) {
        let runs = names::cap_runs(toks, false);
        let mut idx = 0;
        while idx < runs.len() {
            let (a, b, next) = extend(toks, &runs, idx);
            idx = next;
            let words = toks.get(a..b).unwrap_or(&[]).iter().filter(|t| t.is_word());
            let head = words.clone().any(|t| t.has(wordclass::ORG_HEAD));
            if words.count() >= 2 && !head {
                let (name, _) = span_text(&s.text, toks, a, b);
                let i = initials(name);
                if super::charclass::char_count(&i) >= 2 && !out.contains(&i) {
                    out.push(i);
                }
            }
        }
    }
    out
}

/// Splits capitalised runs after a company-form suffix: "Acme Inc Globex" → "Acme Inc",
/// "Globex".
fn split_after_suffix(toks: &[Tok<'_>], runs: Vec<(usize, usize)>) -> Vec<(usize, usize)> {
    // "Moody's Analytics Inc", "McDonald's Corp": a company whose name holds a possessive.
    let mut joined: Vec<(usize, usize)> = Vec::with_capacity(runs.len());
    for (a, b) in runs {
        if let Some(last) = joined.last_mut() {
            if last.1 + 1 == a
                && toks.get(last.1).is_some_and(|t| t.kind == Kind::Poss)
                && toks
                    .get(b.wrapping_sub(1))
                    .is_some_and(|t| names::in_list(CORP_SUFFIXES, t.text))
            {
                last.1 = b;
                continue;
            }
        }
        joined.push((a, b));
    }
    let mut out = Vec::with_capacity(joined.len());
    for (a, b) in joined {
        let mut start = a;
        for k in a..b {
            let suffix = toks
                .get(k)
                .is_some_and(|t| t.is_word() && k > start && names::in_list(CORP_SUFFIXES, t.text));
            if suffix && k + 1 < b && toks.get(k + 1).is_some_and(Tok::is_cap) {
                out.push((start, k + 1));
                start = k + 1;
            }
        }
        out.push((start, b));
    }
    out
}

/// True for a one-word name in capitals or camel case ("RFE/RL", "BuzzFeed", "TMZ").
fn is_acronymish(words: &[&str]) -> bool {
    words.len() == 1
        && words.first().is_some_and(|w| {
            w.chars().skip(1).any(char::is_upper)
                || w.chars().filter(|c| c.is_alpha()).all(char::is_upper)
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::sentence::split;

    fn run(text: &str) -> Vec<String> {
        let s = split(&[text.to_owned()]);
        let p = crate::extract::person::people(&s);
        organizations(&s, &p)
            .into_iter()
            .map(|o| match o.short {
                Some(sh) => format!("{} ({sh}) x{}", o.name, o.mentions.len()),
                None => format!("{} x{}", o.name, o.mentions.len()),
            })
            .collect()
    }

    const CASES: &[(&str, &[&str])] = &[
        ("The fire grew, according to the California Department of Forestry & Fire Protection.", &["California Department of Forestry & Fire Protection x1"]),
        ("The Institute for the Study of War (ISW), a think tank, assessed it. The ISW noted more.", &["Institute for the Study of War (ISW) x3"]),
        ("Russia's defense ministry claimed on October 31 to have finished.", &["Russia's defense ministry x1"]),
        ("The chief economist at Moody's Analytics Inc said so.", &["Moody's Analytics Inc x1"]),
        ("Spokesman Dmitry Ivanov confirmed an earlier report by the Russian newspaper Kommersant.", &["Kommersant x1"]),
        ("The mother of a soldier told BBC News that mothers would rise up.", &["BBC News x1"]),
        ("The footage was published by Radio Free Europe/Radio Liberty in March, according to RFE/RL.", &["Radio Free Europe/Radio Liberty (RFE/RL) x2"]),
        ("A report by Stanford University's Center on Poverty and Inequality calls that into question.", &["Stanford University x1", "Center on Poverty and Inequality x1"]),
        ("The Kremlin said on Tuesday that the meeting would go ahead.", &["Kremlin x1"]),
        ("West Mercia police said the tablets were believed to contain DNP.", &["West Mercia police x1"]),
        ("Russian President Vladimir Petrov met mothers in Moscow on Sunday.", &[]),
        ("Although Russian defense officials said so, However is not a name.", &[]),
        ("Above, a meeting outside Moscow. JOHN SMITH/SPUTNIK/AFP/Getty Images", &["Sputnik x1", "AFP x1", "Getty Images x1"]),
        ("As Mashable reports, the company announced a minimum fare.", &["Mashable x1"]),
        // A company suffix ends a name; known names glued by a caption are taken one by one.
        ("Photo: Provided by Acme Media Inc Nintendo/Sony Nintendo and Sony unveiled the console.", &["Acme Media Inc x1", "Nintendo x2", "Sony x2"]),
        // The body before a person's title.
        ("Australian Federal Police Commissioner Jane Roe declined to comment.", &["Australian Federal Police x1"]),
        ("Former Apple CEO John Sculley spoke at the event.", &["Apple x1"]),
        // Lowercase body nouns after a name; the employer after "a reporter for".
        ("The interview first ran in Rolling Stone magazine last year.", &["Rolling Stone magazine x1"]),
        ("The boy was taken to Queen Elizabeth hospital in Birmingham.", &["Queen Elizabeth hospital x1"]),
        ("Tom Hale is a reporter for Daily Planet covering city hall.", &["Daily Planet x1"]),
        ("Sarah House, a senior economist at Wells Fargo, expects one cut.", &["Wells Fargo x1"]),
        ("Goldman Sachs economists expect two cuts this year.", &["Goldman Sachs x1"]),
        ("The results were published in the journal Nature Medicine on Monday.", &["Nature Medicine x1"]),
        ("It was the total stimulus package by the Federal Government of N2.3 trillion.", &["Federal Government x1"]),
        // Bare acronyms with a cue; not the acronym of a law or format spelled out earlier.
        ("Records show the donation went to the RNLI last spring.", &["RNLI x1"]),
        ("UNHCR said the camp was full. A UNHCR spokesman declined to comment.", &["UNHCR x2"]),
        ("The Affordable Care Act passed in 2010. Critics say the ACA raised premiums.", &[]),
        ("The CEO said the GDP figures and the UK data were weak.", &[]),
        ("Tablets containing DNP were seized by officers.", &[]),
        // Parties before a party word; bodies joined by "and"; the legislature; "U.S." before a known body.
        ("The Labor government wants the bill passed before Labor Day.", &["Labor x1"]),
        ("Executives from News Corporation and Fairfax attended the briefing.", &["News Corporation x1", "Fairfax x1"]),
        ("The bill will be debated in the House of Representatives this week.", &["House of Representatives x1"]),
        ("The U.S. Federal Reserve held rates steady on Wednesday.", &["U.S. Federal Reserve x1"]),
        ("She is a Navy veteran.", &["Navy x1"]),
        ("Labour MP Rachel Hart said the community was in shock.", &["Labour x1"]),
        // Short forms: a later acronym of a name, a web address of a name.
        ("Radio Free Asia/Radio Liberty filmed it. RFA/RL later removed the clip.", &["Radio Free Asia/Radio Liberty (RFA/RL) x2"]),
        ("Fact-checking site Snopes.com rated it false. Snopes has rated similar claims before.", &["Snopes.com x2"]),
        // Not bodies.
        ("The White House said it respected the decision.", &["White House x1"]),
    ];

    #[test]
    fn organization_cases() {
        for (input, want) in CASES {
            assert_eq!(run(input), *want, "{input}");
        }
    }

    #[test]
    fn no_panic_on_odd_input() {
        for s in [
            "",
            "(",
            "A (B",
            "X's",
            "’s ministry",
            "Of Of Of",
            "/ / /",
            "É's défense ministry",
        ] {
            let _ = run(s);
        }
    }
}
