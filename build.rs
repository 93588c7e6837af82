//! Minifies the card's stylesheet for the wasm (`include_str!` in `src/embed.rs` ships it
//! verbatim): comments out, whitespace runs to one space, none around `{`, `}`, `;` and
//! `,`, nor after the colon of a declaration; no `;` before `}`, no spaces around the `*` of
//! `calc(N * var(…))`, `calc(N * var(--_rem))` as the length it is (the card's rem is a fixed
//! length), no leading zero before a decimal point. Nothing else changes, so
//! `style/factcard.css` stays the one readable source.

use std::{env, fs, path::Path};

fn main() {
    let src = "style/factcard.css";
    println!("cargo:rerun-if-changed={src}");
    let css = fs::read_to_string(src).expect("style/factcard.css is readable");
    let out = Path::new(&env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("factcard.css");
    fs::write(out, minify(&css)).expect("OUT_DIR is writable");
}

fn minify(css: &str) -> String {
    let mut text = String::with_capacity(css.len());
    let mut rest = css;
    while let Some(start) = rest.find("/*") {
        text.push_str(&rest[..start]);
        rest = rest[start + 2..]
            .find("*/")
            .map_or("", |end| &rest[start + 2 + end + 2..]);
    }
    text.push_str(rest);
    let mut out = String::with_capacity(text.len());
    for word in text.split_whitespace() {
        let glue = out.ends_with(['{', '}', ';', ',']) || word.starts_with(['{', '}', ';', ',']);
        // "color: red" → "color:red"; a custom property keeps its space ("--_x: 1px"), since
        // browsers have differed on whether its value's leading whitespace is part of it.
        let glue = glue || (out.ends_with(':') && !last_word(&out).starts_with("--"));
        if !out.is_empty() && !glue {
            out.push(' ');
        }
        out.push_str(word);
    }
    // Bytes no browser needs: a rule's last `;`, the spaces around `*` in `calc(N * var(…))`,
    // `calc(N * var(--_rem))` itself, and a number's leading zero (`0.5` is `.5`).
    let out = out.replace(";}", "}").replace(" * var(", "*var(");
    let out = fold_rem(&out);
    let mut min = String::with_capacity(out.len());
    let mut prev = ' ';
    let mut chars = out.chars().peekable();
    while let Some(c) = chars.next() {
        let leading_zero =
            c == '0' && matches!(prev, ' ' | '(' | ',' | ':') && chars.peek() == Some(&'.');
        if !leading_zero {
            min.push(c);
        }
        prev = c;
    }
    min
}

/// The text after the last space, `{`, `}`, `;` or `,` of `out`.
fn last_word(out: &str) -> &str {
    out.rsplit([' ', '{', '}', ';', ',']).next().unwrap_or(out)
}

/// `calc(N*var(--_rem))` as the length it always is: `--_rem` is set once, in pixels, on the
/// card's host (`--_rem: 16px`), and nothing else sets it. 143 such sizes, 2.2 KB raw.
fn fold_rem(css: &str) -> String {
    let defs: Vec<&str> = css.split("--_rem:").skip(1).collect();
    assert!(defs.len() == 1, "--_rem is set exactly once");
    let rem: f64 = defs[0]
        .trim_start()
        .split("px")
        .next()
        .and_then(|v| v.parse().ok())
        .expect("--_rem is a length in px");
    let mut out = String::with_capacity(css.len());
    let mut rest = css;
    while let Some(i) = rest.find("calc(") {
        out.push_str(&rest[..i]);
        let after = &rest[i + 5..];
        let folded = after.find("*var(--_rem))").and_then(|j| {
            let n: f64 = after[..j].parse().ok()?;
            Some((format!("{}px", n * rem), j + "*var(--_rem))".len()))
        });
        match folded {
            Some((px, used)) => {
                out.push_str(&px);
                rest = &after[used..];
            }
            None => {
                out.push_str("calc(");
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}
