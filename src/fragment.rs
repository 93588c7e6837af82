//! Links to a sentence of the article: URL text fragments (`#:~:text=`), which browsers follow
//! by scrolling to the text and highlighting it.

/// Sentences longer than this many words are linked as `start,end` (their first and last
/// words) rather than in full, which keeps the link short and robust.
const FULL_WORDS: usize = 10;

/// How many words each end of a long sentence keeps.
const END_WORDS: usize = 4;

/// Percent-encodes a text directive term: everything but ASCII letters, digits and `_.~!*'()`
/// is encoded byte by byte (UTF-8), so the delimiters `-`, `,` and `&` never appear raw.
pub fn encode(term: &str) -> String {
    let mut out = String::with_capacity(term.len());
    for b in term.bytes() {
        if b.is_ascii_alphanumeric() || b"_.~!*'()".contains(&b) {
            out.push(b as char);
        } else {
            out.push('%');
            out.push(hex_digit(b >> 4));
            out.push(hex_digit(b & 0xF));
        }
    }
    out
}

/// The upper-case hex digit of `nibble` (0-15).
fn hex_digit(nibble: u8) -> char {
    char::from(b"0123456789ABCDEF"[usize::from(nibble & 0xF)])
}

/// The text directive for `sentence`: `:~:text=Full%20sentence` or, for a long one,
/// `:~:text=first%20words,last%20words.` (without the leading `#`).
pub fn directive(sentence: &str) -> String {
    let words: Vec<&str> = sentence.split_whitespace().collect();
    if words.len() <= FULL_WORDS {
        [":~:text=", &encode(&words.join(" "))].concat()
    } else {
        let start = words[..END_WORDS].join(" ");
        let end = words[words.len() - END_WORDS..].join(" ");
        [":~:text=", &encode(&start), ",", &encode(&end)].concat()
    }
}

/// The link to `sentence` on the page at `href` (any fragment of `href` is replaced).
pub fn link(href: &str, sentence: &str) -> String {
    let base = href.split('#').next().unwrap_or(href);
    [base, "#", &directive(sentence)].concat()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encodes_delimiters_and_unicode() {
        assert_eq!(encode("a-b, c&d"), "a%2Db%2C%20c%26d");
        assert_eq!(encode("“Ja”"), "%E2%80%9CJa%E2%80%9D");
        assert_eq!(encode("It's 5.5%"), "It's%205.5%25");
    }

    #[test]
    fn short_sentence_in_full() {
        assert_eq!(
            link("https://x.test/a?b=1#top", "The dam  opened on Tuesday."),
            "https://x.test/a?b=1#:~:text=The%20dam%20opened%20on%20Tuesday."
        );
    }

    #[test]
    fn long_sentence_as_start_and_end() {
        let s = "Russia has called up 300,000 reservists since September 21, the defence ministry said on Friday.";
        assert_eq!(
            directive(s),
            ":~:text=Russia%20has%20called%20up,ministry%20said%20on%20Friday."
        );
    }
}
