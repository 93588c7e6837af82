//! A small calendar date, enough to resolve relative dates without a clock or a date crate.

use serde::{Deserialize, Serialize};
use std::fmt;

/// A proleptic Gregorian calendar day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    /// The year, e.g. 2022.
    pub year: i32,
    /// The month, 1 to 12.
    pub month: u8,
    /// The day of the month, 1 to 31.
    pub day: u8,
}

/// How precise a normalised date is: "September 21" is a day, "in July" a month, "the 1930s" a decade.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Precision {
    /// A single day (`YYYY-MM-DD`).
    Day,
    /// A week, normalised to the month it mostly falls in (`YYYY-MM`) with its first day kept as `start`.
    Week,
    /// A month (`YYYY-MM`).
    Month,
    /// A year (`YYYY`).
    Year,
    /// A decade (`YYYY`, its first year).
    Decade,
    /// No calendar date could be given ("just days after the war began").
    #[default]
    Unknown,
}

impl Date {
    /// Makes a date if it exists on the calendar, in years 0 to 9999: the years `YYYY-MM-DD`
    /// can write, so every date made here reads back from its own ISO form (and its JSON).
    ///
    /// ```
    /// use factcard_core::Date;
    /// assert!(Date::new(2024, 2, 29).is_some());
    /// assert!(Date::new(2023, 2, 29).is_none());
    /// assert!(Date::new(10_000, 1, 1).is_none());
    /// ```
    pub fn new(year: i32, month: u8, day: u8) -> Option<Date> {
        if (0..=9999).contains(&year)
            && (1..=12).contains(&month)
            && day >= 1
            && day <= days_in_month(year, month)
        {
            Some(Date { year, month, day })
        } else {
            None
        }
    }

    /// Parses `YYYY-MM-DD` (a longer ISO timestamp is cut to its date part).
    ///
    /// ```
    /// use factcard_core::Date;
    /// assert_eq!(Date::parse_iso("2022-11-22T10:00:00Z"), Date::new(2022, 11, 22));
    /// assert_eq!(Date::parse_iso("22/11/2022"), None);
    /// ```
    pub fn parse_iso(s: &str) -> Option<Date> {
        let s = s.trim();
        let b = s.as_bytes();
        if b.len() < 10 || b[4] != b'-' || b[7] != b'-' {
            return None;
        }
        let num = |r: std::ops::Range<usize>| -> Option<u32> {
            let part = s.get(r)?;
            if part.bytes().all(|c| c.is_ascii_digit()) {
                crate::numeral::digits(part).and_then(|n| u32::try_from(n).ok())
            } else {
                None
            }
        };
        let year = num(0..4)? as i32;
        let month = u8::try_from(num(5..7)?).ok()?;
        let day = u8::try_from(num(8..10)?).ok()?;
        if b.len() > 10 && !matches!(b[10], b'T' | b't' | b' ') {
            return None;
        }
        Date::new(year, month, day)
    }

    /// The `YYYY-MM-DD` form.
    pub fn to_iso(self) -> String {
        crate::numeral::iso(i64::from(self.year), Some(self.month), Some(self.day))
    }

    /// Days since 1970-01-01 (negative before).
    pub fn to_days(self) -> i64 {
        // Howard Hinnant's days_from_civil.
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = i64::from(self.month);
        let mp = (m + 9) % 12;
        let doy = (153 * mp + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The date `days` after 1970-01-01.
    pub fn from_days(days: i64) -> Date {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
        Date { year, month, day }
    }

    /// This date moved by `n` days.
    pub fn add_days(self, n: i64) -> Date {
        Date::from_days(self.to_days() + n)
    }

    /// Day of the week, 0 = Monday … 6 = Sunday.
    ///
    /// ```
    /// use factcard_core::Date;
    /// assert_eq!(Date::new(2022, 11, 22).unwrap().weekday(), 1); // a Tuesday
    /// ```
    pub fn weekday(self) -> u8 {
        // 1970-01-01 was a Thursday (3).
        ((self.to_days() + 3).rem_euclid(7)) as u8
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.to_iso())
    }
}

impl Serialize for Date {
    fn serialize<S: serde::Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        s.serialize_str(&self.to_iso())
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> std::result::Result<Date, D::Error> {
        let s = String::deserialize(d)?;
        Date::parse_iso(&s).ok_or_else(|| serde::de::Error::custom(format!("invalid date {s:?}")))
    }
}

/// Days in a month of a year (0 for a month outside 1..=12).
pub fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        _ => 0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_days() {
        for iso in [
            "1970-01-01",
            "2000-02-29",
            "2022-11-22",
            "1899-12-31",
            "2100-03-01",
        ] {
            let d = Date::parse_iso(iso).unwrap();
            assert_eq!(Date::from_days(d.to_days()), d, "{iso}");
            assert_eq!(d.to_iso(), iso);
        }
    }

    #[test]
    fn weekdays() {
        assert_eq!(Date::new(2022, 11, 27).unwrap().weekday(), 6); // Sunday
        assert_eq!(Date::new(1970, 1, 1).unwrap().weekday(), 3); // Thursday
    }

    #[test]
    fn every_date_reads_back_from_its_iso_form() {
        // Found by the extract fuzz target: a published date in year 2147483526 was written to
        // JSON as "2147483526-06-12", which no FactSheet reader could read back.
        assert_eq!(Date::new(2_147_483_526, 6, 12), None);
        assert_eq!(Date::new(-1, 12, 31), None);
        for (y, m, d) in [(0, 1, 1), (9999, 12, 31), (2000, 2, 29)] {
            let date = Date::new(y, m, d).unwrap();
            assert_eq!(Date::parse_iso(&date.to_iso()), Some(date));
        }
    }

    #[test]
    fn rejects_bad_iso() {
        for bad in [
            "",
            "2022-13-01",
            "2022-02-30",
            "abcd-ef-gh",
            "2022-1-01",
            "2022-11-22x",
        ] {
            assert_eq!(Date::parse_iso(bad), None, "{bad}");
        }
    }
}
