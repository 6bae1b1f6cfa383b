//! Runs the data-driven case files in `tests/cases/` (format: `tests/cases/README.md`).
//!
//! Every case is checked; a failure prints the case name, its input and a line-by-line
//! comparison. Cases that are known not to pass yet are listed, with a reason, in
//! `tests/cases/known_failures.tsv`; the test fails on any other failing case, and also on
//! a listed case that now passes (so the list cannot go stale).

use jingji::{EntityKind, Extractor, Report};
use serde::Deserialize;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::sync::LazyLock;

static EX: LazyLock<Extractor> = LazyLock::new(Extractor::new);

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct File<T> {
    case: Vec<Case<T>>,
}

// Unknown keys are errors: a misspelt `[[case.expect]]` must not pass as "expects nothing".
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Case<T> {
    name: String,
    /// The form a quantity case covers (documentation for the reader; not checked).
    #[serde(default)]
    #[allow(dead_code)]
    form: Option<String>,
    input: String,
    #[serde(default = "Vec::new")]
    expect: Vec<T>,
    #[serde(default)]
    absent: Vec<String>,
}

#[derive(Deserialize, Debug)]
#[serde(deny_unknown_fields)]
struct QuantityCase {
    text: String,
    #[serde(default)]
    occurrence: usize,
    value: f64,
    unit: String,
    normalized: f64,
    normalized_unit: String,
    value_max: Option<f64>,
    normalized_max: Option<f64>,
    #[serde(default)]
    qualifiers: Vec<String>,
}

#[derive(Deserialize, Debug)]
#[serde(untagged)]
enum OneOrMany {
    One(String),
    Many(Vec<String>),
}

impl OneOrMany {
    fn contains(&self, s: &str) -> bool {
        match self {
            OneOrMany::One(x) => x == s,
            OneOrMany::Many(v) => v.iter().any(|x| x == s),
        }
    }
}

#[derive(Deserialize, Debug)]
#[serde(deny_unknown_fields)]
struct IndicatorCase {
    quantity: String,
    #[serde(default)]
    occurrence: usize,
    metric: OneOrMany,
    kind: String,
    value: f64,
    /// A range's second number, checked when given.
    value_max: Option<f64>,
    normalized: f64,
    normalized_max: Option<f64>,
    normalized_unit: String,
    #[serde(default)]
    qualifiers: Vec<String>,
    period: Option<String>,
    subject: Option<String>,
    /// The indicator's whole evidence (its span's text), checked when given.
    text: Option<String>,
}

#[derive(Deserialize, Debug)]
#[serde(deny_unknown_fields)]
struct EntityCase {
    name: String,
    kind: String,
    aliases: Option<Vec<String>>,
}

#[derive(Deserialize, Debug)]
#[serde(deny_unknown_fields)]
struct ProjectCase {
    text: String,
    #[serde(default)]
    occurrence: usize,
    enterprise: Option<String>,
    product: String,
    capacity: Option<String>,
    capacity_normalized: Option<f64>,
    capacity_unit: Option<String>,
}

fn load<T: for<'de> Deserialize<'de>>(file: &str) -> Vec<Case<T>> {
    let path = format!("{}/tests/cases/{file}", env!("CARGO_MANIFEST_DIR"));
    let src = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let parsed: File<T> = toml::from_str(&src).unwrap_or_else(|e| panic!("{path}: {e}"));
    parsed.case
}

/// The byte range of the `occurrence`-th `needle` in `hay`.
fn locate(hay: &str, needle: &str, occurrence: usize) -> Option<(usize, usize)> {
    hay.match_indices(needle).nth(occurrence).map(|(i, s)| (i, i + s.len()))
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-6 * b.abs().max(1.0)
}

fn close_opt(a: Option<f64>, b: Option<f64>) -> bool {
    match (a, b) {
        (None, None) => true,
        (Some(a), Some(b)) => close(a, b),
        _ => false,
    }
}

fn known_failures() -> BTreeMap<(String, String), String> {
    let path = format!("{}/tests/cases/known_failures.tsv", env!("CARGO_MANIFEST_DIR"));
    let src = std::fs::read_to_string(&path).unwrap_or_default();
    src.lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .filter_map(|l| {
            let mut cols = l.splitn(3, '\t');
            let file = cols.next()?.to_string();
            let name = cols.next()?.to_string();
            Some(((file, name), cols.next().unwrap_or("").to_string()))
        })
        .collect()
}

/// Runs `check` on every case of `file` and compares the failures with the known list.
fn run<T: for<'de> Deserialize<'de>>(file: &str, check: impl Fn(&Case<T>) -> Result<(), String>) {
    let cases = load::<T>(file);
    let known = known_failures();
    let mut names = BTreeSet::new();
    let (mut passed, mut failed, mut unexpected, mut stale) = (0, 0, Vec::new(), Vec::new());
    let mut report = String::new();
    for case in &cases {
        assert!(names.insert(case.name.clone()), "{file}: duplicate case name {}", case.name);
        let listed = known.contains_key(&(file.to_string(), case.name.clone()));
        match check(case) {
            Ok(()) => {
                passed += 1;
                if listed {
                    stale.push(case.name.clone());
                }
            }
            Err(diff) => {
                failed += 1;
                if !listed {
                    let _ = writeln!(
                        report,
                        "\n--- {file} :: {}\ninput: {:?}\n{diff}",
                        case.name, case.input
                    );
                    unexpected.push(case.name.clone());
                }
            }
        }
    }
    eprintln!(
        "{file}: {} cases, {passed} pass, {failed} fail ({} listed as known failures)",
        cases.len(),
        failed - unexpected.len()
    );
    assert!(
        unexpected.is_empty(),
        "{file}: {} case(s) fail that are not in tests/cases/known_failures.tsv:{report}\n\
         help: fix the library, or (only if the expectation is right and the gap is understood) \
         list the case with a reason",
        unexpected.len()
    );
    assert!(
        stale.is_empty(),
        "{file}: these cases now pass; remove them from tests/cases/known_failures.tsv: {stale:?}"
    );
}

#[test]
fn quantities() {
    run::<QuantityCase>("quantities.toml", |case| {
        let got = EX.quantities(&case.input);
        let mut diff = String::new();
        if got.len() != case.expect.len() {
            let _ =
                writeln!(diff, "expected {} quantities, found {}", case.expect.len(), got.len());
        }
        for q in &got {
            assert_eq!(&case.input[q.span], q.text, "span must slice the input to the text");
        }
        for (i, e) in case.expect.iter().enumerate() {
            let Some((s, t)) = locate(&case.input, &e.text, e.occurrence) else {
                return Err(format!("expected text {:?} is not in the input", e.text));
            };
            let Some(g) = got.iter().find(|g| g.span.start == s && g.span.end == t) else {
                let near: Vec<_> = got.iter().map(|g| g.text.as_str()).collect();
                let _ = writeln!(diff, "#{i} missing {:?} (found: {near:?})", e.text);
                continue;
            };
            let mut quals: Vec<&str> = g.qualifiers.iter().map(|q| q.as_str()).collect();
            quals.sort();
            let mut want: Vec<&str> = e.qualifiers.iter().map(String::as_str).collect();
            want.sort();
            let ok = close(g.value, e.value)
                && g.unit == e.unit
                && close(g.normalized.value, e.normalized)
                && g.normalized.unit.as_str() == e.normalized_unit
                && close_opt(g.value_max, e.value_max)
                && close_opt(g.normalized.max, e.normalized_max)
                && quals == want;
            if !ok {
                let _ = writeln!(
                    diff,
                    "#{i} {:?}\n   want {} {} → {} {} max {:?}/{:?} {:?}\n   got  {} {} → {} {} max {:?}/{:?} {:?}",
                    e.text,
                    e.value,
                    e.unit,
                    e.normalized,
                    e.normalized_unit,
                    e.value_max,
                    e.normalized_max,
                    want,
                    g.value,
                    g.unit,
                    g.normalized.value,
                    g.normalized.unit,
                    g.value_max,
                    g.normalized.max,
                    quals
                );
            }
        }
        for g in &got {
            if !case.expect.iter().any(|e| {
                locate(&case.input, &e.text, e.occurrence) == Some((g.span.start, g.span.end))
            }) {
                let _ = writeln!(diff, "unexpected {:?} = {} {}", g.text, g.value, g.unit);
            }
        }
        if diff.is_empty() { Ok(()) } else { Err(diff) }
    });
}

#[test]
fn indicators() {
    run::<IndicatorCase>("indicators.toml", |case| {
        let report = EX.extract(&case.input);
        check_spans(&case.input, &report);
        let got = &report.indicators;
        let mut diff = String::new();
        if got.len() != case.expect.len() {
            let _ =
                writeln!(diff, "expected {} indicators, found {}", case.expect.len(), got.len());
        }
        let mut used = vec![false; got.len()];
        for (i, e) in case.expect.iter().enumerate() {
            let Some((s, t)) = locate(&case.input, &e.quantity, e.occurrence) else {
                return Err(format!("quantity {:?} is not in the input", e.quantity));
            };
            let Some(k) = (0..got.len())
                .find(|&k| !used[k] && got[k].span.start <= s && t <= got[k].span.end)
            else {
                let _ =
                    writeln!(diff, "#{i} missing indicator for {:?} ({:?})", e.quantity, e.metric);
                continue;
            };
            used[k] = true;
            let g = &got[k];
            let quals: BTreeSet<&str> = g.qualifiers.iter().map(|q| q.as_str()).collect();
            let want: BTreeSet<&str> = e.qualifiers.iter().map(String::as_str).collect();
            let period_ok = match e.period.as_deref() {
                None => true,
                Some("none") => g.period.is_none(),
                Some(p) => g.period.as_deref() == Some(p),
            };
            let subject_ok = match e.subject.as_deref() {
                None => true,
                Some("none") => g.subject.is_none(),
                Some(s) => g.subject.as_deref() == Some(s),
            };
            let text_ok = e.text.as_ref().is_none_or(|t| *t == g.text);
            let max_ok = (e.value_max.is_none() || close_opt(g.value_max, e.value_max))
                && (e.normalized_max.is_none() || close_opt(g.normalized.max, e.normalized_max));
            let ok = e.metric.contains(&g.metric)
                && g.kind.as_str() == e.kind
                && close(g.value, e.value)
                && max_ok
                && close(g.normalized.value, e.normalized)
                && g.normalized.unit.as_str() == e.normalized_unit
                && quals == want
                && period_ok
                && subject_ok
                && text_ok;
            if !ok {
                let _ = writeln!(
                    diff,
                    "#{i} {:?}\n   want {:?} {} {} → {} {} {:?} period {:?} subject {:?} text {:?}\n   got  {:?} {} {} → {} {} {:?} period {:?} subject {:?} text {:?}",
                    e.quantity,
                    e.metric,
                    e.kind,
                    e.value,
                    e.normalized,
                    e.normalized_unit,
                    want,
                    e.period,
                    e.subject,
                    e.text,
                    g.metric,
                    g.kind,
                    g.value,
                    g.normalized.value,
                    g.normalized.unit,
                    quals,
                    g.period,
                    g.subject,
                    g.text
                );
            }
        }
        for (k, g) in got.iter().enumerate() {
            if !used[k] {
                let _ =
                    writeln!(diff, "unexpected {:?} {} {} [{}]", g.metric, g.kind, g.value, g.text);
            }
        }
        if diff.is_empty() { Ok(()) } else { Err(diff) }
    });
}

fn entity_kind(s: &str) -> Option<EntityKind> {
    Some(match s {
        "enterprise" => EntityKind::Enterprise,
        "organization" => EntityKind::Organization,
        "park" => EntityKind::Park,
        "place" => EntityKind::Place,
        "person" => EntityKind::Person,
        _ => return None,
    })
}

#[test]
fn entities() {
    run::<EntityCase>("entities.toml", |case| {
        let report = EX.extract(&case.input);
        check_spans(&case.input, &report);
        let mut diff = String::new();
        for e in &case.expect {
            let kind = entity_kind(&e.kind).ok_or(format!("bad kind {:?}", e.kind))?;
            match report.entities.iter().find(|g| g.name == e.name && g.kind == kind) {
                None => {
                    let same_name = report
                        .entities
                        .iter()
                        .find(|g| g.name == e.name || g.aliases.contains(&e.name));
                    let _ = writeln!(
                        diff,
                        "missing {} {:?} (found as: {:?})",
                        e.kind,
                        e.name,
                        same_name.map(|g| (&g.name, g.kind))
                    );
                }
                Some(g) => {
                    if let Some(aliases) = &e.aliases {
                        let a: BTreeSet<_> = aliases.iter().collect();
                        let b: BTreeSet<_> = g.aliases.iter().collect();
                        if a != b {
                            let _ = writeln!(diff, "{:?}: aliases want {a:?} got {b:?}", e.name);
                        }
                    }
                }
            }
        }
        let exhaustive = [EntityKind::Enterprise, EntityKind::Organization, EntityKind::Park];
        for g in report.entities.iter().filter(|g| exhaustive.contains(&g.kind)) {
            if !case.expect.iter().any(|e| e.name == g.name && entity_kind(&e.kind) == Some(g.kind))
            {
                let _ = writeln!(
                    diff,
                    "unexpected {} {:?} aliases {:?}",
                    g.kind.as_str(),
                    g.name,
                    g.aliases
                );
            }
        }
        for a in &case.absent {
            if report.entities.iter().any(|g| &g.name == a || g.aliases.contains(a)) {
                let _ = writeln!(diff, "{a:?} must not be an entity");
            }
        }
        if diff.is_empty() { Ok(()) } else { Err(diff) }
    });
}

#[test]
fn projects() {
    run::<ProjectCase>("projects.toml", |case| {
        let report = EX.extract(&case.input);
        check_spans(&case.input, &report);
        let got = &report.projects;
        let mut diff = String::new();
        let mut used = vec![false; got.len()];
        for e in &case.expect {
            let Some((s, t)) = locate(&case.input, &e.text, e.occurrence) else {
                return Err(format!("text {:?} is not in the input", e.text));
            };
            let Some(k) = (0..got.len())
                .find(|&k| !used[k] && got[k].span.start == s && got[k].span.end == t)
            else {
                let found: Vec<_> = got.iter().map(|p| p.text.as_str()).collect();
                let _ = writeln!(diff, "missing project {:?} (found: {found:?})", e.text);
                continue;
            };
            used[k] = true;
            let g = &got[k];
            let cap_ok = match (&e.capacity, &g.capacity) {
                (None, None) => true,
                (Some(_), Some(c)) => {
                    e.capacity_normalized.is_none_or(|v| close(c.normalized.value, v))
                        && e.capacity_unit
                            .as_deref()
                            .is_none_or(|u| c.normalized.unit.as_str() == u)
                }
                _ => false,
            };
            if g.enterprise != e.enterprise || g.product != e.product || !cap_ok {
                let _ = writeln!(
                    diff,
                    "{:?}\n   want {:?} / {:?} / {:?}\n   got  {:?} / {:?} / {:?}",
                    e.text,
                    e.enterprise,
                    e.product,
                    e.capacity,
                    g.enterprise,
                    g.product,
                    g.capacity.as_ref().map(|c| (c.value, c.unit.clone()))
                );
            }
        }
        for (k, g) in got.iter().enumerate() {
            if !used[k] {
                let _ = writeln!(
                    diff,
                    "unexpected project {:?} {:?} [{}]",
                    g.enterprise, g.product, g.text
                );
            }
        }
        if diff.is_empty() { Ok(()) } else { Err(diff) }
    });
}

/// Every span of a report slices the input to its text.
pub fn check_spans(input: &str, r: &Report) {
    for i in &r.indicators {
        assert_eq!(input.get(i.span.range()), Some(i.text.as_str()), "indicator span");
    }
    for p in &r.projects {
        assert_eq!(input.get(p.span.range()), Some(p.text.as_str()), "project span");
    }
    for e in &r.entities {
        for m in &e.mentions {
            assert!(input.get(m.range()).is_some(), "mention span {m:?} of {}", e.name);
        }
    }
}

/// `tests/cases/ranges.tsv`: `jingji::parse_range` on each input.
#[test]
fn ranges() {
    let path = format!("{}/tests/cases/ranges.tsv", env!("CARGO_MANIFEST_DIR"));
    let src = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let bound = |v: &str, incl: &str, line: usize| -> (Option<f64>, bool) {
        if v == "-" {
            return (None, false);
        }
        let v = v.parse().unwrap_or_else(|e| panic!("{path}:{line}: bad number {v:?}: {e}"));
        (Some(v), incl == "yes")
    };
    let (mut total, mut failures) = (0, Vec::new());
    for (n, line) in src.lines().enumerate() {
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        let [input, min, min_incl, max, max_incl] = cols[..] else {
            panic!("{path}:{}: expected 5 tab-separated columns", n + 1);
        };
        total += 1;
        let got = jingji::parse_range(input);
        let ok = if min == "none" {
            got.is_none()
        } else {
            let (lo, lo_incl) = bound(min, min_incl, n + 1);
            let (hi, hi_incl) = bound(max, max_incl, n + 1);
            got.is_some_and(|r| {
                close_opt(r.min, lo)
                    && close_opt(r.max, hi)
                    && (lo.is_none() || r.min_inclusive == lo_incl)
                    && (hi.is_none() || r.max_inclusive == hi_incl)
            })
        };
        if !ok {
            failures.push(format!("{path}:{}: parse_range({input:?}) = {got:?}", n + 1));
        }
    }
    eprintln!("ranges.tsv: {total} cases, {} pass", total - failures.len());
    assert!(total >= 20, "{path}: only {total} cases");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
