//! The invariants every FactSheet must keep, shared by the robustness tests, the regression
//! corpus and the cargo-fuzz targets (which include this file with `#[path]`).
//!
//! Each check panics with a message that names the broken rule, so a failing proptest or fuzz
//! run says what went wrong, not just where.

#![allow(dead_code)]

use factcard_core::{extract, Article, Date, FactSheet, Options, Span, SCHEMA};

/// Checks that `sentence` (if any) points into `sheet.sentences` and that `span` (if any) lies on
/// char boundaries inside that sentence's text. A span without a sentence is a broken fact too.
fn check_fact(sheet: &FactSheet, what: &str, sentence: Option<usize>, span: Option<Span>) {
    match sentence {
        Some(i) => {
            let Some(s) = sheet.sentences.get(i) else {
                panic!(
                    "{what}: sentence index {i} out of range ({} sentences)",
                    sheet.sentences.len()
                );
            };
            if let Some(span) = span {
                check_span(what, &s.text, span);
            }
        }
        None => assert!(span.is_none(), "{what}: a span {span:?} without a sentence"),
    }
}

/// Checks that `span` is ordered and lies on char boundaries inside `text`.
fn check_span(what: &str, text: &str, span: Span) {
    assert!(
        span.start <= span.end,
        "{what}: span {span:?} runs backwards in {text:?}"
    );
    assert!(
        span.as_str(text).is_some(),
        "{what}: span {span:?} does not fit {} bytes / char boundaries of {text:?}",
        text.len()
    );
}

/// Every index and span of `sheet` fits: what `FactSheet::validated` promises and what the
/// extractor must produce.
pub fn check_indexes(sheet: &FactSheet) {
    assert_eq!(sheet.schema, SCHEMA, "schema");
    let n = sheet.sentences.len();
    for (i, k) in sheet.key_points.iter().enumerate() {
        check_fact(sheet, &format!("key_points[{i}]"), k.sentence, None);
    }
    for (i, e) in sheet.events.iter().enumerate() {
        check_fact(sheet, &format!("events[{i}]"), e.sentence, e.span);
    }
    for (i, f) in sheet.figures.iter().enumerate() {
        check_fact(sheet, &format!("figures[{i}]"), f.sentence, f.span);
    }
    for (i, q) in sheet.quotes.iter().enumerate() {
        check_fact(sheet, &format!("quotes[{i}]"), q.sentence, q.span);
        if let Some(p) = q.person {
            assert!(
                p < sheet.people.len(),
                "quotes[{i}]: person {p} out of range ({} people)",
                sheet.people.len()
            );
        }
    }
    for (i, s) in sheet.sources.iter().enumerate() {
        check_fact(sheet, &format!("sources[{i}]"), s.sentence, s.span);
    }
    let mentions = sheet.people.iter().map(|p| ("people", &p.mentions)).chain(
        sheet
            .organizations
            .iter()
            .map(|o| ("organizations", &o.mentions)),
    );
    for (what, ms) in mentions {
        for m in ms {
            assert!(
                m.sentence < n,
                "{what}: mention sentence {} out of range ({n} sentences)",
                m.sentence
            );
            check_span(what, &sheet.sentences[m.sentence].text, m.span);
        }
    }
}

/// Everything an extracted sheet must keep, on top of [`check_indexes`]: sentences are slices of
/// their paragraphs, figures are finite (JSON has no NaN or infinity), key points stay within the
/// limit, and the sheet survives validation and a JSON round trip unchanged.
pub fn check_extracted(article: &Article, options: &Options, sheet: &FactSheet) {
    check_indexes(sheet);
    for (i, s) in sheet.sentences.iter().enumerate() {
        let Some(p) = article.paragraphs.get(s.paragraph) else {
            panic!("sentences[{i}]: paragraph {} out of range", s.paragraph);
        };
        check_span(&format!("sentences[{i}]"), p, s.span);
        assert_eq!(
            s.span.as_str(p),
            Some(s.text.as_str()),
            "sentences[{i}]: text is not its span of the paragraph"
        );
        assert!(!s.text.trim().is_empty(), "sentences[{i}]: blank sentence");
    }
    for w in sheet.sentences.windows(2) {
        assert!(
            (w[0].paragraph, w[0].span.end) <= (w[1].paragraph, w[1].span.start),
            "sentences out of order or overlapping: {:?} then {:?}",
            (w[0].paragraph, w[0].span),
            (w[1].paragraph, w[1].span)
        );
    }
    for (i, f) in sheet.figures.iter().enumerate() {
        assert!(
            f.value.is_finite(),
            "figures[{i}]: value {} of {:?} is not finite",
            f.value,
            f.text
        );
    }
    assert!(
        sheet.key_points.len() <= options.max_key_points,
        "{} key points, max {}",
        sheet.key_points.len(),
        options.max_key_points
    );
    assert_eq!(
        &sheet
            .clone()
            .validated()
            .expect("an extracted sheet validates"),
        sheet,
        "validation changed an extracted sheet"
    );
    // A hand-built date outside years 0..=9999 has no `YYYY-MM-DD` form to read back.
    let mut portable = sheet.clone();
    if let Some(d) = portable.meta.published {
        if Date::new(d.year, d.month, d.day).is_none() {
            portable.meta.published = None;
        }
    }
    check_round_trip(&portable);
}

/// The sheet's JSON reads back as the same sheet (figure values within a rounding error: serde_json
/// parses floats to within a unit in the last place).
pub fn check_round_trip(sheet: &FactSheet) {
    let json = sheet.to_json_pretty();
    let mut back = FactSheet::from_json(&json)
        .unwrap_or_else(|e| panic!("the sheet's own JSON does not read back: {e}\n{json}"));
    assert_eq!(back.figures.len(), sheet.figures.len(), "figures lost");
    for (b, f) in back.figures.iter_mut().zip(&sheet.figures) {
        let tolerance = f.value.abs() * 4.0 * f64::EPSILON;
        assert!(
            (b.value - f.value).abs() <= tolerance,
            "figure value {} read back as {}",
            f.value,
            b.value
        );
        b.value = f.value;
    }
    assert_eq!(&back, sheet, "the sheet changed through JSON");
}

/// Extracts `article` with `options`, checks every invariant and that a second run gives the same
/// sheet. Returns the sheet, or `None` for an empty article (the one expected error).
pub fn extract_checked(article: &Article, options: &Options) -> Option<FactSheet> {
    let first = match extract(article, options) {
        Ok(sheet) => sheet,
        Err(factcard_core::Error::EmptyArticle) => {
            assert!(article.is_empty(), "EmptyArticle for an article with text");
            return None;
        }
        Err(e) => panic!("unexpected extraction error: {e}"),
    };
    check_extracted(article, options, &first);
    let second = extract(article, options).expect("second run");
    assert_eq!(first, second, "extraction is not deterministic");
    Some(first)
}

/// Reads `json` as curated facts: an error is fine, a sheet must have every index and span fit
/// and survive a JSON round trip.
pub fn json_checked(json: &str) -> Option<FactSheet> {
    let sheet = FactSheet::from_json(json).ok()?;
    check_indexes(&sheet);
    for (i, f) in sheet.figures.iter().enumerate() {
        assert!(
            f.value.is_finite(),
            "figures[{i}]: non-finite value from JSON"
        );
    }
    check_round_trip(&sheet);
    Some(sheet)
}

/// Turns a fuzz input into an article and options, as the `extract` fuzz target and the
/// regression corpus both read it.
///
/// The first 6 bytes steer the options and the way the text becomes paragraphs; the rest is text.
pub fn article_and_options(data: &[u8]) -> (Article, Options) {
    let mut head = [0u8; 6];
    let n = data.len().min(head.len());
    head[..n].copy_from_slice(&data[..n]);
    let text = String::from_utf8_lossy(&data[n..]);
    let [mode, y0, y1, month, day, keys] = head;
    let published = match mode & 0b11 {
        0 => None,
        // Any real calendar day of years 0..=4095.
        1 | 2 => Date::new(
            i32::from(u16::from_le_bytes([y0, y1]) & 0x0fff),
            month % 13,
            day % 32,
        ),
        // A `Date` built by hand (its fields are public) at the far ends of `i32`, which
        // `Date::new` refuses: extraction must still not panic or overflow.
        _ => {
            let year = if y0 & 1 == 0 {
                i32::MIN + i32::from(y1)
            } else {
                i32::MAX - i32::from(y1)
            };
            Some(Date {
                year,
                month: 1 + month % 12,
                day: 1 + day % 28,
            })
        }
    };
    let options = Options {
        published,
        max_key_points: usize::from(keys % 8),
    };
    let mut article = if mode & 0b100 == 0 {
        // As the CLI reads a file: one paragraph a line, trimmed, blanks skipped.
        Article::from_text(&text)
    } else {
        // As the widget may hand them over: raw, untrimmed, blank paragraphs kept.
        Article {
            paragraphs: text.split('\n').map(str::to_owned).collect(),
            ..Article::default()
        }
    };
    if mode & 0b1000 != 0 {
        let headline = article.paragraphs.first().cloned().unwrap_or_default();
        article = article.with_headline(headline);
    }
    (article, options)
}
