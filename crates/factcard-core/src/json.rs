//! Reading FactSheet JSON without serde: a small JSON value parser and the conversion of values
//! into the model types, with the same lenient defaults as the model's serde attributes (every
//! field but a fact's text may be left out, unknown fields are ignored) and the same strictness
//! about types (a string where a number belongs is an error).
//!
//! [`crate::FactSheet::from_json`] reads text with it; serde_json's deserializer and the derived
//! `Deserialize` code would cost the WebAssembly build about 40 KB. The widget has the browser's
//! `JSON.parse` read the text and hands the [`Value`] to [`crate::FactSheet::from_json_value`],
//! so its wasm carries the conversion but no parser (0.9 KB brotli less). The CLI writes JSON with
//! `FactSheet::to_json_pretty` (feature `json`), which this reader reads back exactly.

use crate::date::{Date, Precision};
use crate::error::{Error, Result};
use crate::model::*;

/// Nesting deeper than this is an error (serde_json's limit), so hostile input cannot overflow
/// the stack (readers of other parsers' values keep to it too).
pub const MAX_DEPTH: usize = 128;

/// A parsed JSON value: what [`FactSheet::from_json_value`] reads, from this module's parser or
/// from another one (the widget hands over the browser's `JSON.parse`).
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    /// `null`.
    Null,
    /// `true` or `false`.
    Bool(bool),
    /// A number, and its value as an integer when it is written as a non-negative integer.
    Num(f64, Option<u64>),
    /// A string.
    Str(String),
    /// An array.
    Arr(Vec<Value>),
    /// An object's members in order.
    Obj(Vec<(String, Value)>),
}

fn err<T>(msg: impl Into<String>) -> Result<T> {
    Err(Error::InvalidFactSheet(msg.into()))
}

struct Parser<'a> {
    s: &'a [u8],
    i: usize,
}

impl Parser<'_> {
    fn fail<T>(&self, what: &str) -> Result<T> {
        let before = &self.s[..self.i.min(self.s.len())];
        let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
        let column = before.iter().rev().take_while(|&&b| b != b'\n').count() + 1;
        err(format!("{what} at line {line} column {column}"))
    }

    fn ws(&mut self) {
        while let Some(b' ' | b'\n' | b'\r' | b'\t') = self.s.get(self.i) {
            self.i += 1;
        }
    }

    fn eat(&mut self, lit: &[u8]) -> bool {
        if self.s[self.i..].starts_with(lit) {
            self.i += lit.len();
            true
        } else {
            false
        }
    }

    fn value(&mut self, depth: usize) -> Result<Value> {
        if depth > MAX_DEPTH {
            return self.fail("recursion limit exceeded");
        }
        self.ws();
        match self.s.get(self.i) {
            None => self.fail("EOF while parsing a value"),
            Some(b'n') if self.eat(b"null") => Ok(Value::Null),
            Some(b't') if self.eat(b"true") => Ok(Value::Bool(true)),
            Some(b'f') if self.eat(b"false") => Ok(Value::Bool(false)),
            Some(b'"') => Ok(Value::Str(self.string()?)),
            Some(b'-' | b'0'..=b'9') => self.number(),
            Some(b'[') => {
                self.i += 1;
                let mut items = Vec::new();
                self.ws();
                if self.eat(b"]") {
                    return Ok(Value::Arr(items));
                }
                loop {
                    items.push(self.value(depth + 1)?);
                    self.ws();
                    if self.eat(b",") {
                        continue;
                    }
                    if self.eat(b"]") {
                        return Ok(Value::Arr(items));
                    }
                    return self.fail("expected `,` or `]`");
                }
            }
            Some(b'{') => {
                self.i += 1;
                let mut fields = Vec::new();
                self.ws();
                if self.eat(b"}") {
                    return Ok(Value::Obj(fields));
                }
                loop {
                    self.ws();
                    if self.s.get(self.i) != Some(&b'"') {
                        return self.fail("key must be a string");
                    }
                    let key = self.string()?;
                    self.ws();
                    if !self.eat(b":") {
                        return self.fail("expected `:`");
                    }
                    fields.push((key, self.value(depth + 1)?));
                    self.ws();
                    if self.eat(b",") {
                        continue;
                    }
                    if self.eat(b"}") {
                        return Ok(Value::Obj(fields));
                    }
                    return self.fail("expected `,` or `}`");
                }
            }
            Some(_) => self.fail("expected value"),
        }
    }

    fn hex4(&mut self) -> Result<u32> {
        let h = self.s.get(self.i..self.i + 4).and_then(|h| {
            let h = std::str::from_utf8(h).ok()?;
            h.bytes()
                .all(|b| b.is_ascii_hexdigit())
                .then(|| u32::from_str_radix(h, 16).ok())?
        });
        match h {
            Some(v) => {
                self.i += 4;
                Ok(v)
            }
            None => self.fail("invalid escape"),
        }
    }

    fn string(&mut self) -> Result<String> {
        self.i += 1; // the opening quote
        let mut out = String::new();
        loop {
            let start = self.i;
            while let Some(&b) = self.s.get(self.i) {
                if b == b'"' || b == b'\\' || b < 0x20 {
                    break;
                }
                self.i += 1;
            }
            // The input is a &str and the run stops at ASCII bytes, so it is valid UTF-8.
            out.push_str(std::str::from_utf8(&self.s[start..self.i]).unwrap_or_default());
            match self.s.get(self.i) {
                None => return self.fail("EOF while parsing a string"),
                Some(b'"') => {
                    self.i += 1;
                    return Ok(out);
                }
                Some(b'\\') => {
                    self.i += 1;
                    let e = self.s.get(self.i).copied();
                    self.i += 1;
                    let c = match e {
                        Some(b'"') => '"',
                        Some(b'\\') => '\\',
                        Some(b'/') => '/',
                        Some(b'b') => '\u{8}',
                        Some(b'f') => '\u{c}',
                        Some(b'n') => '\n',
                        Some(b'r') => '\r',
                        Some(b't') => '\t',
                        Some(b'u') => {
                            let hi = self.hex4()?;
                            let code = if (0xD800..0xDC00).contains(&hi) {
                                if !self.eat(b"\\u") {
                                    return self.fail("lone leading surrogate in hex escape");
                                }
                                let lo = self.hex4()?;
                                if !(0xDC00..0xE000).contains(&lo) {
                                    return self.fail("lone leading surrogate in hex escape");
                                }
                                0x10000 + ((hi - 0xD800) << 10) + (lo - 0xDC00)
                            } else {
                                hi
                            };
                            match char::from_u32(code) {
                                Some(c) => c,
                                None => return self.fail("lone trailing surrogate in hex escape"),
                            }
                        }
                        _ => return self.fail("invalid escape"),
                    };
                    out.push(c);
                }
                Some(_) => return self.fail("control character found while parsing a string"),
            }
        }
    }

    fn digits(&mut self) -> usize {
        let start = self.i;
        while self.s.get(self.i).is_some_and(u8::is_ascii_digit) {
            self.i += 1;
        }
        self.i - start
    }

    fn number(&mut self) -> Result<Value> {
        let start = self.i;
        let negative = self.eat(b"-");
        let int_start = self.i;
        let int_len = self.digits();
        if int_len == 0 || (int_len > 1 && self.s[int_start] == b'0') {
            return self.fail("invalid number");
        }
        let mut integer = true;
        if self.eat(b".") {
            integer = false;
            if self.digits() == 0 {
                return self.fail("invalid number");
            }
        }
        if matches!(self.s.get(self.i), Some(b'e' | b'E')) {
            integer = false;
            self.i += 1;
            if matches!(self.s.get(self.i), Some(b'+' | b'-')) {
                self.i += 1;
            }
            if self.digits() == 0 {
                return self.fail("invalid number");
            }
        }
        let text = std::str::from_utf8(&self.s[start..self.i]).unwrap_or_default();
        let Some(value) = parse_decimal(text).filter(|v| v.is_finite()) else {
            return self.fail("number out of range");
        };
        let as_int = if integer && !negative {
            text.bytes().try_fold(0u64, |n, b| {
                n.checked_mul(10)?.checked_add(u64::from(b - b'0'))
            })
        } else {
            None
        };
        Ok(Value::Num(value, as_int))
    }
}

/// Parses a decimal numeral — an optional `-`, digits with at most one `.`, an optional
/// exponent (`e-3`) — into the nearest `f64` for up to 15 significant digits and exponents up
/// to 22 (every figure in an article), and within an ulp beyond (serde_json's default
/// algorithm). Commas are skipped, so "45,000" reads as 45000. `None` for anything else; an
/// overflow gives infinity.
pub(crate) fn parse_decimal(text: &str) -> Option<f64> {
    let b = text.as_bytes();
    let (negative, mut i) = match b.first() {
        Some(b'-') => (true, 1),
        _ => (false, 0),
    };
    let (mut mantissa, mut exp10, mut digits, mut seen_dot) = (0u64, 0i32, 0usize, false);
    while let Some(&c) = b.get(i) {
        match c {
            b'0'..=b'9' => {
                digits += 1;
                let d = u64::from(c - b'0');
                match mantissa.checked_mul(10).and_then(|m| m.checked_add(d)) {
                    Some(m) => {
                        mantissa = m;
                        if seen_dot {
                            exp10 -= 1;
                        }
                    }
                    // Too many digits for a u64: the rest only scales.
                    None if !seen_dot => exp10 += 1,
                    None => {}
                }
            }
            b'.' if !seen_dot => seen_dot = true,
            b',' => {}
            b'e' | b'E' => break,
            _ => return None,
        }
        i += 1;
    }
    if digits == 0 {
        return None;
    }
    if let Some(b'e' | b'E') = b.get(i) {
        let rest = text.get(i + 1..)?;
        let (neg, num) = match rest.as_bytes().first() {
            Some(b'-') => (true, rest.get(1..)?),
            Some(b'+') => (false, rest.get(1..)?),
            _ => (false, rest),
        };
        if num.is_empty() || !num.bytes().all(|c| c.is_ascii_digit()) {
            return None;
        }
        let e = num.bytes().fold(0i32, |e, c| {
            e.saturating_mul(10).saturating_add(i32::from(c - b'0'))
        });
        exp10 = exp10.saturating_add(if neg { -e } else { e });
    }
    let mut f = mantissa as f64;
    loop {
        match crate::numeral::pow10(exp10.unsigned_abs()) {
            Some(pow) => {
                if exp10 >= 0 {
                    f *= pow;
                } else {
                    f /= pow;
                }
                break;
            }
            None => {
                if f == 0.0 {
                    break;
                }
                if exp10 >= 0 {
                    f = f64::INFINITY;
                    break;
                }
                f /= 1e308;
                exp10 += 308;
            }
        }
    }
    Some(if negative { -f } else { f })
}

/// Parses a FactSheet from JSON (before [`FactSheet::validated`]).
pub(crate) fn read_fact_sheet(json: &str) -> Result<FactSheet> {
    let mut p = Parser {
        s: json.as_bytes(),
        i: 0,
    };
    let v = p.value(0)?;
    p.ws();
    if p.i < p.s.len() {
        return p.fail("trailing characters");
    }
    FactSheet::from_value(v)
}

/// Converts a parsed JSON value into a FactSheet (before [`FactSheet::validated`]).
pub(crate) fn fact_sheet_from_value(v: Value) -> Result<FactSheet> {
    FactSheet::from_value(v)
}

fn type_name(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "boolean",
        Value::Num(..) => "number",
        Value::Str(_) => "string",
        Value::Arr(_) => "sequence",
        Value::Obj(_) => "map",
    }
}

/// The error of a value of the wrong JSON type (not generic: one copy for every type read).
fn invalid(v: &Value, expected: &str) -> Error {
    Error::InvalidFactSheet(format!(
        "invalid type: {}, expected {expected}",
        type_name(v)
    ))
}

/// Conversion of a JSON value into a model type.
trait FromValue: Sized {
    fn from_value(v: Value) -> Result<Self>;
}

impl FromValue for String {
    fn from_value(v: Value) -> Result<Self> {
        match v {
            Value::Str(s) => Ok(s),
            v => Err(invalid(&v, "a string")),
        }
    }
}

impl FromValue for bool {
    fn from_value(v: Value) -> Result<Self> {
        match v {
            Value::Bool(b) => Ok(b),
            v => Err(invalid(&v, "a boolean")),
        }
    }
}

impl FromValue for usize {
    fn from_value(v: Value) -> Result<Self> {
        match v {
            Value::Num(_, Some(n)) => match usize::try_from(n) {
                Ok(n) => Ok(n),
                Err(_) => err("invalid value: integer out of range, expected usize"),
            },
            v => Err(invalid(&v, "usize")),
        }
    }
}

impl FromValue for f64 {
    fn from_value(v: Value) -> Result<Self> {
        match v {
            Value::Num(f, _) => Ok(f),
            v => Err(invalid(&v, "f64")),
        }
    }
}

impl<T: FromValue> FromValue for Option<T> {
    fn from_value(v: Value) -> Result<Self> {
        match v {
            Value::Null => Ok(None),
            v => T::from_value(v).map(Some),
        }
    }
}

impl<T: FromValue> FromValue for Vec<T> {
    // Kept out of line, as are the struct readers below: inlined into one another they made a
    // much larger WebAssembly build.
    #[inline(never)]
    fn from_value(v: Value) -> Result<Self> {
        let mut out = Vec::new();
        each(v, &mut |item| {
            out.push(T::from_value(item)?);
            Ok(())
        })?;
        Ok(out)
    }
}

/// Calls `f` on each item of the array `v`, stopping at the first error: the part of reading a
/// `Vec<T>` that does not depend on `T`, written once.
fn each(v: Value, f: &mut dyn FnMut(Value) -> Result<()>) -> Result<()> {
    match v {
        Value::Arr(items) => {
            for item in items {
                f(item)?;
            }
            Ok(())
        }
        v => Err(invalid(&v, "a sequence")),
    }
}

impl FromValue for Date {
    fn from_value(v: Value) -> Result<Self> {
        let s = String::from_value(v)?;
        match Date::parse_iso(&s) {
            Some(d) => Ok(d),
            None => err(format!("invalid date \"{s}\"")),
        }
    }
}

/// A unit enum written as its lower-case variant name.
fn variant<T: Copy>(v: Value, variants: &[(&str, T)]) -> Result<T> {
    let s = String::from_value(v)?;
    match variants.iter().find(|(name, _)| *name == s) {
        Some(&(_, t)) => Ok(t),
        None => err(format!("unknown variant `{s}`")),
    }
}

impl FromValue for Precision {
    fn from_value(v: Value) -> Result<Self> {
        use Precision::*;
        variant(
            v,
            &[
                ("day", Day),
                ("week", Week),
                ("month", Month),
                ("year", Year),
                ("decade", Decade),
                ("unknown", Unknown),
            ],
        )
    }
}

impl FromValue for Status {
    fn from_value(v: Value) -> Result<Self> {
        use Status::*;
        variant(
            v,
            &[
                ("confirmed", Confirmed),
                ("reported", Reported),
                ("claimed", Claimed),
                ("assessed", Assessed),
                ("denied", Denied),
            ],
        )
    }
}

/// The fields of a JSON object, each taken at most once.
struct Fields(Vec<(String, Value)>);

impl Fields {
    fn new(v: Value, what: &str) -> Result<Fields> {
        match v {
            Value::Obj(fields) => {
                for (i, (k, _)) in fields.iter().enumerate() {
                    if fields[..i].iter().any(|(j, _)| j == k) {
                        return err(format!("duplicate field `{k}`"));
                    }
                }
                Ok(Fields(fields))
            }
            v => Err(invalid(&v, what)),
        }
    }

    /// The field `name` taken out, or `None` when it is absent. Out of line: the struct readers
    /// call it for every field, and only the conversion depends on the field's type.
    #[inline(never)]
    fn pick(&mut self, name: &str) -> Option<Value> {
        let i = self.0.iter().position(|(k, _)| k == name)?;
        Some(self.0.swap_remove(i).1)
    }

    /// The field `name` converted, or `None` when it is absent.
    fn take<T: FromValue>(&mut self, name: &str) -> Result<Option<T>> {
        self.pick(name).map(T::from_value).transpose()
    }

    /// Reads `name` into `slot` when it is present.
    fn set<T: FromValue>(&mut self, name: &str, slot: &mut T) -> Result<()> {
        if let Some(v) = self.take(name)? {
            *slot = v;
        }
        Ok(())
    }
}

/// Structs whose missing fields take their `Default` value: reads each named field in turn.
macro_rules! lenient {
    ($ty:ty, $what:literal, $($field:ident),+) => {
        impl FromValue for $ty {
            #[inline(never)]
            fn from_value(v: Value) -> Result<Self> {
                let mut f = Fields::new(v, $what)?;
                let mut out = <$ty>::default();
                $(f.set(stringify!($field), &mut out.$field)?;)+
                Ok(out)
            }
        }
    };
}

lenient!(Meta, "struct Meta", headline, published, byline);
lenient!(Sentence, "struct Sentence", paragraph, span, text);
lenient!(KeyPoint, "struct KeyPoint", text, sentence);
lenient!(
    Event,
    "struct Event",
    text,
    date,
    precision,
    relative,
    description,
    sentence,
    span
);
lenient!(
    Figure,
    "struct Figure",
    text,
    value,
    unit,
    counts,
    approximate,
    sentence,
    span
);
lenient!(Quote, "struct Quote", text, speaker, person, sentence, span);
lenient!(Mention, "struct Mention", sentence, span);
lenient!(Person, "struct Person", name, role, mentions);
lenient!(Organization, "struct Organization", name, short, mentions);
lenient!(
    Source,
    "struct Source",
    name,
    status,
    basis,
    claim,
    sentence,
    span
);
lenient!(
    FactSheet,
    "struct FactSheet",
    schema,
    meta,
    sentences,
    key_points,
    events,
    figures,
    quotes,
    people,
    organizations,
    sources
);

impl FromValue for Span {
    fn from_value(v: Value) -> Result<Self> {
        let mut f = Fields::new(v, "struct Span")?;
        let start = f.take("start")?;
        let end = f.take("end")?;
        match (start, end) {
            (Some(start), Some(end)) => Ok(Span { start, end }),
            (None, _) => err("missing field `start`"),
            (_, None) => err("missing field `end`"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numerals() {
        for (text, want) in [
            ("0", 0.0),
            ("4.8", 4.8),
            ("300,000", 300000.0),
            ("-12.5e3", -12500.0),
            ("1e-7", 1e-7),
            ("0.30000000000000004", 0.30000000000000004),
            ("1.7976931348623157e308", f64::MAX),
            ("5e-324", 5e-324),
            ("12345678901234567890123", 1.2345678901234568e22),
        ] {
            assert_eq!(parse_decimal(text), Some(want), "{text}");
        }
        for bad in ["", "-", ".", "1.2.3", "1e", "abc", "1e+"] {
            assert_eq!(parse_decimal(bad), None, "{bad}");
        }
        assert_eq!(parse_decimal(&"9".repeat(400)), Some(f64::INFINITY));
    }

    #[test]
    fn values_and_errors() {
        let sheet = read_fact_sheet(
            r#" {"schema":"factcard/1","figures":[{"text":"\"300\u00a0000\" \ud83d\ude00","value":3e5,"span":null}],"x":[1,{"y":[]}]} "#,
        )
        .unwrap();
        assert_eq!(sheet.figures[0].text, "\"300\u{a0}000\" \u{1F600}");
        assert_eq!(sheet.figures[0].value, 300000.0);
        for bad in [
            "",
            "{",
            "[]",
            r#"{"schema":1}"#,
            r#"{"figures":[{"value":"1"}]}"#,
            r#"{"key_points":[{"sentence":1.5}]}"#,
            r#"{"key_points":[{"sentence":-1}]}"#,
            r#"{"sources":[{"status":"rumoured"}]}"#,
            r#"{"meta":{"published":"2022-13-01"}}"#,
            r#"{"sentences":[{"span":{"start":1}}]}"#,
            r#"{"schema":"factcard/1","schema":"factcard/1"}"#,
            r#"{"a":"\ud800"}"#,
            r#"{"a":01}"#,
            "{} x",
            &format!("{}{}", "[".repeat(200), "]".repeat(200)),
        ] {
            assert!(read_fact_sheet(bad).is_err(), "{bad}");
        }
    }
}
