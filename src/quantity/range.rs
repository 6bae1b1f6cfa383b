//! Number ranges stated in words, as in targets, thresholds and queries: `大于10小于20`,
//! `不低于三十`, `20~100`, `一千到一千五百`, `10000与20000之间`, `比四分之一大`, `五百以上`.
//!
//! The comparison words are data (`src/data/comparators.tsv`); each number of the phrase is
//! read with [`crate::parse_number`] and bounded by the words around it, or
//! paired with the next number by a connector (`到 至 ~ - 和…之间 与…间`).

use crate::quantity::number;
use crate::quantity::parse_number;
use crate::quantity::unit::UNITS;
use regex::Regex;
use serde::Serialize;
use std::sync::LazyLock;

/// A numeric interval; a missing bound is open-ended.
///
/// Produced by [`crate::parse_range`].
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct NumberRange {
    /// Lower bound, if any.
    pub min: Option<f64>,
    /// Whether `min` itself is in the range (`不低于`, `以上`) or not (`大于`, `超过`).
    pub min_inclusive: bool,
    /// Upper bound, if any.
    pub max: Option<f64>,
    /// Whether `max` itself is in the range (`不超过`, `以下`) or not (`小于`, `不足`).
    pub max_inclusive: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Bound {
    Lower,
    Upper,
    Equal,
}

struct Comparator {
    word: &'static str,
    before: bool,
    bound: Bound,
    inclusive: bool,
}

/// The comparison words, longest first.
static COMPARATORS: LazyLock<Vec<Comparator>> = LazyLock::new(|| {
    parse_comparators(include_str!("../data/comparators.tsv"))
        .unwrap_or_else(|e| panic!("src/data/comparators.tsv: {e}"))
});

/// A number as this module reads it: a sign, Arabic digits (with a fraction `1/2`, a `k` or
/// magnitudes `5000万`) or a Chinese numeral (with a fraction `四分之一`), optionally after
/// 百分之.
static NUMBER: LazyLock<Regex> = LazyLock::new(|| {
    let cn = "[零〇一二两三四五六七八九十百千万亿兆壹贰叁肆伍陆柒捌玖拾佰仟点几多余]";
    let pattern = format!(
        r"(?:百分之)?[-负]?(?:[0-9][0-9,]*(?:\.[0-9]+)?(?:/[0-9]+|[kK]|[十百千万亿多余几]+)?|\.[0-9]+|{cn}+(?:分之{cn}+)?)"
    );
    Regex::new(&pattern).unwrap_or_else(|e| panic!("range number regex: {e}"))
});

fn parse_comparators(src: &'static str) -> Result<Vec<Comparator>, String> {
    let mut out = Vec::new();
    for (n, [word, position, bound, inclusive]) in crate::words::rows(src)? {
        let bad = |what: &str| format!("line {n}: {what}");
        let before = match position {
            "before" => true,
            "after" => false,
            _ => return Err(bad("position is before or after")),
        };
        let bound = match bound {
            "lower" => Bound::Lower,
            "upper" => Bound::Upper,
            "equal" => Bound::Equal,
            _ => return Err(bad("bound is lower, upper or equal")),
        };
        let inclusive = match inclusive {
            "yes" => true,
            "no" => false,
            _ => return Err(bad("inclusive is yes or no")),
        };
        out.push(Comparator { word, before, bound, inclusive });
    }
    out.sort_by_key(|c| std::cmp::Reverse(c.word.len()));
    Ok(out)
}

/// Reads a range stated in words: comparison words around numbers (`大于10小于20`,
/// `不低于三十`, `五百以上`, `比四分之一大`, `最多100最少20`), two numbers joined by a connector
/// (`20~100`, `一千到一千五百`, `10000与20000之间`), approximate numbers (`五百多` = more than
/// 500) and a single `等于N`. A percent keeps its number as written (`超过百分之零点九` → more
/// than 0.9). None unless `s` states exactly one consistent range.
///
/// ```
/// let r = jingji::parse_range("大于10小于等于20").unwrap();
/// assert_eq!((r.min, r.min_inclusive, r.max, r.max_inclusive), (Some(10.0), false, Some(20.0), true));
/// let r = jingji::parse_range("不低于三十").unwrap();
/// assert_eq!((r.min, r.max), (Some(30.0), None));
/// assert_eq!(jingji::parse_range("一千到一千五百").unwrap().max, Some(1500.0));
/// assert_eq!(jingji::parse_range("三十"), None);
/// ```
pub fn parse_range(s: &str) -> Option<NumberRange> {
    let text: String =
        crate::normalize::normalize(s).text.chars().filter(|c| !c.is_whitespace()).collect();
    let numbers = numbers(&text);
    let mut range =
        NumberRange { min: None, min_inclusive: false, max: None, max_inclusive: false };
    let mut set = |bound: Bound, v: f64, inclusive: bool| -> Option<()> {
        let (slot, incl) = match bound {
            Bound::Lower => (&mut range.min, &mut range.min_inclusive),
            Bound::Upper => (&mut range.max, &mut range.max_inclusive),
            Bound::Equal => return None,
        };
        if slot.is_some() {
            return None; // two lower bounds: not one range
        }
        *slot = Some(v);
        *incl = inclusive;
        Some(())
    };
    let mut i = 0;
    let mut found = false;
    while i < numbers.len() {
        let (start, end, v) = numbers[i];
        let prev_end = if i == 0 { 0 } else { numbers[i - 1].1 };
        let next_start = numbers.get(i + 1).map_or(text.len(), |n| n.0);
        // Two numbers joined by a connector: 20~100, 一千到一千五百, 20和30之间, 6亿元至8亿元.
        if let Some(&(start2, end2, v2)) = numbers.get(i + 1) {
            let between = &text[skip_unit(&text, end, next_start)..next_start];
            // 20000间 is "between 20000", not 20000 rooms; 200亩之间 has a unit first.
            let closes = |s: &str| s.starts_with("之间") || s.starts_with('间');
            let to = ["到", "至", "~", "-", "–", "—"].contains(&between);
            let and = ["和", "与", "或"].contains(&between)
                && (closes(&text[end2..]) || closes(&text[skip_unit(&text, end2, text.len())..]));
            if to || and {
                // 3-5万: the lower bound borrows the upper bound's magnitude.
                let v = v * borrowed_magnitude(&text[start..end], &text[start2..end2]);
                set(Bound::Lower, v, true)?;
                set(Bound::Upper, v2, false)?;
                found = true;
                i += 2;
                continue;
            }
        }
        let before = &text[prev_end..start];
        let after = &text[skip_unit(&text, end, next_start)..next_start];
        match bound_of(before, after, &text[start..end]) {
            Some((Bound::Equal, _)) if numbers.len() == 1 => {
                return Some(NumberRange {
                    min: Some(v),
                    min_inclusive: true,
                    max: Some(v),
                    max_inclusive: true,
                });
            }
            Some((bound, inclusive)) => {
                set(bound, v, inclusive)?;
                found = true;
            }
            // A number with no comparison word does not bound anything (一些, a label).
            None => {}
        }
        i += 1;
    }
    let consistent = match (range.min, range.max) {
        (Some(a), Some(b)) => a <= b,
        _ => true,
    };
    (found && consistent).then_some(range)
}

/// The numbers of `text`: (start, end, value), in order. A `-` right after a number is a
/// connector (20-100), not the sign of the next one.
fn numbers(text: &str) -> Vec<(usize, usize, f64)> {
    let mut out: Vec<(usize, usize, f64)> = Vec::new();
    for m in NUMBER.find_iter(text) {
        let (mut start, s) = (m.start(), m.as_str());
        let mut body = s;
        if s.starts_with('-') && out.last().is_some_and(|n| n.1 == start) {
            start += 1;
            body = &s[1..];
        }
        // 第十 is an ordinal.
        if text[..start].ends_with('第') {
            continue;
        }
        let value = match body.strip_prefix("百分之") {
            Some(p) => parse_number(p),
            None => parse_number(body),
        };
        if let Some(v) = value {
            out.push((start, m.end(), v));
        }
    }
    out
}

/// Past the unit at `at`, if one is there (2000万元以上, 5%到6%), but not past `limit`.
fn skip_unit(text: &str, at: usize, limit: usize) -> usize {
    UNITS.at(text, at).map_or(at, |u| at + u.text.len()).min(limit)
}

/// The magnitude a bare lower bound takes from its upper bound (3-5万 → 3万), else 1.
fn borrowed_magnitude(lower: &str, upper: &str) -> f64 {
    if lower.contains(['十', '百', '千', '万', '亿']) {
        return 1.0;
    }
    let digits = upper.trim_end_matches(['十', '百', '千', '万', '亿']);
    number::magnitude(&upper[digits.len()..]).filter(|_| digits.len() < upper.len()).unwrap_or(1.0)
}

/// The bound a number states through the words around it: a `before` word at the end of
/// `before` (fillers 了 是 有 为 allowed), an `after` word at the start of `after`, 比…大/小,
/// or 多/余 at the end of the number itself.
fn bound_of(before: &str, after: &str, number: &str) -> Option<(Bound, bool)> {
    let head = before.trim_end_matches(['了', '是', '有', '为', '在']);
    if head.ends_with('比') {
        if after.starts_with(['大', '高', '多']) {
            return Some((Bound::Lower, false));
        }
        if after.starts_with(['小', '低', '少']) {
            return Some((Bound::Upper, false));
        }
    }
    let comparators = COMPARATORS.iter();
    if let Some(c) = comparators.clone().find(|c| c.before && head.ends_with(c.word)) {
        return Some((c.bound, c.inclusive));
    }
    if let Some(c) = comparators.clone().find(|c| !c.before && after.starts_with(c.word)) {
        return Some((c.bound, c.inclusive));
    }
    // 五百多, 二百三十余万, 十几万: more than the number read.
    number.contains(['多', '余', '几']).then_some((Bound::Lower, false))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn comparators_parse() {
        assert!(COMPARATORS.len() > 40);
        assert!(parse_comparators("大于\tbefore\tlower").is_err());
        assert!(parse_comparators("大于\tnear\tlower\tno").is_err());
    }
}
