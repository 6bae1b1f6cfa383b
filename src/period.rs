//! Time expressions (`2022年`, `一季度`, `上半年`, `1-11月`) and the period they set.
//!
//! Periods are not quantities: they feed the `period` of indicators. A time expression at
//! the start of a clause (`2022年，…`, `一季度全市…`) sets the period that later indicators
//! inherit until another is set; one inside a comparison (`比2016年`, `同1987年相比`) or a
//! since-phrase (`2015年以来`) does not.

use crate::span::NSpan;
use crate::words::LowBits;
use aho_corasick::{Span, packed};
use std::sync::LazyLock;

/// The sub-year part of a period.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Part {
    Quarter(u8),
    Half(u8),
    Months(u8, u8),
}

impl Part {
    /// The last month of a span of months (一季度, 上半年, 1—9月); none of one month.
    pub(crate) fn last_of_span(self) -> Option<u8> {
        match self {
            Part::Quarter(q) => Some(q * 3),
            Part::Half(h) => Some(h * 6),
            Part::Months(a, b) if a < b => Some(b),
            Part::Months(..) => None,
        }
    }
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
    /// `去年`, `上年` (-1), `今年` (0), `明年` (+1): a year relative to the one the article
    /// reports on.
    pub relative: Option<i32>,
    /// `上年`: the year before the one stated (2019年，…由上年的1.62%…), where 去年 is the
    /// year before the one the article is written in.
    pub before_stated: bool,
    /// `今年以来`: the year to date, which the running part of that year (1—9月) is too.
    pub to_date: bool,
}

impl TimeExpr {
    /// An expression of `len` bytes at 0 with only a part (or nothing) set.
    fn new(len: usize, part: Option<Part>) -> TimeExpr {
        let span = NSpan::new(0, len);
        TimeExpr {
            span,
            year: None,
            part,
            is_date: false,
            full_year: false,
            relative: None,
            before_stated: false,
            to_date: false,
        }
    }
}

/// The time expression starting at the start of `s`, as its length and what it says (None:
/// a month outside 1–12, which is skipped but not read as anything else).
///
/// The forms: `2022年`, `2022年全年`, `2022年度` · `全年`, `截至年底` · `一季度`, `第1季度末` ·
/// `前三季度` · `首季`, `首季度` · `上半年`, `下半年`, `半年度` · `上年`, `去年`, `今年` · `3月`,
/// `1-11月`, `3月份`, `1月25日` · `一至十一月份`. Where two can start with the same
/// character, the earlier one in this list is tried first.
fn expr_at(s: &str) -> Option<(usize, Option<TimeExpr>)> {
    let word = |w: &str, part: Part| {
        s.starts_with(w).then(|| (w.len(), Some(TimeExpr::new(w.len(), Some(part)))))
    };
    match s.chars().next()? {
        '0'..='9' => year(s).or_else(|| quarter(s)).or_else(|| arabic_months(s)),
        '全' if s.starts_with("全年") => {
            let expr = TimeExpr { full_year: true, ..TimeExpr::new("全年".len(), None) };
            Some(("全年".len(), Some(expr)))
        }
        // 截至年底: the year's end, the whole year's stock (after 上半年… in the text).
        '截' => ["截至年底", "截至年末", "截止年底", "截止年末"]
            .iter()
            .find(|w| s.starts_with(**w))
            .map(|w| (w.len(), Some(TimeExpr { full_year: true, ..TimeExpr::new(w.len(), None) }))),
        '第' => quarter(s),
        '前' => word("前三季度", Part::Months(1, 9))
            .or_else(|| word("前两季度", Part::Months(1, 6)))
            .or_else(|| first_months(s)),
        '首' => word("首季度", Part::Quarter(1)).or_else(|| word("首季", Part::Quarter(1))),
        '上' => word("上半年", Part::Half(1)).or_else(|| relative(s, "上年", -1)),
        '去' => relative(s, "去年", -1),
        '今' => relative(s, "今年", 0),
        '明' => relative(s, "明年", 1),
        '下' => word("下半年", Part::Half(2)),
        // 2025年半年度报告: the first half.
        '半' => word("半年度", Part::Half(1)),
        c if is_numeral(c) => chinese_year(s).or_else(|| quarter(s)).or_else(|| chinese_months(s)),
        _ => None,
    }
}

/// `去年`, `上年`, `今年`, `明年` (each with a 全年 after it): `offset` years from the year
/// reported on.
fn relative(s: &str, word: &str, offset: i32) -> Option<(usize, Option<TimeExpr>)> {
    // 去年全年: the whole of that year, not 去年 followed by the reported year's 全年.
    let rest = s.strip_prefix(word)?;
    let len = word.len() + if rest.starts_with("全年") { "全年".len() } else { 0 };
    let before_stated = word == "上年";
    let to_date = offset == 0 && rest.starts_with("以来");
    let expr =
        TimeExpr { relative: Some(offset), before_stated, to_date, ..TimeExpr::new(len, None) };
    Some((len, Some(expr)))
}

/// `前10个月`, `前五个月`, `前两个月`, `前10月`: the months from January.
fn first_months(s: &str) -> Option<(usize, Option<TimeExpr>)> {
    let rest = s.strip_prefix('前')?;
    let n = rest.chars().take(3).take_while(|c| c.is_ascii_digit() || is_numeral(*c)).count();
    let num_len: usize = rest.chars().take(n).map(char::len_utf8).sum();
    // (两 counts two only alone: 前两个月, January and February.)
    let num_len = if n == 0 && rest.starts_with('两') { '两'.len_utf8() } else { num_len };
    let after =
        rest[num_len..].strip_prefix("个月").or_else(|| rest[num_len..].strip_prefix('月'))?;
    let number = &rest[..num_len];
    let months = if number == "两" { Some(2) } else { chinese_small(number) }
        .filter(|m| (1..=12).contains(m))?;
    let len = s.len() - after.len();
    Some((len, Some(TimeExpr::new(len, Some(Part::Months(1, months))))))
}

/// `2022年`, `2022年全年`, `2022年度`.
fn year(s: &str) -> Option<(usize, Option<TimeExpr>)> {
    let b = s.as_bytes();
    if !(b.starts_with(b"19") || b.starts_with(b"20")) || digits(s) != 4 {
        return None;
    }
    year_ending(s, 4, s[..4].parse().ok())
}

/// The year whose digits take the first `digits` bytes of `s`, with its 年 and a 全年 or
/// 度 after it.
fn year_ending(s: &str, digits: usize, year: Option<i32>) -> Option<(usize, Option<TimeExpr>)> {
    let after = s[digits..].strip_prefix('年')?;
    let after = after.strip_prefix("全年").or_else(|| after.strip_prefix('度')).unwrap_or(after);
    let len = s.len() - after.len();
    Some((len, Some(TimeExpr { year, ..TimeExpr::new(len, None) })))
}

/// `二〇二三年`, `二零二三年度`: a year written digit by digit in Chinese numerals.
fn chinese_year(s: &str) -> Option<(usize, Option<TimeExpr>)> {
    const DIGITS: [char; 11] = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九', '零'];
    let mut year = 0;
    let mut len = 0;
    for c in s.chars().take(4) {
        let d = DIGITS.iter().position(|&x| x == c)? % 10;
        year = year * 10 + d as i32;
        len += c.len_utf8();
    }
    if !(1900..2100).contains(&year) {
        return None;
    }
    year_ending(s, len, Some(year))
}

/// A Chinese numeral of months, quarters and section numbers (一 … 十).
pub(crate) fn is_numeral(c: char) -> bool {
    matches!(c, '一' | '二' | '三' | '四' | '五' | '六' | '七' | '八' | '九' | '十')
}

/// `一季度`, `第1季度`, `四季度末`; ranges `一至三季度`, `一季度至三季度` (as months).
fn quarter(s: &str) -> Option<(usize, Option<TimeExpr>)> {
    fn numeral(s: &str) -> Option<(u8, &str)> {
        let s = s.strip_prefix('第').unwrap_or(s);
        let c = s.chars().next().filter(|c| matches!(c, '一' | '二' | '三' | '四' | '1'..='4'))?;
        Some((chinese_small(&s[..c.len_utf8()])?, &s[c.len_utf8()..]))
    }
    let (first, mut after) = numeral(s)?;
    let mut last = None;
    // 一至三季度: the range written before one 季度.
    if let Some((n, r)) = after.strip_prefix(is_range_sep).and_then(numeral) {
        if r.starts_with("季度") {
            (last, after) = (Some(n), r);
        }
    }
    after = after.strip_prefix("季度")?;
    // 一季度至三季度: each end a quarter.
    if last.is_none() {
        let to = after.strip_prefix(is_range_sep).and_then(numeral);
        if let Some((n, r)) = to.and_then(|(n, r)| Some((n, r.strip_prefix("季度")?))) {
            (last, after) = (Some(n), r);
        }
    }
    let after = after.strip_prefix('末').unwrap_or(after);
    let len = s.len() - after.len();
    let part = match last {
        Some(b) if b > first => Part::Months(first * 3 - 2, b * 3),
        _ => Part::Quarter(first),
    };
    Some((len, Some(TimeExpr::new(len, Some(part)))))
}

/// The quarters a range of them written in `text` holds (`一季度至四季度`, `一至三季度`), one
/// expression each at the range's span; none for any other time (前三季度 included).
pub(crate) fn quarters_of(text: &str, t: &TimeExpr) -> Vec<TimeExpr> {
    let written = text.get(t.span.start..t.span.end).unwrap_or_default();
    let Some(Part::Months(a, b)) = t.part else {
        return Vec::new();
    };
    if !written.contains("季度") || !written.contains(is_range_sep) || a % 3 != 1 || b % 3 != 0 {
        return Vec::new();
    }
    (a / 3 + 1..=b / 3).map(|q| TimeExpr { part: Some(Part::Quarter(q)), ..*t }).collect()
}

/// `3月`, `1-11月`, `3至5月份`, `1月25日`: one or two Arabic digits per number.
fn arabic_months(s: &str) -> Option<(usize, Option<TimeExpr>)> {
    let d1 = digits(s);
    if !(1..=2).contains(&d1) {
        return None;
    }
    let a: u8 = s[..d1].parse().unwrap_or(0);
    let mut b = a;
    let mut at = d1;
    if let Some(sep) = range_sep(&s[at..]) {
        let from = at + sep.len_utf8();
        let d2 = digits(&s[from..]);
        if !(1..=2).contains(&d2) {
            return None;
        }
        b = s[from..from + d2].parse().unwrap_or(0);
        at = from + d2;
    }
    at += s[at..].strip_prefix('月').map(|_| '月'.len_utf8())?;
    at += s[at..].strip_prefix('份').map_or(0, |_| '份'.len_utf8());
    let d3 = digits(&s[at..]);
    let is_date = (1..=2).contains(&d3) && s[at + d3..].starts_with(['日', '号']);
    if is_date {
        at += d3 + '日'.len_utf8();
    }
    // 4月29日至5月3日, 10月1日至7日: a short span of days (a holiday's, within one month or
    // two in a row) is a period of its months. (Longer ones stay dates unless they are whole
    // months, read where the times are collected.)
    let mut is_date = is_date;
    if is_date && a == b {
        if let Some((len, to)) = day_range_end(&s[at..]) {
            let to = to.unwrap_or(a);
            if to == a || to == a + 1 {
                (b, at, is_date) = (to, at + len, false);
            }
        }
    }
    let valid = (1..=12).contains(&a) && (a..=12).contains(&b);
    let part = Some(Part::Months(a, b));
    Some((at, valid.then_some(TimeExpr { is_date, ..TimeExpr::new(at, part) })))
}

/// `至5月3日`, `至7日` after a day: the length of the range's end and its month if written.
fn day_range_end(s: &str) -> Option<(usize, Option<u8>)> {
    let sep = range_sep(s)?;
    let mut at = sep.len_utf8();
    let mut month = None;
    let d = digits(&s[at..]);
    if !(1..=2).contains(&d) {
        return None;
    }
    if s[at + d..].starts_with('月') {
        month = s[at..at + d].parse().ok();
        at += d + '月'.len_utf8();
    }
    let d = digits(&s[at..]);
    if !(1..=2).contains(&d) || !s[at + d..].starts_with(['日', '号']) {
        return None;
    }
    Some((at + d + '日'.len_utf8(), month))
}

/// `十一月份`, `一至十一月份`: one to three Chinese numerals per number, and 月份.
fn chinese_months(s: &str) -> Option<(usize, Option<TimeExpr>)> {
    let numerals = |s: &str| {
        // Counting stops at four: a longer run reads as nothing here, and counting all of it
        // at every position of a long run would be quadratic.
        let n = s.chars().take(4).take_while(|&c| is_numeral(c)).count();
        // Three bytes per numeral.
        (1..=3).contains(&n).then_some(n * 3)
    };
    let n1 = numerals(s)?;
    let a = chinese_small(&s[..n1]).unwrap_or(0);
    let mut b = a;
    let mut at = n1;
    if let Some(sep) = range_sep(&s[at..]) {
        let rest = &s[at + sep.len_utf8()..];
        let n2 = numerals(rest)?;
        b = chinese_small(&rest[..n2]).unwrap_or(a);
        at += sep.len_utf8() + n2;
    }
    at += s[at..].strip_prefix("月份").map(|_| "月份".len())?;
    let valid = (1..=12).contains(&a) && (a..=12).contains(&b);
    let part = Some(Part::Months(a, b));
    Some((at, valid.then_some(TimeExpr::new(at, part))))
}

/// The number of ASCII digits `s` starts with.
fn digits(s: &str) -> usize {
    s.bytes().take_while(u8::is_ascii_digit).count()
}

/// Whether `c` joins the months of a range (1-11月, 1至11月): 至, 到 and every dash. A dash
/// the normalizer could not map, its digit after a line break (1— / 10月), is still one.
fn is_range_sep(c: char) -> bool {
    matches!(c, '至' | '到') || crate::normalize::is_range_dash(c)
}

/// The separator of a range opening `s`, if one does.
fn range_sep(s: &str) -> Option<char> {
    s.chars().next().filter(|&c| is_range_sep(c))
}

/// Whether what follows the digits opening a time expression may go on with one.
fn after_digits(s: &str) -> bool {
    s.starts_with(['年', '季', '月']) || s.starts_with(is_range_sep)
}

/// The time expressions of `text` one by one, leftmost first, each as it is written
/// (a year and the part after it are two), skipping months outside 1–12.
fn exprs(text: &str) -> impl Iterator<Item = TimeExpr> + '_ {
    let bytes = text.as_bytes();
    let mut at = 0;
    // The first anchor at or after some earlier `at`: while `at` has not passed it, it is
    // still the first one at or after `at`.
    let mut anchor: Option<usize> = None;
    std::iter::from_fn(move || {
        loop {
            let p = match anchor {
                Some(p) if at <= p => p,
                _ => {
                    // No expression starts more than ANCHOR_REACH bytes before the first
                    // anchor, so the scan resumes there (at a character boundary): what it
                    // skips holds no start, and no place the scan would stop or jump to.
                    let p = next_anchor(text, at)?;
                    let from = p.saturating_sub(ANCHOR_REACH).max(at);
                    at = (from..p).find(|&i| text.is_char_boundary(i)).unwrap_or(p);
                    *anchor.insert(p)
                }
            };
            // An expression starts before its anchor; the anchor itself opens none.
            at = next_opener(&bytes[..p], at);
            if at == p {
                at += ANCHOR_LEN;
                continue;
            }
            let &b = bytes.get(at)?;
            let opens = if b.is_ascii_digit() {
                // A form opening with digits has at most four and, after them, one of these:
                // skip a run that no form can read, and the digits that open none.
                let run = digits(&text[at..]);
                if !after_digits(&text[at + run..]) {
                    at += run;
                    continue;
                }
                if run > 4 {
                    at += run - 4;
                    continue;
                }
                true
            } else {
                text[at..].chars().next().is_some_and(may_open)
            };
            let found = if opens { expr_at(&text[at..]) } else { None };
            let Some((len, expr)) = found else {
                at += crate::normalize::utf8_len(b);
                continue;
            };
            let start = at;
            at += len;
            // 再上年产500兆瓦…, 新上年产8000吨…: 上 there is to launch (a project of a yearly
            // output), no 上年.
            let launch = text[start..].starts_with("上年产")
                && text[..start].ends_with(['再', '新', '又', '续', '拟', '将', '要']);
            if launch {
                continue;
            }
            if let Some(mut e) = expr {
                e.span = NSpan::new(start, start + len);
                return Some(e);
            }
        }
    })
}

/// The characters every time expression holds: 年, 季 or 月.
const ANCHORS: [&str; 3] = ["年", "季", "月"];

/// A SIMD search for [`ANCHORS`] where the machine has one (Teddy, from aho-corasick).
static ANCHOR_SEARCH: LazyLock<Option<packed::Searcher>> =
    LazyLock::new(|| packed::Searcher::new(ANCHORS));

/// Where the first anchor at or after `at` starts.
fn next_anchor(text: &str, at: usize) -> Option<usize> {
    match &*ANCHOR_SEARCH {
        Some(s) => s.find_in(text, Span::from(at..text.len())).map(|m| m.start()),
        None => text[at..].find(|c| ANCHORS.iter().any(|a| a.starts_with(c))).map(|i| at + i),
    }
}

/// How far into a time expression its first anchor can start, in bytes: three numerals, 至
/// and three numerals before 月 (`二十一至二十二月份`).
const ANCHOR_REACH: usize = 21;

/// The length of every anchor in UTF-8.
const ANCHOR_LEN: usize = 3;

/// The first offset from `at` (a character boundary) where a time expression may start: an
/// ASCII digit, or a three-byte character (every other form opens with one) whose code
/// point's low twelve bits are an opener's. A tight loop, as it runs up to every anchor.
fn next_opener(bytes: &[u8], mut at: usize) -> usize {
    while let Some(&b) = bytes.get(at) {
        match b {
            b'0'..=b'9' => return at,
            0xE0..0xF0 => {
                if let Some(&[b1, b2]) = bytes.get(at + 1..at + 3) {
                    if opener_bits(b1, b2) {
                        return at;
                    }
                }
                at += 3;
            }
            _ => at += crate::normalize::utf8_len(b),
        }
    }
    at
}

/// Whether the three-byte character ending with `b1`, `b2` may be an opener: its code point's
/// low twelve bits (the low six of each byte) are an opener's.
#[inline]
fn opener_bits(b1: u8, b2: u8) -> bool {
    OPENER_LOW_BITS.has_bytes(b1, b2)
}

/// Whether a time expression can start with `c`, the test before [`expr_at`].
#[inline]
fn may_open(c: char) -> bool {
    c.is_ascii_digit() || OPENERS.contains(&c)
}

/// The non-ASCII characters [`may_open`] accepts.
const OPENERS: [char; 21] = [
    '全', '第', '前', '首', '上', '下', '半', '去', '今', '明', '一', '二', '三', '四', '五', '六',
    '七', '八', '九', '十', '截',
];

/// The low twelve bits of the openers' code points: a three-byte character whose key is not
/// in the set opens nothing.
const OPENER_LOW_BITS: LowBits = {
    let mut bits = LowBits::EMPTY;
    let mut i = 0;
    while i < OPENERS.len() {
        bits = bits.with(OPENERS[i]);
        i += 1;
    }
    bits
};

/// The first time expression of `text` if it starts at 0 (`find(text).first()` at 0).
pub(crate) fn at_start(text: &str) -> Option<TimeExpr> {
    // Most texts open with no opener at all, which the bytes tell before any decoding.
    let may_open = match text.as_bytes() {
        [b'0'..=b'9', ..] => true,
        [0xE0..0xF0, b1, b2, ..] => opener_bits(*b1, *b2),
        _ => false,
    };
    if !may_open {
        return None;
    }
    let (_, first) = expr_at(text)?;
    let mut first = first?;
    let end = first.span.end;
    if let Some((_, Some(next))) = expr_at(&text[end..]) {
        join(&mut first, &next, end);
    }
    Some(first)
}

/// Whether `text` holds a time expression (`!find(text).is_empty()`).
pub(crate) fn occurs_in(text: &str) -> bool {
    exprs(text).next().is_some()
}

/// All time expressions in `text`, a year joined with the part that follows it
/// (`2022年1-11月`).
pub(crate) fn find(text: &str) -> Vec<TimeExpr> {
    let mut out: Vec<TimeExpr> = Vec::new();
    for expr in exprs(text) {
        if !out.last_mut().is_some_and(|last| join(last, &expr, expr.span.start)) {
            out.push(expr);
        }
        // (After the join: the second date may be a year and its part.)
        if let [.., first, last] = &mut out[..] {
            if span_months(text, first, last) {
                out.pop();
            }
        }
    }
    // 截至2019年6月30日: a balance at a day of a stated year stands at that month (the
    // linker dates its sentence and the stocks after it so, as at 截至6月末); a day alone,
    // 截至1月25日, stays a date.
    for t in out.iter_mut().filter(|t| t.is_date) {
        if balance_day(text, t) {
            t.is_date = false;
        }
    }
    // 2024年元旦假期, 2023年国庆假期: a year opening a holiday of a fixed month reports that
    // month (春节, 端午 and 中秋 move between months and keep the year).
    // (今年国庆假期, 去年“五一”假期: so does a year counted from the text's.)
    let of_year = |t: &TimeExpr| t.year.is_some() || t.relative.is_some();
    for t in out.iter_mut().filter(|t| of_year(t) && t.part.is_none() && !t.is_date) {
        // (2024年“五一”假期: the holiday's name may stand in quotes.)
        let after = text[t.span.end..].trim_start_matches(['“', '"', '「', '‘']);
        if let Some(&(_, m)) = FIXED_HOLIDAYS.iter().find(|(h, _)| after.starts_with(h)) {
            t.part = Some(Part::Months(m, m));
        }
    }
    out
}

/// Holidays that fall in one month every year, with that month.
pub(crate) const FIXED_HOLIDAYS: [(&str, u8); 5] =
    [("元旦", 1), ("清明", 4), ("五一", 5), ("劳动节", 5), ("国庆", 10)];

/// Whether `t` is a day after 截至 (截至2019年6月30日), not the year's last: when a
/// balance stands.
pub(crate) fn balance_day(text: &str, t: &TimeExpr) -> bool {
    let head = text[..t.span.start].trim_end();
    let written = &text[t.span.start..t.span.end];
    // (截至2019年12月31日: the year's end, which the year itself names.)
    t.year.is_some()
        && written.ends_with(['日', '号'])
        && !written.trim_end_matches(['日', '号']).ends_with("12月31")
        && up_to_date(head)
}

/// Joins two dates into the months they span when they run from a month's first day to
/// another's last (`2021年1月1日至2021年6月30日`: 2021-01/2021-06, a reporting period, no
/// date); says whether it did.
fn span_months(text: &str, first: &mut TimeExpr, last: &TimeExpr) -> bool {
    let (Some(Part::Months(a, _)), Some(Part::Months(b, _))) = (first.part, last.part) else {
        return false;
    };
    let between = &text[first.span.end..last.span.start];
    let day = |t: &TimeExpr| {
        let s = text[t.span.start..t.span.end].trim_end_matches(['日', '号']);
        let d = s.len() - s.trim_end_matches(|c: char| c.is_ascii_digit()).len();
        s[s.len() - d..].parse::<u8>().ok()
    };
    let month_end = |m: u8, d: u8| match m {
        2 => d >= 28,
        4 | 6 | 9 | 11 => d == 30,
        _ => d == 31,
    };
    let joins = first.is_date
        && last.is_date
        && between.strip_prefix(is_range_sep).is_some_and(str::is_empty)
        && last.year.is_none_or(|y| first.year == Some(y))
        && a <= b
        && day(first) == Some(1)
        && day(last).is_some_and(|d| month_end(b, d));
    if joins {
        first.span.end = last.span.end;
        first.part = Some(Part::Months(a, b));
        first.is_date = false;
    }
    joins
}

/// Joins `next`, starting at `at`, into `last` when it is the part right after a bare year
/// (`2022年` + `1-11月`); says whether it did.
fn join(last: &mut TimeExpr, next: &TimeExpr, at: usize) -> bool {
    let joins =
        last.span.end == at && last.part.is_none() && next.year.is_none() && !next.full_year;
    if joins {
        last.span.end = at + next.span.len();
        last.part = next.part;
        last.is_date = next.is_date;
    }
    joins
}

fn chinese_small(s: &str) -> Option<u8> {
    if let Ok(n) = s.parse::<u8>() {
        return Some(n);
    }
    let digit = |c: char| "一二三四五六七八九".find(c).map(|i| (i / 3 + 1) as u8);
    let mut chars = s.chars();
    match [chars.next(), chars.next(), chars.next(), chars.next()] {
        [Some('十'), None, ..] => Some(10),
        [Some(c), None, ..] => digit(c),
        [Some('十'), Some(c), None, _] => digit(c).map(|d| 10 + d),
        [Some(c), Some('十'), None, _] => digit(c).map(|d| d * 10),
        [Some(a), Some('十'), Some(b), None] => Some(digit(a)? * 10 + digit(b)?),
        _ => None,
    }
}

/// The words of a weekday (星期五, 礼拜天, 周一): one of these and one of [`WEEKDAY_DAYS`].
const WEEKDAY_WORDS: [&str; 3] = ["星期", "礼拜", "周"];
const WEEKDAY_DAYS: [char; 8] = ['一', '二', '三', '四', '五', '六', '日', '天'];
const BLANKS: [char; 3] = [' ', '\t', '\u{3000}'];

/// `after` past the blanks and a weekday opening it (` 星期五`, `周一`): what follows a
/// page's date (2023年10月27日 星期五).
pub(crate) fn past_weekday(after: &str) -> &str {
    let rest = after.trim_start_matches(BLANKS);
    let day = WEEKDAY_WORDS
        .iter()
        .find_map(|w| rest.strip_prefix(w))
        .and_then(|r| r.strip_prefix(WEEKDAY_DAYS));
    day.map_or(rest, |r| r.trim_start_matches(BLANKS))
}

/// `line` without the blanks and a weekday closing it (`2023年10月27日 星期五`): the date.
pub(crate) fn before_weekday(line: &str) -> &str {
    let line = line.trim_end_matches(BLANKS);
    let day = line
        .strip_suffix(WEEKDAY_DAYS)
        .and_then(|h| WEEKDAY_WORDS.iter().find_map(|w| h.strip_suffix(w)));
    day.map_or(line, |h| h.trim_end_matches(BLANKS))
}

/// Whether `before` ends in the words of a stock's date (截至, 截止, 截止到, 截止至): up to
/// it, neither aiming at it nor comparing with it.
pub(crate) fn up_to_date(before: &str) -> bool {
    ["截至", "截止", "截止到", "截止至"].iter().any(|w| before.ends_with(w))
}

/// Words right before a time expression that make it a comparison, not a setter.
pub(crate) fn is_comparison(before: &str) -> bool {
    // 截至2024年末 dates a balance (截至上年末 still compares).
    if up_to_date(before) {
        return false;
    }
    // 到2030年，全市…: 到/至 opening a clause sets a deadline, the year the figures are for,
    // also after a target word (力争到2027年).
    if let Some(head) = before.strip_suffix('到').or_else(|| before.strip_suffix('至')) {
        let head = head.trim_end_matches([' ', '\u{3000}']);
        // (甘州区将力争到2020年: after a target word, whatever opens the clause.)
        let aims = ["力争", "争取", "计划", "预计", "确保", "目标", "目标是", "有望", "将"];
        // (…满负荷运转。”到2025年: a quotation closed before it.)
        let closed = ['\n', '，', '。', '；', '：', '！', '？', '”', '」'];
        if head.is_empty() || head.ends_with(closed) || aims.iter().any(|w| head.ends_with(w)) {
            return false;
        }
        // (2022年，全区到2025年培育…: so does 到 after a region's scope opening the clause.)
        let clause = head.rsplit(closed).next().unwrap_or(head);
        let scope = clause.chars().count() == 2
            && clause.starts_with(['全', '我'])
            && clause.ends_with(['省', '市', '县', '区', '州', '旗', '镇', '乡']);
        if scope {
            return false;
        }
    }
    // 对于2020年，…: the year a statement is about (its 于 compares nothing).
    // (目标是2025年实现…, 任务为2025年…: nor does the 是 linking an aim to the year it is
    // set for.)
    let aim_of = || ["是", "为"].iter().any(|l| before.strip_suffix(l).is_some_and(names_aim));
    if before.ends_with("对于") || before.ends_with("关于") || aim_of() {
        return false;
    }
    // 一、2024年工作回顾: a section number at a line start, not a list of years.
    if let Some(head) = before.strip_suffix('、') {
        let numerals = head.chars().rev().take_while(|&c| is_numeral(c)).count();
        let line_start = head.chars().rev().nth(numerals).is_none_or(|c| c == '\n');
        if (1..=3).contains(&numerals) && line_start {
            return false;
        }
        // …开工率达到50%、全年履约率达到80%: after a figure's unit, 、 parts two clauses of
        // figures, and the time after it opens the second (2019、2020年 and 一季度、全年 list
        // times).
        // (Its item is read in the 20 characters before it: `before` is the whole text.)
        let near =
            &head[crate::span::ceil_char_boundary(head, head.len().saturating_sub(20 * 3))..];
        let item = near.rsplit(is_clause_end).next().unwrap_or(near);
        let unit_end = item
            .chars()
            .next_back()
            .is_some_and(|c| !c.is_ascii_digit() && !is_numeral(c) && !"年月度日旬季".contains(c));
        if unit_end && item.contains(|c: char| c.is_ascii_digit()) {
            return false;
        }
    }
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
        // 由2020年的25万吨提高到30万吨: the year of the starting level only.
        "由",
        "截至上",
        "是",
        "相当于",
        // 超过去年全年开行总量: a level passed or compared with.
        "超过",
        "高于",
        "低于",
        "快于",
        "好于",
    ]
    .iter()
    .any(|w| before.ends_with(w))
}

/// Whether `head` ends in the noun of an aim (目标, 任务), which 是 or 为 after it links to
/// the time it is set for (目标是2025年实现营收…): that time is aimed at, no base.
pub(crate) fn names_aim(head: &str) -> bool {
    ["目标", "任务"].iter().any(|n| head.ends_with(n))
}

/// Whether a time between `before` and `after` is the base of a ratio to the same part of
/// its year (为2019年同期的1.4倍, 是上年同期的85%): a level compared with, not the time
/// the figure is of. (恢复到…同期的 is read by its own rule, as a base older than 同比's.)
pub(crate) fn ratio_base(before: &str, after: &str) -> bool {
    after.starts_with("同期的")
        && ["为", "是", "相当于", "达到", "达"].iter().any(|w| before.ends_with(w))
}

/// A clause's end, or the colon before the figures a lead-in announces.
fn is_clause_end(c: char) -> bool {
    matches!(c, '，' | ',' | '。' | '；' | '：' | ':' | '！' | '？' | '\n')
}

/// Whether an article that first states a year's results in full at `first` (2024年，…)
/// shows it is written in a later year: a year's results are known only after it ends, so
/// a part of 今年 or its targets after them (…。今年1—2月，…, 今年力争…) or a January or
/// February date before them
/// (本报讯 1月8日，…2017年…) is of the next year.
pub(crate) fn written_after(text: &str, times: &[TimeExpr], first: usize) -> bool {
    let early_date = |t: &TimeExpr| {
        t.is_date && t.year.is_none() && matches!(t.part, Some(Part::Months(1 | 2, _)))
    };
    // (新华社郑州1月18日电 under a headline that names the year: an agency's dateline is the
    // day the article is written, wherever the headline put the year.)
    // (1月8日，记者从…获悉 opening the line after a headline that names the year: so is a
    // date opening the article's first paragraph, before the first sentence ends, which is
    // found once rather than looked for from each date.)
    let first_stop = text[first..].find(['。', '！', '？']).map_or(text.len(), |i| first + i);
    let dateline = |t: &TimeExpr| {
        text[t.span.end..].starts_with('电')
            || text[..t.span.start].ends_with('\n')
                && t.span.start > first
                && t.span.start < first_stop
    };
    // (2024年，全市今年一季度…: 今年 in the year's own sentence is that year. 2024年…。截至9月
    // 底，…今年以来…: a cutoff inside the year shows it still running.)
    // (Both found once: asked for every part of 今年, they would make a long text quadratic.)
    let sentence_end =
        text[first..].find(['。', '！', '？', '\n']).map_or(text.len(), |i| first + i);
    let cutoff = times
        .iter()
        .filter(|c| {
            c.span.start >= first
                && !c.is_date
                && c.year.is_none()
                && c.relative.is_none()
                && matches!(c.part, Some(Part::Months(_, b)) if b < 12)
                && up_to_date(text[..c.span.start].trim_end())
        })
        .map(|c| c.span.start)
        .min();
    let still_running =
        |t: &TimeExpr| t.span.start < sentence_end || cutoff.is_some_and(|c| c < t.span.start);
    // (2023年全年，…。今年力争…: a target set for 今年 after the year's results in full is
    // the next year's.)
    // (今年全市经济社会发展的主要预期目标是：…: so is 今年 opening the clause that states
    // its targets.)
    let aims = |t: &TimeExpr| {
        let after = text[t.span.end..].trim_start_matches(['，', ',']);
        // (A window of 20 characters, cut on a character boundary.)
        let near = &after[..crate::span::ceil_char_boundary(after, 20 * 3)];
        let clause = &near[..near.find(is_clause_end).unwrap_or(near.len())];
        ["力争", "计划", "确保", "争取"].iter().any(|w| after.starts_with(w))
            || clause.contains("目标")
    };
    // (江西去年完成公路水路投资超千亿元 / 2024年全省完成…: 去年 in a headline above the
    // year's results in full is that year, the headline written in the next. A page dump
    // may have joined the headline's line to the first sentence: no sentence ends before.)
    let opening = !text[..first].contains(['。', '！', '？']);
    let headline =
        |t: &TimeExpr| opening && t.relative == Some(-1) && !t.is_date && t.span.start < first;
    times.iter().any(|t| {
        let this_year = t.relative == Some(0) && !t.is_date && (t.part.is_some() || aims(t));
        (this_year && t.span.start > first && !still_running(t))
            || (early_date(t) && (t.span.start < first || dateline(t)))
            || headline(t)
    })
}

/// The year and month of the first date written in figures (2023-11-20, 2023/11/20), as a
/// byline gives the day an article was published; the time scan reads Chinese dates only.
pub(crate) fn numeric_date(text: &str) -> Option<(i32, u8)> {
    static DATE: LazyLock<regex::Regex> = LazyLock::new(|| {
        regex::Regex::new(
            r"(?:^|[^0-9./-])((?:19|20)[0-9]{2})([-/])([0-9]{1,2})([-/])[0-9]{1,2}(?:[^0-9./-]|$)",
        )
        .expect("the date pattern is valid")
    });
    DATE.captures_iter(text).find_map(|c| {
        let year = c[1].parse().ok()?;
        let month: u8 = c[3].parse().ok()?;
        (c[2] == c[4] && (1..=12).contains(&month)).then_some((year, month))
    })
}

/// The period state carried through a document.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct PeriodState {
    pub year: Option<i32>,
    pub part: Option<Part>,
    /// The year used when the text sets a part but never a year: the latest year the
    /// article reports on, comparisons and targets aside ("A year that the article only
    /// implies may be filled from context").
    pub default_year: Option<i32>,
    /// Whether `year` was counted back from another (去年 of the year reported on): 全年
    /// after it is the year reported on again. (After 明年, a plan's year, 全年 is that
    /// year's: 计划明年…，力争全年….)
    pub relative_year: bool,
    /// Whether `year` was counted forward from the year reported on (明年, or 今年 in an
    /// article written after it): a plan's year, for its paragraph only.
    pub ahead: bool,
    /// The year the article is written in, where it shows it is later than the year it
    /// reports on (see [`written_after`]): 今年 and 去年 count from it.
    pub current_year: Option<i32>,
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
            self.relative_year = false;
            self.ahead = false;
        } else if let Some(offset) = t.relative {
            // (2024年1—9月…。今年以来，…: the year to date of the year in force is the
            // running part of it, which stays.)
            // (截至8月底，…；今年以来…: after a month alone, the months up to its end.)
            if t.to_date && self.year.or(self.default_year) == self.reference_year() {
                // (…第四季度…仪式。今年以来…: after a quarter or a half, the months up to its
                // end; the whole year after the last.)
                match self.part.filter(|_| t.part.is_none()) {
                    Some(Part::Months(a, b)) if a == b && b > 1 => {
                        self.part = Some(Part::Months(1, b));
                    }
                    Some(Part::Quarter(4) | Part::Half(2)) => self.part = None,
                    Some(Part::Quarter(q)) if q > 1 => self.part = Some(Part::Months(1, q * 3)),
                    _ => {}
                }
                return;
            }
            // (上年 after a stated year counts from it, even in an article written later.)
            let stated = self.year.filter(|_| t.before_stated && !self.relative_year);
            let before = (self.year, self.relative_year || self.ahead);
            self.year = stated.or(self.reference_year()).map(|y| y + offset);
            self.part = t.part;
            self.relative_year = offset < 0;
            // (二、2025年工作安排 / 今年…: 今年 naming the year a stated year set already
            // dates what that year dated, past its paragraph.)
            let same_as_stated = before == (self.year, false);
            self.ahead =
                !same_as_stated && self.year.zip(self.default_year).is_some_and(|(y, d)| y > d);
        } else if t.part.is_some() || t.full_year {
            if t.full_year && self.relative_year && self.default_year.is_some() {
                self.year = self.default_year;
                self.relative_year = false;
            }
            self.part = t.part;
        }
    }

    /// The year 去年 and 今年 count from: the year the article is written in where it shows
    /// it, else the latest it reports on, failing that the one set last.
    pub(crate) fn reference_year(&self) -> Option<i32> {
        self.current_year.or(self.default_year).or(self.year)
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
    fn relative_years_count_from_the_year_reported_on() {
        let year = |s: &str| Some(String::from(s));
        // No year to count from: nothing.
        assert_eq!(render("去年"), vec![None]);
        assert_eq!(render("2024年，去年一季度"), vec![year("2024"), year("2023-Q1")]);
        let mut st = PeriodState { default_year: Some(2026), ..PeriodState::default() };
        let texts: Vec<_> = ["去年", "今年上半年", "上年末"]
            .iter()
            .map(|t| {
                st.apply(&find(t)[0]);
                st.render()
            })
            .collect();
        assert_eq!(texts, vec![year("2025"), year("2026-H1"), year("2025")]);
    }

    #[test]
    fn periods() {
        assert_eq!(render("2022年"), vec![Some("2022".into())]);
        assert_eq!(render("2022年1-11月"), vec![Some("2022-01/2022-11".into())]);
        assert_eq!(render("2023年，一季度"), vec![Some("2023".into()), Some("2023-Q1".into())]);
        assert_eq!(render("上半年"), vec![None]);
        assert_eq!(render("2021年前三季度"), vec![Some("2021-01/2021-09".into())]);
        // A range of quarters is their months; a backward one is its first quarter.
        assert_eq!(render("2024年一至三季度"), vec![Some("2024-01/2024-09".into())]);
        assert_eq!(render("2024年一季度至三季度"), vec![Some("2024-01/2024-09".into())]);
        assert_eq!(render("2024年第二季度到第三季度"), vec![Some("2024-04/2024-09".into())]);
        assert_eq!(render("2024年1-2季度"), vec![Some("2024-01/2024-06".into())]);
        assert_eq!(render("2024年三至一季度"), vec![Some("2024-Q3".into())]);
        // Listed one by one for 分别; no span of months is a list.
        let quarters = |s: &str| find(s).first().map_or(0, |t| quarters_of(s, t).len());
        assert_eq!(quarters("一季度至四季度"), 4);
        assert_eq!((quarters("2024年二至三季度"), quarters("前三季度")), (2, 0));
        assert_eq!((quarters("1—9月"), quarters("三季度")), (0, 0));
        // A span of days is a period of its months; one day is a date.
        assert_eq!(render("2023年4月29日至5月3日"), vec![Some("2023-04/2023-05".into())]);
        assert_eq!(render("2023年10月1日至7日"), vec![Some("2023-10".into())]);
        assert!(find("1月25日")[0].is_date);
        assert_eq!(render("2025年前10个月"), vec![Some("2025-01/2025-10".into())]);
        assert_eq!(render("2025年前五个月"), vec![Some("2025-01/2025-05".into())]);
        assert_eq!(render("2025年前两个月"), vec![Some("2025-01/2025-02".into())]);
        assert_eq!(render("2025年前两季度"), vec![Some("2025-01/2025-06".into())]);
        assert_eq!(render("2023年前10月"), vec![Some("2023-01/2023-10".into())]);
        assert_eq!(render("2017年3月末"), vec![Some("2017-03".into())]);
        assert_eq!(chinese_small("十一"), Some(11));
    }

    /// The scanner's edges: where an expression starts inside a longer run, what it swallows
    /// and skips, and which form wins where two could start.
    #[test]
    fn scanner_edges() {
        let spans = |text: &str| {
            find(text).iter().map(|t| t.span.slice(text).to_string()).collect::<Vec<_>>()
        };
        // A year inside a longer digit run starts at its last four digits.
        assert_eq!(spans("12023年"), ["2023年"]);
        assert_eq!(find("12023年")[0].year, Some(2023));
        // Months outside 1–12 are consumed and skipped, not re-read from inside.
        assert_eq!(spans("13月"), Vec::<String>::new());
        assert_eq!(spans("1-13月，3月"), ["3月"]);
        assert_eq!(spans("十三月份"), Vec::<String>::new());
        // Three digits before 月: only the last two can be a month.
        assert_eq!(spans("112月"), ["12月"]);
        assert_eq!(spans("第五季度"), Vec::<String>::new());
        assert_eq!(spans("第四季度末"), ["第四季度末"]);
        assert_eq!(find("1季度")[0].part, Some(Part::Quarter(1)));
        assert_eq!(find("一至十一月份")[0].part, Some(Part::Months(1, 11)));
        let half = find("报告期：2021年1月1日至2021年6月30日\n");
        assert_eq!(
            (half.len(), half[0].part, half[0].is_date),
            (1, Some(Part::Months(1, 6)), false)
        );
        assert_eq!(find("2021年1月1日至6月30日")[0].part, Some(Part::Months(1, 6)));
        // Days that are no month's first and last stay dates.
        assert_eq!(find("2021年1月5日至6月30日").len(), 2);
        assert_eq!(find("2021年1月1日至6月29日").len(), 2);
        assert_eq!(spans("首季度"), ["首季度"]);
        assert_eq!(spans("2022年度"), ["2022年度"]);
        let date = find("2022年1月25日");
        assert_eq!((date.len(), date[0].is_date, date[0].year), (1, true, Some(2022)));
        assert!(find("全年")[0].full_year);
        assert!(at_start("其中2022年").is_none());
        assert_eq!(at_start("2022年一季度全市").map(|t| t.span.len()), Some("2022年一季度".len()));
        assert!(occurs_in("比上半年") && !occurs_in("上半场"));
    }

    /// The scan without anchors: every place from the start.
    fn exprs_everywhere(text: &str) -> Vec<TimeExpr> {
        let mut out = Vec::new();
        let mut at = 0;
        while at < text.len() {
            let run = digits(&text[at..]);
            if run > 0 && !after_digits(&text[at + run..]) {
                at += run;
                continue;
            }
            if run > 4 {
                at += run - 4;
                continue;
            }
            match expr_at(&text[at..]) {
                Some((len, expr)) => {
                    if let Some(mut e) = expr {
                        e.span = NSpan::new(at, at + len);
                        out.push(e);
                    }
                    at += len;
                }
                None => at += text[at..].chars().next().map_or(1, char::len_utf8),
            }
        }
        out
    }

    #[test]
    fn anchored_scan_is_the_plain_scan() {
        assert!(
            ANCHORS
                .iter()
                .all(|a| a.len() == ANCHOR_LEN && !may_open(a.chars().next().unwrap_or('0')))
        );
        let reach = "一二三至一二三月".len() - "月".len();
        assert_eq!(ANCHOR_REACH, reach);
        // Pieces of every form, run into each other.
        let pieces: Vec<&str> = "2022 1 12 123 年 季度 末 月 份 日 号 一 十一 二十一 三 十三 至 - 到 第 前 首 季 上 下 半 全 ， x"
            .split(' ')
            .collect();
        // The longest reaches, after fillers: 一十一 is 11.
        for text in ["一十一至一十二月份", "12至12月", "前三季度", "第四季度末", "2022年全年"]
        {
            for filler in ["", "x", "1", "一", "至", "12", "月"] {
                let text = format!("{filler}{text}");
                assert_eq!(exprs(&text).collect::<Vec<_>>(), exprs_everywhere(&text), "{text}");
            }
        }
        for text in crate::words::random_texts(&pieces, 0x2545_f491, 20_000, 24) {
            let got: Vec<TimeExpr> = exprs(&text).collect();
            assert_eq!(got, exprs_everywhere(&text), "{text}");
        }
    }

    #[test]
    fn opener_bits_keep_every_opener() {
        assert!(OPENERS.iter().all(|&c| may_open(c) && c.len_utf8() == 3));
        let openers = (0x800..0x10000).filter_map(char::from_u32).filter(|&c| may_open(c));
        assert_eq!(openers.count(), OPENERS.len());
    }
}
