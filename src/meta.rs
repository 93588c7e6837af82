//! The article's metadata as the page states it: headline, publication date, byline.

use factcard_core::extract::text;
use factcard_core::Date;
use web_sys::{Document, Element};

/// Headline, publication date and byline read from the page.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PageMeta {
    /// The headline.
    pub headline: Option<String>,
    /// The publication date.
    pub published: Option<Date>,
    /// The byline.
    pub byline: Option<String>,
}

impl PageMeta {
    /// Reads the metadata of `doc`, preferring what is inside the article `root` when given.
    ///
    /// Headline: the article's `<h1>`, then `og:title`, then the page's `<h1>`, then `<title>`
    /// (the article's own `<h1>` carries no " | Site name" suffix, so it goes first).
    /// Published: `<meta property="article:published_time">`, JSON-LD `datePublished`, then
    /// `<time datetime>` (the article's first).
    pub fn read(doc: &Document, root: Option<&Element>) -> PageMeta {
        let headline = root
            .and_then(|r| text_of_first(r, "h1"))
            .or_else(|| meta_content(doc, r#"meta[property="og:title"]"#))
            .or_else(|| {
                doc.query_selector("h1")
                    .ok()
                    .flatten()
                    .and_then(|h| clean(&h.text_content()?))
            })
            .or_else(|| clean(&doc.title()));
        let published = [
            r#"meta[property="article:published_time"]"#,
            r#"meta[name="article:published_time"]"#,
            r#"meta[itemprop="datePublished"]"#,
        ]
        .into_iter()
        .find_map(|sel| meta_content(doc, sel).and_then(|c| Date::parse_iso(&c)))
        .or_else(|| json_ld_published(doc))
        .or_else(|| root.and_then(time_datetime))
        .or_else(|| doc.document_element().as_ref().and_then(time_datetime));
        let byline = meta_content(doc, r#"meta[name="author"]"#).or_else(|| {
            doc.query_selector(r#"[rel="author"]"#)
                .ok()
                .flatten()
                .and_then(|a| clean(&a.text_content()?))
        });
        PageMeta {
            headline,
            published,
            byline,
        }
    }
}

fn clean(text: &str) -> Option<String> {
    let t = text.split_whitespace().collect::<Vec<_>>().join(" ");
    (!t.is_empty()).then_some(t)
}

fn meta_content(doc: &Document, selector: &str) -> Option<String> {
    doc.query_selector(selector)
        .ok()
        .flatten()?
        .get_attribute("content")
        .and_then(|c| clean(&c))
}

fn text_of_first(root: &Element, selector: &str) -> Option<String> {
    clean(
        &root
            .query_selector(selector)
            .ok()
            .flatten()?
            .text_content()?,
    )
}

/// The first `<time datetime>` under `root` that is a date.
fn time_datetime(root: &Element) -> Option<Date> {
    let list = root.query_selector_all("time[datetime]").ok()?;
    (0..list.length()).find_map(|i| {
        let el: Element = wasm_bindgen::JsCast::dyn_into(list.item(i)?).ok()?;
        Date::parse_iso(&el.get_attribute("datetime")?)
    })
}

/// `datePublished` from the page's JSON-LD blocks.
fn json_ld_published(doc: &Document) -> Option<Date> {
    let list = doc
        .query_selector_all(r#"script[type="application/ld+json"]"#)
        .ok()?;
    (0..list.length()).find_map(|i| find_date_published(&list.item(i)?.text_content()?))
}

/// The first `"datePublished": "YYYY-MM-DD…"` in JSON-LD text that holds a date, wherever it
/// is nested (`@graph`, arrays). A scan rather than a JSON parse: it keeps a general JSON value
/// parser out of the module, and a malformed block elsewhere does not hide the date.
pub fn find_date_published(json: &str) -> Option<Date> {
    const KEY: &str = "\"datePublished\"";
    let mut rest = json;
    while let Some(at) = text::find(rest, KEY) {
        rest = rest.get(at + KEY.len()..)?;
        let date = rest
            .trim_start()
            .strip_prefix(':')
            .and_then(|r| r.trim_start().strip_prefix('"'))
            .and_then(|v| v.get(..v.find('"')?))
            .and_then(Date::parse_iso);
        if date.is_some() {
            return date;
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_ld_dates() {
        let cases = [
            (
                r#"{"@type":"NewsArticle","datePublished":"2022-11-22T10:00:00Z"}"#,
                Some("2022-11-22"),
            ),
            (
                r#"{"@graph":[{"@type":"WebPage"},{"datePublished" : "2021-01-05"}]}"#,
                Some("2021-01-05"),
            ),
            (
                r#"[{"datePublished":"not a date"},{"datePublished":"2020-02-29"}]"#,
                Some("2020-02-29"),
            ),
            (r#"{"datePublished": 20200229, "x": "2020-01-01"}"#, None),
            (r#"{"datePublished":"2020-02-29"#, None),
            (r#"{"headline":"x"}"#, None),
            ("", None),
        ];
        for (json, want) in cases {
            assert_eq!(
                find_date_published(json).map(|d| d.to_iso()).as_deref(),
                want,
                "{json}"
            );
        }
    }
}
