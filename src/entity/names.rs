//! A per-text set of names searched by hashing: building an Aho-Corasick automaton for the
//! few dozen names of one article cost more than all the rest of entity recognition, while
//! names are short, so looking up each possible length at each position stays linear.

use crate::words::FxMap;

/// Names (non-empty strings) indexed by their first character and byte length.
pub(crate) struct NameSet<'a> {
    index: FxMap<&'a str, Vec<usize>>,
    /// Distinct byte lengths of the names starting with a character, longest first.
    lengths: FxMap<char, Vec<usize>>,
    /// Bit `c % 4096` is set for every first character `c`: a cheap test before the lookup.
    first_chars: Box<[u64; 64]>,
}

impl<'a> NameSet<'a> {
    /// The set of `names`; a name's index in the iterator is its id. Empty names never match.
    pub(crate) fn new(names: impl IntoIterator<Item = &'a str>) -> NameSet<'a> {
        let mut set = NameSet {
            index: FxMap::default(),
            lengths: FxMap::default(),
            first_chars: Box::new([0; 64]),
        };
        for (id, name) in names.into_iter().enumerate() {
            let Some(c) = name.chars().next() else { continue };
            set.index.entry(name).or_default().push(id);
            let lens = set.lengths.entry(c).or_default();
            if !lens.contains(&name.len()) {
                lens.push(name.len());
                lens.sort_unstable_by(|a, b| b.cmp(a));
            }
            set.mark(c);
        }
        set
    }

    /// The ids of the longest name starting at byte `at` of `text`, and its length.
    fn longest_at(&self, text: &str, at: usize, c: char) -> Option<(&[usize], usize)> {
        if !self.may_start(c) {
            return None;
        }
        let lens = self.lengths.get(&c)?;
        lens.iter().find_map(|&l| {
            let ids = self.index.get(text.get(at..at + l)?)?;
            Some((ids.as_slice(), l))
        })
    }

    /// Non-overlapping leftmost-longest matches in `text`: (start, end, first id of the name),
    /// as `aho_corasick::MatchKind::LeftmostLongest` reports them.
    pub(crate) fn find_iter<'t>(
        &'t self,
        text: &'t str,
    ) -> impl Iterator<Item = (usize, usize, usize)> + 't {
        let mut at = 0;
        std::iter::from_fn(move || {
            while let Some(c) = text.get(at..).and_then(|r| r.chars().next()) {
                let start = at;
                if let Some((ids, len)) = self.longest_at(text, start, c) {
                    at = start + len;
                    return Some((start, at, ids[0]));
                }
                at += c.len_utf8();
            }
            None
        })
    }

    /// Every id of every name occurring anywhere in `text`, overlaps included (an id once
    /// per occurrence).
    pub(crate) fn overlapping_ids(&self, text: &str, mut f: impl FnMut(usize)) {
        for (at, c) in text.char_indices() {
            if !self.may_start(c) {
                continue;
            }
            let Some(lens) = self.lengths.get(&c) else { continue };
            for &l in lens {
                if let Some(ids) = text.get(at..at + l).and_then(|s| self.index.get(s)) {
                    ids.iter().for_each(|&id| f(id));
                }
            }
        }
    }
}

impl NameSet<'_> {
    fn mark(&mut self, c: char) {
        let b = u32::from(c) as usize % 4096;
        self.first_chars[b / 64] |= 1 << (b % 64);
    }

    fn may_start(&self, c: char) -> bool {
        let b = u32::from(c) as usize % 4096;
        self.first_chars[b / 64] & (1 << (b % 64)) != 0
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use aho_corasick::{AhoCorasick, MatchKind};

    #[test]
    fn leftmost_longest_like_aho_corasick() {
        let names =
            ["开发区", "西宁经济技术开发区", "西宁", "经济", "管委会", "开发区管委会", "区管"];
        let text = "西宁经济技术开发区管委会与开发区管委会及西宁、经济区管委会";
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
    fn overlapping() {
        let set = NameSet::new(["甲乙", "乙丙", "甲乙丙丁", "甲乙"]);
        let mut ids = Vec::new();
        set.overlapping_ids("甲乙丙丁", |i| ids.push(i));
        ids.sort();
        assert_eq!(ids, vec![0, 1, 2, 3]);
    }
}
