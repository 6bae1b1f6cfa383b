//! The golden article: the seed page against its complete, hand-checked expected report.
//!
//! `tests/fixtures/000_435d5c54c148f26d.expected.json` was written by hand from the article
//! (see tests/fixtures/README.md). This test compares the whole report and prints a
//! line-by-line diff (`kind  start..end  text  value unit  period …`). Setting
//! `JINGJI_WRITE_ACTUAL=1` writes the actual report beside the fixture as `*.actual.json` for
//! review; it never touches the expected file.

use jingji::{Extractor, Report};
use std::collections::BTreeSet;

const ARTICLE: &str = "000_435d5c54c148f26d";

fn fixture(name: &str) -> String {
    let path = format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn num(v: f64) -> String {
    format!("{}", (v * 1e6).round() / 1e6)
}

/// One line per item, in a form a reviewer reads side by side with the article.
fn render(r: &Report) -> Vec<String> {
    let mut lines = Vec::new();
    for i in &r.indicators {
        lines.push(format!(
            "indicator\t{:?}\t{:?}\t{}\tmetric={} subject={:?} value={} {} max={:?} → {} {} quals={:?} period={:?}",
            i.span, i.text, i.kind, i.metric, i.subject, num(i.value), i.unit, i.value_max,
            num(i.normalized.value), i.normalized.unit, i.qualifiers, i.period
        ));
    }
    for e in &r.entities {
        lines.push(format!(
            "entity\t{}\t{}\taliases={:?} title={:?} mentions={:?}",
            e.kind.as_str(),
            e.name,
            e.aliases,
            e.title,
            e.mentions
        ));
    }
    for p in &r.projects {
        lines.push(format!(
            "project\t{:?}\t{:?}\tenterprise={:?} product={} capacity={:?}",
            p.span,
            p.text,
            p.enterprise,
            p.product,
            p.capacity.as_ref().map(|c| format!(
                "{} {} → {} {}",
                num(c.value),
                c.unit,
                num(c.normalized.value),
                c.normalized.unit
            ))
        ));
    }
    lines
}

#[test]
fn golden_article() {
    let input = fixture(&format!("{ARTICLE}.txt"));
    let expected: Report = serde_json::from_str(&fixture(&format!("{ARTICLE}.expected.json")))
        .expect("the expected report follows the contract");
    // The expected file itself is consistent with the article.
    for line in render(&expected) {
        assert!(!line.is_empty());
    }
    for i in &expected.indicators {
        assert_eq!(&input[i.span], i.text, "expected file: indicator span");
    }
    let actual = Extractor::new().extract(&input);
    if std::env::var_os("JINGJI_WRITE_ACTUAL").is_some() {
        let path = format!("{}/tests/fixtures/{ARTICLE}.actual.json", env!("CARGO_MANIFEST_DIR"));
        std::fs::write(&path, serde_json::to_string_pretty(&actual).unwrap_or_default()).ok();
        eprintln!("wrote {path} for review");
    }
    for i in &actual.indicators {
        assert_eq!(&input[i.span], i.text);
    }
    let want: BTreeSet<String> = render(&expected).into_iter().collect();
    let got: BTreeSet<String> = render(&actual).into_iter().collect();
    let missing: Vec<_> = want.difference(&got).collect();
    let extra: Vec<_> = got.difference(&want).collect();
    let mut diff = String::new();
    for m in &missing {
        diff.push_str(&format!("- {m}\n"));
    }
    for e in &extra {
        diff.push_str(&format!("+ {e}\n"));
    }
    eprintln!(
        "golden {ARTICLE}: {} expected items, {} match, {} missing, {} extra",
        want.len(),
        want.len() - missing.len(),
        missing.len(),
        extra.len()
    );
    assert!(
        missing.is_empty() && extra.is_empty(),
        "the report differs from the hand-checked expectation (- expected, + actual):\n{diff}\n\
         help: run with JINGJI_WRITE_ACTUAL=1 to write the actual report beside the fixture; \
         change the expected file only after checking the article by hand"
    );
    assert_eq!(actual, expected, "same items, but the order differs");
}
