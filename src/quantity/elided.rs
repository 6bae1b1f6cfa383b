//! Lists of figures that write the unit once, after the last (`高2.1个和3.6个百分点`,
//! `分别提高1.2、0.8个百分点`, `分别增长1.5和2.3倍`, `4个和5个工作日`, `1.2和3.5亿元`,
//! `分别降至10、35、50毫克/立方米以下`, `分别下降3万和5万吨`): the earlier figures take the last
//! one's unit, and after 分别 its bound. Written out, 2.1个 alone reads as a count, 3万 as a
//! count of thirty thousand and a bare 1.2 as no figure at all.

use std::sync::LazyLock;

use regex::Regex;

use super::RawQuantity;
use super::qualifier::QUALIFIERS;
use crate::report::Qualifier;
use crate::span::NSpan;

/// The figures before the last, each with an optional 个 or magnitude (万, 亿) and a list
/// connector, at the end of the text before the last figure.
static LEADING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:[0-9]+(?:\.[0-9]+)?(?:个|万|亿)?(?:、|和|及|与|或))+$").expect("valid regex")
});

/// One figure of a [`LEADING`] match, with its 个 or magnitude.
static FIGURE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"([0-9]+(?:\.[0-9]+)?)(个|万|亿)?").expect("valid regex"));

/// Units whose list may repeat a 个 (分别压缩至4个和5个工作日, 2.1个和3.6个百分点); other
/// units are shared only by bare numbers (百亿元以上项目1个、50亿元 is no list).
fn may_repeat_ge(unit: &str) -> bool {
    unit.ends_with("百分点")
        || unit.ends_with("基点")
        || unit == "%"
        || unit == "倍"
        || unit.ends_with("工作日")
}

/// Whether `head` ends with 分别 and at most a short verb or bound (为, 降至, 达到, 不高于).
fn respective_before(head: &str) -> bool {
    let tail = head.char_indices().rev().nth(5).map_or(head, |(i, _)| &head[i..]);
    tail.contains("分别")
}

/// Gives the figures listed before a figure its unit,
/// replacing what was read of them (a count `2.1个`) and adding those not read (a bare
/// `1.2`). `out` is sorted by start and stays so.
pub(super) fn share_units(text: &str, out: &mut Vec<RawQuantity>) {
    let mut added: Vec<RawQuantity> = Vec::new();
    // The last figures of lists whose bound stands before the first (分别不高于10、35毫克):
    // (index in `out`, the bound), given them after the walk.
    let mut bounded: Vec<(usize, Qualifier)> = Vec::new();
    for (k, last) in out.iter().enumerate() {
        let at = last.core.start;
        let before = &text[..at];
        if last.unit.is_empty() || !before.ends_with(['、', '和', '及', '与', '或']) {
            continue;
        }
        // A list of a few short figures: 64 bytes hold eight or more.
        let mut floor = at.saturating_sub(64);
        while !text.is_char_boundary(floor) {
            floor += 1;
        }
        let Some(list) = LEADING.find(&text[floor..at]) else { continue };
        // A digit right before the match is part of a longer numeral the pattern cut.
        let head = &text[..floor + list.start()];
        if head.ends_with(|c: char| c.is_ascii_digit() || c == '.') {
            continue;
        }
        // Any unit is shared by a list after 分别 (分别为10、35、50亿元), and so is a bound
        // after it (分别降至10、35、50毫克/立方米以下).
        // (A 个 in the list is 个百分点's, or the list's own count: 百亿元以上项目1个、50亿元.)
        if !may_repeat_ge(&last.unit) && list.as_str().contains('个') {
            continue;
        }
        // (分别下降3万和5万吨: a magnitude written on an earlier figure is the one that opens
        // the last figure's unit; 3万和5吨 is no list.)
        let magnitude = |c: char| list.as_str().contains(c) && !last.unit.starts_with(c);
        if magnitude('万') || magnitude('亿') {
            continue;
        }
        let respective = respective_before(head);
        let mut qualifiers = if respective { last.qualifiers.clone() } else { Vec::new() };
        // 分别不高于10、35、50毫克/立方米: a bound before the list's first figure is each's;
        // the first figure's span takes the word in.
        let bound = QUALIFIERS.before(text, floor + list.start()).filter(|_| respective);
        if let Some((_, q)) = bound.filter(|(_, q)| !qualifiers.contains(q)) {
            qualifiers.push(q);
            bounded.push((k, q));
        }
        let mut first = true;
        let factor = if last.value == 0.0 { 1.0 } else { last.normalized / last.value };
        for f in FIGURE.captures_iter(list.as_str()) {
            let (Some(whole), Some(number)) = (f.get(0), f.get(1)) else { continue };
            let Ok(value) = number.as_str().parse::<f64>() else { continue };
            let start = floor + list.start() + whole.start();
            let core = NSpan::new(start, start + whole.len());
            let span = match bound.filter(|_| first) {
                Some((from, _)) => NSpan::new(from, core.end),
                None => core,
            };
            first = false;
            added.push(RawQuantity {
                span,
                core,
                value,
                value_max: None,
                unit: last.unit.clone(),
                normalized: super::tidy(value * factor),
                normalized_max: None,
                normalized_unit: last.normalized_unit.clone(),
                class: last.class,
                qualifiers: qualifiers.clone(),
                rate: false,
                bare_magnitude: false,
                change: last.change,
                column_year: last.column_year,
            });
        }
    }
    for (k, q) in bounded {
        out[k].qualifiers.push(q);
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
