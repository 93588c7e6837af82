//! Sentence splitting. (First cut: split after . ! ? followed by a space and a capital.)

use crate::model::{Sentence, Span};

/// Splits paragraphs into sentences; each sentence's span is its byte range in its paragraph.
pub fn split(paragraphs: &[String]) -> Vec<Sentence> {
    let mut out = Vec::new();
    for (pi, p) in paragraphs.iter().enumerate() {
        let mut start = 0;
        let chars: Vec<(usize, char)> = p.char_indices().collect();
        for w in 0..chars.len() {
            let (i, c) = chars[w];
            if matches!(c, '.' | '!' | '?') {
                let next = chars.get(w + 1).map(|x| x.1);
                let after = chars.get(w + 2).map(|x| x.1);
                if next == Some(' ') && after.is_some_and(|a| a.is_uppercase() || a == '"') {
                    push(&mut out, pi, p, start, i + 1);
                    start = i + 2;
                }
            }
        }
        push(&mut out, pi, p, start, p.len());
    }
    out
}

fn push(out: &mut Vec<Sentence>, paragraph: usize, p: &str, start: usize, end: usize) {
    let text = &p[start..end];
    let trimmed = text.trim();
    if trimmed.is_empty() {
        return;
    }
    let lead = text.len() - text.trim_start().len();
    let s = start + lead;
    out.push(Sentence {
        paragraph,
        span: Span::new(s, s + trimmed.len()),
        text: trimmed.to_owned(),
    });
}
