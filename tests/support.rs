//! Helpers shared by the integration tests.

use jingji::{IndicatorKind, Qualifier, Report};
use std::path::PathBuf;

/// `../shared` next to the repository, if present (CI has it; a plain clone may not).
pub fn shared_dir() -> Option<PathBuf> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared");
    dir.is_dir().then_some(dir)
}

/// Returns the shared directory or prints why a test is skipped.
pub fn shared_or_skip(test: &str) -> Option<PathBuf> {
    let dir = shared_dir();
    if dir.is_none() {
        eprintln!(
            "SKIPPED {test}: ../shared is absent (it holds the development corpus and external suites)"
        );
    }
    dir
}

/// What an indicator says, without where it says it: metric, kind, value, unit, qualifiers,
/// period.
pub type IndicatorMeaning = (String, IndicatorKind, f64, String, Vec<Qualifier>, Option<String>);

/// The meanings of a report's indicators, in order.
pub fn indicator_meanings(report: &Report) -> Vec<IndicatorMeaning> {
    report
        .indicators
        .iter()
        .map(|i| {
            (
                i.metric.clone(),
                i.kind,
                i.value,
                i.unit.clone(),
                i.qualifiers.clone(),
                i.period.clone(),
            )
        })
        .collect()
}
