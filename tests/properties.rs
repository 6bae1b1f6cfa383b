//! Property tests (issue 7, issue 2 point 4): extraction never panics, every span of every
//! item is a char-boundary range of the input that slices it to the item's `text`, items come
//! in text order, and a newspaper column's hard wrapping changes nothing but spans.
//!
//! Case counts are modest so that `cargo test` stays fast in debug builds; the fuzz target in
//! `fuzz/` covers the same ground for hours. Failures are not persisted to files (the input
//! is printed; a failing input becomes a named regression test in `robustness.rs`).

use crate::support::indicator_meanings;
use jingji::{Extractor, Report, Span};
use proptest::prelude::*;
use proptest::test_runner::Config;

/// The config of every property here: `cases` cases, no regression files written.
fn config(cases: u32) -> Config {
    Config { cases, failure_persistence: None, ..Config::default() }
}

/// Checks that `span` is a char-boundary range of `input` and returns the slice.
#[track_caller]
fn slice<'a>(input: &'a str, span: Span, what: &str) -> &'a str {
    assert!(
        span.start <= span.end && span.end <= input.len(),
        "{what} span {span:?} is out of range for {} bytes in {input:?}",
        input.len()
    );
    assert!(
        input.is_char_boundary(span.start) && input.is_char_boundary(span.end),
        "{what} span {span:?} is not on char boundaries in {input:?}"
    );
    &input[span]
}

/// Asserts the span invariants of a report on `input`: every indicator, mention and project
/// span slices `input` (to the item's text where it has one); indicators and projects are in
/// non-decreasing start order, and so are each entity's mentions.
#[track_caller]
pub(crate) fn assert_report_spans(input: &str, report: &Report) {
    let mut last = 0;
    for i in &report.indicators {
        assert_eq!(slice(input, i.span, "indicator"), i.text, "indicator {i:?} in {input:?}");
        assert!(i.span.start >= last, "indicators out of order at {i:?} in {input:?}");
        last = i.span.start;
    }
    for e in &report.entities {
        let mut last = 0;
        for &m in &e.mentions {
            slice(input, m, "entity mention");
            assert!(m.start >= last, "mentions of {e:?} out of order in {input:?}");
            last = m.start;
        }
    }
    let mut last = 0;
    for p in &report.projects {
        assert_eq!(slice(input, p.span, "project"), p.text, "project {p:?} in {input:?}");
        assert!(p.span.start >= last, "projects out of order at {p:?} in {input:?}");
        last = p.span.start;
    }
}

/// Asserts the span invariants of the views other than the report: quantities slice the
/// input to their text, in order; sentences and tokens are char-boundary ranges that do not
/// overlap and increase.
#[track_caller]
pub(crate) fn assert_view_spans(ex: &Extractor, input: &str) {
    let mut last = 0;
    for q in ex.quantities(input) {
        assert_eq!(slice(input, q.span, "quantity"), q.text, "quantity {q:?} in {input:?}");
        assert!(q.span.start >= last, "quantities out of order at {q:?} in {input:?}");
        last = q.span.start;
    }
    let mut last_end = 0;
    for s in ex.sentences(input) {
        slice(input, s.span, "sentence");
        assert!(s.span.start >= last_end, "sentence {s:?} overlaps the one before in {input:?}");
        last_end = s.span.end;
    }
    let mut last_end = 0;
    for t in ex.tokens(input) {
        slice(input, t.span, "token");
        assert!(t.span.start >= last_end, "token {t:?} overlaps the one before in {input:?}");
        last_end = t.span.end;
    }
}

/// Extracts `input` and checks every span invariant (report and views).
#[track_caller]
pub(crate) fn check_all(input: &str) -> Report {
    let ex = Extractor::new();
    let report = ex.extract(input);
    assert_report_spans(input, &report);
    assert_view_spans(&ex, input);
    // The plain readers never panic, and what they return is finite and consistent.
    assert!(jingji::parse_number(input).is_none_or(f64::is_finite));
    if let Some(r) = jingji::parse_range(input) {
        assert!(r.min.is_some() || r.max.is_some(), "an empty range from {input:?}");
        if let (Some(a), Some(b)) = (r.min, r.max) {
            assert!(a <= b, "min > max from {input:?}");
        }
    }
    let _ = jingji::parse_ordinal(input);
    report
}

// --- generators -----------------------------------------------------------------------------

const PLACES: &[&str] = &["全省", "全市", "开发区", "高新区", "西宁市", "本县", "园区", "全区"];
const METRICS: &[&str] = &[
    "地区生产总值",
    "规上工业增加值",
    "固定资产投资",
    "社会消费品零售总额",
    "规上产值",
    "工业投资",
    "进出口总额",
    "一般公共预算收入",
    "外贸出口",
    "民间投资",
];
const UNITS: &[&str] = &["亿元", "万吨", "%", "个百分点", "万元", "户", "倍", "GW", "万平方米"];
const QUALIFIER_WORDS: &[&str] = &[
    "约",
    "左右",
    "以上",
    "超过",
    "不足",
    "近",
    "预计",
    "力争",
    "目标",
    "余",
    "多",
    "逾",
    "以下",
    "不低于",
    "至少",
    "有望",
    "计划",
    "上下",
];
const VERBS: &[&str] =
    &["增长", "下降", "同比增长", "提高", "回落", "完成", "实现", "达到", "占", "拉动", "持平"];
const PUNCT: &[&str] = &["，", "。", "、", "％", "．", "—", "；", "：", "（", "）", "“", "”"];
const HAN: &str = "的一是在了经济发展企业项目建设投资产业集团有限公司新能源材料锂电光伏\
                   多晶硅碳纤维年月日季度全省市县区园开发高新技术等家个万亿元吨增长下降";
const DIRT: &[&str] =
    &["\r\n", "\u{feff}", "\u{200b}", "\0", "&nbsp;", "&#20013;", "&#x4e2d;", "&amp;", "\u{3000}"];

fn pick(list: &'static [&'static str]) -> impl Strategy<Value = String> {
    proptest::sample::select(list).prop_map(str::to_string)
}

fn han_char() -> impl Strategy<Value = String> {
    let chars: Vec<char> = HAN.chars().collect();
    prop_oneof![
        4 => proptest::sample::select(chars).prop_map(String::from),
        1 => proptest::char::range('\u{4e00}', '\u{9fff}').prop_map(String::from),
    ]
}

fn ascii_number() -> impl Strategy<Value = String> {
    (0u32..100_000, proptest::option::of(0u32..100)).prop_map(|(int, frac)| match frac {
        Some(f) => format!("{int}.{f}"),
        None => int.to_string(),
    })
}

/// A number with some or all of its digits (and its point) in full width.
fn wide_number() -> impl Strategy<Value = String> {
    (ascii_number(), any::<u64>()).prop_map(|(n, mask)| {
        n.chars()
            .enumerate()
            .map(|(i, c)| match c {
                '0'..='9' if mask >> (i % 64) & 1 == 1 => {
                    char::from_u32(c as u32 + 0xFEE0).unwrap_or(c)
                }
                '.' if mask & 1 == 1 => '．',
                _ => c,
            })
            .collect()
    })
}

/// One piece of a "newsy" string: Chinese characters, numbers in both widths, punctuation,
/// line breaks, spaces, units, qualifiers, metrics and some invisible noise.
fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        6 => han_char(),
        3 => measure(),
        3 => ascii_number(),
        2 => wide_number(),
        1 => "[0-9０-９]{1,3}".prop_map(|s| s),
        2 => pick(PUNCT),
        2 => Just("\n".to_string()),
        1 => Just(" ".to_string()),
        2 => pick(UNITS),
        2 => pick(QUALIFIER_WORDS),
        2 => pick(METRICS),
        2 => pick(VERBS),
        1 => pick(PLACES),
        1 => pick(DIRT),
        1 => "[一二三四五六七八九十百千万亿零两]{1,4}".prop_map(|s| s),
        1 => pick(&["等企业", "有限公司", "集团", "项目", "【", "】", "本报记者 ", "2022年", "1—11月"]),
        1 => comparison_base(),
    ]
}

/// A comparison with its base period (`降幅比前10个月收窄`): the base's digits put the
/// characters after 比 at odd byte offsets.
fn comparison_base() -> impl Strategy<Value = String> {
    (
        pick(&["降幅", "增速", "涨幅", ""]),
        pick(&["比前", "较前", "比", "比上年"]),
        0u32..13,
        pick(&["个月收窄", "个月回落", "月提高", "季度加快"]),
    )
        .prop_map(|(metric, base, n, verb)| format!("{metric}{base}{n}{verb}"))
}

/// A number with a unit, sometimes a range whose bounds may each have the unit or not
/// (`6亿元-8亿元`, `15%-20`, `3至5万吨`).
fn measure() -> impl Strategy<Value = String> {
    (
        prop_oneof![ascii_number(), wide_number()],
        pick(UNITS),
        proptest::option::of((
            pick(&["-", "—", "～", "~", "至", "到", "－"]),
            ascii_number(),
            any::<(bool, bool)>(),
        )),
    )
        .prop_map(|(n, unit, range)| match range {
            None => format!("{n}{unit}"),
            Some((dash, m, (unit_low, unit_high))) => {
                let low = if unit_low { unit.as_str() } else { "" };
                let high = if unit_high { unit.as_str() } else { "" };
                format!("{n}{low}{dash}{m}{high}")
            }
        })
}

fn newsy() -> impl Strategy<Value = String> {
    proptest::collection::vec(piece(), 0..60).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(config(256))]

    /// Any string at all: no panic, spans valid.
    #[test]
    fn arbitrary_strings_keep_span_invariants(s in any::<String>()) {
        check_all(&s);
    }

    /// CJK + digits of both widths + punctuation + breaks + units + qualifiers.
    #[test]
    fn newsy_mixtures_keep_span_invariants(s in newsy()) {
        check_all(&s);
    }

    /// Arbitrary bytes: `extract_bytes` never panics; when it accepts them they are UTF-8 and
    /// the report's spans slice them.
    #[test]
    fn extract_bytes_never_panics(bytes in proptest::collection::vec(any::<u8>(), 0..200)) {
        match Extractor::new().extract_bytes(&bytes) {
            Ok(report) => {
                let text = std::str::from_utf8(&bytes).expect("accepted bytes are UTF-8");
                assert_report_spans(text, &report);
            }
            Err(jingji::Error::InvalidUtf8 { valid_up_to }) => {
                let e = std::str::from_utf8(&bytes).expect_err("rejected bytes are not UTF-8");
                prop_assert_eq!(valid_up_to, e.valid_up_to());
            }
            Err(jingji::Error::EmptyInput) => {
                let text = std::str::from_utf8(&bytes).expect("blank input is UTF-8");
                prop_assert!(text.trim().is_empty());
            }
            Err(e) => prop_assert!(false, "unexpected error {e}"),
        }
    }

    /// Mostly-valid bytes: newsy text with a few bytes flipped or cut.
    #[test]
    fn extract_bytes_on_damaged_text(
        s in newsy(),
        damage in proptest::collection::vec((any::<prop::sample::Index>(), any::<u8>()), 0..4),
    ) {
        let mut bytes = s.into_bytes();
        for (at, b) in damage {
            if !bytes.is_empty() {
                let i = at.index(bytes.len());
                bytes[i] = b;
            }
        }
        if let Ok(report) = Extractor::new().extract_bytes(&bytes) {
            assert_report_spans(std::str::from_utf8(&bytes).expect("accepted"), &report);
        }
    }
}

// --- differential: hard wrapping changes nothing but spans ----------------------------------

/// One templated sentence of a statistical review.
fn template_sentence() -> impl Strategy<Value = String> {
    let growth = (1u32..400).prop_map(|v| format!("{}.{}", v / 10, v % 10));
    let amount = (1u32..99_999).prop_map(|v| format!("{}.{}", v / 10, v % 10));
    (pick(PLACES), pick(METRICS), growth, pick(METRICS), amount, 0usize..4, (1u32..20, 1u32..500))
        .prop_map(|(place, m1, x, m2, y, shape, (p, count))| match shape {
            0 => format!("{place}{m1}增长{x}%，{m2}{y}亿元。"),
            1 => format!("{place}完成{m2}{y}亿元，同比增长{x}%。"),
            2 => format!("{place}{m1}下降{x}%，增速回落{p}个百分点。"),
            _ => format!("{place}新增规上企业{count}户，{m2}约{y}亿元。"),
        })
}

/// A paragraph (with a year lead-in so periods are set) and a wrap width.
fn wrapped_case() -> impl Strategy<Value = (String, usize)> {
    (2015u32..2025, proptest::collection::vec(template_sentence(), 3..8), 8usize..20)
        .prop_map(|(year, sentences, width)| (format!("{year}年，{}", sentences.concat()), width))
}

/// Hard-wraps `text` like a newspaper column: a `\n` after every `width` characters.
fn hard_wrap(text: &str, width: usize) -> String {
    let chars: Vec<char> = text.chars().collect();
    chars.chunks(width).map(|c| c.iter().collect::<String>()).collect::<Vec<_>>().join("\n")
}

proptest! {
    #![proptest_config(config(96))]

    /// A paragraph wrapped into a column of at least four lines of equal width gives the same
    /// indicators (metric, kind, value, unit, qualifiers, period) as the paragraph unwrapped.
    #[test]
    fn hard_wrapping_changes_nothing_but_spans((text, width) in wrapped_case()) {
        prop_assume!(text.chars().count() >= 4 * width);
        let wrapped = hard_wrap(&text, width);
        let flat = check_all(&text);
        let column = check_all(&wrapped);
        prop_assert!(!flat.indicators.is_empty(), "templates yield indicators: {}", text);
        prop_assert_eq!(indicator_meanings(&column), indicator_meanings(&flat), "wrapped:\n{}", wrapped);
    }
}

/// The wrap differential on fixed examples, including a break inside a number.
#[test]
fn hard_wrapping_examples() {
    let text = "2022年，全省地区生产总值增长5.2%，固定资产投资1386.2亿元。\
                全市规上工业增加值下降2.7%，增速回落1.5个百分点。";
    let flat = check_all(text);
    assert!(!flat.indicators.is_empty());
    for width in 8..20 {
        let wrapped = hard_wrap(text, width);
        let column = check_all(&wrapped);
        assert_eq!(
            indicator_meanings(&column),
            indicator_meanings(&flat),
            "width {width}:\n{wrapped}"
        );
    }
}
