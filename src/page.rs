//! Finding the article in the host page and reading its paragraphs.
//!
//! The article root is `data-article="selector"` when given; otherwise the best of `article`,
//! `[itemprop=articleBody]` and `main`, or, when none of those holds most of the page's
//! paragraph text, the element that does (its `<p>` text counted fully, its grandchildren's
//! half, as readability tools do). Paragraphs are the text of `p`, `h2`, `h3`, `li` and
//! `blockquote` elements, never inside navigation, asides, figures and captions, headers and
//! footers, forms, hidden elements, share/related/newsletter/promo/ad blocks, or a card host.

use crate::error::CardError;
use factcard_core::extract::text;
use web_sys::{Document, Element, Node};

/// Elements whose text is never article text.
const SKIP_TAGS: &[&str] = &[
    "NAV",
    "ASIDE",
    "FIGURE",
    "FIGCAPTION",
    "HEADER",
    "FOOTER",
    "SCRIPT",
    "STYLE",
    "FORM",
    "BUTTON",
    "NOSCRIPT",
    "TEMPLATE",
    "SVG",
    "IFRAME",
    "SELECT",
    "TEXTAREA",
    "DIALOG",
    "CANVAS",
    "VIDEO",
    "AUDIO",
    "OBJECT",
    "INPUT",
    "LABEL",
    "MENU",
];

/// Elements read as one paragraph each.
const BLOCK_TAGS: &[&str] = &["P", "H2", "H3", "LI", "BLOCKQUOTE"];

/// Class or id fragments of page furniture.
const JUNK_NAMES: &[&str] = &[
    "caption",
    "credit",
    "share",
    "sharing",
    "social",
    "related",
    "newsletter",
    "promo",
    "subscribe",
    "signup",
    "byline",
    "breadcrumb",
    "sidebar",
    "sponsor",
    "outbrain",
    "taboola",
    "recirc",
    "comments",
    "comment-",
    "advert",
    "adsbygoogle",
];

/// Below this many characters of paragraph text, a candidate root is not the article.
const MIN_ARTICLE_CHARS: usize = 200;

/// The most paragraph text read from one article, in bytes (about 15,000 words, several times
/// the longest news story). The rest of a longer page is not read, so that a huge page cannot
/// hold the reader's main thread for seconds; the facts come from its beginning.
pub const MAX_ARTICLE_BYTES: usize = 100_000;

/// The article found in the page.
#[derive(Debug, Clone)]
pub struct PageArticle {
    /// The element the paragraphs were read from.
    pub root: Element,
    /// The paragraphs, whitespace collapsed, in document order, without duplicates.
    pub paragraphs: Vec<String>,
    /// For each paragraph, the way back from its text to the page's DOM.
    pub maps: Vec<TextMap>,
}

/// The way back from a paragraph's collapsed text to the page's text nodes: for every character
/// of the text, the text node it was read from and its UTF-16 offset there, so a byte span of
/// the paragraph becomes a DOM `Range` without touching the page.
#[derive(Debug, Clone, Default)]
pub struct TextMap {
    nodes: Vec<Node>,
    /// Per character of the collapsed text: (byte offset in the text, node index, UTF-16
    /// offset in that node, UTF-16 length). Separators the reader added (between blocks, for
    /// `<br>`) have no node (`u32::MAX`).
    points: Vec<(u32, u32, u32, u8)>,
}

impl TextMap {
    /// The DOM positions (node, UTF-16 offset) of the byte span `start..end` of the paragraph
    /// text: the start of its first character and the end of its last. `None` when the span
    /// does not fall on characters read from text nodes.
    pub fn locate(&self, start: usize, end: usize) -> Option<((Node, u32), (Node, u32))> {
        let first = self.points.partition_point(|p| (p.0 as usize) < start);
        let last = self.points.partition_point(|p| (p.0 as usize) < end);
        let inner = self.points.get(first..last)?;
        let a = inner.iter().find(|p| p.1 != u32::MAX)?;
        let b = inner.iter().rev().find(|p| p.1 != u32::MAX)?;
        Some((
            (self.nodes.get(a.1 as usize)?.clone(), a.2),
            (self.nodes.get(b.1 as usize)?.clone(), b.2 + u32::from(b.3)),
        ))
    }
}

/// Text read from the DOM before whitespace is collapsed: each char with its origin.
#[derive(Default)]
struct RawText {
    chars: Vec<(char, u32, u32)>,
    nodes: Vec<Node>,
}

impl RawText {
    fn push_node(&mut self, node: &Node, value: &str) {
        let idx = self.nodes.len() as u32;
        self.nodes.push(node.clone());
        let mut off = 0u32;
        for c in value.chars() {
            self.chars.push((c, idx, off));
            off += c.len_utf16() as u32;
        }
    }

    fn push_sep(&mut self) {
        self.chars.push((' ', u32::MAX, 0));
    }

    /// The text with whitespace runs collapsed to one space and trimmed (as
    /// `split_whitespace().join(" ")`), and its map.
    fn collapse(self) -> (String, TextMap) {
        let mut text = String::new();
        let mut points = Vec::new();
        let mut pending: Option<(u32, u32)> = None;
        for (c, node, off) in self.chars {
            if c.is_whitespace() {
                if !text.is_empty() && pending.is_none() {
                    pending = Some((node, off));
                }
                continue;
            }
            if let Some((n, o)) = pending.take() {
                points.push((text.len() as u32, n, o, 1));
                text.push(' ');
            }
            points.push((text.len() as u32, node, off, c.len_utf16() as u8));
            text.push(c);
        }
        (
            text,
            TextMap {
                nodes: self.nodes,
                points,
            },
        )
    }
}

/// Finds the article of `doc` (honouring the `data-article` selector) and reads its paragraphs.
pub fn find_article(doc: &Document, selector: Option<&str>) -> Result<PageArticle, CardError> {
    if let Some(sel) = selector {
        let root = doc
            .query_selector(sel)
            .map_err(|_| CardError::BadSelector(sel.to_owned()))?
            .ok_or_else(|| CardError::SelectorNoMatch(sel.to_owned()))?;
        let (paragraphs, maps) = read_blocks(&root);
        return if paragraphs.is_empty() {
            Err(CardError::NoArticle)
        } else {
            Ok(PageArticle {
                root,
                paragraphs,
                maps,
            })
        };
    }
    let densest = densest_element(doc);
    let densest_chars = densest.as_ref().map_or(0.0, |(_, score)| *score);
    for sel in ["article", "[itemprop=articleBody]", "main"] {
        let mut best: Option<PageArticle> = None;
        let mut best_chars = 0;
        for el in elements(doc, sel) {
            if is_inside_card(&el) {
                continue;
            }
            let (paragraphs, maps) = read_blocks(&el);
            let chars: usize = paragraphs.iter().map(String::len).sum();
            if chars > best_chars {
                best_chars = chars;
                best = Some(PageArticle {
                    root: el,
                    paragraphs,
                    maps,
                });
            }
        }
        if best_chars >= MIN_ARTICLE_CHARS && best_chars as f64 >= 0.5 * densest_chars {
            if let Some(found) = best {
                return Ok(found);
            }
        }
    }
    // A page whose densest text is a line or two (a landing page, an error page) has no
    // article to read: better say so than show that line as a key fact.
    let (root, _) = densest
        .filter(|(_, score)| *score >= MIN_ARTICLE_CHARS as f64)
        .ok_or(CardError::NoArticle)?;
    let (paragraphs, maps) = read_blocks(&root);
    if paragraphs.is_empty() {
        return Err(CardError::NoArticle);
    }
    Ok(PageArticle {
        root,
        paragraphs,
        maps,
    })
}

/// The elements matching `selector` (a constant, valid selector).
fn elements(root: &Document, selector: &str) -> Vec<Element> {
    let mut out = Vec::new();
    if let Ok(list) = root.query_selector_all(selector) {
        for i in 0..list.length() {
            if let Some(el) = list
                .item(i)
                .and_then(|n| wasm_bindgen::JsCast::dyn_into(n).ok())
            {
                out.push(el);
            }
        }
    }
    out
}

/// The element holding the most `<p>` text: each readable paragraph counts fully for its
/// parent and half for its grandparent.
fn densest_element(doc: &Document) -> Option<(Element, f64)> {
    let mut scores: Vec<(Element, f64)> = Vec::new();
    let mut add = |el: Element, score: f64| match scores.iter_mut().find(|(e, _)| e == &el) {
        Some(entry) => entry.1 += score,
        None => scores.push((el, score)),
    };
    let mut read = 0;
    // Paragraphs come in runs under one parent: its ancestors are checked once per run (each
    // check is several calls into the DOM).
    let mut last_parent: Option<(Element, bool)> = None;
    for p in elements(doc, "p") {
        if read > 2 * MAX_ARTICLE_BYTES {
            break;
        }
        let parent = p.parent_element();
        let in_skipped = match (&parent, &last_parent) {
            (Some(parent), Some((last, skipped))) if parent == last => *skipped,
            (Some(parent), _) => {
                let skipped = skipped_up_from(parent);
                last_parent = Some((parent.clone(), skipped));
                skipped
            }
            (None, _) => false,
        };
        if in_skipped || is_skipped(&p) {
            continue;
        }
        let Some((text, _)) = block_text(&p) else {
            continue;
        };
        read += text.len();
        let score = text.len() as f64;
        if let Some(parent) = parent {
            if let Some(grand) = parent.parent_element() {
                add(grand, score / 2.0);
            }
            add(parent, score);
        }
    }
    scores.into_iter().max_by(|a, b| a.1.total_cmp(&b.1))
}

/// The readable paragraphs under `root`, in document order, without duplicates.
pub fn paragraphs(root: &Element) -> Vec<String> {
    read_blocks(root).0
}

/// The readable paragraphs under `root` with their maps back to the DOM, up to
/// [`MAX_ARTICLE_BYTES`] of text.
fn read_blocks(root: &Element) -> (Vec<String>, Vec<TextMap>) {
    let mut out = Vec::new();
    // Blocks already read, by text (a page may repeat a pull quote or a caption). The
    // browser's own Set: constant time per block, and no hash table in the wasm.
    let seen = js_sys::Set::new(&wasm_bindgen::JsValue::UNDEFINED);
    let mut budget = MAX_ARTICLE_BYTES;
    collect(root, &mut out, &seen, &mut budget);
    out.into_iter().unzip()
}

fn collect(el: &Element, out: &mut Vec<(String, TextMap)>, seen: &js_sys::Set, budget: &mut usize) {
    let mut child = el.first_element_child();
    while let Some(c) = child {
        if *budget == 0 {
            return;
        }
        child = c.next_element_sibling();
        if is_skipped(&c) {
            continue;
        }
        if BLOCK_TAGS.contains(&tag(&c).as_str()) {
            if let Some((mut text, map)) = block_text(&c) {
                if text.len() > *budget {
                    // One paragraph longer than what is left: keep its beginning.
                    let mut cut = *budget;
                    while !text.is_char_boundary(cut) {
                        cut -= 1;
                    }
                    text.truncate(cut);
                }
                let key = wasm_bindgen::JsValue::from_str(&text);
                if !seen.has(&key) {
                    seen.add(&key);
                    *budget = budget.saturating_sub(text.len());
                    out.push((text, map));
                }
            }
        } else {
            collect(&c, out, seen, budget);
        }
    }
}

/// The text of a block, or `None` when it is not prose: empty, mostly links, or a short
/// label without sentence punctuation ("Advertisement", "Read more").
fn block_text(el: &Element) -> Option<(String, TextMap)> {
    let mut raw = RawText::default();
    let mut link_chars = 0;
    text_of(el, &mut raw, &mut link_chars, false);
    let (text, map) = raw.collapse();
    let chars = text.chars().count();
    if chars == 0 || link_chars * 10 > chars * 6 {
        return None;
    }
    let sentence_like = text.ends_with(['.', '!', '?', '"', '”', '’', ')', ':']);
    if chars < 25 && !sentence_like && tag(el) != "H2" && tag(el) != "H3" {
        return None;
    }
    Some((text, map))
}

/// Appends the readable text under `node` to `out`, counting the characters inside links.
fn text_of(node: &Node, out: &mut RawText, link_chars: &mut usize, in_link: bool) {
    let mut child = node.first_child();
    while let Some(c) = child {
        child = c.next_sibling();
        match c.node_type() {
            Node::TEXT_NODE => {
                let value = c.node_value().unwrap_or_default();
                if in_link {
                    *link_chars += value
                        .split_whitespace()
                        .map(|w| w.chars().count() + 1)
                        .sum::<usize>();
                }
                out.push_node(&c, &value);
            }
            Node::ELEMENT_NODE => {
                let Ok(el) = wasm_bindgen::JsCast::dyn_into::<Element>(c.clone()) else {
                    continue;
                };
                if is_skipped(&el) {
                    continue;
                }
                let name = tag(&el);
                if name == "BR" {
                    out.push_sep();
                    continue;
                }
                text_of(&c, out, link_chars, in_link || name == "A");
                if BLOCK_TAGS.contains(&name.as_str()) || name == "DIV" {
                    out.push_sep();
                }
            }
            _ => {}
        }
    }
}

/// A short description of an element for messages: `article#story.main-body`.
pub fn describe(el: &Element) -> String {
    let mut out = el.tag_name().to_ascii_lowercase();
    let id = el.id();
    if !id.is_empty() {
        out.push('#');
        out.push_str(&id);
    }
    for class in el.class_name().split_whitespace().take(2) {
        out.push('.');
        out.push_str(class);
    }
    out
}

/// The upper-case tag name.
fn tag(el: &Element) -> String {
    el.tag_name().to_ascii_uppercase()
}

/// True for an element whose text is never article text.
fn is_skipped(el: &Element) -> bool {
    if SKIP_TAGS.contains(&tag(el).as_str()) || el.has_attribute("data-factcard") {
        return true;
    }
    if el.has_attribute("hidden") || el.get_attribute("aria-hidden").as_deref() == Some("true") {
        return true;
    }
    if let Some(style) = el.get_attribute("style") {
        let compact: String = style.chars().filter(|c| !c.is_whitespace()).collect();
        if text::contains(&compact.to_ascii_lowercase(), "display:none") {
            return true;
        }
    }
    let class = el.get_attribute("class").unwrap_or_default();
    let id = el.id();
    class
        .split_whitespace()
        .chain(std::iter::once(id.as_str()))
        .any(is_junk_name)
}

/// True for a class or id of page furniture ("share-bar", "related-links", "ad-slot").
pub fn is_junk_name(name: &str) -> bool {
    if name.is_empty() {
        return false;
    }
    let n = name.to_ascii_lowercase();
    JUNK_NAMES.iter().any(|j| text::contains(&n, j))
        || n == "ad"
        || n == "ads"
        || n.starts_with("ad-")
        || n.starts_with("ad_")
        || n.starts_with("ads-")
        || n.ends_with("-ad")
        || n.ends_with("-ads")
        || text::contains(&n, "-ad-")
        || text::contains(&n, "_ad_")
}

/// True when `el` or one of its ancestors (up to `<body>`) would be skipped.
fn skipped_up_from(el: &Element) -> bool {
    let mut cur = Some(el.clone());
    while let Some(e) = cur {
        if tag(&e) == "BODY" {
            return false;
        }
        if is_skipped(&e) {
            return true;
        }
        cur = e.parent_element();
    }
    false
}

/// True when `el` is a card host or inside one.
fn is_inside_card(el: &Element) -> bool {
    el.closest("[data-factcard]").ok().flatten().is_some()
}

#[cfg(test)]
mod tests {
    use super::is_junk_name;

    #[test]
    fn junk_names() {
        for junk in [
            "share-bar",
            "related-links",
            "ad-slot",
            "ad",
            "top-ad",
            "article-ad-wrapper",
            "newsletter-signup",
            "image-caption",
            "photo-credit",
            "PromoBox",
            "social",
        ] {
            assert!(is_junk_name(junk), "{junk}");
        }
        for fine in [
            "head-line",
            "article-body",
            "story",
            "content",
            "thread-item",
            "loaded",
            "",
        ] {
            assert!(!is_junk_name(fine), "{fine}");
        }
    }
}
