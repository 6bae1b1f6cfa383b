//! Microsoft Recognizers-Text's Chinese specs (MIT), read in place from
//! `../shared/external/recognizers-text/` and run through jingji's public API.
//!
//! One test per spec file. Every case is run; Recognizers-Text's expectation is translated
//! into jingji's conventions (`tests/cases/README.md`) and compared:
//!
//! - **NumberModel** (a numeral reader spec): a case whose only result is the whole input is
//!   read with `parse_number` (or, when that declines, as the one quantity `quantities`
//!   finds: fractions such as `五分之一` are quantities). In a sentence, each expected number
//!   must be the value of the jingji quantity over it (with the magnitude written in its unit:
//!   `4.78万亿` → 4.78 × 万亿); where jingji reports no quantity (a number without a unit is
//!   not a quantity in running text, by design), `parse_number` must read the expected text.
//!   A quantity jingji reports where Recognizers-Text expects no number fails the case
//!   (percents and money excepted: Recognizers-Text leaves them to its Percent and Currency
//!   models, so `一美元` is "no number" there).
//! - **PercentModel**: each expected percent must be a jingji quantity over it normalized to
//!   that many `percent`; `N个百分点` is a percentage-point change in jingji, so there the
//!   normalized unit must be `percentage_point` with the same number. Extra percent
//!   quantities fail the case.
//! - **NumberRangeModel**: `[a,b]`-style intervals with both bounds must be one jingji range
//!   (value a, value_max b); an open interval is one number with a qualifier: a lower bound
//!   `more_than` or `at_least` (jingji reads 以上 as "at least", the legal convention), an
//!   upper bound `less_than` or `at_most`; `[a,a]` is a plain number. Where jingji reports
//!   no quantity (query phrasings such as `大于10小于20`, numbers without a unit),
//!   `parse_range` must read the expected phrase as the same bounds. Inclusivity is not
//!   compared (jingji reads 以上/以下 as inclusive, the legal convention).
//! - **OrdinalModel**: ordinals are not quantities: jingji must report no quantity inside
//!   one, and `parse_ordinal` must read the expected ordinal (`第二百五十` → 250).
//! - **CurrencyModel**: value and currency of jingji's money quantities (normalized: whole
//!   units, ISO code); Recognizers-Text's unit names map to ISO codes. A currency name
//!   without a number (`人民币`) is a mention, not an amount: jingji must report no
//!   quantity over it.
//! - **DimensionModel**: value and unit mapped to jingji's normalized units (`20万公斤` →
//!   200 t, `387万亩` → 387万 × 666.6667 m2); data sizes, frequencies and food energy are
//!   `other` in the base unit its written unit names (`五十兆字节` → 5e7, unit 兆字节).
//!
//! A case that differs from Recognizers-Text on purpose is listed, with its reason, in
//! `tests/cases/recognizers_differences.tsv`. Each test prints its counts and the failing
//! inputs, then asserts issue 3's targets: at least 95% of the cases pass or are listed, at
//! least 90% pass outright; a listed case that passes, or a listing that names no case, fails.
//! Set `JINGJI_RECOGNIZERS_VERBOSE=1` to print every failing and listed case.

use crate::support;
use jingji::{Extractor, Qualifier, Quantity};
use serde::Deserialize;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::ops::Range;
use std::path::Path;
use std::sync::LazyLock;

static EX: LazyLock<Extractor> = LazyLock::new(Extractor::new);

/// Issue 3: share of a file's cases that pass or are listed as reasoned differences.
const PASS_OR_LISTED: f64 = 0.95;
/// Issue 3: share of a file's cases that pass outright.
const PASS: f64 = 0.90;
/// How many failing inputs a test prints (all with `JINGJI_RECOGNIZERS_VERBOSE`).
const SHOW: usize = 20;

#[derive(Deserialize)]
#[serde(rename_all = "PascalCase")]
struct RawCase {
    input: String,
    #[serde(default)]
    results: Vec<RawResult>,
    /// "Resolution of long numbers is not correct": only the extraction is compared.
    #[serde(default)]
    ignore_resolution: bool,
}

#[derive(Deserialize)]
#[serde(rename_all = "PascalCase")]
struct RawResult {
    text: String,
    /// Character offsets into `input`, `end` inclusive.
    start: usize,
    end: usize,
    #[serde(default)]
    resolution: Option<Resolution>,
}

#[derive(Deserialize, Default)]
struct Resolution {
    #[serde(default)]
    value: Option<String>,
    #[serde(default)]
    unit: Option<String>,
    #[serde(default, rename = "isoCurrency")]
    iso_currency: Option<String>,
}

/// One case, with the expected results' spans as byte ranges into `input`.
struct Case {
    input: String,
    expected: Vec<Expected>,
    ignore_resolution: bool,
}

struct Expected {
    text: String,
    span: Range<usize>,
    resolution: Resolution,
}

impl Expected {
    fn value(&self) -> Option<&str> {
        self.resolution.value.as_deref()
    }
}

/// Why a case does not pass. `hard`: it fails even when listed (the listing's reason is
/// contradicted by what jingji does).
struct Miss {
    detail: String,
    hard: bool,
}

fn miss(detail: impl Into<String>) -> Result<(), Miss> {
    Err(Miss { detail: detail.into(), hard: false })
}

fn load(suite: &Path, rel: &str) -> Vec<Case> {
    let path = suite.join(rel);
    let src = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    let raw: Vec<RawCase> = serde_json::from_str(src.trim_start_matches('\u{feff}'))
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    raw.into_iter()
        .map(|c| {
            let bytes = char_starts(&c.input);
            let expected = c
                .results
                .into_iter()
                .map(|r| {
                    let span = bytes[r.start]..bytes[r.end + 1];
                    Expected { text: r.text, span, resolution: r.resolution.unwrap_or_default() }
                })
                .collect();
            Case { input: c.input, expected, ignore_resolution: c.ignore_resolution }
        })
        .collect()
}

/// Byte offset of every char of `s`, and `s.len()` at the end.
fn char_starts(s: &str) -> Vec<usize> {
    s.char_indices().map(|(i, _)| i).chain([s.len()]).collect()
}

/// `file → input → reason` from `tests/cases/recognizers_differences.tsv`.
fn differences() -> BTreeMap<String, BTreeMap<String, String>> {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/cases/recognizers_differences.tsv");
    let src = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let mut out: BTreeMap<String, BTreeMap<String, String>> = BTreeMap::new();
    for (n, line) in src.lines().enumerate() {
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        let [file, input, reason] = cols[..] else {
            panic!("{path}:{}: expected 3 tab-separated columns, got {}", n + 1, cols.len());
        };
        assert!(!reason.trim().is_empty(), "{path}:{}: a listed difference needs a reason", n + 1);
        let previous =
            out.entry(file.to_string()).or_default().insert(input.to_string(), reason.to_string());
        assert!(previous.is_none(), "{path}:{}: {input:?} is listed twice", n + 1);
    }
    out
}

/// Runs every case of one spec file, prints the counts and failures, asserts the targets.
fn run(model: &str, rel: &str, check: fn(&Case) -> Result<(), Miss>) {
    let Some(shared) = support::shared_or_skip(&format!("recognizers::{model}")) else {
        return;
    };
    let suite = shared.join("external/recognizers-text");
    if !suite.is_dir() {
        eprintln!("SKIPPED recognizers::{model}: {} is absent", suite.display());
        return;
    }
    let cases = load(&suite, rel);
    let all = differences();
    let listed = all.get(model).cloned().unwrap_or_default();
    let verbose = std::env::var_os("JINGJI_RECOGNIZERS_VERBOSE").is_some();

    let (mut passed, mut differ) = (0usize, 0usize);
    let mut failures = Vec::new();
    let mut stale = Vec::new();
    let mut seen = BTreeSet::new();
    let mut listed_out = String::new();
    for case in &cases {
        let reason = listed.get(&case.input);
        if reason.is_some() {
            seen.insert(case.input.clone());
        }
        match (check(case), reason) {
            (Ok(()), None) => passed += 1,
            (Ok(()), Some(_)) => {
                passed += 1;
                stale.push(case.input.clone());
            }
            (Err(m), Some(reason)) if !m.hard => {
                differ += 1;
                if verbose {
                    let _ = writeln!(
                        listed_out,
                        "  LISTED {:?}: {reason}\n       {}",
                        case.input, m.detail
                    );
                }
            }
            (Err(m), _) => failures.push((case.input.clone(), m.detail)),
        }
    }
    let unknown: Vec<&String> = listed.keys().filter(|k| !seen.contains(*k)).collect();

    let total = cases.len();
    let failed = failures.len();
    let pct = |n: usize| 100.0 * n as f64 / total.max(1) as f64;
    let mut out = String::new();
    let _ = writeln!(
        out,
        "recognizers {model}: {total} cases, {passed} pass, {differ} listed differences, \
         {failed} fail; pass {:.1}%, pass or listed {:.1}%",
        pct(passed),
        pct(passed + differ),
    );
    for (input, detail) in failures.iter().take(if verbose { usize::MAX } else { SHOW }) {
        let _ = writeln!(out, "  FAIL {input:?}\n       {detail}");
    }
    if failed > SHOW && !verbose {
        let _ = writeln!(out, "  … and {} more", failed - SHOW);
    }
    out.push_str(&listed_out);
    for input in &stale {
        let _ = writeln!(out, "  STALE listing (the case passes): {input:?}");
    }
    for input in &unknown {
        let _ = writeln!(out, "  UNKNOWN listing (no such case in {rel}): {input:?}");
    }
    eprint!("{out}");

    assert!(
        stale.is_empty() && unknown.is_empty(),
        "{model}: recognizers_differences.tsv is out of date (see above)"
    );
    let ok_share = (passed + differ) as f64 / total as f64;
    let share = passed as f64 / total as f64;
    let check = |what: &str, share: f64, target: f64| {
        assert!(
            share + 1e-9 >= target,
            "{model}: {:.1}% {what}, target {:.0}%",
            100.0 * share,
            100.0 * target
        );
    };
    check("pass or are listed", ok_share, PASS_OR_LISTED);
    check("pass outright", share, PASS);
}

#[test]
fn number_model() {
    run("NumberModel", "Number/Chinese/NumberModel.json", check_number);
}

#[test]
fn percent_model() {
    run("PercentModel", "Number/Chinese/PercentModel.json", check_percent);
}

#[test]
fn number_range_model() {
    run("NumberRangeModel", "Number/Chinese/NumberRangeModel.json", check_range);
}

#[test]
fn ordinal_model() {
    run("OrdinalModel", "Number/Chinese/OrdinalModel.json", check_ordinal);
}

#[test]
fn currency_model() {
    run("CurrencyModel", "NumberWithUnit/Chinese/CurrencyModel.json", check_currency);
}

#[test]
fn dimension_model() {
    run("DimensionModel", "NumberWithUnit/Chinese/DimensionModel.json", check_dimension);
}

// ---------------------------------------------------------------------------------------
// Comparisons

fn close(a: f64, b: f64) -> bool {
    a == b || (a - b).abs() <= 1e-9 * a.abs().max(b.abs()).max(1e-3)
}

/// Recognizers-Text's numeric strings (`1.2732E+15`, `50%`, `6E-05%`).
fn num(s: &str) -> f64 {
    let t = s.trim().trim_end_matches('%');
    t.parse().unwrap_or_else(|e| panic!("unreadable number {s:?} in the spec: {e}"))
}

fn overlaps(a: &Range<usize>, q: &Quantity) -> bool {
    a.start < q.span.end && q.span.start < a.end
}

/// The magnitude written at the start of a unit as jingji keeps it (`亿元` → 1e8, `万亿` →
/// 1e12), not counting a 千/百 that belongs to the unit (`千瓦`, `千克`, `百分点`).
fn unit_magnitude(unit: &str) -> f64 {
    let mut mags: String = unit.chars().take_while(|c| "十百千万亿".contains(*c)).collect();
    let rest = &unit[mags.len()..];
    if ["瓦", "克", "米", "卡", "分点"].iter().any(|u| rest.starts_with(u)) {
        mags.pop();
    }
    if mags.is_empty() { 1.0 } else { jingji::parse_number(&format!("1{mags}")).unwrap_or(1.0) }
}

/// The number a quantity states, with the magnitude written in its unit applied: lower bound
/// and, for a range, upper bound.
fn numbers(q: &Quantity) -> (f64, Option<f64>) {
    let m = unit_magnitude(&q.unit);
    (q.value * m, q.value_max.map(|v| v * m))
}

/// Whether `q` states the number `w` (as its value or, for a range, either bound).
fn states(q: &Quantity, w: f64) -> bool {
    let (lo, hi) = numbers(q);
    close(lo, w) || hi.is_some_and(|h| close(h, w))
}

fn is_percent(q: &Quantity) -> bool {
    matches!(q.normalized.unit.as_str(), "percent" | "percentage_point")
}

fn show(qs: &[Quantity]) -> String {
    if qs.is_empty() {
        return "jingji: no quantity".into();
    }
    let items: Vec<String> = qs
        .iter()
        .map(|q| {
            let mut s = format!("{:?} = {}", q.text, q.value);
            if let Some(m) = q.value_max {
                let _ = write!(s, "..{m}");
            }
            let _ = write!(s, " {:?} → {}", q.unit, q.normalized.value);
            if let Some(m) = q.normalized.max {
                let _ = write!(s, "..{m}");
            }
            let _ = write!(s, " {}", q.normalized.unit.as_str());
            if !q.qualifiers.is_empty() {
                let names: Vec<&str> = q.qualifiers.iter().map(|x| x.as_str()).collect();
                let _ = write!(s, " [{}]", names.join(","));
            }
            s
        })
        .collect();
    format!("jingji: {}", items.join("; "))
}

fn show_expected(case: &Case) -> String {
    if case.expected.is_empty() {
        return "expected: nothing".into();
    }
    let items: Vec<String> = case
        .expected
        .iter()
        .map(|e| {
            let r = &e.resolution;
            let mut s = format!("{:?} = {}", e.text, r.value.as_deref().unwrap_or("null"));
            if let Some(u) = r.iso_currency.as_deref().or(r.unit.as_deref()) {
                let _ = write!(s, " {u}");
            }
            s
        })
        .collect();
    format!("expected: {}", items.join("; "))
}

fn fail(case: &Case, qs: &[Quantity], why: &str) -> Result<(), Miss> {
    miss(format!("{why}\n       {}\n       {}", show_expected(case), show(qs)))
}

/// Quantities of the kind a model is about that overlap no expected result.
fn extras<'q>(case: &Case, qs: &'q [Quantity], kind: fn(&Quantity) -> bool) -> Vec<&'q Quantity> {
    qs.iter().filter(|q| kind(q) && !case.expected.iter().any(|e| overlaps(&e.span, q))).collect()
}

// ---------------------------------------------------------------------------------------
// NumberModel

/// A quantity NumberModel is about: not a percent, not money.
fn plain_number(q: &Quantity) -> bool {
    !is_percent(q) && !is_money(q)
}

fn check_number(case: &Case) -> Result<(), Miss> {
    let qs = EX.quantities(&case.input);
    let trimmed = case.input.trim();
    if case.expected.is_empty() {
        if let Some(v) = jingji::parse_number(trimmed) {
            return fail(case, &qs, &format!("parse_number reads {v}"));
        }
        if !extras(case, &qs, plain_number).is_empty() {
            return fail(case, &qs, "a quantity where no number is expected");
        }
        return Ok(());
    }
    // The whole input is one numeral: the numeral reader on its own, and the scanner must
    // not read a different number in it (`5万4千6百` is not `6百`).
    if let [e] = &case.expected[..] {
        if case.input[e.span.clone()] == *trimmed {
            let want = if case.ignore_resolution { None } else { e.value().map(num) };
            let same = |q: &Quantity| want.is_none_or(|w| states(q, w));
            if let Some(q) = qs.iter().find(|q| !same(q)) {
                return fail(case, &qs, &format!("quantities reads {:?} differently", q.text));
            }
            return match (jingji::parse_number(trimmed), want) {
                (Some(_), None) => Ok(()),
                (Some(v), Some(w)) if close(v, w) => Ok(()),
                (Some(v), _) => fail(case, &qs, &format!("parse_number reads {v}")),
                (None, _) if qs.len() == 1 => Ok(()),
                (None, _) => fail(case, &qs, "parse_number declines, and no single quantity"),
            };
        }
    }
    for e in &case.expected {
        let want = if case.ignore_resolution { None } else { e.value().map(num) };
        let over: Vec<&Quantity> = qs.iter().filter(|q| overlaps(&e.span, q)).collect();
        if over.is_empty() {
            // No quantity here (no unit): the numeral reader must still read the number.
            match (jingji::parse_number(&case.input[e.span.clone()]), want) {
                (Some(_), None) => {}
                (Some(v), Some(w)) if close(v, w) => {}
                (got, _) => {
                    let why = format!("no quantity over {:?}; parse_number gives {got:?}", e.text);
                    return fail(case, &qs, &why);
                }
            }
        } else {
            let hit = over.iter().any(|q| want.is_none_or(|w| states(q, w)));
            if !hit {
                return fail(case, &qs, &format!("the quantity over {:?} differs", e.text));
            }
        }
    }
    if !extras(case, &qs, plain_number).is_empty() {
        return fail(case, &qs, "a quantity where no number is expected");
    }
    Ok(())
}

// ---------------------------------------------------------------------------------------
// PercentModel

fn check_percent(case: &Case) -> Result<(), Miss> {
    let qs = EX.quantities(&case.input);
    for e in &case.expected {
        let want = e.value().map(num);
        let squeezed: String = e.text.chars().filter(|c| !c.is_whitespace()).collect();
        let point = squeezed.contains("百分点") || squeezed.contains("百分點");
        let unit = if point { "percentage_point" } else { "percent" };
        let hit = qs.iter().any(|q| {
            overlaps(&e.span, q)
                && q.normalized.unit.as_str() == unit
                && want.is_none_or(|w| {
                    close(q.normalized.value, w) || q.normalized.max.is_some_and(|m| close(m, w))
                })
        });
        if !hit {
            let want = want.map_or("any".into(), |w| w.to_string());
            return fail(case, &qs, &format!("no {want} {unit} over {:?}", e.text));
        }
    }
    if !extras(case, &qs, is_percent).is_empty() {
        return fail(case, &qs, "a percent where none is expected");
    }
    Ok(())
}

// ---------------------------------------------------------------------------------------
// NumberRangeModel

/// `[20,35)`, `(500,)`, `(,100]` → (lower, upper).
fn interval(s: &str) -> (Option<f64>, Option<f64>) {
    let inner = s.trim().trim_start_matches(['[', '(']).trim_end_matches([']', ')']);
    let (lo, hi) = inner.split_once(',').unwrap_or_else(|| panic!("bad interval {s:?}"));
    let side = |t: &str| (!t.trim().is_empty()).then(|| num(t));
    (side(lo), side(hi))
}

/// The qualifiers that make a number an open interval.
const BOUNDS: &[Qualifier] =
    &[Qualifier::AtLeast, Qualifier::MoreThan, Qualifier::AtMost, Qualifier::LessThan];

fn check_range(case: &Case) -> Result<(), Miss> {
    let qs = EX.quantities(&case.input);
    let has = |q: &Quantity, wanted: &[Qualifier]| q.qualifiers.iter().any(|x| wanted.contains(x));
    for e in &case.expected {
        let (lo, hi) = interval(e.value().unwrap_or("(,)"));
        let hit = qs.iter().filter(|q| overlaps(&e.span, q)).any(|q| {
            let (v, max) = numbers(q);
            match (lo, hi, max) {
                (Some(a), Some(b), None) if a == b => close(v, a) && !has(q, BOUNDS),
                (Some(a), Some(b), Some(m)) => close(v, a) && close(m, b),
                (Some(a), None, None) => {
                    close(v, a) && has(q, &[Qualifier::MoreThan, Qualifier::AtLeast])
                }
                (None, Some(b), None) => {
                    close(v, b) && has(q, &[Qualifier::LessThan, Qualifier::AtMost])
                }
                _ => false,
            }
        });
        // Query phrasings (大于10小于20) and bare numbers make no quantity: the phrase must
        // read as the same range with `parse_range`.
        let same = |a: Option<f64>, b: Option<f64>| match (a, b) {
            (Some(a), Some(b)) => close(a, b),
            (a, b) => a.is_none() && b.is_none(),
        };
        let read = || jingji::parse_range(&case.input[e.span.clone()]);
        if !hit && !read().is_some_and(|r| same(r.min, lo) && same(r.max, hi)) {
            let want = e.value().unwrap_or("null");
            return fail(
                case,
                &qs,
                &format!("no quantity for {want} over {:?}; parse_range: {:?}", e.text, read()),
            );
        }
    }
    if !extras(case, &qs, |_| true).is_empty() {
        return fail(case, &qs, "a quantity where no range is expected");
    }
    Ok(())
}

// ---------------------------------------------------------------------------------------
// OrdinalModel

fn check_ordinal(case: &Case) -> Result<(), Miss> {
    let qs = EX.quantities(&case.input);
    let inside: Vec<Quantity> =
        qs.into_iter().filter(|q| case.expected.iter().any(|e| overlaps(&e.span, q))).collect();
    if !inside.is_empty() {
        let detail = format!("an ordinal is not a quantity\n       {}", show(&inside));
        return Err(Miss { detail, hard: true });
    }
    for e in &case.expected {
        let got = jingji::parse_ordinal(&e.text);
        let want = e.value().map(num);
        if got.is_none() || want.is_some_and(|w| got.is_none_or(|g| !close(g as f64, w))) {
            return miss(format!("parse_ordinal({:?}) = {got:?}, expected {want:?}", e.text));
        }
    }
    Ok(())
}

// ---------------------------------------------------------------------------------------
// CurrencyModel

/// Recognizers-Text's currency → ISO 4217 (its `isoCurrency` when given).
fn iso(r: &Resolution) -> Option<&str> {
    if let Some(code) = r.iso_currency.as_deref() {
        return Some(code);
    }
    match r.unit.as_deref()? {
        "Chinese yuan" => Some("CNY"),
        // `$20`: in Chinese text a bare dollar sign is the US dollar.
        "Dollar" | "United States dollar" => Some("USD"),
        "Euro" => Some("EUR"),
        "Hong Kong dollar" => Some("HKD"),
        "Japanese yen" => Some("JPY"),
        _ => None, // Bitcoin: no ISO code
    }
}

fn is_money(q: &Quantity) -> bool {
    let u = q.normalized.unit.as_str();
    u.len() == 3 && u.bytes().all(|b| b.is_ascii_uppercase())
}

fn check_currency(case: &Case) -> Result<(), Miss> {
    let qs = EX.quantities(&case.input);
    for e in &case.expected {
        // A currency name without a number (人民币) is a mention, not an amount: jingji
        // reports no quantity over it.
        if e.value().is_none() && iso(&e.resolution).is_some() {
            if qs.iter().any(|q| overlaps(&e.span, q)) {
                return fail(case, &qs, &format!("a quantity over the mention {:?}", e.text));
            }
            continue;
        }
        let (Some(value), Some(code)) = (e.value(), iso(&e.resolution)) else {
            return fail(case, &qs, &format!("{:?}: no value or no ISO code", e.text));
        };
        let want = num(value);
        let hit = qs.iter().any(|q| {
            overlaps(&e.span, q)
                && q.normalized.unit.as_str() == code
                && close(q.normalized.value, want)
        });
        if !hit {
            return fail(case, &qs, &format!("no {want} {code} over {:?}", e.text));
        }
    }
    if !extras(case, &qs, is_money).is_empty() {
        return fail(case, &qs, "money where none is expected");
    }
    Ok(())
}

// ---------------------------------------------------------------------------------------
// DimensionModel

/// Recognizers-Text's dimension unit → jingji's normalized unit and the size of one unit in
/// it. None: no such unit in jingji's table (data sizes, frequencies, food energy).
fn dimension_unit(unit: &str) -> Option<(&'static str, f64)> {
    Some(match unit {
        // `other` units: in the base unit of their kind, which the written unit names
        // (see `dimension_word`).
        "Bit" => ("other", 1.0),
        "Kilobit" => ("other", 1e3),
        "Kilobyte" => ("other", 1e3),
        "Megabyte" => ("other", 1e6),
        "Hertz" => ("other", 1.0),
        "Megahertz" => ("other", 1e6),
        "Kilocalorie" => ("other", 1e3),
        "Ton" => ("t", 1.0),
        "Kilogram" => ("t", 1e-3),
        "Gram" => ("t", 1e-6),
        "Microgram" => ("t", 1e-12),
        "Jin" => ("t", 5e-4),
        "Liang" => ("t", 5e-5),
        "Meter" => ("m", 1.0),
        "Kilometer" => ("m", 1e3),
        "Centimeter" => ("m", 1e-2),
        "Mu" => ("m2", 666.6667),
        "Kilowatt" => ("W", 1e3),
        _ => return None,
    })
}

/// The word jingji's written unit must contain for an `other` dimension (bits and bytes
/// share the normalized unit `other`).
fn dimension_word(unit: &str) -> &'static str {
    match unit {
        "Bit" | "Kilobit" => "比特",
        "Kilobyte" | "Megabyte" => "字节",
        "Hertz" | "Megahertz" => "赫兹",
        "Kilocalorie" => "卡",
        _ => "",
    }
}

fn is_dimension(q: &Quantity) -> bool {
    matches!(q.normalized.unit.as_str(), "t" | "m" | "m2" | "m3" | "W" | "Wh")
}

fn check_dimension(case: &Case) -> Result<(), Miss> {
    let qs = EX.quantities(&case.input);
    for e in &case.expected {
        let r = &e.resolution;
        let unit = r.unit.as_deref().unwrap_or("");
        let (Some(value), Some((target, factor))) = (r.value.as_deref(), dimension_unit(unit))
        else {
            return fail(case, &qs, &format!("{unit:?}: not a unit of jingji's table"));
        };
        let want = num(value) * factor;
        // 亩 is 666.6667 m2 by the contract: compare to a millionth.
        let hit = qs.iter().any(|q| {
            overlaps(&e.span, q)
                && q.normalized.unit.as_str() == target
                && q.unit.contains(dimension_word(unit))
                && (q.normalized.value - want).abs() <= 1e-6 * want.abs()
        });
        if !hit {
            return fail(case, &qs, &format!("no {want} {target} over {:?}", e.text));
        }
    }
    if !extras(case, &qs, is_dimension).is_empty() {
        return fail(case, &qs, "a measure where none is expected");
    }
    Ok(())
}
