//! Byte spans into the original input, and the internal span type of the normalized text.
//!
//! [`Span`] is what users see: a half-open byte range into the text exactly as they passed
//! it in, so `&input[span]` is the evidence. Every stage works on the normalized text with
//! [`NSpan`]; only the report stage converts one into the other, through the offset map, so a
//! normalized offset cannot reach the output by accident.

use serde::{Deserialize, Serialize};
use std::fmt;
use std::ops::{Index, Range};

/// A half-open byte range `start..end` into the ORIGINAL input.
///
/// # Example
/// ```
/// use jingji::Span;
/// let text = "规上产值2318.6亿元";
/// let span = Span::new(12, text.len());
/// assert_eq!(&text[span], "2318.6亿元");
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize)]
pub struct Span {
    /// First byte of the span.
    pub start: usize,
    /// One past the last byte of the span.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end`. An inverted pair is clamped to the empty span at `end`
    /// rather than panicking.
    pub fn new(start: usize, end: usize) -> Span {
        Span { start: start.min(end), end }
    }

    /// Length in bytes.
    pub fn len(&self) -> usize {
        self.end - self.start
    }

    /// Whether the span covers no bytes.
    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }

    /// The span as a `Range<usize>`.
    pub fn range(&self) -> Range<usize> {
        self.start..self.end
    }
}

impl fmt::Debug for Span {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}..{}", self.start, self.end)
    }
}

impl From<Range<usize>> for Span {
    fn from(r: Range<usize>) -> Span {
        Span::new(r.start, r.end)
    }
}

impl From<Span> for Range<usize> {
    fn from(s: Span) -> Range<usize> {
        s.start..s.end
    }
}

impl Index<Span> for str {
    type Output = str;
    /// Slices like `&text[span.start..span.end]`, with the same panics for a span that does
    /// not fit the string. Spans from a [`crate::Report`] always fit the text it came from.
    fn index(&self, span: Span) -> &str {
        &self[span.start..span.end]
    }
}

impl Index<Span> for String {
    type Output = str;
    /// Slices like `&text[span.start..span.end]`.
    fn index(&self, span: Span) -> &str {
        &self.as_str()[span]
    }
}

/// A half-open byte range into the NORMALIZED text (internal to the pipeline).
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Debug, Default)]
pub(crate) struct NSpan {
    pub start: usize,
    pub end: usize,
}

impl NSpan {
    pub(crate) fn new(start: usize, end: usize) -> NSpan {
        NSpan { start: start.min(end), end }
    }

    pub(crate) fn slice<'a>(&self, text: &'a str) -> &'a str {
        text.get(self.start..self.end).unwrap_or("")
    }

    pub(crate) fn len(&self) -> usize {
        self.end - self.start
    }

    pub(crate) fn contains(&self, other: NSpan) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    pub(crate) fn overlaps(&self, other: NSpan) -> bool {
        self.start < other.end && other.start < self.end
    }
}

/// The first char boundary of `s` at or after `at` (std's `str::ceil_char_boundary`, which
/// needs Rust 1.91): where a look-back of a fixed byte length may start.
pub(crate) fn ceil_char_boundary(s: &str, at: usize) -> usize {
    (at..s.len()).find(|&i| s.is_char_boundary(i)).unwrap_or(s.len())
}

/// The last char boundary of `s` at or before `at` (or `s.len()`): where a look-ahead of a
/// fixed byte length may end.
pub(crate) fn floor_char_boundary(s: &str, at: usize) -> usize {
    (0..=at.min(s.len())).rev().find(|&i| s.is_char_boundary(i)).unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn char_boundaries_round_inward_and_outward() {
        // 由 is three bytes: byte 1 and 2 are inside it.
        let s = "由某公司";
        assert_eq!((ceil_char_boundary(s, 1), floor_char_boundary(s, 1)), (3, 0));
        assert_eq!((ceil_char_boundary(s, 3), floor_char_boundary(s, 3)), (3, 3));
        assert_eq!((ceil_char_boundary(s, 99), floor_char_boundary(s, 99)), (12, 12));
    }
}
