//! Stage 3: quantities — every number with its unit, qualifiers and normalized value.
//!
//! A reader ([`cores`]) finds number cores (Arabic digits, Chinese numerals,
//! `百分之`/`千分之`, `N分之M`); hand-written code then reads what is attached to each core:
//! magnitudes (`万 亿 千万`), `多`/`余`, the unit (longest match in `src/data/units.tsv`), a
//! compound (`/年`, `/吨`), a range (`6亿元至8亿元`, `3-5万吨`) and qualifier words before
//! and after. A core becomes a quantity only with evidence that it is one: a unit, a percent
//! form, or a magnitude.
//!
//! Not quantities: years, dates and periods (`2022年`, `1-7月`, `一季度`), ordinals (`第一`),
//! names and slogans (`党的二十大`, `“六稳”`, `十四五`), list numbering (`（一）`, `1．`),
//! idioms (`一元复始`, `一把手`) and Chinese-numeral counts below ten, which in prose are the
//! article-like "a/two/three" (`四项基本原则`, `三个千亿级产业集群`) — unless a verb of a flow
//! or the noun they count comes before them (`新增两家上市公司`, `龙头企业两家。`).
//!
//! Values "as written": a number keeps its closing magnitude in the unit (`2318.6亿元` →
//! 2318.6 / `亿元`, `一千五百亿元` → 1500 / `亿元`); a Chinese numeral with a magnitude inside is
//! read whole (`五亿六千万元` → 5.6e8 / `元`).

mod cores;
mod elided;
pub(crate) mod number;
pub(crate) mod qualifier;
pub(crate) mod range;
mod ratio;
mod table;
pub(crate) use table::{column_metric, flat_row_label, is_unit_cell, unit_gloss, year_header};
pub(crate) mod unit;

use crate::report::{NormalizedUnit, Qualifier};
use crate::span::NSpan;
use crate::words::Words;
use aho_corasick::{Span, packed};
use number::{parse_arabic, parse_chinese};
pub(crate) use qualifier::QUALIFIERS;
use std::sync::LazyLock;
use unit::{UNITS, UnitClass, UnitDef};

/// A quantity in the normalized text.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct RawQuantity {
    /// Number, unit and attached qualifier words.
    pub span: NSpan,
    /// Number and unit only.
    pub core: NSpan,
    pub value: f64,
    pub value_max: Option<f64>,
    pub unit: String,
    pub normalized: f64,
    pub normalized_max: Option<f64>,
    pub normalized_unit: NormalizedUnit,
    pub class: UnitClass,
    pub qualifiers: Vec<Qualifier>,
    /// A rate of output: per year (`8万吨/年`, `每年500万吨`) or per day (`4800吨/日`).
    pub rate: bool,
    /// No unit, only a magnitude (`突破60亿`): the indicator stage may read it as money.
    pub bare_magnitude: bool,
    /// A change by its column's header (a table's 同比 column), whatever its sign.
    pub change: bool,
    /// The year heading the table column the figure stands in (`指标 单位 2023年 2022年`).
    pub column_year: Option<i32>,
}

impl RawQuantity {
    /// Whether the unit is a compound per month or day (`4万片/月`, `3万人次/天`): a capacity
    /// where a capacity word names it.
    pub(crate) fn per_month_or_day(&self) -> bool {
        ["/月", "/日", "/天"].iter().any(|p| self.unit.ends_with(p))
    }
}

/// Parses a whole string as one number: Arabic (`2,318.6`, `２３．６`, `1.4万`, `1万2千`),
/// Chinese (`一千五百亿`, `三亿零五百万`, `九点五`), 大写 (`壹仟贰佰`), traditional
/// (`七十八萬`), with a sign (`-3.5`, `负三十二`), spaces inside (`一百 五 十 二`), and the
/// approximate forms `一千多万`, `十余万`, `一百零几万` read as their lower bound. Fractions
/// (`三分之一`, `3/5`, `三百五十又三分之一`, `1 3/5`) and the notations of tables and
/// spreadsheets (`2e5`, `.5`, `40k`, `2.5M`, `2^5`) are read too. A lone magnitude (`万`,
/// `亿`) is a word, not a number. None unless the whole string is one number.
///
/// ```
/// assert_eq!(jingji::parse_number("一千五百亿"), Some(1.5e11));
/// assert_eq!(jingji::parse_number("2,318.6"), Some(2318.6));
/// assert_eq!(jingji::parse_number("壹仟贰佰"), Some(1200.0));
/// assert_eq!(jingji::parse_number("一千多万"), Some(1e7));
/// assert_eq!(jingji::parse_number("一万零十二"), Some(10012.0));
/// assert_eq!(jingji::parse_number("四分之一"), Some(0.25));
/// assert_eq!(jingji::parse_number("党的二十大"), None);
/// assert_eq!(jingji::parse_number("万"), None);
/// ```
pub fn parse_number(s: &str) -> Option<f64> {
    // `1 3/5` is a mixed fraction (normalization would join its digits); elsewhere spaces
    // are only layout (一百 五 十 二).
    let ascii: String = s.trim().chars().map(fold_width).collect();
    if let Some(v) = number::parse_mixed_fraction(&ascii) {
        return Some(v);
    }
    let normalized = crate::normalize::normalize(s).text;
    let folded: String = normalized.chars().filter(|c| !c.is_whitespace()).collect();
    if folded.chars().all(|c| "万亿".contains(c)) {
        return None;
    }
    if let Some(v) = number::parse_notation(&folded) {
        return Some(v);
    }
    read_whole(&folded).or_else(|| {
        // 三百五十又三分之一: a whole number and a fraction.
        let (whole, frac) = folded.split_once('又')?;
        let (w, f) = (read_whole(whole)?, read_fraction(frac)?);
        Some(mixed_number(whole, w, f))
    })
}

/// Reads an ordinal, `第` and a whole number: `第三` → 3, `第２５０` → 250, `第3万` → 30000.
/// Ordinals rank and label (排名第三, 第十四届); they are never quantities in a report.
///
/// ```
/// assert_eq!(jingji::parse_ordinal("第二百五十"), Some(250));
/// assert_eq!(jingji::parse_ordinal("第3万"), Some(30000));
/// assert_eq!(jingji::parse_ordinal("第1.5"), None);
/// assert_eq!(jingji::parse_ordinal("三"), None);
/// ```
pub fn parse_ordinal(s: &str) -> Option<u64> {
    let v = parse_number(s.trim().strip_prefix('第')?)?;
    // Exact below 2^53; an ordinal is a whole, non-negative number.
    (v >= 0.0 && v.fract() == 0.0 && v < 9e15).then_some(v as u64)
}

/// Full-width ASCII forms (`３`, `／`) as ASCII.
fn fold_width(c: char) -> char {
    match c {
        '！'..='～' => char::from_u32(u32::from(c) - 0xFEE0).unwrap_or(c),
        _ => c,
    }
}

/// A number without 又: plain, approximate (一千多万) or a fraction (负3分之负157).
fn read_whole(s: &str) -> Option<f64> {
    if let Some(v) = number::parse_number(s) {
        return Some(v);
    }
    // 一千多万, 十余万, 二十几万, 一百零几万: the lower bound.
    let plain: String = s.replace("零几", "").chars().filter(|c| !"多余几".contains(*c)).collect();
    if plain.len() < s.len() {
        if let Some(v) = number::parse_number(&plain) {
            return Some(v);
        }
    }
    whole_number(s).or_else(|| read_fraction(s))
}

/// A whole number and a fraction (三百五十又三分之一): the fraction takes the whole's sign,
/// also when the whole is zero (负零又二分之一). `written` starts with the whole as written.
fn mixed_number(written: &str, whole: f64, fraction: f64) -> f64 {
    if whole < 0.0 || written.starts_with(['负', '-']) {
        whole - fraction
    } else {
        whole + fraction
    }
}

/// `N分之M` = M / N, either part signed.
fn read_fraction(s: &str) -> Option<f64> {
    let (den, num) = s.split_once("分之")?;
    let (d, n) = (read_whole(den)?, read_whole(num)?);
    (d != 0.0).then(|| n / d)
}

/// A number as the quantity reader reads it (5万4千6百, 二百三十余万), if it is all of `s`.
fn whole_number(s: &str) -> Option<f64> {
    let c = cores::at(s, 0)?;
    if c.pct.is_some() || c.frac.is_some() {
        return None;
    }
    let n = read_number(s, c.num.start, c.num.end)?;
    (n.end == s.len()).then_some(n.value * n.magnitude)
}

/// Discount words without a numeral: 打对折, 半折 (half price), 半成 (5%), and the share
/// 一半 (half); value in percent. Only 一半 overlaps another (一半成本: its 半 opens 半成), and
/// 半成 after 一 is never half a tenth, so every occurrence that counts is a match. All are
/// [`DISCOUNT_LEN`] bytes long.
const DISCOUNT_WORDS: [(&str, f64); 5] =
    [("对折", 50.0), ("對折", 50.0), ("半折", 50.0), ("半成", 5.0), ("一半", 50.0)];

const DISCOUNT_LEN: usize = 6;

/// Horspool skip table for the discount words: for each byte, how far a window ending in it
/// may move without passing over a word (the distance from the byte's last position in the
/// first five bytes of some word to the word's end; the whole length if it is in none).
/// A window ending in a byte that is in no word moves the whole six bytes; Chinese text
/// shares many bytes with the words, so the steps there are shorter.
static DISCOUNT_SKIP: [u8; 256] = {
    let mut skip = [DISCOUNT_LEN as u8; 256];
    let mut w = 0;
    while w < DISCOUNT_WORDS.len() {
        let word = DISCOUNT_WORDS[w].0.as_bytes();
        assert!(word.len() == DISCOUNT_LEN);
        let mut i = 0;
        while i + 1 < DISCOUNT_LEN {
            let s = (DISCOUNT_LEN - 1 - i) as u8;
            if s < skip[word[i] as usize] {
                skip[word[i] as usize] = s;
            }
            i += 1;
        }
        w += 1;
    }
    skip
};

/// [`DISCOUNT_WORDS`] searched with aho-corasick's Teddy (SIMD) where the machine has it:
/// cheaper still than the Horspool search, whose steps are short in Chinese text.
static DISCOUNT_SEARCH: LazyLock<Option<packed::Searcher>> =
    LazyLock::new(|| packed::Searcher::new(DISCOUNT_WORDS.map(|(w, _)| w)));

/// Every discount word in `text`, in order: its span, the word and its value (Teddy or a
/// Horspool search, far cheaper than a multi-word automaton over the whole text).
fn discounts(text: &str) -> impl Iterator<Item = (NSpan, &'static str, f64)> + '_ {
    discounts_by(text, DISCOUNT_SEARCH.as_ref())
}

/// [`discounts`] with Teddy, or with the Horspool search when there is none.
fn discounts_by<'t>(
    text: &'t str,
    teddy: Option<&'t packed::Searcher>,
) -> impl Iterator<Item = (NSpan, &'static str, f64)> + 't {
    let bytes = text.as_bytes();
    // Teddy's next start; the Horspool window is `end - DISCOUNT_LEN..end`.
    let mut at = 0;
    let mut end = DISCOUNT_LEN;
    std::iter::from_fn(move || {
        if let Some(teddy) = teddy {
            let m = teddy.find_in(text, Span::from(at..text.len()))?;
            at = m.end();
            let (word, value) = DISCOUNT_WORDS.get(m.pattern().as_usize())?;
            return Some((NSpan::new(m.start(), m.end()), *word, *value));
        }
        while let Some(&last) = bytes.get(end.wrapping_sub(1)) {
            let window = NSpan::new(end - DISCOUNT_LEN, end);
            end += usize::from(DISCOUNT_SKIP[usize::from(last)]);
            // Compared only when the window ends as a word does.
            let word = DISCOUNT_WORDS.iter().find(|(w, _)| {
                w.as_bytes().last() == Some(&last)
                    && bytes.get(window.start..window.end) == Some(w.as_bytes())
            });
            if let Some(&(word, value)) = word {
                // (Matches do not overlap, as Teddy's do not: 一半成 is 一半 alone.)
                end = window.end + DISCOUNT_LEN;
                return Some((window, word, value));
            }
        }
        None
    })
}

/// Whether 半成 between `before` and `after` is half a tenth (增长半成, 半成以上), not the
/// characters of words around it (一半成本, 半成品, 大半成交).
fn half_tenth(before: &str, after: &str) -> bool {
    let glued_before = before.ends_with(['一', '大', '多', '过', '小', '少', '近']);
    let word_after = after.starts_with(crate::normalize::is_han)
        && !["以上", "以下", "左右", "多"].iter().any(|w| after.starts_with(w));
    !glued_before && !word_after
}

/// Whether 一半 between `before` and `after` is a share (占全省的一半, 超过一半, 近一半以上),
/// not the characters of words around it (一半导体企业, 十一半, 一半年).
fn half_share(before: &str, after: &str) -> bool {
    let numeral_before =
        before.chars().next_back().is_some_and(|c| "零一二两三四五六七八九十百千万亿".contains(c));
    let word_after = after.starts_with(crate::normalize::is_han)
        && !["以上", "以下", "左右", "多", "的"].iter().any(|w| after.starts_with(w));
    !numeral_before && !word_after
}

/// Whether `s` is exactly a unit (千瓦时, 吨, 平方米): the denominator of a price written
/// before its number (每千瓦时0.56元).
pub(crate) fn is_unit_word(s: &str) -> bool {
    UNITS.at(s, 0).is_some_and(|d| d.text.len() == s.len())
}

/// The length of a short gloss in brackets opening `s` right after a quantity, or 0: a
/// unit's alternative (年产200亿片（粒）) or a word of one to four Han characters saying how
/// the figure is measured (年产30万吨（实物）, 1000万吨（标准煤）). The product named after the
/// bracket belongs to the quantity. A bracket with a numeral or 含 (（含税）), or one that the
/// works or no name follows (年产30万吨（尿素）项目), is no such gloss.
pub(crate) fn bracket_gloss_len(s: &str) -> usize {
    let Some(inner) = s.strip_prefix(['（', '(']) else { return 0 };
    let Some(close) = inner.find(['）', ')']) else { return 0 };
    let word = &inner[..close];
    let plain = |c: char| crate::normalize::is_han(c) && !crate::period::is_numeral(c);
    let gloss = is_unit_word(word)
        || ((1..=4).contains(&word.chars().count())
            && word.chars().all(plain)
            && !word.contains('含'));
    if !gloss {
        return 0;
    }
    let bracket = |t: &str| t.chars().next().map_or(0, char::len_utf8);
    let len = bracket(s) + close + bracket(&inner[close..]);
    // (年产30万吨（尿素）项目: where the works or a phrase's end follows, the bracket names
    // the product itself and is no gloss.)
    // (年产1万吨（折纯）的碳酸锂生产线: after 的, the name is read past it; 规模化养殖饲料 is
    // a name, 规模 alone none.)
    const WORKS: [&str; 7] = ["项目", "装置", "工程", "生产线", "规模", "基地", "产能"];
    let after = &s[len..];
    let after = after.strip_prefix('的').unwrap_or(after);
    let works = |w: &&str| after.starts_with(*w) && !after[w.len()..].starts_with('化');
    let named_after = after.starts_with(crate::normalize::is_han) && !WORKS.iter().any(works);
    if named_after { len } else { 0 }
}

/// Whether `s` opens with a unit, after an optional magnitude (万吨, 吨, 亿元, 个).
pub(crate) fn opens_with_unit(s: &str) -> bool {
    let s = s.trim_start_matches(['万', '亿', '千', '百']);
    UNITS.at(s, 0).is_some()
}

/// The length of the unit opening `s`, with an optional magnitude before it (万吨, 吨, 个).
pub(crate) fn unit_len(s: &str) -> Option<usize> {
    let rest = s.trim_start_matches(['万', '亿', '千', '百']);
    UNITS.at(rest, 0).map(|d| s.len() - rest.len() + d.text.len())
}

/// The length of a size class opening `s` (万袋以上, 千吨以下: a bare magnitude, a unit and
/// 以上 or 以下) before more Han text, or 0: 3个万袋以上标准化生产基地 counts bases of that size.
pub(crate) fn size_class(s: &str) -> usize {
    let Some(rest) = s.strip_prefix(['万', '千', '亿']) else { return 0 };
    let Some(unit) = UNITS.at(rest, 0).map(|d| d.text.len()) else { return 0 };
    let after = &rest[unit..];
    ["以上", "以下"]
        .iter()
        .find(|w| after.strip_prefix(**w).is_some_and(|r| r.starts_with(crate::normalize::is_han)))
        .map_or(0, |w| s.len() - after.len() + w.len())
}

/// Finds every quantity in normalized `text`, in order, non-overlapping.
pub(crate) fn scan(text: &str) -> Vec<RawQuantity> {
    let mut out = numbers(text);
    out.sort_by_key(|q| q.span.start);
    let numbers = out.len();
    // The numbers that start before the current discount ends, and the furthest end among
    // them: the discounts come in order, so one walk finds every overlap (testing each
    // discount against every number was quadratic).
    let (mut before, mut furthest) = (0, 0);
    for (span, word, value) in discounts(text) {
        // 对折 alone is "folded in half"; only 打对折 is a discount.
        if word.contains(['对', '對']) && !text[..span.start].ends_with('打') {
            continue;
        }
        // 一半成本, 半成品, 大半成交: 半成 inside words is no 5% (增长半成, 半成以上 are).
        if word == "半成" && !half_tenth(&text[..span.start], &text[span.end..]) {
            continue;
        }
        let share = word == "一半";
        if share && !half_share(&text[..span.start], &text[span.end..]) {
            continue;
        }
        while before < numbers && out[before].span.start < span.end {
            furthest = furthest.max(out[before].span.end);
            before += 1;
        }
        if furthest > span.start {
            continue;
        }
        // (一半 is a fraction as written, 0.5 with no unit, as 二分之一 is.)
        let (written, unit) = match word {
            "一半" => (0.5, ""),
            w if w.ends_with('成') => (value / 10.0, "成"),
            _ => (value / 10.0, "折"),
        };
        out.push(finish(
            text,
            span,
            written,
            None,
            unit.into(),
            value,
            None,
            NormalizedUnit::Percent,
            UnitClass::Percent,
            false,
            false,
        ));
    }
    out.sort_by_key(|q| q.span.start);
    doublings(text, &mut out);
    bounded_pairs(text, &mut out);
    // 高2.1个和3.6个百分点: the unit written once, after the last figure of a list.
    elided::share_units(text, &mut out);
    // Bare numbers of tables whose caption states the units (单位：亿元、%).
    table::cells(text, &mut out);
    // 三次产业结构为7.1∶54.1∶38.8: the parts of a named ratio, each a share.
    ratio::parts(text, &mut out);
    out
}

fn numbers(text: &str) -> Vec<RawQuantity> {
    let mut out = Vec::new();
    let mut pos = 0;
    while pos < text.len() {
        let Some(c) = cores::find(text, pos) else { break };
        let whole = c.span;
        // The numeral is read once: a quantity starts from it, and a numeral run that is
        // not one is skipped as far as it reads.
        let number = Some(c.num)
            .filter(|n| !too_long(n.slice(text)))
            .and_then(|n| read_number(text, n.start, n.end));
        match read_quantity(text, &c, number) {
            Some(q) => {
                pos = q.span.end.max(whole.end);
                out.push(q);
            }
            // A numeral run that is not a quantity is skipped whole, so no number is read
            // from its middle (5万4千6百 is not 6百).
            None => {
                let read_to = number.map_or(0, |n| n.end);
                pos = if whole.slice(text).chars().nth(1).is_some() || read_to > whole.end {
                    whole.end.max(read_to)
                } else {
                    next_char(text, whole.start)
                };
            }
        }
    }
    out
}

fn next_char(text: &str, at: usize) -> usize {
    at + text[at..].chars().next().map_or(1, char::len_utf8)
}

/// One number read from `start`: value, end, whether it is Arabic, and its magnitude.
#[derive(Clone, Copy, Debug)]
struct Number {
    start: usize,
    /// End of everything numeric (magnitude, 多/余 included).
    end: usize,
    value: f64,
    /// Multiplier carried by a magnitude after Arabic digits or closing a Chinese range's
    /// bounds (1 if none).
    magnitude: f64,
    /// Byte range of the magnitude text, for the unit as written.
    magnitude_text: (usize, usize),
    arabic: bool,
    more: bool,
}

/// Whether a Chinese numeral is written with place values (七千二百, 三百余): a figure of a
/// hundred or more in two characters or more is no word (一列, 千方百计), so a strict unit
/// after it counts (开行七千二百余列).
fn place_valued(text: &str, number: &Number) -> bool {
    number.value >= 100.0 && text[number.start..number.end].chars().nth(1).is_some()
}

/// Longest numeral run, in characters, that is read as a number: real numerals are short
/// (三千八百九十六万四千九百六十五 is 15); a longer run of numeral characters is not a number
/// (and trying every prefix of it would be quadratic).
const MAX_NUMERAL_CHARS: usize = 32;

/// Whether the numeral `s` has more than [`MAX_NUMERAL_CHARS`] characters; no more bytes than
/// that settles it without counting.
fn too_long(s: &str) -> bool {
    s.len() > MAX_NUMERAL_CHARS && s.chars().nth(MAX_NUMERAL_CHARS).is_some()
}

/// The quantity of core `c`, whose numeral `c.num` reads as `number` (see [`read_number`]).
fn read_quantity(text: &str, c: &cores::Core, number: Option<Number>) -> Option<RawQuantity> {
    let (whole, num) = (c.span, c.num);
    if too_long(num.slice(text)) {
        return None;
    }
    if excluded_context(text, whole.start, num) || in_url(text, whole.start) {
        return None;
    }
    // 百分之七点五, 千分之五, 三分之一: percent forms.
    if let Some(pct) = c.pct {
        let pct = pct.slice(text);
        // 百分之七十百分位: the numeral may run into the next word; the longest prefix that
        // is a number is the percent.
        let (num_end, value) = longest_number(text, num.start, num.end)?;
        let (unit, factor) = if pct == "百分之" { ("%", 1.0) } else { ("‰", 0.1) };
        let mut core = NSpan::new(whole.start, num_end);
        // 百分之五至百分之八
        let mut max = None;
        for sep in ["至", "到", "-", "~"] {
            let Some(rest) = text[num_end..].strip_prefix(sep) else { continue };
            let Some(rest) = rest.strip_prefix(pct) else { continue };
            let digits: String = rest
                .chars()
                .take_while(|c| {
                    cores::is_cn_digit(*c) || *c == '点' || c.is_ascii_digit() || *c == '.'
                })
                .collect();
            if let Some(v) = parse_any(&digits) {
                max = Some(v);
                core.end = num.end + sep.len() + pct.len() + digits.len();
            }
            break;
        }
        return Some(finish(
            text,
            core,
            value,
            max,
            unit.into(),
            value * factor,
            max.map(|m| m * factor),
            NormalizedUnit::Percent,
            UnitClass::Percent,
            false,
            false,
        ));
    }
    if let Some(frac) = c.frac {
        let denominator = parse_any(num.slice(text))?;
        let numerator = parse_any(frac.slice(text))?;
        if denominator == 0.0 {
            return None;
        }
        let mut value = numerator / denominator;
        let mut core = NSpan::new(whole.start, frac.end);
        // 三百五十又三分之一: a mixed number.
        if let Some((start, w)) = mixed_whole(text, whole.start) {
            value = mixed_number(&text[start..], w, value);
            core.start = start;
        }
        // (The fraction is the number as written, with no unit of its own: 约三分之一 is
        // 0.333…, normalized 33.3 percent, as a ratio's part is.)
        return Some(finish(
            text,
            core,
            value,
            None,
            String::new(),
            value * 100.0,
            None,
            NormalizedUnit::Percent,
            UnitClass::Percent,
            false,
            false,
        ));
    }
    let mut first = number?;
    if sign_before(text, num.start) {
        let sign = text[..num.start].chars().next_back().map_or(1, char::len_utf8);
        if first.arabic || sign > 1 {
            first.value = -first.value;
            first.start -= sign;
        }
    }
    let unit_at = skip_ge(text, first.end);
    let mut def = UNITS.at(text, unit_at);
    let mut number = first;
    let mut max: Option<Number> = None;
    // A range: 6亿元至8亿元, 6-8亿元, 15%-20%.
    let after_unit = def.map_or(first.end, |d| unit_at + d.text.len());
    let mut upper = range_upper(text, after_unit);
    // 0.62元/股至0.73元/股: a compound unit written after both bounds.
    if let (None, Some(d)) = (upper, def) {
        let (suffix, _) = compound_unit(text, after_unit, d);
        if !suffix.is_empty() {
            upper = range_upper(text, after_unit + suffix.len()).filter(|(second, second_def)| {
                let end = skip_ge(text, second.end) + second_def.map_or(0, |d| d.text.len());
                text[end..].starts_with(suffix)
            });
        }
    }
    if let Some((second, second_def)) = upper {
        if def.is_none() && number.magnitude == 1.0 {
            // 6-8亿元: the lower bound borrows the upper bound's magnitude and unit.
            number.magnitude = second.magnitude;
            number.magnitude_text = second.magnitude_text;
        }
        // 6亿元至8亿元 (the same unit twice) or 6-8亿元 (the unit once, after both); a second
        // number without the first one's unit is not the upper bound (5万元至8).
        let same_unit = second_def.is_some_and(|d| Some(d.text) == def.map(|d| d.text));
        if (def.is_none() || same_unit) && !change_then_level(text, &first, after_unit, &second) {
            def = def.or(second_def);
            max = Some(second);
        }
    }
    if let Some(upper) = max.as_mut() {
        chinese_range(text, &mut number, upper);
    }
    // ￥300, $20: a currency symbol before the number.
    let mut symbol = false;
    if def.is_none() && max.is_none() {
        let before = &text[..number.start];
        let symbols = [
            ("¥", "元"),
            ("￥", "元"),
            ("$", "美元"),
            ("＄", "美元"),
            ("€", "欧元"),
            ("£", "英镑"),
        ];
        if let Some((sym, name)) = symbols.iter().find(|(sym, _)| before.ends_with(sym)) {
            def = UNITS.by_text(name);
            number.start -= sym.len();
            symbol = true;
        }
    }
    let def = match def {
        // 优良天数318天: days counted, not a duration; 2022年, 3级: no quantity.
        Some(d) if d.class == UnitClass::None => Some(counted_time(text, &number, d.text)?),
        // (推出三款新车型: a small count after a verb of a flow is a figure with any count
        // unit, as with 个 and 家; not a phase, 二期, which is phrase-final as a count.)
        Some(d)
            if d.strict
                && !number.arabic
                && number.magnitude == 1.0
                && !place_valued(text, &number)
                // (水质达到二类以上: a kind in Chinese numerals is a grade.)
                && (d.text.ends_with('类')
                    || !(d.class == UnitClass::Count
                        && !d.phrase_final
                        && stated_small_count(text, &number, unit_at + d.text.len()))) =>
        {
            return None;
        }
        // 将企业分为3类, 划分成4大类: the kinds a thing is divided into are no figure of it.
        Some(d)
            if d.text.ends_with('类')
                && ["分为", "分成", "划为", "归为"]
                    .iter()
                    .any(|v| text[..number.start].ends_with(v)) =>
        {
            return None;
        }
        Some(d) => Some(d),
        None => None,
    };
    // 2×100万千瓦, 4×660MW: units of the same rating, as one figure.
    if let Some((start, units)) =
        def.filter(|_| max.is_none()).and(units_before(text, number.start))
    {
        number.value *= units;
        number.start = start;
    }
    let core_end = match (max, def) {
        _ if symbol => first.end,
        (Some(m), Some(d)) => skip_ge(text, m.end) + d.text.len(),
        (Some(m), None) => m.end,
        (None, Some(d)) => unit_at + d.text.len(),
        (None, None) => first.end,
    };
    // 五元三毛, 50元6角三分: sub-units add to the amount.
    let mut core_end = core_end;
    let mut with_sub_units = false;
    if let Some(d) = def.filter(|_| max.is_none() && number.magnitude == 1.0 && !symbol) {
        if let Some((end, sub)) = sub_units(text, core_end, d.text) {
            number.value += sub;
            core_end = end;
            with_sub_units = true;
        }
    }
    // Count nouns and money need a real number: 一元复始, 四项基本原则, 两个方面.
    if let Some(d) = def {
        // (A range's bound is small as written only: 六至八亿元 is 6 to 8 亿元.)
        let small_chinese = !number.arabic
            && number.value * number.magnitude < 10.0
            && !number.more
            && !with_sub_units;
        if small_chinese
            && (d.class == UnitClass::Count || d.text == "元")
            && !(d.class == UnitClass::Count && stated_small_count(text, &number, core_end))
        {
            return None;
        }
        // 十折 is no discount; 对折 and 半折 are words.
        if d.text == "折" && (number.value == 10.0 || number.value > 100.0) {
            return None;
        }
        if d.text == "成" && text[core_end..].starts_with('不') {
            return None; // 一成不变
        }
        if d.phrase_final && &text[number.start..first.end] == "两" {
            return None; // 两两 (in pairs)
        }
    }
    // 七成六 (76%), 三成半 (35%), 一吨半 (1.5 t): a digit or 半 after the unit.
    if let Some(d) = def.filter(|_| max.is_none() && number.magnitude == 1.0 && !with_sub_units) {
        let tail = &text[core_end..];
        // The digit only counts after 成, so it is looked for only there.
        let digit = tail
            .chars()
            .next()
            .filter(|_| d.text == "成")
            .and_then(|c| "一二三四五六七八九".find(c).map(|i| (i / 3 + 1) as f64));
        if digit.is_some()
            && !tail[3..]
                .starts_with(|c: char| crate::normalize::is_han(c) && !"的，。".contains(c))
        {
            number.value += digit.unwrap_or(0.0) / 10.0;
            core_end += 3;
        } else if tail.starts_with('半')
            // (800吨半导体级石英坩埚, 3吨半成品: 半 opening a word after the unit is that
            // word's; 两吨半水泥 is a half.)
            && HALF_WORDS.prefix(tail).is_none()
            && number.value.fract() == 0.0
            && (d.class.is_physical() || d.text == "成")
        {
            number.value += 0.5;
            core_end += '半'.len_utf8();
        }
    }
    let magnitude_str = &text[number.magnitude_text.0..number.magnitude_text.1];
    let (suffix, compound) = def.map_or(("", Compound::None), |d| compound_unit(text, core_end, d));
    let (unit, normalized_unit, factor, class, rate, bare) = match def {
        Some(d) => {
            let mut unit = String::with_capacity(magnitude_str.len() + d.text.len() + suffix.len());
            unit.push_str(magnitude_str);
            unit.push_str(d.text);
            unit.push_str(suffix);
            let (nu, factor, class) = match compound {
                Compound::None | Compound::PerYear | Compound::Price => {
                    (d.normalized.clone(), d.factor, d.class)
                }
                // (The contract normalizes a per-year rate as the quantity, any other
                // compound, a per-day rate too, to `other`.)
                Compound::PerDay | Compound::Other => {
                    (NormalizedUnit::Other, 1.0, UnitClass::Other)
                }
            };
            let rate = matches!(compound, Compound::PerYear | Compound::PerDay);
            (unit, nu, factor, class, rate, false)
        }
        None => {
            if !bare_number_ok(text, &number) {
                return None;
            }
            // Only a magnitude (突破60亿, 过千万) may be money; a plain number (收入比为2.44)
            // is not.
            let magnitude = !magnitude_str.is_empty() || !number.arabic;
            // 8.5万P, 3亿MAU: a Latin unit this table lacks after a magnitude is a unit all
            // the same (not money, nor a count).
            let latin = text[core_end..].bytes().take_while(u8::is_ascii_alphabetic).count();
            // 2.6万贫困人口, 1.2万农户: a magnitude right before people counted is a count of
            // them (the noun stays the metric's).
            let people = !magnitude_str.is_empty() && PEOPLE.prefix(&text[core_end..]).is_some();
            if !magnitude_str.is_empty()
                && (1..=6).contains(&latin)
                && !text[core_end + latin..].starts_with(|c: char| c.is_ascii_digit())
            {
                let unit = format!("{magnitude_str}{}", &text[core_end..core_end + latin]);
                core_end += latin;
                (unit, NormalizedUnit::Other, 1.0, UnitClass::Other, false, false)
            } else if people {
                (
                    magnitude_str.to_string(),
                    NormalizedUnit::Count,
                    1.0,
                    UnitClass::Count,
                    false,
                    false,
                )
            } else {
                (
                    magnitude_str.to_string(),
                    NormalizedUnit::Other,
                    1.0,
                    UnitClass::Other,
                    false,
                    magnitude,
                )
            }
        }
    };
    let compound_len = suffix.len();
    // 75折 = 75%, 9.9折 = 99%: two digits are read as a percent already.
    let factor =
        if def.is_some_and(|d| d.text == "折") && number.value >= 10.0 { 1.0 } else { factor };
    let core = NSpan::new(number.start, core_end + compound_len);
    // Compound others keep the unit as written and take only a number's 万 or 亿
    // (36万立方米/日 → 360000, 1.0439吨标准煤/万元 → 1.0439), as 亿吨公里 takes its 亿; the
    // 千 of 千克/亩 is the unit's.
    let compound_other =
        class == UnitClass::Other && def.is_some() && factor == 1.0 && compound_len > 0;
    let large = |n: &Number| {
        text[n.magnitude_text.0..n.magnitude_text.1].contains(['万', '亿']).then_some(n.magnitude)
    };
    let scale =
        if compound_other { large(&number).unwrap_or(1.0) } else { number.magnitude * factor };
    let max_scale = max.map(|m| {
        if compound_other {
            // 10—20万立方米/日: a bare first number shares the second's magnitude.
            large(&m).unwrap_or(if m.magnitude == 1.0 { scale } else { 1.0 })
        } else if m.magnitude == 1.0 && number.magnitude != 1.0 && def.is_some() {
            number.magnitude * factor
        } else {
            m.magnitude * factor
        }
    });
    // 六十亿元 is written 60 / 亿元, as 60亿元 is (the normalized value is the same).
    let (value, unit) = match chinese_magnitude(text, &number).filter(|_| max.is_none()) {
        Some((value, run)) => (value, format!("{run}{unit}")),
        None => (number.value, unit),
    };
    let mut q = finish(
        text,
        core,
        value,
        max.map(|m| m.value),
        unit,
        number.value * scale,
        max.zip(max_scale).map(|(m, s)| m.value * s),
        normalized_unit,
        class,
        rate || per_year_before(text, number.start),
        bare,
    );
    if number.more || max.is_some_and(|m| m.more) {
        q.qualifiers.push(Qualifier::MoreThan);
        q.qualifiers.sort();
        q.qualifiers.dedup();
    }
    Some(q)
}

/// Adds the qualifier words before and after the core and builds the quantity.
#[allow(clippy::too_many_arguments)]
fn finish(
    text: &str,
    core: NSpan,
    value: f64,
    value_max: Option<f64>,
    unit: String,
    normalized: f64,
    normalized_max: Option<f64>,
    normalized_unit: NormalizedUnit,
    class: UnitClass,
    rate: bool,
    bare_magnitude: bool,
) -> RawQuantity {
    let mut qualifiers = Vec::new();
    let mut span = core;
    // 至少有10个, 超过了百分之零点九: a 有/了 between the word and the number (约占35%: and
    // the share verb).
    // (不低于人民币1亿元: the currency's name too.)
    for filler in ["有", "了", "占", "人民币"] {
        if let Some(at) = text[..span.start].strip_suffix(filler).map(str::len) {
            if let Some((start, q)) = QUALIFIERS.before(text, at) {
                qualifiers.push(q);
                span.start = start;
            }
        }
    }
    // Chained words: 预计超过80亿元, 有望突破100亿元.
    while let Some((start, q)) = QUALIFIERS.before(text, span.start) {
        // 超额完成年度目标0.6个百分点: a target passed is the base of the excess, no target.
        if q == Qualifier::Target && qualifier::passed_plan(&text[..start]) {
            break;
        }
        // 日均发件量最高突破120万件: a peak before a lower bound is what was exceeded, no
        // upper bound.
        let peak = q == Qualifier::AtMost
            && qualifiers.iter().any(|w| matches!(w, Qualifier::MoreThan | Qualifier::AtLeast));
        if !peak {
            qualifiers.push(q);
        }
        span.start = start;
    }
    // 不低于每斤2.5元: a bound before the unit the price is per (每 + a unit) bounds the
    // number after it.
    if qualifiers.is_empty() {
        if let Some(per) = per_unit_before(text, span.start) {
            while let Some((start, q)) = QUALIFIERS.before(text, span.start.min(per)) {
                qualifiers.push(q);
                span.start = start;
            }
        }
    }
    if rate && text[..span.start].ends_with("每年") {
        span.start -= "每年".len();
    }
    // 6万套（间）以上: a unit's variant in brackets stands between the unit and its word.
    let after_variant = || {
        let rest = text[core.end..].strip_prefix(['（', '('])?;
        let close = rest.char_indices().take(4).find(|&(_, c)| matches!(c, '）' | ')'))?.0;
        let inner = &rest[..close];
        (!inner.is_empty() && inner.chars().all(crate::normalize::is_han)).then(|| {
            text.len() - rest[close..].len()
                + rest[close..].chars().next().map_or(0, char::len_utf8)
        })
    };
    let after = QUALIFIERS
        .after(text, core.end)
        .or_else(|| after_variant().and_then(|at| QUALIFIERS.after(text, at)));
    if let Some((end, q)) = after {
        qualifiers.push(q);
        span.end = end;
    }
    qualifiers.sort();
    qualifiers.dedup();
    RawQuantity {
        span,
        core,
        value,
        value_max,
        unit,
        normalized: tidy(normalized),
        normalized_max: normalized_max.map(tidy),
        normalized_unit,
        class,
        qualifiers,
        rate,
        bare_magnitude,
        change: false,
        column_year: None,
    }
}

/// `不低于5亿元、不超过10亿元`, `不低于1亿元（含）且不超过2亿元（含）`: a lower bound and an
/// upper bound of the same measure, one right after the other, are one range (5 to 10亿元),
/// as `5亿元至10亿元` is. `out` is sorted by start and stays so.
fn bounded_pairs(text: &str, out: &mut Vec<RawQuantity>) {
    use Qualifier::{AtLeast, AtMost, LessThan, MoreThan};
    // (Not a comma alone: 出口增长超过5%，进口下降不到10% bounds two measures.)
    const JOINS: [&str; 6] = ["、", "且", "，且", ",且", "并且", "至"];
    let pairs = |a: &RawQuantity, b: &RawQuantity| {
        let gap = text.get(a.span.end..b.span.start).unwrap_or("");
        let gap = ["（含）", "(含)"].iter().find_map(|w| gap.strip_prefix(w)).unwrap_or(gap);
        a.qualifiers.iter().any(|q| matches!(q, AtLeast | MoreThan))
            && b.qualifiers.iter().any(|q| matches!(q, AtMost | LessThan))
            && JOINS.contains(&gap)
            && a.value_max.is_none()
            && b.value_max.is_none()
            && a.normalized_unit == b.normalized_unit
            && a.class == b.class
            && a.rate == b.rate
            && a.normalized > 0.0
            && b.normalized >= a.normalized
    };
    // Cheap test first: most texts have no pair, and are left untouched.
    if !out.windows(2).any(|w| pairs(&w[0], &w[1])) {
        return;
    }
    // One pass into a new list (removing from the middle would make many pairs quadratic).
    let mut merged: Vec<RawQuantity> = Vec::with_capacity(out.len());
    let mut just_merged = false;
    for b in out.drain(..) {
        match merged.last_mut() {
            // (A range is not bounded again: 不低于1亿元、不超过2亿元、不超过3亿元.)
            Some(a) if !just_merged && pairs(a, &b) => {
                a.value_max = Some(tidy(a.value * b.normalized / a.normalized));
                a.normalized_max = Some(b.normalized);
                a.span.end = b.span.end;
                a.core.end = b.core.end;
                // The range states the bounds; other words (预计) stay.
                a.qualifiers.extend(b.qualifiers);
                a.qualifiers.retain(|q| !matches!(q, AtLeast | MoreThan | AtMost | LessThan));
                a.qualifiers.sort();
                a.qualifiers.dedup();
                just_merged = true;
            }
            _ => {
                merged.push(b);
                just_merged = false;
            }
        }
    }
    *out = merged;
}

/// `翻一番`, `翻番` (doubled), `翻了两番` (quadrupled): a growth of (2^n − 1) × 100 percent,
/// the number of doublings as written.
static DOUBLING: LazyLock<regex::Regex> =
    LazyLock::new(|| regex::Regex::new(r"翻了?([一两二三四五])?番").expect("valid regex"));

/// Verbs of a flow of countable things, after which a small Chinese count is a figure.
pub(crate) static COUNT_VERBS: LazyLock<crate::words::Words> =
    LazyLock::new(|| crate::words::Words::parse(include_str!("../data/count_verbs.txt")));

/// Whether a Chinese count of two to nine ending at `end` states a figure, not the
/// article-like 两个 of prose: after a verb of a flow (新增两家上市公司, 新上了两条…), or
/// after its noun closing the clause (新增龙头企业两家。, 变电站两座，).
fn stated_small_count(text: &str, number: &Number, end: usize) -> bool {
    if number.value < 2.0 || number.value.fract() != 0.0 {
        return false;
    }
    let before = &text[..number.start];
    let verb = before.strip_suffix('了').unwrap_or(before);
    // (累计承接中试项目27项，其中三项已实现产业化: a part of the whole just counted; 另有三家
    // 企业…: more of them.)
    let more = ["其中", "另有", "还有"].iter().any(|w| before.ends_with(w));
    if COUNT_VERBS.suffix(verb).is_some() || more {
        return true;
    }
    // (全市五个项目集中开工, 全县共有三家: a count right after a region's scope is the
    // region's figure; 全市三次产业 names the three sectors.)
    let scoped = ["共有", "共", "有"].iter().find_map(|w| before.strip_suffix(w)).unwrap_or(before);
    if crate::indicator::REGION_SCOPES.suffix(scoped).is_some() && !text[..end].ends_with('次') {
        return true;
    }
    // (今年，两家企业入选…: enterprises counted opening a clause, or closing a list of them
    // (甲、乙两家企业, 甲等三家企业), as chosen for a list or title, are a figure;
    // 两家企业联合承建… names actors, and 这两家企业 points back.)
    const CHOSEN: [&str; 6] = ["入选", "获评", "获批", "被认定", "被评为", "荣获"];
    let opens_clause = before.chars().next_back().is_none_or(|c| "，。；：\n".contains(c));
    // (Asked only of a count of 家; sixty characters back at most: the list closes right
    // before its count.)
    let ends_list = || {
        let near =
            &before[crate::span::ceil_char_boundary(before, before.len().saturating_sub(180))..];
        let clause = near.rfind(['，', '。', '；', '：', '\n']).map_or(near, |i| &near[i..]);
        before.ends_with('等') || clause.contains('、')
    };
    if text[..end].ends_with('家') && (opens_clause || ends_list()) {
        let chosen = ["企业", "公司"].iter().find_map(|n| text[end..].strip_prefix(n));
        if chosen.is_some_and(|rest| CHOSEN.iter().any(|v| rest.starts_with(v))) {
            return true;
        }
    }
    // (分为两类, 是两个: a verb of being or dividing before the count, no noun.)
    let noun_before = before.chars().next_back().is_some_and(|c| {
        crate::normalize::is_han(c) && !"为成是有了和与及或各这那每第前后".contains(c)
    });
    // (新增规上企业五家以上。: a bound after the count still closes the clause.)
    let after = ["以上", "左右", "以下", "以内", "上下"]
        .iter()
        .find_map(|w| text[end..].strip_prefix(w))
        .unwrap_or(&text[end..]);
    let closes = after.chars().next().is_none_or(|c| "，。；、）\n".contains(c));
    noun_before && closes
}

/// Adds the doublings of `text` (see [`DOUBLING`]) that no quantity covers; `out` is sorted
/// by start and stays so.
fn doublings(text: &str, out: &mut Vec<RawQuantity>) {
    if !text.contains("番") {
        return;
    }
    let mut added = Vec::new();
    for caps in DOUBLING.captures_iter(text) {
        let Some(whole) = caps.get(0) else { continue };
        // (实现翻番: doubled once.)
        let times = match caps.get(1).map_or("一", |n| n.as_str()) {
            "一" => 1,
            "两" | "二" => 2,
            "三" => 3,
            "四" => 4,
            _ => 5,
        };
        let span = NSpan::new(whole.start(), whole.end());
        // The quantity starting last before the doubling ends is the one it could overlap.
        let before = out.partition_point(|q| q.span.start < span.end);
        if before > 0 && out[before - 1].span.end > span.start {
            continue;
        }
        let mut q = finish(
            text,
            span,
            f64::from(times),
            None,
            "番".into(),
            (2f64.powi(times) - 1.0) * 100.0,
            None,
            NormalizedUnit::Percent,
            UnitClass::Percent,
            false,
            false,
        );
        q.change = true;
        added.push(q);
    }
    if !added.is_empty() {
        out.append(&mut added);
        out.sort_by_key(|q| q.span.start);
    }
}

/// `x` to fifteen significant digits (what an f64 holds for sure): a value times its magnitude (35.2 × 1e8) carries the
/// binary rounding of the decimal (3520000000.0000005), which no writer meant.
pub(crate) fn tidy(x: f64) -> f64 {
    // Whole numbers are exact (most values after a magnitude are).
    if x.fract() == 0.0 || !x.is_finite() {
        return x;
    }
    let scale = 10f64.powi(15 - x.abs().log10().ceil() as i32);
    let t = (x * scale).round() / scale;
    if t.is_finite() { t } else { x }
}

/// The count of identical units written before a rating (`2×` of `2×100万千瓦`): its start
/// and value. One to three digits, not part of a longer number.
fn units_before(text: &str, at: usize) -> Option<(usize, f64)> {
    let head = text[..at].strip_suffix(['×', '*', 'x', 'X', '＊'])?;
    let digits = head.len() - head.trim_end_matches(|c: char| c.is_ascii_digit()).len();
    let start = head.len() - digits;
    let whole = head[..start].ends_with(|c: char| c == '.' || c.is_ascii_alphanumeric());
    if !(1..=3).contains(&digits) || whole {
        return None;
    }
    Some((start, head[start..].parse::<f64>().ok()?))
}

fn parse_any(s: &str) -> Option<f64> {
    parse_arabic(s).or_else(|| parse_chinese(s))
}

/// The numeral at `start..end`, or the longest prefix of it that is a positional numeral cut
/// before a magnitude character (the start of the next word, as in 七十|百分位; but 二三十 is
/// neither 二 nor 二三): its end and value.
fn longest_number(text: &str, start: usize, end: usize) -> Option<(usize, f64)> {
    let s = &text[start..end];
    if let Some(v) = parse_any(s) {
        return Some((end, v));
    }
    let positional = |p: &str| p.contains(['十', '百', '千', '万', '亿']);
    let cuts: Vec<usize> = s
        .char_indices()
        .filter(|&(i, c)| i > 0 && "十百千万亿".contains(c) && positional(&s[..i]))
        .map(|(i, _)| i)
        .collect();
    cuts.into_iter().rev().find_map(|e| parse_any(&s[..e]).map(|v| (start + e, v)))
}

/// The whole part of a mixed number before `at` (`三百五十又` before `三分之一`): its start
/// and value, signed (`负一又二分之一`).
fn mixed_whole(text: &str, at: usize) -> Option<(usize, f64)> {
    let before = text[..at].strip_suffix('又')?;
    let run: Vec<(usize, char)> = before
        .char_indices()
        .rev()
        .take_while(|&(_, c)| cores::is_cn_digit(c) || c.is_ascii_digit() || c == '.' || c == '点')
        .take(MAX_NUMERAL_CHARS + 1)
        .collect();
    let &(start, _) = run.last().filter(|_| run.len() <= MAX_NUMERAL_CHARS)?;
    let w = parse_any(&before[start..])?;
    match before[..start].chars().next_back() {
        Some(c @ ('负' | '-')) => Some((start - c.len_utf8(), -w)),
        _ => Some((start, w)),
    }
}

/// Currency sub-units: (main unit, sub-unit, value in the main unit), from
/// `src/data/subunits.tsv`.
static SUB_UNITS: LazyLock<Vec<(&'static str, &'static str, f64)>> = LazyLock::new(|| {
    // Embedded and read by the case tests, so an error here is a build defect.
    let rows = crate::words::rows(include_str!("../data/subunits.tsv"))
        .unwrap_or_else(|e| panic!("src/data/subunits.tsv: {e}"));
    rows.into_iter()
        .map(|(n, [main, sub, value])| match value.parse() {
            Ok(v) => (main, sub, v),
            Err(e) => panic!("src/data/subunits.tsv:{n}: {e}"),
        })
        .collect()
});

/// The sub-units after an amount in `main` at `at` (`三毛`, `6角三分`, `又三美分`): their end
/// and their value in the main unit. Each must be smaller than the one before it.
fn sub_units(text: &str, at: usize, main: &str) -> Option<(usize, f64)> {
    let mut pos = if text[at..].starts_with('又') { at + '又'.len_utf8() } else { at };
    let (mut total, mut last, mut found) = (0.0, f64::INFINITY, None);
    loop {
        let digits = text[pos..]
            .char_indices()
            .take_while(|&(i, c)| {
                i < 9
                    && (c.is_ascii_digit()
                        || matches!(
                            c,
                            '零' | '一'
                                | '二'
                                | '两'
                                | '三'
                                | '四'
                                | '五'
                                | '六'
                                | '七'
                                | '八'
                                | '九'
                                | '十'
                        ))
            })
            .last()
            .map_or(0, |(i, c)| i + c.len_utf8());
        let Some(n) = (digits > 0).then(|| parse_any(&text[pos..pos + digits])).flatten() else {
            break;
        };
        let rest = &text[pos + digits..];
        let Some(&(_, sub, value)) = SUB_UNITS
            .iter()
            .filter(|(m, _, v)| *m == main && *v < last)
            .find(|(_, s, _)| rest.starts_with(s) && !rest[s.len()..].starts_with(['之', '钟']))
        else {
            break;
        };
        total += n * value;
        last = value;
        pos += digits + sub.len();
        found = Some((pos, total));
    }
    found
}

/// Whether `at` is inside a web address (`https://…/q=30%25`): its digits are no quantities.
fn in_url(text: &str, at: usize) -> bool {
    // The run of printable ASCII (one byte per char) before `at`, at most 256 bytes.
    let head = &text.as_bytes()[..at];
    let run = head.iter().rev().take(256).take_while(|b| b.is_ascii_graphic()).count();
    let word = &text[at - run..at];
    // Most numbers have no such run before them, and a shorter one holds neither mark.
    run >= "://".len() && (word.contains("://") || word.contains("www."))
}

/// The start of a `每` + unit phrase (每斤, 每吨, 每平方米) ending right at `at`.
fn per_unit_before(text: &str, at: usize) -> Option<usize> {
    let head = &text[..at];
    // 每 and a unit of up to four characters.
    let per = head.char_indices().rev().take(5).find(|&(_, c)| c == '每')?.0;
    let unit_at = per + '每'.len_utf8();
    let unit = UNITS.at(text, unit_at)?;
    (unit_at + unit.text.len() == at).then_some(per)
}

/// Words opening with 半 that may follow a unit (800吨半导体…): no half of it.
static HALF_WORDS: LazyLock<Words> =
    LazyLock::new(|| Words::parse(include_str!("../data/half_words.txt")));

/// Contexts in which a number core (`num`, in a quantity starting at `start`) is never a
/// quantity: ordinals and ranks, identifiers, slogans.
fn excluded_context(text: &str, start: usize, num: NSpan) -> bool {
    let num_start = num.start;
    let before = &text[..start];
    if before.ends_with('第') || before.ends_with("星期") || before.ends_with("周") {
        return true;
    }
    // 每10股派发, 每百户拥有: the base of a rate, not a figure.
    if before.ends_with('每') {
        return true;
    }
    // 排名前十位, 前3名: a rank; 比上年前移1位, 上升3名: a move in a ranking.
    if text[num.end..].starts_with(['位', '名']) {
        static MOVES: LazyLock<Words> =
            LazyLock::new(|| Words::parse(include_str!("../data/rank_moves.txt")));
        if before.ends_with('前') || MOVES.suffix(before).is_some() {
            return true;
        }
    }
    let arabic = text[num_start..].starts_with(|c: char| c.is_ascii_digit());
    // H20, V2.0, 5G: digits glued to an identifier. After a `-`, look past it: a sign
    // (为-3.5%) is fine, the upper bound of a range (3-5) was read with its lower bound.
    let prev = before.strip_suffix('-').unwrap_or(before).chars().next_back();
    let glued = prev.is_some_and(|p| p.is_ascii_alphanumeric() || p == '.' || p == '_' || p == '%');
    if arabic && glued {
        // 接收LNG398万吨: digits after an acronym of capitals and before a magnitude or a
        // Han unit are a figure written on (or wrapped onto) the term it measures. (Not a
        // duration: PM2.5年均浓度.)
        let acronym = before.bytes().rev().take_while(u8::is_ascii_uppercase).count() >= 2;
        let han_unit = text[num.end..].starts_with(['万', '亿'])
            || UNITS.at(text, num.end).is_some_and(|d| {
                !d.text.starts_with(|c: char| c.is_ascii()) && d.class != UnitClass::Duration
            });
        return !(acronym && han_unit);
    }
    // 业绩一降一升, 一升一降: rising and falling, no litre.
    if let Some(rest) = text[num_start..].strip_prefix("一升") {
        const FALLS: [&str; 4] = ["一降", "一跌", "一减", "一落"];
        if FALLS.iter().any(|f| before.ends_with(f) || rest.starts_with(f)) {
            return true;
        }
    }
    // “民营经济32条”, “金融16条”: the articles of a named policy, closing its quoted name.
    let articles = text[num.end..]
        .strip_prefix('条')
        .is_some_and(|r| r.starts_with(['”', '"', '」']) && quote_opened_before(text, start));
    articles || in_short_quote(text, start)
}

/// Whether a quote opens at most 8 characters before `at` with none closed between.
fn quote_opened_before(text: &str, at: usize) -> bool {
    text[..at]
        .chars()
        .rev()
        .take(8)
        .find(|c| matches!(c, '“' | '"' | '「' | '”' | '」'))
        .is_some_and(|c| matches!(c, '“' | '"' | '「'))
}

/// A minus sign directly before the number, not after a digit (为-3.5%, 和-1.4%).
fn sign_before(text: &str, num_start: usize) -> bool {
    let before = &text[..num_start];
    // (为企业减负120亿元, 担负, 肩负: 负 closing a word is no minus sign.)
    if let Some(head) = before.strip_suffix('负') {
        return !head.ends_with(['减', '担', '肩', '抱', '胜', '欺', '正']);
    }
    before.strip_suffix('-').is_some_and(|b| {
        !b.chars().next_back().is_some_and(|p| p.is_ascii_alphanumeric() || p == '%' || p == '.')
    })
}

/// A number inside a short quoted phrase (“六稳”, “三个最大”, “一优两高”) is a slogan: an
/// opening quote at most 8 characters before it, with no closing one between, and a closing
/// quote at most 8 characters after its start, with no digit or % before it.
fn in_short_quote(text: &str, at: usize) -> bool {
    // After first: a quantity opens with a digit as a rule, which settles it at once.
    let mut closed = false;
    for (k, c) in text[at..].chars().enumerate() {
        if matches!(c, '”' | '"' | '」') {
            closed = true;
            break;
        }
        if k == 8 || c.is_ascii_digit() || c == '%' {
            return false;
        }
    }
    closed && quote_opened_before(text, at)
}

/// Reads a number whose digits the regex matched at `start..end`, with any magnitude and
/// 多/余 attached.
fn read_number(text: &str, start: usize, end: usize) -> Option<Number> {
    let digits = &text[start..end];
    if digits.starts_with(|c: char| c.is_ascii_digit()) {
        return read_arabic(text, start, end);
    }
    // 三七种植, 三五家企业: digits written one by one with no zero are a year's (二〇二二年)
    // or no number: a name (三七, a herb) or a vague few (three or five), not 37 or 35.
    let digit_run = digits.chars().nth(1).is_some()
        && digits.chars().all(|c| crate::period::is_numeral(c) && c != '十');
    if digit_run && !text[end..].starts_with('年') {
        return None;
    }
    // A Chinese core may swallow the start of a unit (一千万千瓦): back off char by char.
    let mut cut = end;
    loop {
        let s = &text[start..cut];
        if let Some(mut n) = chinese_at(text, start, cut) {
            // A lone magnitude (万, 亿) is a word, not a number, unless a bound or an
            // approximation stands before it (突破万亿元, 超百亿元) or it is two magnitudes
            // (万亿, 百亿). A modality word does not make one (力争万元产值能耗下降3%).
            let only_magnitudes = s
                .chars()
                .all(|c| matches!(c, '十' | '百' | '千' | '万' | '亿' | '拾' | '佰' | '仟'));
            let approx_after = text[cut..].starts_with(['余', '多']);
            let lone = only_magnitudes && s != "十" && s.chars().count() < 2;
            let bound = QUALIFIERS
                .before(text, start)
                .is_some_and(|(_, q)| !matches!(q, Qualifier::Target | Qualifier::Estimated));
            if lone && !approx_after && !bound {
                return None;
            }
            // 数十个项目, 几十家企业, 数百亿元: magnitudes after 数 or 几 are a vague many,
            // no figure.
            if only_magnitudes && text[..start].ends_with(['数', '几']) {
                return None;
            }
            n.start = start;
            return Some(n);
        }
        let prev = text[start..cut].char_indices().next_back()?.0;
        if prev == 0 {
            return None;
        }
        cut = start + prev;
    }
}

/// A Chinese numeral at `start..cut` plus 多/余 and a trailing magnitude (五亿六千多万).
fn chinese_at(text: &str, start: usize, cut: usize) -> Option<Number> {
    let s = &text[start..cut];
    let mut end = cut;
    let mut more = false;
    let mut value = None;
    if let Some(m) = ["多", "余", "几"].iter().find(|m| text[end..].starts_with(**m)) {
        let after = end + m.len();
        more = true;
        end = after;
        // 五亿六千多万: the magnitude after 多 applies to the numeral before it.
        for mag in ["万亿", "亿", "万"] {
            if text[after..].starts_with(mag) {
                if let Some(v) = parse_chinese(&format!("{s}{mag}")) {
                    value = Some(v);
                    end = after + mag.len();
                    break;
                }
            }
        }
    }
    let mut value = match value {
        Some(v) => v,
        None => parse_chinese(s).or_else(|| decimal_with_magnitude(s))?,
    };
    // 三十万多亿, 十几万多亿: 万 and then 多亿, i.e. more than (三十万)亿.
    if text[..end].ends_with('万') {
        if let Some(m) = ["多亿", "余亿"].iter().find(|m| text[end..].starts_with(**m)) {
            value *= 1e8;
            end += m.len();
            more = true;
        }
    }
    Some(Number {
        start,
        end,
        value,
        magnitude: 1.0,
        magnitude_text: (end, end),
        arabic: false,
        more,
    })
}

/// A Chinese numeral closing with a magnitude run (六十亿, 三千多万, 千亿, 万亿) as written: the
/// numeral before the run (1 for none) and the run, which belongs to the unit as an Arabic
/// number's does.
/// None for one with a magnitude inside (五亿六千万: no numeral times the run writes it).
fn chinese_magnitude<'t>(text: &'t str, n: &Number) -> Option<(f64, &'t str)> {
    if n.arabic || n.magnitude_text.0 != n.magnitude_text.1 {
        return None;
    }
    let s = &text[n.start..n.end];
    let head = s.trim_end_matches(['万', '亿', '萬', '億']);
    let run = &s[head.len()..];
    let head = head.trim_end_matches(['多', '余']);
    if run.is_empty() || head.contains(['万', '亿', '萬', '億']) {
        return None;
    }
    // (万亿元: the magnitudes alone write one of them.)
    let value = if head.is_empty() { 1.0 } else { parse_chinese(head)? };
    let whole = value * number::magnitude(run)?;
    ((whole - n.value).abs() <= 1e-9 * n.value.abs()).then_some((value, run))
}

/// 六至八亿元, 三至五万吨, 六亿至八亿元: the bounds of a Chinese range are written as an Arabic
/// range's are (6 to 8 亿元): the closing magnitude run moves into the unit, and a lower bound
/// without one takes the upper's (as 6-8亿元's does). Bounds closing with different runs
/// (五千万至一亿元) keep their whole values, as does a lower bound larger than the upper's
/// numeral (五千至一万元: 5000 to 10000 元).
fn chinese_range(text: &str, lower: &mut Number, upper: &mut Number) {
    if lower.arabic || upper.arabic {
        return;
    }
    let Some((up, run)) = chinese_magnitude(text, upper) else { return };
    let Some(magnitude) = number::magnitude(run) else { return };
    let low = match chinese_magnitude(text, lower) {
        Some((low, own)) if own == run => low,
        Some(_) => return,
        // (五千至一万元: a lower bound larger than the upper's numeral is whole already.)
        None if lower.value < up => lower.value,
        None => return,
    };
    let run_at = (upper.end - run.len(), upper.end);
    for (n, value) in [(lower, low), (upper, up)] {
        n.value = value;
        n.magnitude = magnitude;
        n.magnitude_text = run_at;
    }
}

/// `九点五亿`: a Chinese decimal followed by magnitudes.
fn decimal_with_magnitude(s: &str) -> Option<f64> {
    let cut = s.trim_end_matches(['万', '亿']);
    if cut.len() == s.len() || !cut.contains('点') {
        return None;
    }
    Some(parse_chinese(cut)? * number::magnitude(&s[cut.len()..])?)
}

fn read_arabic(text: &str, start: usize, end: usize) -> Option<Number> {
    let value = parse_arabic(&text[start..end])?;
    let mut n = Number {
        start,
        end,
        value,
        magnitude: 1.0,
        magnitude_text: (end, end),
        arabic: true,
        more: false,
    };
    // 780多万: 多/余 between digits and magnitude; 20个亿元: a stray 个.
    let mut at = skip_ge(text, end);
    if let Some(m) = ["多", "余", "几"].iter().find(|m| text[at..].starts_with(**m)) {
        n.more = true;
        at += m.len();
        n.end = at;
    }
    // Magnitude run: longest valid prefix after which a unit follows, else longest valid.
    let run_end = text[at..]
        .char_indices()
        .take_while(|&(i, c)| i < 12 && matches!(c, '十' | '百' | '千' | '万' | '亿'))
        .last()
        .map_or(at, |(i, c)| at + i + c.len_utf8());
    let mut best: Option<(usize, f64)> = None;
    let mut cut = run_end;
    while cut > at {
        if let Some(m) = number::magnitude(&text[at..cut]) {
            let unit_follows = UNITS.at(text, skip_more(text, cut)).is_some();
            if unit_follows {
                best = Some((cut, m));
                break;
            }
            if best.is_none() {
                best = Some((cut, m));
            }
        }
        cut = text[at..cut].char_indices().next_back().map_or(at, |(i, _)| at + i);
    }
    if let Some((mag_end, m)) = best {
        n.magnitude = m;
        n.magnitude_text = (at, mag_end);
        n.end = mag_end;
        // 1万2千, 5万4千6百: a mixed tail, one smaller place after another.
        let mut outer = m;
        let mut mixed = false;
        while let Some((tail_end, tail, place)) = mixed_tail(text, n.end, outer) {
            if !mixed {
                n.value *= m;
                mixed = true;
            }
            n.value += tail;
            outer = place;
            n.magnitude = 1.0;
            n.magnitude_text = (tail_end, tail_end);
            n.end = tail_end;
        }
        // 2千零30万, 1千2百万: a number below 万 spelled in places, then its magnitude.
        if mixed && n.value < 1e4 {
            if let Some(c) = text[n.end..].chars().next().filter(|c| matches!(c, '万' | '亿')) {
                n.value *= if c == '万' { 1e4 } else { 1e8 };
                n.end += c.len_utf8();
                n.magnitude_text = (n.end, n.end);
            }
        }
        if let Some(mm) = ["多", "余"].iter().find(|mm| text[n.end..].starts_with(**mm)) {
            n.more = true;
            n.end += mm.len();
            // 500万余亿: more than 500万亿.
            if text[..n.end - mm.len()].ends_with('万') && text[n.end..].starts_with('亿') {
                n.value *= n.magnitude * 1e8;
                n.magnitude = 1.0;
                n.end += '亿'.len_utf8();
                n.magnitude_text = (n.end, n.end);
            }
        }
    }
    Some(n)
}

/// `2千` after `1万`: digits and a smaller magnitude, read as part of the number; or the
/// last digits, after 零 when they leave a gap (`1千零20`) or filling the places below
/// `outer` exactly (`3万4000`). Returns the end, the value added and its place.
fn mixed_tail(text: &str, at: usize, outer: f64) -> Option<(usize, f64, f64)> {
    let zero = text[at..].starts_with('零');
    let at = if zero { at + '零'.len_utf8() } else { at };
    let rest = &text[at..];
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    if digits == 0 || digits > 4 || rest.starts_with('0') {
        return None;
    }
    let d: f64 = rest[..digits].parse().ok()?;
    let next = rest[digits..].chars().next();
    let m = match next {
        Some('千') => 1e3,
        Some('百') => 1e2,
        Some('十') => 1e1,
        Some('万') => 1e4,
        _ => f64::INFINITY,
    };
    if m < outer {
        return Some((at + digits + next.map_or(0, char::len_utf8), d * m, m));
    }
    // The units place, not a date (3万2022年) or a decimal; a magnitude after it belongs to
    // the whole number (2千零30万).
    let places = outer.log10().round() as usize;
    let fits = if zero { digits < places } else { digits == places && places >= 3 };
    let ends = next.is_none_or(|c| {
        !c.is_ascii_alphanumeric() && !matches!(c, '年' | '月' | '日' | '号' | '.' | '%')
    });
    (fits && ends).then_some((at + digits, d, 1.0))
}

/// Time units counted rather than elapsed: the word a sentence names them by before the
/// figure (优良天数318天, 风电利用小时数2312小时, 平均受教育年限9.02年), and the unit they
/// then are. Elsewhere 天, 小时 and 年 are durations or dates, no figures.
/// A time unit, the words that make a number of it a figure, and what it then is.
type CountedTime = (&'static str, Vec<&'static str>, UnitDef);

/// Times that are figures where their clause names what is timed, from
/// `src/data/counted_times.tsv`.
static COUNTED_TIME: LazyLock<Vec<CountedTime>> = LazyLock::new(|| {
    // The table is embedded and checked by a unit test, so this cannot fail at run time.
    counted_times(include_str!("../data/counted_times.tsv"))
        .unwrap_or_else(|e| panic!("counted_times.tsv: {e}"))
});

fn counted_times(src: &'static str) -> Result<Vec<CountedTime>, String> {
    let mut out = Vec::new();
    for (n, [unit, words, norm, class]) in crate::words::rows(src)? {
        let class = UnitClass::parse(class).ok_or_else(|| format!("line {n}: bad class"))?;
        let def = UnitDef {
            text: unit,
            normalized: NormalizedUnit::parse(norm),
            factor: 1.0,
            class,
            strict: false,
            phrase_final: false,
        };
        out.push((unit, words.split(' ').collect(), def));
    }
    Ok(out)
}

/// The unit a number of `unit` starting at `n` is, when its clause names what it counts or
/// times (天数, 小时数, 年限; 时限, 周期) before it, within a few words. Years only in digits
/// and when the number cannot be a year (9.02年, not 2010年).
fn counted_time(text: &str, n: &Number, unit: &str) -> Option<&'static UnitDef> {
    // (期限一年, 用三年时间: years in words are a span's, no figure.)
    if unit == "年" && (n.value.fract() == 0.0 && n.value >= 100.0 || !n.arabic) {
        return None;
    }
    // (打造“15分钟生活圈”: a number opening a quoted name times nothing.)
    if text[..n.start].ends_with(['“', '"', '「']) {
        return None;
    }
    if unit == "点" && !index_points(text, n) {
        return None;
    }
    let floor = crate::span::ceil_char_boundary(text, n.start.saturating_sub(60));
    let before = &text[floor..n.start];
    let clause = before.rfind(['。', '；', '\n']).map_or(before, |i| &before[i..]);
    COUNTED_TIME
        .iter()
        .find(|(u, words, _)| *u == unit && words.iter().any(|w| clause.contains(w)))
        .map(|(_, _, def)| def)
}

/// Whether a number of 点 at `n` is an index's points (运价指数为1023.5点, 上证综指收于3215点,
/// 报3200点左右), not a clock's hour (上午10点, 晚上8点发布, 9点30分) or a count of sites
/// (18点位): the index word (counted_times.tsv's row for 点) stands in its sentence within
/// sixteen characters before the number (not 指数化), no time of day or 每 right before it,
/// and no minute, half, 钟, 前/后 or 位 right after 点.
fn index_points(text: &str, n: &Number) -> bool {
    const CLOCK_AFTER: [char; 10] = ['分', '半', '钟', '前', '后', '整', '位', '起', '开', '至'];
    const DAY_TIMES: [&str; 10] =
        ["上午", "下午", "中午", "晚上", "早上", "凌晨", "傍晚", "夜间", "每天", "每日"];
    let after = &text[n.end..];
    let after = after.strip_prefix('点').unwrap_or(after);
    if after.starts_with(CLOCK_AFTER) {
        return false;
    }
    let before = &text[..n.start];
    if DAY_TIMES.iter().any(|t| before.ends_with(t)) || before.ends_with('每') {
        return false;
    }
    let floor = crate::span::ceil_char_boundary(text, n.start.saturating_sub(16 * 3 + 6));
    let near = &text[floor..n.start];
    let sentence = near.rfind(['。', '；', '\n']).map_or(near, |i| &near[i..]);
    // (The index words are counted_times.tsv's for 点.)
    let mut index_words = COUNTED_TIME.iter().filter(|(u, ..)| *u == "点").flat_map(|(_, w, _)| w);
    index_words.any(|w| {
        sentence.match_indices(w).any(|(i, _)| {
            let rest = &sentence[i + w.len()..];
            !rest.starts_with('化') && rest.chars().count() <= 16
        })
    })
}

/// The word of what a duration in `unit` times (工期 of 比计划工期提前4个月), the last one
/// `clause` holds.
pub(crate) fn timed_word(clause: &str, unit: &str) -> Option<&'static str> {
    COUNTED_TIME
        .iter()
        .filter(|(u, _, def)| *u == unit && def.class == UnitClass::Duration)
        .flat_map(|(_, words, _)| words.iter().copied())
        .filter_map(|w| clause.rfind(w).map(|i| (i, w)))
        .max_by_key(|&(i, w)| (i, w.len()))
        .map(|(_, w)| w)
}

fn skip_more(text: &str, at: usize) -> usize {
    ["多", "余"].iter().find(|m| text[at..].starts_with(**m)).map_or(at, |m| at + m.len())
}

/// Skips the 个 of the odd `50个亿元` when a magnitude and a unit follow it, but not before
/// a class (5个万吨级泊位, 3个万亿级产业集群: five berths).
fn skip_ge(text: &str, at: usize) -> usize {
    let Some(rest) = text[at..].strip_prefix('个') else { return at };
    if !rest.starts_with(['亿', '万']) {
        return at;
    }
    let class = rest.chars().take(4).take_while(|&c| c != '，' && c != '。').any(|c| c == '级');
    // (3个万袋以上标准化生产基地: three bases of a size class, no 3万袋.)
    let sized = size_class(rest) > 0;
    if class || sized { at } else { at + "个".len() }
}

/// The upper bound of a range starting at `at` (`-8亿元`, `至8亿元`, `到20%`).
fn range_upper<'a>(text: &str, at: usize) -> Option<(Number, Option<&'a UnitDef>)> {
    let rest = &text[at..];
    let sep =
        ["-", "至", "到", "~", "—", "–", "－", "～"].into_iter().find(|s| rest.starts_with(*s))?;
    let start = at + sep.len();
    let c = cores::at(text, start)?;
    if c.pct.is_some() || c.frac.is_some() {
        return None;
    }
    let n = read_number(text, c.num.start, c.num.end)?;
    let unit_at = skip_ge(text, n.end);
    Some((n, UNITS.at(text, unit_at)))
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Compound {
    None,
    PerYear,
    /// `/日`, `/天` after a physical unit: a daily rate (a furnace's 4800吨/日), a rate of output
    /// normalized to `other`.
    PerDay,
    Price,
    Other,
}

/// A compound unit after the base unit: `/年` (per year), `/日` after a physical unit (per
/// day), `/吨` after money (a price), anything else over `/` (other).
fn compound_unit<'t>(text: &'t str, at: usize, def: &UnitDef) -> (&'t str, Compound) {
    let rest = &text[at..];
    let Some(slash) = ["/", "／", "每"].into_iter().find(|s| rest.starts_with(*s)) else {
        return ("", Compound::None);
    };
    let after = at + slash.len();
    for year in ["年", "a"] {
        if text[after..].starts_with(year) {
            return (&text[at..after + year.len()], Compound::PerYear);
        }
    }
    // (A count per day, 3万人次/天, is a flow, no rate of output.)
    if def.class.is_physical() {
        for day in ["日", "天", "d"] {
            if text[after..].starts_with(day) {
                return (&text[at..after + day.len()], Compound::PerDay);
            }
        }
    }
    // The denominator: an optional magnitude and a unit (吨, 股, 万元, 人).
    let mut p = after;
    for mag in ["万", "亿", "千", "百"] {
        if text[p..].starts_with(mag) {
            p += mag.len();
            break;
        }
    }
    let Some(den) = UNITS.at(text, p) else { return ("", Compound::None) };
    let mut end = p + den.text.len();
    // 2.6立方米/吨钢, 3.2千克/吨产品: the goods a measure is of, written after it, belong to the
    // denominator (where a word does not run on: 元/吨煤炭 is no such word).
    let word_ends = |rest: &str| {
        rest.chars()
            .next()
            .is_none_or(|c| !crate::normalize::is_han(c) || "的和及以左上下比较同为".contains(c))
    };
    if let Some((g, ())) = PER_UNIT_GOODS.prefix_where(&text[end..], word_ends) {
        end += g.len();
    }
    // 15元/平方米·月, 5元/人/天: a time the price is per closes the unit too.
    for sep in ["·", "•", "・", "‧", "/", "／"] {
        let Some(rest) = text[end..].strip_prefix(sep) else { continue };
        if let Some(t) = ["月", "天", "日", "年"].iter().find(|t| rest.starts_with(**t)) {
            end += sep.len() + t.len();
        }
        break;
    }
    // Money per unit of goods or per person is money (元/吨, 元/股, 万元/人: the contract's
    // price per unit); per money it is a ratio (吨标准煤/万元, 元/万元).
    let kind = if def.class == UnitClass::Currency && den.class != UnitClass::Currency {
        Compound::Price
    } else {
        Compound::Other
    };
    (&text[at..end], kind)
}

/// Goods a per-unit measure is of, written after its unit (吨钢, 吨产品).
static PER_UNIT_GOODS: LazyLock<Words> =
    LazyLock::new(|| Words::parse(include_str!("../data/per_unit_goods.txt")));

/// `每年500万吨`, `年均…`: the number is a yearly rate.
fn per_year_before(text: &str, start: usize) -> bool {
    let before = &text[..start];
    before.ends_with("每年") || before.ends_with("年产") || before.ends_with("年产能")
}

/// Nouns of people counted right after a magnitude, with no measure word between (2.6万贫困
/// 人口, 1.2万农户).
static PEOPLE: LazyLock<Words> =
    LazyLock::new(|| Words::parse(include_str!("../data/people_nouns.txt")));

/// Numbers with no unit are quantities only in `…为99.5` / `突破60亿` shapes.
fn bare_number_ok(text: &str, n: &Number) -> bool {
    // 二百三十余万, 500万余亿: an approximate count of 万 or 亿 (the 余 is the qualifier).
    if n.more && text[n.start..n.end].contains(['万', '亿']) {
        return true;
    }
    if n.magnitude != 1.0 {
        return n.arabic || QUALIFIERS.before(text, n.start).is_some();
    }
    if !n.arabic {
        // 过千万, 破万亿: a bare Chinese magnitude after a qualifier word.
        let s = &text[n.start..n.end];
        return (s.contains('万') || s.contains('亿'))
            && QUALIFIERS.before(text, n.start).is_some();
    }
    let year_like = n.value.fract() == 0.0 && (1900.0..=2100.0).contains(&n.value);
    let next = text[n.end..].chars().next();
    let ends_clause =
        |c: char| matches!(c, '，' | '。' | '；' | '、' | ',' | ';' | '）' | ')' | '！' | '？');
    // (收入比为1.88：1: a ratio to one, read as its first term.)
    let to_one = ["：1", ":1"]
        .iter()
        .find_map(|r| text[n.end..].strip_prefix(r))
        .is_some_and(|rest| rest.chars().next().is_none_or(ends_clause));
    let at_clause_end = next.is_none_or(ends_clause) || to_one;
    let before = &text[..n.start];
    // 以女性为100: the base an index is stated against, no figure.
    let base = before.strip_suffix('为').and_then(|b| {
        let from = crate::span::ceil_char_boundary(b, b.len().saturating_sub(3 * 6));
        b[from..].rfind('以').map(|i| &b[from + i + '以'.len_utf8()..])
    });
    if base.is_some_and(|b| !b.is_empty() && b.chars().all(crate::normalize::is_han)) {
        return false;
    }
    // 百万吨死亡率0.021: a rate written right before its bare value.
    let stated = ["为", "是", "达到", "达", "至", "到", "率"].iter().any(|w| before.ends_with(w));
    // 容积率由上年的0.82提高到1.05: the level a change starts from, before a verb of change
    // and 到 (the level it reaches is stated).
    let from_level = || {
        let near =
            &before[crate::span::ceil_char_boundary(before, before.len().saturating_sub(4 * 3))..];
        (before.ends_with(['由', '从']) || before.ends_with('的') && near.contains(['由', '从']))
            && CHANGED_TO.prefix(&text[n.end..]).is_some()
    };
    // 收入比为2.73，比上年缩小0.06: a change of a bare ratio, written with its decimals, after
    // a verb of change.
    let changed = || text[n.start..n.end].contains('.') && CHANGE_VERBS.suffix(before).is_some();
    !year_like && (at_clause_end && (stated || changed()) || from_level())
}

/// Whether `first 至 second` is a change and the level it reaches, no range: 贷款余额增加300亿元
/// 至5000亿元, 营业收入减少30.9亿元至612.35亿元. A verb of change stands right before the first
/// number, the bounds are joined by 至 or 到 and the second is three times the first or more
/// (a range's bounds are near: 利润增加3亿元至5亿元). Not for percents, whose ranges of growth
/// (增长5%至8%) are common, nor in a sentence of a forecast, which states the change as a
/// range however wide.
fn change_then_level(text: &str, first: &Number, after_unit: usize, second: &Number) -> bool {
    let word_sep = text[after_unit..].starts_with(['至', '到']);
    let lower = first.value * first.magnitude;
    let upper = second.value * second.magnitude;
    // (预计净利润同比增加1亿元至3.5亿元: a forecast states the change itself as a range, often
    // a wide one.)
    let forecast = || {
        let floor = crate::span::ceil_char_boundary(text, first.start.saturating_sub(30 * 3));
        let before = &text[floor..first.start];
        let sentence = before.rfind(['。', '；', '\n']).map_or(before, |i| &before[i..]);
        ["预计", "预期", "预告", "有望", "估计"].iter().any(|w| sentence.contains(w))
    };
    word_sep
        && lower > 0.0
        && upper >= 3.0 * lower
        && !text[first.start..after_unit].contains(['%', '％', '分'])
        && CHANGE_VERBS.suffix(&text[..first.start]).is_some()
        && !forecast()
}

/// Verbs of a change right before its amount (缩小0.06, 提高0.3).
static CHANGE_VERBS: LazyLock<Words> =
    LazyLock::new(|| Words::parse(include_str!("../data/change_verbs.txt")));

/// Verbs of a change to a level (提高到, 降至), after the level it starts from.
static CHANGED_TO: LazyLock<Words> =
    LazyLock::new(|| Words::parse(include_str!("../data/changed_to_verbs.txt")));

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counted_times_table_parses() {
        assert!(COUNTED_TIME.iter().any(|(u, words, d)| *u == "天"
            && words.contains(&"时限")
            && d.class == UnitClass::Duration));
        let err = counted_times("天\t时限\tother\tminutes\n").err();
        assert_eq!(err.as_deref(), Some("line 1: bad class"));
    }

    #[test]
    fn tidy_drops_binary_rounding_only() {
        assert_eq!(tidy(35.2 * 1e8), 3_520_000_000.0);
        assert_eq!(tidy(1.0439), 1.0439);
        assert_eq!(tidy(-0.3), -0.3);
        assert_eq!(tidy(123_456_789_012_345.0), 123_456_789_012_345.0);
        assert_eq!(tidy(0.1 * 3.0), 0.3);
        assert_eq!(tidy(2318.6 * 1e8), 231_860_000_000.0);
        assert_eq!(tidy(0.0), 0.0);
        assert!(tidy(f64::NAN).is_nan());
    }

    /// [`in_short_quote`] as it was first written, on 40-byte windows: the reference.
    fn in_short_quote_by_windows(text: &str, at: usize) -> bool {
        let from = crate::span::ceil_char_boundary(text, at.saturating_sub(40));
        let before = &text[from..at];
        let Some(open) = before.rfind(['“', '"', '「']) else { return false };
        let inside_before = &before[open..];
        if inside_before.contains(['”', '」']) || inside_before.chars().count() > 8 {
            return false;
        }
        let mut to = (at + 40).min(text.len());
        while !text.is_char_boundary(to) {
            to -= 1;
        }
        let rest = &text[at..to];
        rest.find(['”', '"', '」']).is_some_and(|close| {
            let quoted = &rest[..close];
            quoted.chars().count() <= 8 && !quoted.chars().any(|c| c.is_ascii_digit() || c == '%')
        })
    }

    #[test]
    fn short_quotes_as_by_windows() {
        let pieces: Vec<&str> = "“ ” \" 「 」 六 稳 一 5 % x 个 最 大".split(' ').collect();
        for text in crate::words::random_texts(&pieces, 0x9e37_79b9, 20_000, 30) {
            for (at, _) in text.char_indices() {
                let want = in_short_quote_by_windows(&text, at);
                assert_eq!(in_short_quote(&text, at), want, "{text} at {at}");
            }
        }
    }

    #[test]
    fn discount_search_finds_what_an_automaton_finds() {
        let ac = aho_corasick::AhoCorasick::new(DISCOUNT_WORDS.map(|(w, _)| w)).unwrap();
        let expect = |t: &str| -> Vec<(usize, usize, &str)> {
            ac.find_iter(t).map(|m| (m.start(), m.end(), DISCOUNT_WORDS[m.pattern()].0)).collect()
        };
        // Both searches: Teddy where the machine has it, and Horspool.
        let found = |t: &str| -> Vec<(usize, usize, &str)> {
            let spans = |d: (NSpan, &'static str, f64)| (d.0.start, d.0.end, d.1);
            let horspool: Vec<_> = discounts_by(t, None).map(spans).collect();
            assert_eq!(discounts(t).map(spans).collect::<Vec<_>>(), horspool, "{t}");
            horspool
        };
        for t in ["", "折", "对折", "打对折半折半成", "a半成b對折", "半半成成对对折折", "一半成本"]
        {
            assert_eq!(found(t), expect(t), "{t}");
        }
        // Every string over an alphabet of the words' characters, their bytes' neighbours and
        // ASCII, up to five characters.
        let alphabet: Vec<char> = "对折對半成打扣戏一x ".chars().collect();
        let mut texts = vec![String::new()];
        for _ in 0..5 {
            let next: Vec<String> = texts
                .iter()
                .flat_map(|t| alphabet.iter().map(move |c| format!("{t}{c}")))
                .collect();
            for t in &next {
                assert_eq!(found(t), expect(t), "{t}");
            }
            texts = next;
        }
    }

    fn one(text: &str) -> RawQuantity {
        let qs = scan(text);
        assert_eq!(qs.len(), 1, "{text}: {qs:#?}");
        qs.into_iter().next().unwrap()
    }

    #[test]
    fn arabic_with_magnitude() {
        let q = one("完成规上产值2318.6亿元");
        assert_eq!((q.value, q.unit.as_str(), q.normalized), (2318.6, "亿元", 231860000000.0));
        assert_eq!(q.normalized_unit, NormalizedUnit::Currency("CNY".into()));
    }

    #[test]
    fn qualifiers_attach() {
        let q = one("拉动增速25个百分点左右");
        assert_eq!(q.unit, "个百分点");
        assert_eq!(q.qualifiers, vec![Qualifier::Approximate]);
        let q = one("重点实施20余项改造");
        assert_eq!((q.value, q.unit.as_str()), (20.0, "项"));
        assert_eq!(q.qualifiers, vec![Qualifier::MoreThan]);
    }

    #[test]
    fn chinese_forms() {
        let q = one("产量五亿六千多万吨");
        assert_eq!((q.value, q.unit.as_str(), q.normalized), (560000000.0, "吨", 560000000.0));
        let q = one("增长百分之七点九");
        assert_eq!((q.value, q.normalized), (7.9, 7.9));
        let q = one("配套厂家两百多家");
        assert_eq!((q.value, q.unit.as_str()), (200.0, "家"));
    }

    #[test]
    fn not_quantities() {
        for t in [
            "2022年",
            "党的二十大",
            "“六稳”“六保”",
            "一季度",
            "1-7月",
            "一元复始",
            "第一",
            "四项基本原则",
            "万元GDP能耗",
            "2011半年报",
            "（一）",
            "一把手",
            "李九村",
            "半导体",
        ] {
            assert!(scan(t).is_empty(), "{t}: {:?}", scan(t));
        }
    }

    #[test]
    fn ranges_and_compounds() {
        let q = one("投资6-8亿元");
        assert_eq!((q.value, q.value_max, q.normalized_max), (6.0, Some(8.0), Some(8e8)));
        let q = one("产能8万吨/年");
        assert_eq!((q.unit.as_str(), q.normalized, q.rate), ("万吨/年", 80000.0, true));
        let q = one("能耗1.0439吨标准煤/万元");
        assert_eq!((q.normalized, q.normalized_unit.clone()), (1.0439, NormalizedUnit::Other));
    }
}
