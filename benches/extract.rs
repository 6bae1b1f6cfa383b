//! Is the whole extraction (normalize → … → report) as fast as jieba-rs segmentation alone on
//! the same text, single-threaded? And does `extract_batch` use both cores, and how does the
//! extractor's start-up compare with `Jieba::new()`?
//!
//! Groups (throughput in bytes of input):
//! - `seed`: the test fixture article (8.7 KB);
//! - `varied`: at least 1 MiB of different text: the seed, the development articles in
//!   `../shared/corpus/` when present, and generated articles of the same genre (see
//!   `benches/support/corpus_gen.rs`);
//! - `startup`: `Jieba::new()` against `Extractor::builder().build()`.
//!
//! In `seed` and `varied`: `jieba_cut` (`cut(text, true)`, the baseline the README's ratio
//! uses), `jieba_tag` (`tag(text, true)`), `normalize` (`jingji::normalize`, the first stage
//! alone), `extract` (the shared default extractor on the whole text) and `extract_batch`;
//! `varied` also has `extract_each` (the articles one by one, the sequential counterpart of
//! `extract_batch`). `extract_batch` of the seed runs on its parts of about 2 KB, cut after
//! blank lines.
//!
//! ```text
//! cargo bench --bench extract -- --warm-up-time 1 --measurement-time 3
//! ```

#[path = "support/corpus_gen.rs"]
mod corpus_gen;

use criterion::{
    BenchmarkGroup, Criterion, SamplingMode, Throughput, criterion_group, criterion_main,
    measurement::WallTime,
};
use jieba_rs::Jieba;
use jingji::Extractor;
use std::hint::black_box;
use std::time::Duration;

/// `jieba_cut`, `jieba_tag`, `normalize` and `extract` on `text`.
fn segment_and_extract(g: &mut BenchmarkGroup<'_, WallTime>, jieba: &Jieba, text: &str) {
    let ex = Extractor::new();
    g.throughput(Throughput::Bytes(text.len() as u64));
    g.bench_function("jieba_cut", |b| b.iter(|| jieba.cut(black_box(text), true)));
    g.bench_function("jieba_tag", |b| b.iter(|| jieba.tag(black_box(text), true)));
    g.bench_function("normalize", |b| b.iter(|| jingji::normalize(black_box(text))));
    g.bench_function("extract", |b| b.iter(|| ex.extract(black_box(text))));
}

fn batch_bytes(texts: &[&str]) -> u64 {
    texts.iter().map(|t| t.len() as u64).sum()
}

/// The seed cut after blank lines into parts of about 2 KB (a tail under 1 KB joins the last).
fn seed_parts() -> Vec<&'static str> {
    let seed = corpus_gen::SEED;
    let mut cuts = vec![0];
    for (at, _) in seed.match_indices("\n\n") {
        let (cut, last) = (at + 2, cuts.last().copied().unwrap_or(0));
        if cut - last >= 2048 && seed.len() - cut >= 1024 {
            cuts.push(cut);
        }
    }
    cuts.push(seed.len());
    cuts.windows(2).map(|w| &seed[w[0]..w[1]]).collect()
}

fn benches(c: &mut Criterion) {
    let jieba = Jieba::new();
    let ex = Extractor::new();
    let corpus = corpus_gen::varied();
    eprintln!("{}", corpus.describe());
    let articles = corpus.article_refs();
    let parts = seed_parts();
    // Warm the lazy statics (the default extractor, automata, regexes) and the thread pool.
    black_box(ex.extract(&corpus.text));
    black_box(ex.extract_batch(&articles));

    let mut g = c.benchmark_group("seed");
    g.sample_size(20);
    segment_and_extract(&mut g, &jieba, corpus_gen::SEED);
    g.throughput(Throughput::Bytes(batch_bytes(&parts)));
    g.bench_function("extract_batch", |b| b.iter(|| ex.extract_batch(black_box(&parts))));
    g.finish();

    // One iteration of the 1 MiB corpus takes tens of milliseconds or more: flat sampling
    // keeps the run short.
    let mut g = c.benchmark_group("varied");
    g.sample_size(10).sampling_mode(SamplingMode::Flat);
    segment_and_extract(&mut g, &jieba, &corpus.text);
    g.throughput(Throughput::Bytes(batch_bytes(&articles)));
    g.bench_function("extract_each", |b| {
        b.iter(|| articles.iter().map(|a| ex.extract(black_box(a))).collect::<Vec<_>>())
    });
    g.bench_function("extract_batch", |b| b.iter(|| ex.extract_batch(black_box(&articles))));
    g.finish();

    let mut g = c.benchmark_group("startup");
    g.sample_size(10).sampling_mode(SamplingMode::Flat);
    g.bench_function("jieba_new", |b| b.iter(Jieba::new));
    g.bench_function("extractor_build", |b| b.iter(|| Extractor::builder().build()));
    g.finish();
}

criterion_group! {
    name = extract;
    // Short runs: the machine has 2 cores and other jobs; the command line can override these.
    config = Criterion::default()
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(3));
    targets = benches
}
criterion_main!(extract);
