//! Sets of names searched by hashing, for the gazetteer and word lists and for the names of
//! one text: building an Aho-Corasick automaton for the few dozen names of one article cost
//! more than all the rest of entity recognition, and scanning Chinese text with one costs
//! tens of instructions a character, while names are short. Here a position of the text
//! costs a hashed bit test on its first bytes (two Chinese characters); only where a name may
//! start are the few lengths of the names with those bytes looked up.

use crate::words::FxMap;

/// No further id (end of a chain of ids of one name).
const NONE: usize = usize::MAX;

/// Bytes of a name's key: its first two characters when they are Chinese.
const KEY_BYTES: usize = 6;

/// Names (non-empty strings) indexed by their first bytes and byte length.
pub(crate) struct NameSet<'a> {
    /// Each name and the first id given to it.
    first: FxMap<&'a str, usize>,
    /// For each id, the next id given to the same name, or `NONE`.
    next: Vec<usize>,
    /// The key widths (a name's key is its first `min(len, KEY_BYTES)` bytes), widest first.
    widths: Vec<usize>,
    /// The byte lengths of the names by key, longest first, as ranges of `lens`.
    keys: FxMap<u64, (usize, usize)>,
    lens: Vec<usize>,
    /// One bit per hashed key: most positions of a text are rejected by this test alone.
    filter: Vec<u64>,
    /// Shift taking a key's hash to its bit in `filter`.
    shift: u32,
}

/// The eight bytes of `bytes` from `at`, little-endian, zero past the end.
fn load(bytes: &[u8], at: usize) -> u64 {
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

/// The key of width `w` of the bytes `word` (from `load`), the width in the top byte.
fn key(word: u64, w: usize) -> u64 {
    word & ((1 << (8 * w)) - 1) | (w as u64) << 56
}

/// Byte length of the character whose UTF-8 encoding starts with `b`.
fn char_len(b: u8) -> usize {
    (b.leading_ones() as usize).max(1)
}

impl<'a> NameSet<'a> {
    /// The set of `names`; a name's index in the iterator is its id. Empty names never match.
    pub(crate) fn new(names: impl IntoIterator<Item = &'a str>) -> NameSet<'a> {
        let mut first: FxMap<&'a str, usize> = FxMap::default();
        let mut next = Vec::new();
        let mut by_key: Vec<(u64, usize)> = Vec::new();
        for (id, name) in names.into_iter().enumerate() {
            next.push(NONE);
            if name.is_empty() {
                continue;
            }
            if let Some(&f) = first.get(name) {
                let mut last = f;
                while next[last] != NONE {
                    last = next[last];
                }
                next[last] = id;
                continue;
            }
            first.insert(name, id);
            let w = name.len().min(KEY_BYTES);
            by_key.push((key(load(name.as_bytes(), 0), w), name.len()));
        }
        by_key.sort_unstable_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)));
        by_key.dedup();
        // About one bit in sixteen set: few positions without a name pass the test.
        let bits = (by_key.len() * 16).next_power_of_two().max(1024);
        let mut set = NameSet {
            first,
            next,
            widths: Vec::new(),
            keys: FxMap::default(),
            lens: Vec::with_capacity(by_key.len()),
            filter: vec![0; bits / 64],
            shift: 64 - bits.trailing_zeros(),
        };
        for (i, &(k, len)) in by_key.iter().enumerate() {
            if i == 0 || by_key[i - 1].0 != k {
                set.keys.insert(k, (i, i));
                let b = set.bit(k);
                set.filter[b / 64] |= 1 << (b % 64);
                let w = (k >> 56) as usize;
                if !set.widths.contains(&w) {
                    set.widths.push(w);
                }
            }
            set.lens.push(len);
            if let Some(range) = set.keys.get_mut(&k) {
                range.1 = i + 1;
            }
        }
        set.widths.sort_unstable_by(|a, b| b.cmp(a));
        set
    }

    fn bit(&self, k: u64) -> usize {
        (k.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> self.shift) as usize
    }

    /// Whether names with key `k` may exist: the bit test before the lookup.
    fn may_have(&self, k: u64) -> bool {
        let b = self.bit(k);
        self.filter[b / 64] & (1 << (b % 64)) != 0
    }

    /// Whether a name may start with the bytes `word` (from `load`): the cheap test made at
    /// every position, before the out-of-line lookups.
    #[inline]
    fn may_start(&self, word: u64) -> bool {
        self.widths.iter().any(|&w| self.may_have(key(word, w)))
    }

    /// Calls `f(end, id)` for the names starting at byte `at` of `text` (whose bytes from
    /// there are `word`), longest first (a wider key belongs to longer names), until it
    /// returns true.
    #[inline(never)]
    fn each_at(&self, text: &str, at: usize, word: u64, mut f: impl FnMut(usize, usize) -> bool) {
        for &w in &self.widths {
            let k = key(word, w);
            if !self.may_have(k) {
                continue;
            }
            let Some(&(lo, hi)) = self.keys.get(&k) else { continue };
            for &l in &self.lens[lo..hi] {
                let Some(&id) = text.get(at..at + l).and_then(|s| self.first.get(s)) else {
                    continue;
                };
                if f(at + l, id) {
                    return;
                }
            }
        }
    }

    /// The longest name starting at byte `at` of `text`: its end and its first id.
    #[inline]
    pub(crate) fn longest_at(&self, text: &str, at: usize) -> Option<(usize, usize)> {
        let word = load(text.as_bytes(), at);
        if !self.may_start(word) {
            return None;
        }
        let mut found = None;
        self.each_at(text, at, word, |end, id| {
            found = Some((end, id));
            true
        });
        found
    }

    /// Non-overlapping leftmost-longest matches in `text`: (start, end, first id of the name),
    /// as `aho_corasick::MatchKind::LeftmostLongest` reports them.
    pub(crate) fn find_iter<'t>(
        &'t self,
        text: &'t str,
    ) -> impl Iterator<Item = (usize, usize, usize)> + 't {
        let mut at = 0;
        std::iter::from_fn(move || {
            while let Some(&b) = text.as_bytes().get(at) {
                let start = at;
                if let Some((end, id)) = self.longest_at(text, start) {
                    at = end;
                    return Some((start, end, id));
                }
                at += char_len(b);
            }
            None
        })
    }

    /// Every occurrence of every name in `text`, overlaps included: `f(start, end, id)` for
    /// each id given to the name, by start, then longest first.
    pub(crate) fn overlapping(&self, text: &str, mut f: impl FnMut(usize, usize, usize)) {
        for (at, _) in text.char_indices() {
            let word = load(text.as_bytes(), at);
            if !self.may_start(word) {
                continue;
            }
            self.each_at(text, at, word, |end, first| {
                let mut id = first;
                while id != NONE {
                    f(at, end, id);
                    id = self.next[id];
                }
                false
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use aho_corasick::{AhoCorasick, MatchKind};

    #[test]
    fn leftmost_longest_like_aho_corasick() {
        let names = [
            "开发区",
            "西宁经济技术开发区",
            "西宁",
            "经济",
            "管委会",
            "开发区管委会",
            "区管",
            "局",
            "区",
            "a",
            "ab",
        ];
        let text = "西宁经济技术开发区管委会与开发区管委会及西宁、经济区管委会统计局ab a区";
        let ours: Vec<_> = NameSet::new(names).find_iter(text).collect();
        let ac = AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .build(names)
            .unwrap_or_else(|e| panic!("{e}"));
        let theirs: Vec<_> =
            ac.find_iter(text).map(|m| (m.start(), m.end(), m.pattern().as_usize())).collect();
        assert_eq!(ours, theirs);
    }

    #[test]
    fn overlapping_like_aho_corasick() {
        let names = ["甲乙", "乙丙", "甲乙丙丁", "甲乙", "丁", "乙"];
        let text = "甲乙丙丁，乙丙";
        let mut ours = Vec::new();
        NameSet::new(names).overlapping(text, |s, e, id| ours.push((s, e, id)));
        let ac = AhoCorasick::new(names).unwrap_or_else(|e| panic!("{e}"));
        let mut theirs: Vec<_> = ac
            .find_overlapping_iter(text)
            .map(|m| (m.start(), m.end(), m.pattern().as_usize()))
            .collect();
        ours.sort_unstable();
        theirs.sort_unstable();
        assert_eq!(ours, theirs);
    }

    #[test]
    fn longest_at_a_position() {
        let set = NameSet::new(["江苏", "江苏省", "苏州"]);
        assert_eq!(set.longest_at("江苏省南京市", 0), Some((9, 1)));
        assert_eq!(set.longest_at("江苏省南京市", 3), None);
        assert_eq!(set.longest_at("南京", 0), None);
    }
}
