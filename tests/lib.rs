//! The integration tests, as one binary (links once: the CI box has 2 cores).
//!
//! - `golden`: the seed article against its hand-checked expected report;
//! - `cases`: the data-driven case files under `tests/cases/`;
//! - `corpus`: the development articles in `../shared/corpus` against their hand annotations;
//! - `recognizers`: Microsoft Recognizers-Text's Chinese number/unit specs, read in place;
//! - `properties`: proptest properties (no panics, spans slice the input, …);
//! - `robustness`: errors, dirty input, linear time, threads.

mod cases;
mod corpus;
mod golden;
mod properties;
mod recognizers;
mod robustness;
mod support;
