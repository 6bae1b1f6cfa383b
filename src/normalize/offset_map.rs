//! Sparse map from normalized byte offsets back to original byte offsets.
//!
//! Most of an article passes through normalization unchanged, so only the edits are stored
//! (as lindera does): each edit replaces an original range by a normalized range, possibly
//! empty (a deleted line break) or shorter (a full-width digit folded to ASCII). Between
//! edits the two texts differ by a constant delta. Lookups are a binary search.
//!
//! Starts and ends map differently. A span start maps to the original start of the first
//! normalized byte; a span end maps to the original end of the last byte. So a deleted `\n`
//! inside a span is covered by it (`规上\n产值`) and one just outside is not.

/// One edit: `orig` bytes of the input became `norm` bytes of the normalized text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Edit {
    pub orig_start: usize,
    pub orig_end: usize,
    pub norm_start: usize,
    pub norm_end: usize,
}

/// Maps normalized offsets to original offsets. Edits are sorted by position in both texts;
/// a deletion sorts before a replacement that starts at the same normalized offset.
#[derive(Clone, Debug, Default)]
pub(crate) struct OffsetMap {
    edits: Vec<Edit>,
}

impl OffsetMap {
    /// Records an edit. Edits must be pushed in text order; consecutive deletions at the same
    /// normalized offset merge.
    pub(crate) fn push(&mut self, edit: Edit) {
        if let Some(last) = self.edits.last_mut() {
            let both_deletions =
                last.norm_start == last.norm_end && edit.norm_start == edit.norm_end;
            if both_deletions
                && last.norm_end == edit.norm_start
                && last.orig_end == edit.orig_start
            {
                last.orig_end = edit.orig_end;
                return;
            }
        }
        self.edits.push(edit);
    }

    /// Whether no edit was made (the normalized text equals the input).
    #[cfg(test)]
    pub(crate) fn is_identity(&self) -> bool {
        self.edits.is_empty()
    }

    /// The original offset where the normalized byte at `p` starts.
    pub(crate) fn start(&self, p: usize) -> usize {
        let idx = self.edits.partition_point(|e| e.norm_start <= p);
        match idx.checked_sub(1).map(|i| self.edits[i]) {
            None => p,
            Some(e) if e.norm_end > p => e.orig_start,
            Some(e) => p - e.norm_end + e.orig_end,
        }
    }

    /// The original offset where the normalized byte before `p` ends.
    pub(crate) fn end(&self, p: usize) -> usize {
        let idx = self.edits.partition_point(|e| e.norm_start < p);
        match idx.checked_sub(1).map(|i| self.edits[i]) {
            None => p,
            Some(e) if e.norm_end >= p => e.orig_end,
            Some(e) => p - e.norm_end + e.orig_end,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn edit(orig: (usize, usize), norm: (usize, usize)) -> Edit {
        Edit { orig_start: orig.0, orig_end: orig.1, norm_start: norm.0, norm_end: norm.1 }
    }

    #[test]
    fn identity() {
        let m = OffsetMap::default();
        assert!(m.is_identity());
        assert_eq!((m.start(5), m.end(5)), (5, 5));
    }

    #[test]
    fn deletion_inside_word() {
        // "规上\n产值": "\n" at 6..7 deleted, normalized "规上产值".
        let mut m = OffsetMap::default();
        m.push(edit((6, 7), (6, 6)));
        assert_eq!(m.start(0), 0);
        assert_eq!(m.end(6), 6, "a span ending before the break excludes it");
        assert_eq!(m.start(6), 7, "a span starting after the break excludes it");
        assert_eq!(m.end(12), 13, "a span over the break covers it");
    }

    #[test]
    fn replacement_shrinks() {
        // "１2": full-width 1 (3 bytes) -> "1".
        let mut m = OffsetMap::default();
        m.push(edit((0, 3), (0, 1)));
        assert_eq!((m.start(0), m.end(1)), (0, 3));
        assert_eq!((m.start(1), m.end(2)), (3, 4));
    }

    #[test]
    fn deletion_then_replacement_at_same_offset() {
        // "a\n２": "\n" deleted, "２" -> "2"; normalized "a2".
        let mut m = OffsetMap::default();
        m.push(edit((1, 2), (1, 1)));
        m.push(edit((2, 5), (1, 2)));
        assert_eq!(m.start(1), 2);
        assert_eq!(m.end(1), 1);
        assert_eq!(m.end(2), 5);
    }

    #[test]
    fn consecutive_deletions_merge() {
        let mut m = OffsetMap::default();
        m.push(edit((3, 4), (3, 3)));
        m.push(edit((4, 5), (3, 3)));
        assert_eq!(m.edits.len(), 1);
        assert_eq!((m.end(3), m.start(3)), (3, 5));
    }
}
