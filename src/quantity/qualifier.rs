//! Qualifier words (约, 左右, 以上, 余, 预计, 力争 …) from `src/data/qualifiers.tsv`.

use crate::report::Qualifier;
use std::sync::LazyLock;

/// Where a qualifier word stands relative to the number.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Position {
    Before,
    After,
    Clause,
}

pub(crate) struct QualifierWords {
    /// (word, qualifier, position), longest words first so that 将近 beats 近.
    words: Vec<(&'static str, Qualifier, Position)>,
}

pub(crate) static QUALIFIERS: LazyLock<QualifierWords> = LazyLock::new(|| {
    QualifierWords::parse(include_str!("../data/qualifiers.tsv"))
        .unwrap_or_else(|e| panic!("qualifiers.tsv: {e}"))
});

impl QualifierWords {
    pub(crate) fn parse(src: &'static str) -> Result<QualifierWords, String> {
        let mut words = Vec::new();
        for (n, line) in src.lines().enumerate() {
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let cols: Vec<&'static str> = line.split('\t').collect();
            let [word, q, pos] = cols[..] else {
                return Err(format!("line {}: expected 3 tab-separated columns", n + 1));
            };
            let q = Qualifier::parse(q).ok_or_else(|| format!("line {}: bad qualifier", n + 1))?;
            let pos = match pos {
                "before" => Position::Before,
                "after" => Position::After,
                "clause" => Position::Clause,
                _ => return Err(format!("line {}: bad position {pos:?}", n + 1)),
            };
            words.push((word, q, pos));
        }
        words.sort_by_key(|(w, _, _)| std::cmp::Reverse(w.len()));
        Ok(QualifierWords { words })
    }

    /// The longest `Before` word ending exactly at `end` in `text`: (start, qualifier).
    pub(crate) fn before(&self, text: &str, end: usize) -> Option<(usize, Qualifier)> {
        let head = text.get(..end)?;
        self.words
            .iter()
            .filter(|(_, _, p)| *p == Position::Before)
            .find(|(w, _, _)| head.ends_with(w))
            .map(|(w, q, _)| (end - w.len(), *q))
    }

    /// The longest `After` word starting exactly at `start`: (end, qualifier).
    pub(crate) fn after(&self, text: &str, start: usize) -> Option<(usize, Qualifier)> {
        let tail = text.get(start..)?;
        self.words
            .iter()
            .filter(|(_, _, p)| *p == Position::After)
            .find(|(w, _, _)| tail.starts_with(w))
            .map(|(w, q, _)| (start + w.len(), *q))
    }

    /// Every `Clause` qualifier whose word occurs in `window`.
    pub(crate) fn in_clause(&self, window: &str) -> Vec<Qualifier> {
        let mut out: Vec<Qualifier> = self
            .words
            .iter()
            .filter(|(w, _, p)| *p == Position::Clause && window.contains(w))
            .map(|(_, q, _)| *q)
            .collect();
        out.sort();
        out.dedup();
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn longest_before_word_wins() {
        let t = "将近5";
        assert_eq!(QUALIFIERS.before(t, t.len() - 1), Some((0, Qualifier::LessThan)));
        assert_eq!(QUALIFIERS.after("5%左右", 2), Some((8, Qualifier::Approximate)));
        assert_eq!(QUALIFIERS.in_clause("预计增长"), vec![Qualifier::Estimated]);
    }
}
