//! Formatting of numbers and dates for display: plain Rust, no browser, tested natively.
//!
//! Dates are labelled only as precisely as they are known: a month stays "July 2022", never
//! "July 1, 2022"; a year stays "2022".

use factcard_core::extract::charclass::CharClass;
use factcard_core::{Date, Precision};

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// Weekday abbreviations, Monday first (as [`Date::weekday`] counts).
const WEEKDAYS: [&str; 7] = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];

/// A date known to the year, the month or the day, read from `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct PartialDate {
    /// The year.
    pub year: i32,
    /// The month (1-12), when known.
    pub month: Option<u8>,
    /// The day of the month, when known (only with a month).
    pub day: Option<u8>,
}

impl PartialDate {
    /// Reads `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (anything after a `T` is ignored); `None` when
    /// the text is not such a date.
    pub fn parse(text: &str) -> Option<PartialDate> {
        let text = text.trim();
        let text = text.split(['T', 't', ' ']).next().unwrap_or(text);
        let mut parts = text.split('-');
        let year_text = parts.next()?;
        if year_text.len() != 4 || !year_text.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let year: i32 = year_text.parse().ok()?;
        let number = |part: &str| -> Option<u8> {
            if part.len() == 2 && part.bytes().all(|b| b.is_ascii_digit()) {
                part.parse().ok()
            } else {
                None
            }
        };
        let month = match parts.next() {
            None => {
                return Some(PartialDate {
                    year,
                    month: None,
                    day: None,
                })
            }
            Some(m) => number(m).filter(|m| (1..=12).contains(m))?,
        };
        let day = match parts.next() {
            None => None,
            Some(d) => Some(Date::new(year, month, number(d)?)?.day),
        };
        if parts.next().is_some() {
            return None;
        }
        Some(PartialDate {
            year,
            month: Some(month),
            day,
        })
    }

    /// The full date, when the day is known.
    pub fn full(self) -> Option<Date> {
        Date::new(self.year, self.month?, self.day?)
    }
}

impl From<Date> for PartialDate {
    fn from(date: Date) -> Self {
        PartialDate {
            year: date.year,
            month: Some(date.month),
            day: Some(date.day),
        }
    }
}

/// The English name of month `m` (1-12).
fn month_name(m: u8) -> &'static str {
    MONTHS
        .get(usize::from(m).wrapping_sub(1))
        .copied()
        .unwrap_or("")
}

/// The three-letter abbreviation of month `m` (1-12): "Nov".
fn month_short(m: u8) -> &'static str {
    month_name(m).get(..3).unwrap_or("")
}

/// Every number the card shows (counts, ids, years) is written by the core's hand-written
/// numerals: `core::fmt`'s integer formatting costs the wasm more.
pub use factcard_core::numeral::integer;

/// A year in decimal digits (as `year.to_string()`).
fn year_text(year: i32) -> String {
    integer(year.into())
}

/// "Tue, Nov 22, 2022".
pub fn day_label(date: Date) -> String {
    let weekday = WEEKDAYS[usize::from(date.weekday() % 7)];
    [weekday, ", ", &published_label(date)].concat()
}

/// "Nov 22, 2022": the card's publication date.
pub fn published_label(date: Date) -> String {
    [
        month_short(date.month),
        " ",
        &integer(date.day.into()),
        ", ",
        &year_text(date.year),
    ]
    .concat()
}

/// A label for a timeline date, as precise as the date is and no more.
///
/// `date` is the normalised date (`YYYY-MM-DD`, `YYYY-MM` or `YYYY`); `precision` is how precise
/// the extractor says it is. The label never claims more than either: a `Month` precision on a
/// full date gives "July 2022"; a `Day` precision on `2022-07` still gives "July 2022".
/// `None` when there is no usable date (the caller shows the expression as written).
pub fn date_label(date: Option<&str>, precision: Precision) -> Option<String> {
    let d = PartialDate::parse(date?)?;
    let label = match (precision, d.month, d.full()) {
        (Precision::Unknown, _, _) => return None,
        (Precision::Decade, _, _) => {
            let mut decade = year_text(d.year - d.year.rem_euclid(10));
            decade.push('s');
            decade
        }
        (Precision::Year, _, _) | (_, None, _) => year_text(d.year),
        (Precision::Day, _, Some(full)) => day_label(full),
        (Precision::Week, _, Some(full)) => ["Week of ", &published_label(full)].concat(),
        (_, Some(m), _) => [month_name(m), " ", &year_text(d.year)].concat(),
    };
    Some(label)
}

/// Formats a number for reading: thousands separated ("45,000"), at most two decimals,
/// and millions and more in words ("4.8 billion").
pub fn number_label(value: f64) -> String {
    if !value.is_finite() {
        return String::from("—");
    }
    let sign = if value < 0.0 { "-" } else { "" };
    let abs = value.abs();
    for (scale, word) in [(1e12, "trillion"), (1e9, "billion"), (1e6, "million")] {
        if abs >= scale {
            return [sign, &decimals(abs / scale), " ", word].concat();
        }
    }
    [sign, &decimals(abs)].concat()
}

/// `abs` (non-negative) with grouped thousands and up to two decimals, trailing zeros trimmed.
fn decimals(abs: f64) -> String {
    let cents = (abs * 100.0).round() as u64;
    let (whole, frac) = (cents / 100, cents % 100);
    let digits = integer(i64::try_from(whole).unwrap_or(i64::MAX));
    let mut grouped = String::with_capacity(digits.len() + digits.len() / 3 + 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            grouped.push(',');
        }
        grouped.push(c);
    }
    if frac > 0 {
        grouped.push('.');
        grouped.push(char::from(b'0' + (frac / 10) as u8));
        if frac % 10 != 0 {
            grouped.push(char::from(b'0' + (frac % 10) as u8));
        }
    }
    grouped
}

/// A figure's value with its unit: "12%", "$4.8 billion", "40 km", "45,000".
pub fn figure_label(value: f64, unit: Option<&str>) -> String {
    let n = number_label(value);
    let Some(u) = unit.map(str::trim).filter(|u| !u.is_empty()) else {
        return n;
    };
    let (before, after) = match u.to_ascii_lowercase().as_str() {
        "percent" | "%" | "per cent" => ("", "%"),
        "usd" | "$" | "dollars" => ("$", ""),
        "eur" | "€" | "euros" => ("€", ""),
        "gbp" | "£" | "pounds" => ("£", ""),
        _ => return [&n, " ", u].concat(),
    };
    [before, &n, after].concat()
}

/// The text with its first letter in upper case ("his order" → "His order").
pub fn capitalize(text: &str) -> String {
    let mut chars = text.trim().chars();
    let mut out = String::with_capacity(text.len());
    if let Some(first) = chars.next() {
        out.push(first.upper());
        out.push_str(chars.as_str());
    }
    out
}

/// Up to two initials of a name, for the people list ("Jane Doe" → "JD").
pub fn initials(name: &str) -> String {
    // The first letters of the first and the last word that start with a letter.
    let (mut first, mut last) = (None, None);
    for word in name.split_whitespace() {
        if let Some(letter) = word.chars().next().filter(|c| c.is_alpha()) {
            if first.is_none() {
                first = Some(letter);
            } else {
                last = Some(letter);
            }
        }
    }
    let mut out = String::new();
    for letter in [first, last].into_iter().flatten() {
        out.push(letter.upper());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Year, month, day as parsed.
    type Ymd = (i32, Option<u8>, Option<u8>);

    #[test]
    fn partial_dates() {
        let cases: &[(&str, Option<Ymd>)] = &[
            ("2022", Some((2022, None, None))),
            ("2022-07", Some((2022, Some(7), None))),
            ("2022-11-22", Some((2022, Some(11), Some(22)))),
            ("2022-11-22T10:00:00Z", Some((2022, Some(11), Some(22)))),
            ("2022-13", None),
            ("2022-02-30", None),
            ("22-11-22", None),
            ("", None),
            ("soon", None),
        ];
        for (text, want) in cases {
            let got = PartialDate::parse(text).map(|d| (d.year, d.month, d.day));
            assert_eq!(got, *want, "{text}");
        }
    }

    #[test]
    fn date_labels_are_precision_honest() {
        use Precision::*;
        let cases: &[(Option<&str>, Precision, Option<&str>)] = &[
            (Some("2022-11-22"), Day, Some("Tue, Nov 22, 2022")),
            (Some("2022-11-27"), Day, Some("Sun, Nov 27, 2022")),
            (Some("2022-07"), Month, Some("July 2022")),
            (Some("2022-07"), Day, Some("July 2022")),
            (Some("2022-07-01"), Month, Some("July 2022")),
            (Some("2022"), Year, Some("2022")),
            (Some("2022-03-05"), Year, Some("2022")),
            (Some("2022"), Month, Some("2022")),
            (Some("2022-11"), Week, Some("November 2022")),
            (Some("2022-11-21"), Week, Some("Week of Nov 21, 2022")),
            (Some("1994"), Decade, Some("1990s")),
            (Some("2022-11-22"), Unknown, None),
            (None, Day, None),
            (Some("garbage"), Day, None),
        ];
        for (date, precision, want) in cases {
            assert_eq!(
                date_label(*date, *precision).as_deref(),
                *want,
                "{date:?} {precision:?}"
            );
        }
    }

    #[test]
    fn numbers() {
        let cases: &[(f64, &str)] = &[
            (0.0, "0"),
            (3.0, "3"),
            (1500.0, "1,500"),
            (300_000.0, "300,000"),
            (999_999.0, "999,999"),
            (1_000_000.0, "1 million"),
            (4.8e9, "4.8 billion"),
            (2_345_678.0, "2.35 million"),
            (12.5, "12.5"),
            (0.25, "0.25"),
            (-40.0, "-40"),
            (f64::NAN, "—"),
        ];
        for (value, want) in cases {
            assert_eq!(number_label(*value), *want, "{value}");
        }
    }

    #[test]
    fn figures_with_units() {
        assert_eq!(figure_label(12.0, Some("percent")), "12%");
        assert_eq!(figure_label(4.8e9, Some("USD")), "$4.8 billion");
        assert_eq!(figure_label(40.0, Some("km")), "40 km");
        assert_eq!(figure_label(80_000.0, None), "80,000");
        assert_eq!(figure_label(80_000.0, Some("  ")), "80,000");
    }

    #[test]
    fn text_helpers() {
        assert_eq!(
            capitalize(" his partial mobilization order"),
            "His partial mobilization order"
        );
        assert_eq!(capitalize(""), "");
        assert_eq!(initials("Dmitry Peskov"), "DP");
        assert_eq!(initials("Vladimir Vladimirovich Putin"), "VP");
        assert_eq!(initials("Madonna"), "M");
        assert_eq!(initials("Ana 2 Ruiz-Díaz"), "AR");
        assert_eq!(initials("one woman"), "OW");
        assert_eq!(initials(""), "");
    }
}
