//! Substring searches in short strings: a clause, a metric, a name's prefix.
//!
//! `str::find` and `str::rfind` with a string pattern first build a two-way searcher, and
//! `str::contains` on a haystack shorter than its SIMD block compares the needle at every
//! byte; either costs more than the search on a few dozen bytes. These scan the bytes and
//! compare only where the needle's first byte is: a needle of valid UTF-8 can only match at a
//! character start, so the answers are `str`'s. (On a long text `str`'s own are faster.)

/// Where `needle` first occurs in the short `hay` (an empty needle: at 0 where `hay` is not
/// empty, else nowhere).
pub(crate) fn find_short(hay: &str, needle: &str) -> Option<usize> {
    let (h, n) = (hay.as_bytes(), needle.as_bytes());
    let Some(&first) = n.first() else { return (!h.is_empty()).then_some(0) };
    // The bytes a match may start at, searched for the first byte in a tight loop.
    let starts = &h[..=h.len().checked_sub(n.len())?];
    let mut from = 0;
    while let Some(i) = starts[from..].iter().position(|&b| b == first) {
        let at = from + i;
        if h[at..].starts_with(n) {
            return Some(at);
        }
        from = at + 1;
    }
    None
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
        let pieces = ["增长", "同比", "长", "比", "a", "aa", "、", "年产", "产", "（", "）"];
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
