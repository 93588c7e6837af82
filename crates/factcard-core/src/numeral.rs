//! Integer numerals read and written by hand: the extractors' only numerals are ASCII digit runs
//! and zero-padded dates, and `str::parse` and `format!` would bring `core::fmt` and the integer
//! parsers into the WebAssembly build for them. The card writes its numbers (counts, ids, years)
//! with [`integer`] for the same reason.

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
pub fn push_padded(out: &mut String, n: i64, width: usize) {
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

/// `n` as `n.to_string()` writes it.
pub fn integer(n: i64) -> String {
    let mut s = String::new();
    push_padded(&mut s, n, 0);
    s
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

/// `10^n` as the `f64` nearest to it (what the literal `1e{n}` gives), for `n` up to 308;
/// `None` above, where no finite `f64` is that large. Computed, not tabled: a table of them is
/// 2.5 KB of incompressible bytes in the WebAssembly build.
pub(crate) fn pow10(n: u32) -> Option<f64> {
    if n > 308 {
        return None;
    }
    let mut p = 1.0;
    if n <= 22 {
        // Every power of ten up to 1e22 is an exact f64, so each product is exact.
        for _ in 0..n {
            p *= 10.0;
        }
        return Some(p);
    }
    // 10^n = 5^n * 2^n: 5^n exactly (at most 716 bits), rounded to 53 bits, half to even.
    let mut five = [0u32; 23];
    if let Some(l) = five.first_mut() {
        *l = 1;
    }
    for _ in 0..n {
        let mut carry = 0u64;
        for l in &mut five {
            let x = u64::from(*l) * 5 + carry;
            *l = x as u32;
            carry = x >> 32;
        }
    }
    let bit = |i: u32| {
        five.get((i / 32) as usize)
            .is_some_and(|l| l >> (i % 32) & 1 == 1)
    };
    let len = (0..23 * 32).rev().find(|&i| bit(i)).map_or(0, |i| i + 1);
    let low = len - 53;
    let mut m = (low..len)
        .rev()
        .fold(0u64, |m, i| m << 1 | u64::from(bit(i)));
    let half = bit(low - 1);
    let sticky = (0..low - 1).any(bit);
    if half && (sticky || m & 1 == 1) {
        m += 1;
    }
    // m < 2^54 and m * 2^(low + n) is at most 1e308: both factors and the product are exact.
    let scale = f64::from_bits(u64::from(low + n + 1023) << 52);
    p = m as f64 * scale;
    Some(p)
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
    fn powers_of_ten_as_the_literals() {
        for n in 0..=308 {
            let want: f64 = format!("1e{n}").parse().unwrap();
            assert_eq!(pow10(n).map(f64::to_bits), Some(want.to_bits()), "1e{n}");
        }
        assert_eq!(pow10(309), None);
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
