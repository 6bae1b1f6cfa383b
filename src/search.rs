//! Substring searches in short strings: a clause, a metric, a name's prefix.
//!
//! `str::find` and `str::rfind` with a string pattern first build a two-way searcher, and
//! `str::contains` on a haystack shorter than its SIMD block compares the needle at every
//! byte; either costs more than the search on a few dozen bytes. These scan the bytes and
//! compare only where the needle's first byte is: a needle of valid UTF-8 can only match at a
//! character start, so the answers are `str`'s. (On a long text `str`'s own are faster.)

/// Where `needle` first occurs in the short `hay` (an empty needle: at 0 where `hay` is not
/// empty, else nowhere).
#[inline]
pub(crate) fn find_short(hay: &str, needle: &str) -> Option<usize> {
    let (h, n) = (hay.as_bytes(), needle.as_bytes());
    let Some(&first) = n.first() else { return (!h.is_empty()).then_some(0) };
    let last_start = h.len().checked_sub(n.len())?;
    // The bytes a match may start at, eight at a time: the needle's first byte is looked
    // for in a word of the hay's bytes (a test per byte cost more on a few dozen bytes).
    let mut base = 0;
    while base <= last_start {
        let mut candidates = equal_bytes(load(h, base), first);
        while candidates != 0 {
            let at = base + candidates.trailing_zeros() as usize / 8;
            if at > last_start {
                return None;
            }
            if h[at..].starts_with(n) {
                return Some(at);
            }
            candidates &= candidates - 1;
        }
        base += 8;
    }
    None
}

/// The eight bytes of `bytes` from `at`, little-endian, zero past its end (also the name
/// keys' word in `entity::names`).
pub(crate) fn load(bytes: &[u8], at: usize) -> u64 {
    match bytes.get(at..at + 8) {
        Some(b) => u64::from_le_bytes(b.try_into().unwrap_or_default()),
        None => {
            let mut buf = [0; 8];
            let rest = bytes.get(at..).unwrap_or_default();
            buf[..rest.len()].copy_from_slice(rest);
            u64::from_le_bytes(buf)
        }
    }
}

/// The top bit of each byte of `word` equal to `b`, and maybe of bytes above such a byte
/// (the borrow of the zero-byte test): a superset to verify, lowest first, that misses none.
fn equal_bytes(word: u64, b: u8) -> u64 {
    const ONES: u64 = u64::from_le_bytes([1; 8]);
    const HIGHS: u64 = ONES << 7;
    let x = word ^ ONES.wrapping_mul(u64::from(b));
    x.wrapping_sub(ONES) & !x & HIGHS
}

/// Where `needle` last occurs in the short `hay`: `hay.rfind(needle)`.
pub(crate) fn rfind_short(hay: &str, needle: &str) -> Option<usize> {
    let (h, n) = (hay.as_bytes(), needle.as_bytes());
    let Some(&first) = n.first() else { return Some(h.len()) };
    let mut starts = &h[..=h.len().checked_sub(n.len())?];
    while let Some(at) = starts.iter().rposition(|&b| b == first) {
        if h[at..].starts_with(n) {
            return Some(at);
        }
        starts = &starts[..at];
    }
    None
}

/// Whether `needle` occurs in `hay`: `hay.contains(needle)`, scanned where `hay` is too short
/// for `str`'s SIMD search (a block of 16 bytes from each start), which is faster on more.
#[inline]
pub(crate) fn contains_short(hay: &str, needle: &str) -> bool {
    if hay.len() >= needle.len() + 15 {
        return hay.contains(needle);
    }
    needle.is_empty() || find_short(hay, needle).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn like_str_searches() {
        // (a`: ` is a with its low bit flipped, which the zero-byte test may report after a
        // true a, a candidate to reject.)
        let pieces = ["增长", "同比", "长", "比", "a", "aa", "、", "年产", "产", "（", "）", "`"];
        let needles = ["", "长", "增长", "同比增", "aa", "、", "年产", "产产", "比长", "x"];
        for hay in crate::words::random_texts(&pieces, 7, 300, 9) {
            for n in needles {
                assert_eq!(rfind_short(&hay, n), hay.rfind(n), "{hay:?} {n:?}");
                assert_eq!(contains_short(&hay, n), hay.contains(n), "{hay:?} {n:?}");
                if !n.is_empty() || !hay.is_empty() {
                    assert_eq!(find_short(&hay, n), hay.find(n), "{hay:?} {n:?}");
                }
            }
        }
        assert_eq!(find_short("", ""), None);
    }
}
