//! Fuzz target: `Extractor::extract_bytes` on arbitrary bytes never panics, and every span of
//! the report (and of the quantity, sentence and token views) slices the input to its text;
//! `parse_number`, `parse_range` and `parse_ordinal` never panic on the same input.

#![no_main]

use jingji::{Extractor, Span};
use libfuzzer_sys::fuzz_target;

fn check<'a>(text: &'a str, span: Span, what: &str) -> &'a str {
    assert!(span.start <= span.end && span.end <= text.len(), "{what} span {span:?} out of range");
    assert!(
        text.is_char_boundary(span.start) && text.is_char_boundary(span.end),
        "{what} span {span:?} not on char boundaries"
    );
    &text[span]
}

fuzz_target!(|data: &[u8]| {
    let ex = Extractor::new();
    let report = match ex.extract_bytes(data) {
        Ok(report) => report,
        Err(_) => return,
    };
    // extract_bytes succeeded, so the input is UTF-8.
    let text = std::str::from_utf8(data).expect("extract_bytes accepted invalid UTF-8");
    for i in &report.indicators {
        assert_eq!(check(text, i.span, "indicator"), i.text);
    }
    for e in &report.entities {
        for &m in &e.mentions {
            check(text, m, "entity mention");
        }
    }
    for p in &report.projects {
        assert_eq!(check(text, p.span, "project"), p.text);
    }
    for q in ex.quantities(text) {
        assert_eq!(check(text, q.span, "quantity"), q.text);
    }
    for s in ex.sentences(text) {
        check(text, s.span, "sentence");
    }
    let mut last = 0;
    for t in ex.tokens(text) {
        check(text, t.span, "token");
        assert!(t.span.start >= last, "token {t:?} overlaps the one before");
        last = t.span.end;
    }
    // The plain readers: no panic, finite values, ordered bounds.
    assert!(jingji::parse_number(text).is_none_or(f64::is_finite));
    if let Some(r) = jingji::parse_range(text) {
        assert!(r.min.is_some() || r.max.is_some());
        assert!(r.min.zip(r.max).is_none_or(|(a, b)| a <= b));
    }
    let _ = jingji::parse_ordinal(text);
});
