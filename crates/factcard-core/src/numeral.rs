//! Integer numerals read and written by hand: the extractors' only numerals are ASCII digit runs
//! and zero-padded dates, and `str::parse` and `format!` would bring `core::fmt` and the integer
//! parsers into the WebAssembly build for them.

/// The value of a run of ASCII digits; `None` when `s` is empty, holds anything but digits
/// (a sign included) or overflows a `u64`.
pub(crate) fn digits(s: &str) -> Option<u64> {
    if s.is_empty() {
        return None;
    }
    s.bytes().try_fold(0u64, |n, b| {
        if b.is_ascii_digit() {
            n.checked_mul(10)?.checked_add(u64::from(b - b'0'))
        } else {
            None
        }
    })
}

/// Appends `n` as `format!("{n:0width$}")` does: a `-` for a negative number, then its digits
/// with zeros in front until the whole is `width` characters long.
pub(crate) fn push_padded(out: &mut String, n: i64, width: usize) {
    let mut buf = [b'0'; 20];
    let mut v = n.unsigned_abs();
    let mut start = buf.len();
    while let Some(d) = start.checked_sub(1).and_then(|i| buf.get_mut(i)) {
        *d = b'0' + (v % 10) as u8;
        start -= 1;
        v /= 10;
        if v == 0 {
            break;
        }
    }
    let len = buf.len() - start + usize::from(n < 0);
    if n < 0 {
        out.push('-');
    }
    for _ in len..width {
        out.push('0');
    }
    for &b in buf.get(start..).unwrap_or(&[]) {
        out.push(char::from(b));
    }
}

/// `format!("{year:04}")`, with `-{month:02}` and `-{day:02}` after it for those given.
pub(crate) fn iso(year: i64, month: Option<u8>, day: Option<u8>) -> String {
    let mut s = String::with_capacity(10);
    push_padded(&mut s, year, 4);
    for part in [month, day].into_iter().flatten() {
        s.push('-');
        push_padded(&mut s, i64::from(part), 2);
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn pads_as_format_does(n in any::<i64>(), width in 0usize..24) {
            let mut s = String::new();
            push_padded(&mut s, n, width);
            prop_assert_eq!(s, format!("{n:0width$}"));
        }

        #[test]
        fn reads_as_parse_does(s in "[0-9]{0,22}|[+-]?[0-9,.]{0,4}|.{0,3}") {
            prop_assert_eq!(digits(&s), s.parse::<u64>().ok().filter(|_| !s.starts_with('+')));
        }
    }

    #[test]
    fn edges() {
        let mut s = String::new();
        push_padded(&mut s, i64::MIN, 4);
        assert_eq!(s, i64::MIN.to_string());
        assert_eq!(iso(-5, Some(3), Some(7)), "-005-03-07");
        assert_eq!(iso(12345, Some(12), None), "12345-12");
        assert_eq!(iso(7, None, None), "0007");
        assert_eq!(digits("18446744073709551616"), None);
        assert_eq!(digits("18446744073709551615"), Some(u64::MAX));
    }
}
