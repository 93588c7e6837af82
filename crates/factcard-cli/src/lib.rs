//! The `factcard-cli` command line: `factcard-cli extract --published YYYY-MM-DD [--headline TEXT] FILE`.
//!
//! Reads an article as plain text (one paragraph per line; `-` reads standard input) and prints
//! its FactSheet JSON. A bad input gets a one-line error on standard error and a non-zero exit.
#![forbid(unsafe_code)]
#![deny(missing_docs)]

use factcard_core::{extract, Article, Date, Options};
use std::io::Read;

/// What can go wrong on the command line.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The arguments do not form a valid call.
    #[error("{0}\n{USAGE}")]
    Usage(String),
    /// The article file could not be read.
    #[error("cannot read {path}: {source}")]
    Read {
        /// The path given.
        path: String,
        /// Why.
        source: std::io::Error,
    },
    /// The article is not UTF-8 text.
    #[error("{0} is not UTF-8 text")]
    NotUtf8(String),
    /// Extraction refused the input.
    #[error("{path}: {source}")]
    Extract {
        /// The path given.
        path: String,
        /// Why.
        source: factcard_core::Error,
    },
}

/// The usage line printed with usage errors and `--help`.
pub const USAGE: &str =
    "usage: factcard-cli extract [--published YYYY-MM-DD] [--headline TEXT] [--compact] ARTICLE.txt|-";

/// Parsed arguments of `factcard-cli extract`.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct ExtractArgs {
    /// The publication date.
    pub published: Option<Date>,
    /// The headline.
    pub headline: Option<String>,
    /// The article path, or `-` for standard input.
    pub path: String,
    /// Print JSON on one line instead of pretty-printed.
    pub compact: bool,
}

/// Parses the arguments after the program name.
pub fn parse_args(args: &[String]) -> Result<ExtractArgs, Error> {
    let mut it = args.iter();
    match it.next().map(String::as_str) {
        Some("extract") => {}
        Some(other) => return Err(Error::Usage(format!("unknown command {other:?}"))),
        None => return Err(Error::Usage("missing command".into())),
    }
    let mut out = ExtractArgs::default();
    let mut path = None;
    while let Some(a) = it.next() {
        match a.as_str() {
            "--published" => {
                let v = it
                    .next()
                    .ok_or_else(|| Error::Usage("--published needs a date".into()))?;
                out.published = Some(Date::parse_iso(v).ok_or_else(|| {
                    Error::Usage(format!("invalid --published {v:?}: expected YYYY-MM-DD"))
                })?);
            }
            "--headline" => {
                let v = it
                    .next()
                    .ok_or_else(|| Error::Usage("--headline needs a text".into()))?;
                out.headline = Some(v.clone());
            }
            "--compact" => out.compact = true,
            "-" => path = Some("-".to_owned()),
            flag if flag.starts_with('-') => {
                return Err(Error::Usage(format!("unknown option {flag:?}")))
            }
            p if path.is_none() => path = Some(p.to_owned()),
            p => return Err(Error::Usage(format!("unexpected argument {p:?}"))),
        }
    }
    out.path = path.ok_or_else(|| Error::Usage("missing ARTICLE file".into()))?;
    Ok(out)
}

/// Reads the article text named by `path` (`-` is standard input).
pub fn read_article(path: &str) -> Result<String, Error> {
    let mut bytes = Vec::new();
    let res = if path == "-" {
        std::io::stdin().read_to_end(&mut bytes).map(|_| ())
    } else {
        std::fs::File::open(path).and_then(|mut f| f.read_to_end(&mut bytes).map(|_| ()))
    };
    res.map_err(|source| Error::Read {
        path: path.to_owned(),
        source,
    })?;
    String::from_utf8(bytes).map_err(|_| Error::NotUtf8(path.to_owned()))
}

/// Runs `factcard-cli extract` and returns the JSON to print.
pub fn extract_json(args: &ExtractArgs, text: &str) -> Result<String, Error> {
    let mut article = Article::from_text(text);
    if let Some(h) = &args.headline {
        article = article.with_headline(h.clone());
    }
    let options = Options {
        published: args.published,
        ..Options::default()
    };
    let sheet = extract(&article, &options).map_err(|source| Error::Extract {
        path: args.path.clone(),
        source,
    })?;
    Ok(if args.compact {
        serde_json::to_string(&sheet).unwrap_or_default()
    } else {
        sheet.to_json_pretty()
    })
}

/// Writes `text` and a newline to standard output and returns the exit code: 0, also when the
/// reader has gone (`factcard-cli … | head` closes the pipe early: not an error of ours), else 1.
fn print_out(text: &str) -> i32 {
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    match writeln!(out, "{text}").and_then(|()| out.flush()) {
        Ok(()) => 0,
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => 0,
        Err(e) => {
            eprintln!("factcard-cli: cannot write the output: {e}");
            1
        }
    }
}

/// Runs the command line and returns the process exit code.
pub fn run(args: Vec<String>) -> i32 {
    if args.iter().any(|a| a == "--help" || a == "-h") {
        return print_out(USAGE);
    }
    let result =
        parse_args(&args).and_then(|a| read_article(&a.path).and_then(|t| extract_json(&a, &t)));
    match result {
        Ok(json) => print_out(&json),
        Err(e) => {
            let msg = e.to_string();
            eprintln!("factcard-cli: {}", msg.lines().next().unwrap_or("error"));
            if matches!(e, Error::Usage(_)) {
                eprintln!("{USAGE}");
                2
            } else {
                1
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(s: &[&str]) -> Vec<String> {
        s.iter().map(|x| x.to_string()).collect()
    }

    #[test]
    fn parses_extract() {
        let a = parse_args(&args(&["extract", "--published", "2022-11-22", "a.txt"])).unwrap();
        assert_eq!(a.published, Date::new(2022, 11, 22));
        assert_eq!(a.path, "a.txt");
    }

    #[test]
    fn rejects_bad_calls() {
        for bad in [
            &["extract"][..],
            &["frobnicate", "a.txt"],
            &["extract", "--published", "22/11/2022", "a.txt"],
            &["extract", "--nope", "a.txt"],
            &["extract", "a.txt", "b.txt"],
        ] {
            assert!(parse_args(&args(bad)).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn empty_text_is_an_error() {
        let a = ExtractArgs {
            path: "x".into(),
            ..Default::default()
        };
        assert!(extract_json(&a, "  \n\n ").is_err());
    }

    #[test]
    fn missing_file_is_an_error() {
        assert!(matches!(
            read_article("/nonexistent/file.txt"),
            Err(Error::Read { .. })
        ));
    }
}
