//! The FactSheet: what extraction produces, what the CLI prints and what a newsroom may hand the
//! card as curated facts (JSON with `"schema": "factcard/1"`).
//!
//! Every fact names the sentence it came from (`sentence`, an index into
//! [`FactSheet::sentences`]) and its byte span inside that sentence's text (`span`). Curated facts
//! written by hand may leave both out; every other field but the fact's own text has a default,
//! so a short hand-written JSON file is a valid FactSheet.

use crate::date::{Date, Precision};
use crate::error::{Error, Result};
use serde::{Deserialize, Serialize};

/// The schema name and version this crate writes and reads.
pub const SCHEMA: &str = "factcard/1";

/// A byte range `start..end` inside a sentence's text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default, Hash)]
pub struct Span {
    /// First byte of the span.
    pub start: usize,
    /// One past the last byte of the span.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end`.
    pub fn new(start: usize, end: usize) -> Span {
        Span { start, end }
    }

    /// The span as a range, to slice the sentence text with.
    pub fn range(self) -> std::ops::Range<usize> {
        self.start..self.end
    }

    /// The spanned text of `sentence`, or `None` when the span does not fit it.
    ///
    /// ```
    /// use factcard_core::Span;
    /// assert_eq!(Span::new(4, 9).as_str("The Kremlin said"), Some("Kreml"));
    /// ```
    pub fn as_str(self, sentence: &str) -> Option<&str> {
        sentence.get(self.range())
    }

    /// True when the span is empty.
    pub fn is_empty(self) -> bool {
        self.end <= self.start
    }
}

/// The article's metadata.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct Meta {
    /// The headline.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub headline: Option<String>,
    /// The publication date: the reference for relative dates.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub published: Option<Date>,
    /// The byline.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub byline: Option<String>,
}

/// One sentence of the article body.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct Sentence {
    /// Index of the paragraph it belongs to (0-based).
    pub paragraph: usize,
    /// Byte span of the sentence inside its paragraph's text.
    pub span: Span,
    /// The sentence text.
    pub text: String,
}

/// A sentence chosen as a key point of the story.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct KeyPoint {
    /// The point as a reader sees it.
    pub text: String,
    /// The sentence it came from.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sentence: Option<usize>,
}

/// A dated event: a date expression and what happened then.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct Event {
    /// The date expression as written ("on Tuesday", "September 21", "last week").
    pub text: String,
    /// The normalised date: `YYYY-MM-DD`, `YYYY-MM` or `YYYY`; `None` when it cannot be placed.
    pub date: Option<String>,
    /// How precise `date` is.
    pub precision: Precision,
    /// True when the date was resolved against the publication date ("yesterday", "last week").
    pub relative: bool,
    /// A short description of what happened then, taken from the date's clause.
    pub description: String,
    /// The sentence it came from.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sentence: Option<usize>,
    /// The span of `text` inside that sentence.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub span: Option<Span>,
}

/// A number that counts or measures something.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct Figure {
    /// The figure as written ("45,000 volunteers", "$4.8 billion", "12 percent").
    pub text: String,
    /// Its numeric value (300000, 4.8e9, 12).
    pub value: f64,
    /// The unit, if it is a measure ("USD", "percent", "km").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub unit: Option<String>,
    /// What it counts ("reservists", "mobilized citizens").
    pub counts: String,
    /// True for approximate amounts ("about 80,000", "tens of thousands").
    pub approximate: bool,
    /// The sentence it came from.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sentence: Option<usize>,
    /// The span of `text` inside that sentence.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub span: Option<Span>,
}

/// A direct quotation and who said it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct Quote {
    /// The quoted words, without the quotation marks.
    pub text: String,
    /// Who said it, as the fullest name known ("Jane Doe"), or a description ("one woman").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub speaker: Option<String>,
    /// Index into [`FactSheet::people`] when the speaker is a known person.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub person: Option<usize>,
    /// The sentence it came from (where the quotation opens).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sentence: Option<usize>,
    /// The span of `text` inside that sentence.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub span: Option<Span>,
}

/// Where a mention of an entity was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct Mention {
    /// The sentence of the mention.
    pub sentence: usize,
    /// The span of the mention inside that sentence.
    pub span: Span,
}

/// A person named in the article.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct Person {
    /// The fullest form of the name ("Jane Doe").
    pub name: String,
    /// The role given at first mention ("Kremlin spokesman").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    /// Every mention: full name, surname alone, title and surname ("Ms. Doe").
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub mentions: Vec<Mention>,
}

/// An organization named in the article.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct Organization {
    /// The full name ("Institute for the Study of War").
    pub name: String,
    /// Its short form, if the article gives one ("ISW").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub short: Option<String>,
    /// Every mention.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub mentions: Vec<Mention>,
}

/// How a source stands behind what it says.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    /// Confirmed by the source itself ("Doe confirmed").
    Confirmed,
    /// Reported by a third party ("the Daily Ledger reported, citing sources").
    #[default]
    Reported,
    /// Claimed without confirmation ("the ministry claimed").
    Claimed,
    /// An assessment or analysis ("the ISW assessed").
    Assessed,
    /// A denial ("the ministry denied").
    Denied,
}

/// Who says what, and how firmly.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct Source {
    /// Who says it ("the Daily Ledger", "Jane Doe", "Russia's defense ministry").
    pub name: String,
    /// How firmly.
    pub status: Status,
    /// What it rests on ("three unnamed Kremlin sources"), if stated.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub basis: Option<String>,
    /// The claim, as the sentence or clause that carries it.
    pub claim: String,
    /// The sentence it came from.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sentence: Option<usize>,
    /// The span of the source's name inside that sentence.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub span: Option<Span>,
}

/// All the key facts of one article.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct FactSheet {
    /// Always [`SCHEMA`].
    pub schema: String,
    /// Headline, publication date, byline.
    pub meta: Meta,
    /// The article body, sentence by sentence; facts point into it.
    pub sentences: Vec<Sentence>,
    /// 3 to 5 sentences that carry the story, in reading order.
    pub key_points: Vec<KeyPoint>,
    /// Dated events, in the order they appear.
    pub events: Vec<Event>,
    /// Figures.
    pub figures: Vec<Figure>,
    /// Direct quotations.
    pub quotes: Vec<Quote>,
    /// People.
    pub people: Vec<Person>,
    /// Organizations.
    pub organizations: Vec<Organization>,
    /// Sources with a sourcing status.
    pub sources: Vec<Source>,
}

impl Default for FactSheet {
    fn default() -> Self {
        FactSheet {
            schema: SCHEMA.to_owned(),
            meta: Meta::default(),
            sentences: Vec::new(),
            key_points: Vec::new(),
            events: Vec::new(),
            figures: Vec::new(),
            quotes: Vec::new(),
            people: Vec::new(),
            organizations: Vec::new(),
            sources: Vec::new(),
        }
    }
}

impl FactSheet {
    /// Checks a FactSheet read from outside (curated JSON): the schema must be [`SCHEMA`], and
    /// sentence indexes and spans that do not fit are dropped rather than trusted.
    pub fn validated(mut self) -> Result<FactSheet> {
        if self.schema != SCHEMA {
            return Err(Error::UnsupportedSchema {
                found: self.schema,
                expected: SCHEMA,
            });
        }
        let texts: Vec<String> = self.sentences.iter().map(|s| s.text.clone()).collect();
        let fit = |sentence: &mut Option<usize>, span: &mut Option<Span>| match sentence
            .and_then(|i| texts.get(i))
        {
            None => {
                *sentence = None;
                *span = None;
            }
            Some(text) => {
                if span.is_some_and(|s| s.as_str(text).is_none()) {
                    *span = None;
                }
            }
        };
        for k in &mut self.key_points {
            fit(&mut k.sentence, &mut None);
        }
        for e in &mut self.events {
            fit(&mut e.sentence, &mut e.span);
        }
        for f in &mut self.figures {
            fit(&mut f.sentence, &mut f.span);
        }
        for q in &mut self.quotes {
            fit(&mut q.sentence, &mut q.span);
            if q.person.is_some_and(|p| p >= self.people.len()) {
                q.person = None;
            }
        }
        for s in &mut self.sources {
            fit(&mut s.sentence, &mut s.span);
        }
        let keep = |m: &Mention| {
            texts
                .get(m.sentence)
                .is_some_and(|t| m.span.as_str(t).is_some())
        };
        for p in &mut self.people {
            p.mentions.retain(keep);
        }
        for o in &mut self.organizations {
            o.mentions.retain(keep);
        }
        Ok(self)
    }

    /// Reads curated FactSheet JSON and validates it.
    ///
    /// ```
    /// let sheet = factcard_core::FactSheet::from_json(
    ///     r#"{"schema":"factcard/1","key_points":[{"text":"A curated point."}]}"#,
    /// ).unwrap();
    /// assert_eq!(sheet.key_points[0].text, "A curated point.");
    /// assert!(factcard_core::FactSheet::from_json(r#"{"schema":"other/2"}"#).is_err());
    /// ```
    pub fn from_json(json: &str) -> Result<FactSheet> {
        crate::json::read_fact_sheet(json)?.validated()
    }

    /// Reads curated FactSheet JSON already parsed into a [`crate::json::Value`] (by the
    /// browser's `JSON.parse`, say) and validates it, as [`FactSheet::from_json`] does.
    pub fn from_json_value(value: crate::json::Value) -> Result<FactSheet> {
        crate::json::fact_sheet_from_value(value)?.validated()
    }

    /// The FactSheet as pretty-printed JSON.
    #[cfg(feature = "json")]
    pub fn to_json_pretty(&self) -> String {
        // Serialising plain data with string keys cannot fail.
        serde_json::to_string_pretty(self).unwrap_or_default()
    }

    /// True when there is no fact to show at all.
    pub fn is_empty(&self) -> bool {
        self.key_points.is_empty()
            && self.events.is_empty()
            && self.figures.is_empty()
            && self.quotes.is_empty()
            && self.people.is_empty()
            && self.organizations.is_empty()
            && self.sources.is_empty()
    }
}
