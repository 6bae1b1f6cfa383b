//! Placeholder: the benchmarks land in a later commit.
fn main() {}
