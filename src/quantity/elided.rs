//! Lists of figures that write the unit once, after the last (`高2.1个和3.6个百分点`,
//! `分别提高1.2、0.8个百分点`, `分别增长1.5和2.3倍`, `4个和5个工作日`): the earlier figures
//! take the last one's unit. Written out, 2.1个 alone reads as a count and a bare 1.2 as no
//! figure at all.

use std::sync::LazyLock;

use regex::Regex;

use super::RawQuantity;
use crate::span::NSpan;

/// The figures before the last, each with an optional 个 and a list connector, at the end
/// of the text before the last figure.
static LEADING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:[0-9]+(?:\.[0-9]+)?个?(?:、|和|及|与|或))+$").expect("valid regex")
});

/// One figure of a [`LEADING`] match.
static FIGURE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"([0-9]+(?:\.[0-9]+)?)(个?)").expect("valid regex"));

/// Units that a list writes once: percentage points, percents, multiples and working days
/// (分别压缩至4个和5个工作日).
fn shared(unit: &str) -> bool {
    unit.ends_with("百分点") || unit == "%" || unit == "倍" || unit.ends_with("工作日")
}

/// Gives the figures listed before a percentage-point, percent or multiple figure its unit,
/// replacing what was read of them (a count `2.1个`) and adding those not read (a bare
/// `1.2`). `out` is sorted by start and stays so.
pub(super) fn share_units(text: &str, out: &mut Vec<RawQuantity>) {
    let mut added: Vec<RawQuantity> = Vec::new();
    for last in out.iter() {
        let at = last.core.start;
        let before = &text[..at];
        if !shared(&last.unit) || !before.ends_with(['、', '和', '及', '与', '或']) {
            continue;
        }
        // A list of a few short figures: 64 bytes hold eight or more.
        let mut floor = at.saturating_sub(64);
        while !text.is_char_boundary(floor) {
            floor += 1;
        }
        let Some(list) = LEADING.find(&text[floor..at]) else { continue };
        // A digit right before the match is part of a longer numeral the pattern cut.
        if text[..floor + list.start()].ends_with(|c: char| c.is_ascii_digit() || c == '.') {
            continue;
        }
        let factor = if last.value == 0.0 { 1.0 } else { last.normalized / last.value };
        for f in FIGURE.captures_iter(list.as_str()) {
            let (Some(whole), Some(number)) = (f.get(0), f.get(1)) else { continue };
            let Ok(value) = number.as_str().parse::<f64>() else { continue };
            let start = floor + list.start() + whole.start();
            let span = NSpan::new(start, start + whole.len());
            added.push(RawQuantity {
                span,
                core: span,
                value,
                value_max: None,
                unit: last.unit.clone(),
                normalized: super::tidy(value * factor),
                normalized_max: None,
                normalized_unit: last.normalized_unit.clone(),
                class: last.class,
                qualifiers: Vec::new(),
                rate: false,
                bare_magnitude: false,
                change: last.change,
            });
        }
    }
    if added.is_empty() {
        return;
    }
    // What was read of the listed figures gives way to them. Both lists are sorted and the
    // added spans are disjoint, so one sweep finds the overlaps.
    added.sort_by_key(|a| a.span.start);
    let mut next = 0;
    out.retain(|q| {
        while next < added.len() && added[next].span.end <= q.span.start {
            next += 1;
        }
        added.get(next).is_none_or(|a| a.span.start >= q.span.end)
    });
    out.append(&mut added);
    out.sort_by_key(|q| q.span.start);
}
