//! jingji (经济) turns Chinese economic news into typed, evidence-carrying data.
//!
//! From a development-zone review, a statistical bulletin, a government work report or a
//! company story it extracts **indicators** (every number with its metric, kind, unit as
//! written and normalized, qualifiers, period and subject), **entities** (enterprises,
//! organizations, parks, places, persons, with aliases merged) and **projects** (enterprise +
//! capacity + product). Every item carries a byte span into the original input, so
//! `&input[span]` is the evidence — even when the input is a newspaper page dumped with line
//! breaks inside words.
//!
//! ```
//! let text = "2022年，开发区完成规上\n产值2318.6亿元，同比增长57.3%。";
//! let report = jingji::extract(text);
//! let first = &report.indicators[0];
//! assert_eq!(first.metric, "规上产值");
//! assert_eq!((first.value, first.unit.as_str()), (2318.6, "亿元"));
//! assert_eq!(first.normalized.value, 231_860_000_000.0);
//! assert_eq!(&text[first.span], first.text);
//! let growth = &report.indicators[1];
//! assert_eq!((growth.kind, growth.value), (jingji::IndicatorKind::Growth, 57.3));
//! # Ok::<(), jingji::Error>(())
//! ```
//!
//! # Pipeline
//!
//! ```text
//! &str ─ normalize ─ sentences ─ quantities ─ entities ─ indicators ─ projects ─ report
//!        (layout repair,          (numbers,    (suffixes,   (metric,     (capacity,
//!         width folding,           units,       lists,       kind,        lists)
//!         offset map)              qualifiers)  gazetteer)   period)
//! ```
//!
//! Each stage is a module with one job. Only `normalize` changes text; only the report stage
//! turns normalized offsets into original ones. `segment` (jieba-rs with a domain
//! dictionary) reads metric phrases and is public through [`Extractor::tokens`].
//!
//! # Plain readers
//!
//! The number readers are public on their own: [`parse_number`] (Arabic, Chinese, 大写,
//! mixed and informal spellings, fractions), [`parse_quantity`] (a number with its unit and
//! qualifiers), [`parse_range`] (`大于10小于20`, `不低于三十`, `6亿元至8亿元之间`) and
//! [`parse_ordinal`] (`第十四`).
//!
//! ```
//! assert_eq!(jingji::parse_number("三亿零五百万"), Some(305_000_000.0));
//! assert_eq!(jingji::parse_range("2000万元以上").and_then(|r| r.min), Some(2e7));
//! ```
//!
//! # Spans and offsets
//!
//! [`Span`]s are half-open byte ranges into the text exactly as given. A span that covers a
//! repaired line break includes it: `完成规上\n产值2318.6亿元`.
//!
//! # Errors
//!
//! Extraction from a `&str` never fails. [`Extractor::extract_bytes`] reports invalid UTF-8
//! (with the offset), empty input and input over the size limit; [`ExtractorBuilder::build`]
//! reports unreadable or malformed user word lists (with file and line). See [`Error`].
//!
//! # Performance
//!
//! Build the [`Extractor`] once and share it (`Send + Sync`); [`extract`] uses a shared
//! default built lazily on first use. Numbers and time expressions are read by hand-written
//! scanners and names by one hashed pass over the text's candidate positions; jieba runs only
//! on the short phrases before numbers and around name candidates. `cargo bench` and
//! `cargo run --release --example throughput` compare throughput with jieba-rs segmentation
//! on the same text.
//!
//! # Crate features
//!
//! - `rayon` (default): [`Extractor::extract_batch`] uses all cores.

#![forbid(unsafe_code)]
#![deny(missing_docs)]
#![warn(missing_debug_implementations)]

mod entity;
mod error;
mod extractor;
mod indicator;
mod normalize;
mod period;
mod project;
mod quantity;
mod report;
mod search;
mod segment;
mod sentence;
mod span;
mod words;

pub use error::Error;
pub use extractor::{DEFAULT_SIZE_LIMIT, Extractor, ExtractorBuilder};
pub use quantity::range::{NumberRange, parse_range};
pub use quantity::{parse_number, parse_ordinal};
pub use report::{
    Capacity, Entity, EntityKind, Indicator, IndicatorKind, Normalized, NormalizedUnit, Project,
    Qualifier, Quantity, Report, Sentence, Token,
};
pub use span::Span;

/// Extracts the report of `text` with the shared default [`Extractor`].
///
/// # Example
/// ```
/// let r = jingji::extract("固定资产投资增长55.9%。");
/// assert_eq!(r.indicators[0].metric, "固定资产投资");
/// ```
pub fn extract(text: &str) -> Report {
    Extractor::new().extract(text)
}

/// The text as the pipeline reads it: line breaks inside words removed (`规上\n产值` →
/// `规上产值`), full-width and traditional numeral characters folded (`２３．６％` →
/// `23.6%`), HTML entities decoded, invisible characters dropped. Report spans always refer
/// to the original input, not to this text.
///
/// # Example
/// ```
/// assert_eq!(jingji::normalize("完成规上\n产值２３．６亿元"), "完成规上产值23.6亿元");
/// ```
pub fn normalize(text: &str) -> String {
    normalize::normalize(text).text
}

/// Reads the first quantity in `text`: number, unit, qualifiers and normalized value.
///
/// # Example
/// ```
/// let q = jingji::parse_quantity("约5万吨").unwrap();
/// assert_eq!((q.value, q.unit.as_str(), q.normalized.value), (5.0, "万吨", 50000.0));
/// assert_eq!(q.qualifiers, vec![jingji::Qualifier::Approximate]);
/// ```
pub fn parse_quantity(text: &str) -> Option<Quantity> {
    let norm = normalize::normalize(text);
    quantity::scan(&norm.text).first().map(|q| report::assemble::quantity(text, &norm, q))
}

#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;
