//! Time expressions (`2022年`, `一季度`, `上半年`, `1-11月`) and the period they set.
//!
//! Periods are not quantities: they feed the `period` of indicators. A time expression at
//! the start of a clause (`2022年，…`, `一季度全市…`) sets the period that later indicators
//! inherit until another is set; one inside a comparison (`比2016年`, `同1987年相比`) or a
//! since-phrase (`2015年以来`) does not.

use crate::span::NSpan;
use regex::Regex;
use std::sync::LazyLock;

/// The sub-year part of a period.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Part {
    Quarter(u8),
    Half(u8),
    Months(u8, u8),
}

/// A time expression found in the text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct TimeExpr {
    pub span: NSpan,
    pub year: Option<i32>,
    pub part: Option<Part>,
    /// A full date (`1月25日`): gives its year, but is not a reporting period.
    pub is_date: bool,
    /// `全年`: the whole year, clearing a quarter or month set before.
    pub full_year: bool,
}

static TIME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?x)
        (?P<year>(?:19|20)[0-9]{2})年(?:全年|度)?
        | (?P<full>全年)
        | (?:第)?(?P<q>[一二三四1-4])季度末?
        | (?P<q13>前三季度)
        | (?P<first>首季度?)
        | (?P<half>[上下])半年
        | (?P<m1>[0-9]{1,2})(?:[-至到](?P<m2>[0-9]{1,2}))?月(?:份)?(?P<day>[0-9]{1,2}[日号])?
        | (?P<cm1>[一二三四五六七八九十]{1,3})(?:至(?P<cm2>[一二三四五六七八九十]{1,3}))?月份",
    )
    .unwrap_or_else(|e| panic!("time regex: {e}"))
});

/// [`TIME`] anchored at the start: the first match of [`TIME`] starts at 0 exactly when this
/// matches, which rules out most texts without a search for captures.
static TIME_AT_START: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!("^(?:{})", TIME.as_str()))
        .unwrap_or_else(|e| panic!("anchored time regex: {e}"))
});

/// The first time expression of `text` if it starts at 0 (`find(text).first()` at 0).
pub(crate) fn at_start(text: &str) -> Option<TimeExpr> {
    // Every alternative of TIME starts with one of these: a cheaper test than the regex's.
    let opens = text.starts_with(|c: char| {
        c.is_ascii_digit() || "全第前首上下一二三四五六七八九十".contains(c)
    });
    if !opens || !TIME_AT_START.is_match(text) {
        return None;
    }
    find(text).into_iter().next().filter(|t| t.span.start == 0)
}

/// Whether `text` holds a time expression (`!find(text).is_empty()`).
pub(crate) fn occurs_in(text: &str) -> bool {
    TIME.is_match(text) && !find(text).is_empty()
}

/// All time expressions in `text`, a year joined with the part that follows it
/// (`2022年1-11月`).
pub(crate) fn find(text: &str) -> Vec<TimeExpr> {
    let mut out: Vec<TimeExpr> = Vec::new();
    for caps in TIME.captures_iter(text) {
        let Some(m) = caps.get(0) else { continue };
        let span = NSpan::new(m.start(), m.end());
        let mut expr = TimeExpr { span, year: None, part: None, is_date: false, full_year: false };
        if let Some(y) = caps.name("year") {
            expr.year = y.as_str().parse().ok();
        } else if caps.name("full").is_some() {
            expr.part = None;
            expr.full_year = true;
        } else if let Some(q) = caps.name("q") {
            expr.part = chinese_small(q.as_str()).map(Part::Quarter);
        } else if caps.name("q13").is_some() {
            expr.part = Some(Part::Months(1, 9));
        } else if caps.name("first").is_some() {
            expr.part = Some(Part::Quarter(1));
        } else if let Some(h) = caps.name("half") {
            expr.part = Some(Part::Half(if h.as_str() == "上" { 1 } else { 2 }));
        } else if let Some(m1) = caps.name("m1") {
            let a: u8 = m1.as_str().parse().unwrap_or(0);
            let b: u8 = caps.name("m2").and_then(|m| m.as_str().parse().ok()).unwrap_or(a);
            if !(1..=12).contains(&a) || !(a..=12).contains(&b) {
                continue;
            }
            expr.part = Some(Part::Months(a, b));
            expr.is_date = caps.name("day").is_some();
        } else if let Some(m1) = caps.name("cm1") {
            let a = chinese_small(m1.as_str()).unwrap_or(0);
            let b = caps.name("cm2").and_then(|m| chinese_small(m.as_str())).unwrap_or(a);
            if !(1..=12).contains(&a) || !(a..=12).contains(&b) {
                continue;
            }
            expr.part = Some(Part::Months(a, b));
        }
        // 2022年 directly followed by 1-11月 / 一季度: one expression.
        if let Some(last) = out.last_mut() {
            if last.span.end == span.start
                && last.part.is_none()
                && expr.year.is_none()
                && !expr.full_year
            {
                last.span.end = span.end;
                last.part = expr.part;
                last.is_date = expr.is_date;
                continue;
            }
        }
        out.push(expr);
    }
    out
}

fn chinese_small(s: &str) -> Option<u8> {
    if let Ok(n) = s.parse::<u8>() {
        return Some(n);
    }
    let digit = |c: char| "一二三四五六七八九".find(c).map(|i| (i / 3 + 1) as u8);
    let chars: Vec<char> = s.chars().collect();
    match chars.as_slice() {
        [c] if *c == '十' => Some(10),
        [c] => digit(*c),
        ['十', c] => digit(*c).map(|d| 10 + d),
        [c, '十'] => digit(*c).map(|d| d * 10),
        [a, '十', b] => Some(digit(*a)? * 10 + digit(*b)?),
        _ => None,
    }
}

/// Words right before a time expression that make it a comparison, not a setter.
pub(crate) fn is_comparison(before: &str) -> bool {
    [
        "比",
        "较",
        "与",
        "同",
        "和",
        "、",
        "及",
        "至",
        "到",
        "于",
        "自",
        "从",
        "截至上",
        "是",
        "相当于",
    ]
    .iter()
    .any(|w| before.ends_with(w))
}

/// The period state carried through a document.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct PeriodState {
    pub year: Option<i32>,
    pub part: Option<Part>,
    /// The year used when the text sets a part but never a year: the latest year the
    /// article mentions ("A year that the article only implies may be filled from context").
    pub default_year: Option<i32>,
}

impl PeriodState {
    pub(crate) fn apply(&mut self, t: &TimeExpr) {
        if t.is_date {
            if t.year.is_some() {
                self.year = t.year;
                self.part = None;
            }
            return;
        }
        if t.year.is_some() {
            self.year = t.year;
            self.part = t.part;
        } else if t.part.is_some() || t.full_year {
            self.part = t.part;
        }
    }

    /// The contract string: `2022`, `2022-Q1`, `2022-H1`, `2022-03`, `2022-01/2022-11`.
    pub(crate) fn render(&self) -> Option<String> {
        let year = self.year.or(self.default_year)?;
        Some(match self.part {
            None => format!("{year}"),
            Some(Part::Quarter(q)) => format!("{year}-Q{q}"),
            Some(Part::Half(h)) => format!("{year}-H{h}"),
            Some(Part::Months(a, b)) if a == b => format!("{year}-{a:02}"),
            Some(Part::Months(a, b)) => format!("{year}-{a:02}/{year}-{b:02}"),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn render(text: &str) -> Vec<Option<String>> {
        let mut st = PeriodState::default();
        find(text)
            .iter()
            .map(|t| {
                st.apply(t);
                st.render()
            })
            .collect()
    }

    #[test]
    fn periods() {
        assert_eq!(render("2022年"), vec![Some("2022".into())]);
        assert_eq!(render("2022年1-11月"), vec![Some("2022-01/2022-11".into())]);
        assert_eq!(render("2023年，一季度"), vec![Some("2023".into()), Some("2023-Q1".into())]);
        assert_eq!(render("上半年"), vec![None]);
        assert_eq!(render("2021年前三季度"), vec![Some("2021-01/2021-09".into())]);
        assert_eq!(render("2017年3月末"), vec![Some("2017-03".into())]);
        assert_eq!(chinese_small("十一"), Some(11));
    }
}
