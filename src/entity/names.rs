//! Sets of names searched by hashing, for the gazetteer and word lists and for the names of
//! one text: building an Aho-Corasick automaton for the few dozen names of one article cost
//! more than all the rest of entity recognition, and scanning Chinese text with one costs
//! tens of instructions a character, while names are short. Here a position of the text
//! costs a bit test on its first character and, where that passes, a hashed bit test on its
//! first bytes (two Chinese characters); only where a name may start are the names with those
//! bytes compared (by their first eight bytes first), or, when many names share them, looked
//! up length by length.

use crate::search::load;
use crate::words::{FxMap, LowBits};
use std::cmp::Reverse;

/// No further id (end of a chain of ids of one name).
const NONE: usize = usize::MAX;

/// Bytes of a name's key: its first two characters when they are Chinese.
const KEY_BYTES: usize = 6;

/// Names with one key are compared one by one up to this many; a larger group is looked up
/// length by length. Names that share their first two characters (a list of thousands of
/// 浙江… companies) would otherwise make every position that starts like them cost the whole
/// group, and the scan quadratic.
const SCAN_LIMIT: usize = 8;

/// Names (non-empty strings) indexed by their first bytes.
pub(crate) struct NameSet<'a> {
    /// The names by id.
    names: Vec<&'a str>,
    /// For each id, the next id given to the same name, or `NONE`.
    next: Vec<usize>,
    /// The key widths (a name's key is its first `min(len, KEY_BYTES)` bytes), widest first,
    /// as the (mask, tag) that make a key of the bytes at a position.
    widths: Vec<(u64, u64)>,
    /// Open addressing by key (0: empty slot): the range of `entries` with that key.
    table: Vec<(u64, u32, u32)>,
    /// Each distinct name, grouped by key, longest first.
    entries: Vec<Entry>,
    /// One bit per hashed key: most positions of a text are rejected by this test alone.
    filter: Vec<u64>,
    /// The shifts that reduce a key's hash to a bit of `filter` and to a slot of `table`
    /// (the bit test runs at most positions of a text: computed once here).
    filter_shift: u32,
    table_shift: u32,
    /// The keys of the names' second and third bytes (all keys when a name is shorter than
    /// three bytes): a test without hashing made first, that rejects most positions of a text
    /// for a small set of names.
    first_chars: LowBits,
    /// For each key with more than `SCAN_LIMIT` names: their distinct byte lengths, longest
    /// first.
    crowded: FxMap<u64, Vec<usize>>,
    /// The names of those keys → their first id.
    crowded_names: FxMap<&'a [u8], usize>,
}

/// A distinct name of a `NameSet`.
#[derive(Clone, Copy)]
struct Entry {
    /// Byte length.
    len: usize,
    /// First id given to the name.
    first: usize,
    /// Its first eight bytes (from `load`) and the mask of those that are the name's: most
    /// names are that short, and a longer one is told apart from most others by them.
    head: u64,
    mask: u64,
}

/// The (mask, tag) of the key of width `w`: the tag, in the top byte, keeps keys non-zero.
fn width(w: usize) -> (u64, u64) {
    ((1 << (8 * w)) - 1, (w as u64) << 56)
}

/// The key of the bytes `word` (from `load`) for a width's (mask, tag).
fn key(word: u64, (mask, tag): (u64, u64)) -> u64 {
    word & mask | tag
}

/// The shift that reduces a hash to `len` (a power of two) values.
fn shift_for(len: usize) -> u32 {
    64 - len.trailing_zeros()
}

/// The key's hash reduced by `shift` (from `shift_for`).
fn slot(k: u64, shift: u32) -> usize {
    (k.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> shift) as usize
}

/// Byte length of the character whose UTF-8 encoding starts with a byte, by that byte.
static CHAR_LEN: [usize; 256] = {
    let mut t = [1; 256];
    let mut b = 0xC0;
    while b < 256 {
        t[b] = if b < 0xE0 {
            2
        } else if b < 0xF0 {
            3
        } else {
            4
        };
        b += 1;
    }
    t
};

impl<'a> NameSet<'a> {
    /// The set of `names`; a name's index in the iterator is its id. Empty names never match.
    pub(crate) fn new(names: impl IntoIterator<Item = &'a str>) -> NameSet<'a> {
        let names: Vec<&'a str> = names.into_iter().collect();
        let mut next = vec![NONE; names.len()];
        let mut by_key: Vec<(u64, Reverse<usize>, &str, usize)> = names
            .iter()
            .enumerate()
            .filter(|(_, n)| !n.is_empty())
            .map(|(id, n)| {
                let w = width(n.len().min(KEY_BYTES));
                (key(load(n.as_bytes(), 0), w), Reverse(n.len()), *n, id)
            })
            .collect();
        // By key, longest first; a repeated name is then adjacent to its first id (ids
        // ascending), chained to it and dropped. The chain's last id is kept at hand: walking
        // the chain for each repeat made many repeats of one name quadratic.
        by_key.sort_unstable();
        let mut tail = (NONE, NONE); // (first id, last id of its chain)
        by_key.dedup_by(|later, first| {
            let repeated = later.2 == first.2;
            if repeated {
                let last = if tail.0 == first.3 { tail.1 } else { first.3 };
                next[last] = later.3;
                tail = (first.3, later.3);
            }
            repeated
        });
        // About one bit in thirty-two set: few positions without a name pass the test.
        let bits = (by_key.len() * 32).next_power_of_two().max(1024);
        let slots = (by_key.len() * 2).next_power_of_two().max(16);
        let mut set = NameSet {
            names,
            next,
            widths: Vec::new(),
            table: vec![(0, 0, 0); slots],
            entries: by_key
                .iter()
                .map(|&(_, Reverse(len), name, first)| Entry {
                    len,
                    first,
                    head: load(name.as_bytes(), 0),
                    mask: if len >= 8 { u64::MAX } else { (1 << (8 * len)) - 1 },
                })
                .collect(),
            filter: vec![0; bits / 64],
            filter_shift: shift_for(bits),
            table_shift: shift_for(slots),
            first_chars: LowBits::EMPTY,
            crowded: FxMap::default(),
            crowded_names: FxMap::default(),
        };
        for &(_, Reverse(len), name, _) in &by_key {
            if len < 3 {
                set.first_chars = LowBits::ALL;
                break;
            }
            let head = load(name.as_bytes(), 0);
            set.first_chars.insert_bytes((head >> 8) as u8, (head >> 16) as u8);
        }
        let mut lo = 0;
        while lo < by_key.len() {
            let k = by_key[lo].0;
            let hi = lo + by_key[lo..].iter().take_while(|e| e.0 == k).count();
            set.insert(k, lo, hi);
            if hi - lo > SCAN_LIMIT {
                let mut lengths: Vec<usize> = by_key[lo..hi].iter().map(|e| e.1.0).collect();
                lengths.dedup();
                set.crowded.insert(k, lengths);
                set.crowded_names.extend(by_key[lo..hi].iter().map(|e| (e.2.as_bytes(), e.3)));
            }
            lo = hi;
        }
        // Widest first: wider keys belong to longer names.
        set.widths.sort_unstable_by_key(|&(mask, _)| Reverse(mask));
        set
    }

    /// Records that the names with key `k` are `entries[lo..hi]`.
    fn insert(&mut self, k: u64, lo: usize, hi: usize) {
        let b = slot(k, self.filter_shift);
        self.filter[b / 64] |= 1 << (b % 64);
        let w = width((k >> 56) as usize);
        if !self.widths.contains(&w) {
            self.widths.push(w);
        }
        let mask = self.table.len() - 1;
        let mut i = slot(k, self.table_shift);
        while self.table[i].0 != 0 {
            i = (i + 1) & mask;
        }
        // Fewer names than u32::MAX: these are word lists and the names of one text.
        self.table[i] = (k, lo as u32, hi as u32);
    }

    /// Whether names with key `k` may exist: the bit test before the lookup.
    fn may_have(&self, k: u64) -> bool {
        let b = slot(k, self.filter_shift);
        self.filter[b / 64] & (1 << (b % 64)) != 0
    }

    /// The names with key `k`, longest first.
    fn with_key(&self, k: u64) -> &[Entry] {
        let mask = self.table.len() - 1;
        let mut i = slot(k, self.table_shift);
        loop {
            match self.table[i] {
                (0, _, _) => return &[],
                (key, lo, hi) if key == k => return &self.entries[lo as usize..hi as usize],
                _ => i = (i + 1) & mask,
            }
        }
    }

    /// Whether a name may start with the bytes `word` (from `load`): the cheap test made at
    /// every position, before the out-of-line lookups.
    #[inline]
    fn may_start(&self, word: u64) -> bool {
        self.first_chars.has_bytes((word >> 8) as u8, (word >> 16) as u8)
            && self.widths.iter().any(|&w| self.may_have(key(word, w)))
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
            let names = self.with_key(k);
            if names.len() > SCAN_LIMIT {
                // One name at most per length can match: looked up by the text's bytes.
                for &len in self.crowded.get(&k).map_or(&[][..], Vec::as_slice) {
                    let Some(bytes) = text.as_bytes().get(at..at + len) else { continue };
                    if let Some(&id) = self.crowded_names.get(bytes) {
                        if f(at + len, id) {
                            return;
                        }
                    }
                }
                continue;
            }
            for e in names {
                let matches = word & e.mask == e.head
                    && at + e.len <= text.len()
                    && (e.len <= 8
                        || text.as_bytes()[at..at + e.len] == *self.names[e.first].as_bytes());
                if matches && f(at + e.len, e.first) {
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
                at += CHAR_LEN[usize::from(b)];
            }
            None
        })
    }

    /// Every occurrence of every name in `text`, overlaps included: `f(start, end, id)` for
    /// each id given to the name, by start, then longest first.
    pub(crate) fn overlapping(&self, text: &str, mut f: impl FnMut(usize, usize, usize)) {
        let mut at = 0;
        while let Some(&b) = text.as_bytes().get(at) {
            let word = load(text.as_bytes(), at);
            if self.may_start(word) {
                let start = at;
                self.each_at(text, start, word, |end, first| {
                    let mut id = first;
                    while id != NONE {
                        f(start, end, id);
                        id = self.next[id];
                    }
                    false
                });
            }
            at += CHAR_LEN[usize::from(b)];
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use aho_corasick::{AhoCorasick, MatchKind};

    /// `find_iter` against aho-corasick's leftmost-longest search, and `overlapping` against
    /// its overlapping search (in any order).
    fn assert_like_aho_corasick(names: &[&str], text: &str) {
        let set = NameSet::new(names.iter().copied());
        let ours: Vec<_> = set.find_iter(text).collect();
        let ac = AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .build(names)
            .unwrap_or_else(|e| panic!("{e}"));
        let theirs: Vec<_> =
            ac.find_iter(text).map(|m| (m.start(), m.end(), m.pattern().as_usize())).collect();
        assert_eq!(ours, theirs, "leftmost-longest");
        let mut ours = Vec::new();
        set.overlapping(text, |s, e, id| ours.push((s, e, id)));
        let ac = AhoCorasick::new(names).unwrap_or_else(|e| panic!("{e}"));
        let mut theirs: Vec<_> = ac
            .find_overlapping_iter(text)
            .map(|m| (m.start(), m.end(), m.pattern().as_usize()))
            .collect();
        ours.sort_unstable();
        theirs.sort_unstable();
        assert_eq!(ours, theirs, "overlapping");
    }

    #[test]
    fn like_aho_corasick() {
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
        assert_like_aho_corasick(&names, text);
        let names = ["甲乙", "乙丙", "甲乙丙丁", "甲乙", "丁", "乙"];
        assert_like_aho_corasick(&names, "甲乙丙丁，乙丙");
    }

    #[test]
    fn crowded_keys_like_aho_corasick() {
        // Far more than SCAN_LIMIT names on one key (浙江), of many lengths, some repeated,
        // and a few on other keys.
        let tails = ["甲", "甲乙", "乙丙丁", "甲乙丙丁戊", "丁", "戊己", "甲乙丙"];
        let mut names: Vec<String> =
            tails.iter().flat_map(|a| tails.iter().map(move |b| format!("浙江{a}{b}"))).collect();
        names.extend(["浙江", "浙江甲", "江甲", "甲乙"].map(String::from));
        let names: Vec<&str> = names.iter().map(String::as_str).collect();
        let text = "浙江甲乙丙丁戊己，浙江乙丙丁甲乙丙浙江甲浙江丁丁、浙江戊己甲乙丙丁戊浙";
        assert_like_aho_corasick(&names, text);
    }

    #[test]
    fn longest_at_a_position() {
        let set = NameSet::new(["江苏", "江苏省", "苏州"]);
        assert_eq!(set.longest_at("江苏省南京市", 0), Some((9, 1)));
        assert_eq!(set.longest_at("江苏省南京市", 3), None);
        assert_eq!(set.longest_at("南京", 0), None);
    }
}
