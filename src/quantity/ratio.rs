//! Ratios of parts (`三次产业结构为7.1∶54.1∶38.8`): a structure written as three or four
//! numbers joined by colons, whose parts add up to 100, is each part's share in percent. The
//! unit is written nowhere, so each quantity's unit is empty and its normalized unit percent.

use std::sync::LazyLock;

use regex::Regex;

use super::RawQuantity;
use super::unit::UnitClass;
use crate::report::NormalizedUnit;
use crate::span::NSpan;

/// Three or four numbers joined by a colon (ratio sign, full-width or ASCII colon).
static RATIO: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"[0-9]+(?:\.[0-9]+)?(?:[∶：:][0-9]+(?:\.[0-9]+)?){2,3}").expect("valid regex")
});

/// Words of a structure or proportion that name a ratio before it (三次产业结构, 比例).
const RATIO_NAMES: [&str; 3] = ["结构", "比例", "之比"];

/// How far back (in characters) a ratio's name may stand: 三次产业结构由上年的….
const NAME_REACH: usize = 12;

/// Adds each part of every named ratio that no quantity covers yet; `found` stays sorted.
pub(crate) fn parts(text: &str, found: &mut Vec<RawQuantity>) {
    // Ratios are rare: one character search settles most texts.
    if !text.contains(['∶', '：', ':']) {
        return;
    }
    let mut added = Vec::new();
    // The end of the last ratio taken: a second one in its clause (由上年的…调整为…) is named
    // by the same words.
    let mut last_end = None;
    // The quantities found before that start before the current ratio, and the furthest end
    // among them: the ratios come in order, so one walk finds every overlap.
    let (mut before, mut furthest) = (0, 0);
    for m in RATIO.find_iter(text) {
        // Digits glued before it are another number's (a clock time, a date).
        if text[..m.start()].ends_with(|c: char| c.is_ascii_digit() || c == '.') {
            continue;
        }
        let from = crate::span::ceil_char_boundary(text, m.start().saturating_sub(NAME_REACH * 3));
        let head = &text[from..m.start()];
        // (From the last clause break on; a line break is one byte, the others three.)
        let cut = head.char_indices().rev().find(|&(_, c)| matches!(c, '，' | '。' | '；' | '\n'));
        let head = &head[cut.map_or(0, |(i, c)| i + c.len_utf8())..];
        let chained = last_end.is_some_and(|end: usize| {
            // (Bounded in bytes: a count of characters here would grow with the text.)
            let between = &text[end.min(m.start())..m.start()];
            between.len() <= NAME_REACH * 3 && !between.contains(['，', '。', '；', '\n'])
        });
        if !chained && !RATIO_NAMES.iter().any(|n| head.contains(n)) {
            continue;
        }
        let values: Vec<(NSpan, f64)> = numbers(m.as_str(), m.start());
        let sum: f64 = values.iter().map(|(_, v)| v).sum();
        if (sum - 100.0).abs() > 1.0 {
            continue;
        }
        // (Found already as something else: left as it is.)
        while before < found.len() && found[before].span.start < m.start() {
            furthest = furthest.max(found[before].span.end);
            before += 1;
        }
        let overlaps =
            furthest > m.start() || found.get(before).is_some_and(|q| q.span.start < m.end());
        if overlaps {
            continue;
        }
        added.extend(values.into_iter().map(|(span, value)| part(span, value)));
        last_end = Some(m.end());
    }
    if !added.is_empty() {
        found.extend(added);
        found.sort_by_key(|q| q.span.start);
    }
}

/// The numbers of a ratio `s` found at `at`, with their spans in the text.
fn numbers(s: &str, at: usize) -> Vec<(NSpan, f64)> {
    let mut out = Vec::new();
    let mut start = 0;
    for piece in s.split(['∶', '：', ':']) {
        if let Ok(v) = piece.parse::<f64>() {
            out.push((NSpan::new(at + start, at + start + piece.len()), v));
        }
        // The separators are one to three bytes long.
        start += piece.len() + s[start + piece.len()..].chars().next().map_or(0, char::len_utf8);
    }
    out
}

/// One part of a ratio as a share in percent.
fn part(span: NSpan, value: f64) -> RawQuantity {
    RawQuantity {
        span,
        core: span,
        value,
        value_max: None,
        unit: String::new(),
        normalized: value,
        normalized_max: None,
        normalized_unit: NormalizedUnit::Percent,
        class: UnitClass::Percent,
        qualifiers: Vec::new(),
        rate: false,
        bare_magnitude: false,
        change: false,
        column_year: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn values(text: &str) -> Vec<f64> {
        let mut found = Vec::new();
        parts(text, &mut found);
        found.iter().map(|q| q.value).collect()
    }

    #[test]
    fn named_ratios_that_add_up_to_a_hundred() {
        assert_eq!(values("三次产业结构为7.1∶54.1∶38.8。"), [7.1, 54.1, 38.8]);
        assert_eq!(
            values("三次产业结构由上年的7.5:55.8:36.7调整为7.1：54.1：38.8"),
            [7.5, 55.8, 36.7, 7.1, 54.1, 38.8]
        );
        // No name, no sum of 100, a clock time: none.
        assert!(values("比分为7.1∶54.1∶38.8").is_empty());
        assert!(values("三次产业结构为1∶2∶3").is_empty());
        assert!(values("会议于2024年3月1日10:30:00开始").is_empty());
    }
}
