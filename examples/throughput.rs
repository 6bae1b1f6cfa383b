//! Is extraction as fast as segmentation? Prints, in one process, the single-thread throughput
//! of jieba-rs `cut(text, true)` alone and of `jingji` `extract` on the same text (the seed
//! article and a varied corpus of at least 1 MiB), their ratio, the `extract_batch` throughput
//! and its speed-up over sequential `extract`, and the start-up time and resident memory of
//! `Jieba::new()` and `Extractor::builder().build()`.
//!
//! ```text
//! cargo run --release --example throughput
//! ```
//!
//! Throughputs are medians over several rounds, in MiB/s (2^20 bytes per second), as
//! criterion reports them; every round runs every routine, and ratios are taken per round.
//! Start-up and memory are measured in fresh child processes (this program run again with
//! `--startup-child jieba|jingji`), so that neither build inherits the other's pages or
//! allocator state.

#[path = "../benches/support/corpus_gen.rs"]
mod corpus_gen;

use jieba_rs::Jieba;
use jingji::Extractor;
use std::hint::black_box;
use std::process::Command;
use std::time::{Duration, Instant};

/// Repetitions per measurement; the median is reported.
const REPS: usize = 7;
/// Each repetition runs the routine at least once and for at least this long.
const MIN_REP: Duration = Duration::from_millis(300);
/// Fresh processes per start-up measurement; the median is reported.
const STARTUP_RUNS: usize = 5;
const MIB: f64 = (1 << 20) as f64;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if args.get(1).map(String::as_str) == Some("--startup-child") {
        startup_child(args.get(2).map(String::as_str).unwrap_or(""));
        return;
    }
    if cfg!(debug_assertions) {
        eprintln!("warning: a debug build; run with --release for meaningful numbers");
    }

    let corpus = corpus_gen::varied();
    let articles = corpus.article_refs();
    let article_bytes: usize = articles.iter().map(|a| a.len()).sum();
    println!("{}", corpus.describe());
    println!(
        "threads available: {}",
        std::thread::available_parallelism().map_or(1, std::num::NonZero::get)
    );

    let jieba = Jieba::new();
    let ex = Extractor::new();
    // Warm up: lazy statics, caches, allocator.
    black_box(jieba.cut(&corpus.text, true));
    black_box(ex.extract(&corpus.text));
    black_box(ex.extract_batch(&articles));

    let seed = corpus_gen::SEED;
    let text = corpus.text.as_str();
    // Every routine runs once per round, rounds interleave them: on a shared, noisy machine
    // the load then weighs on all of them alike, and the ratios are taken within a round.
    let rounds = rounds(&mut [
        (seed.len(), &mut || drop(black_box(jieba.cut(black_box(seed), true)))),
        (seed.len(), &mut || drop(black_box(jieba.tag(black_box(seed), true)))),
        (seed.len(), &mut || drop(black_box(ex.extract(black_box(seed))))),
        (text.len(), &mut || drop(black_box(jieba.cut(black_box(text), true)))),
        (text.len(), &mut || drop(black_box(jieba.tag(black_box(text), true)))),
        (text.len(), &mut || drop(black_box(ex.extract(black_box(text))))),
        (article_bytes, &mut || {
            for a in &articles {
                drop(black_box(ex.extract(black_box(a))));
            }
        }),
        (article_bytes, &mut || drop(black_box(ex.extract_batch(black_box(&articles))))),
    ]);
    let rate = |i: usize| median(&mut rounds.iter().map(|r| r[i]).collect::<Vec<_>>());
    let ratio =
        |i: usize, j: usize| median(&mut rounds.iter().map(|r| r[i] / r[j]).collect::<Vec<_>>());
    let (seed_cut, seed_tag, seed_ex) = (rate(0), rate(1), rate(2));
    let (cut, tag, whole, each, batch) = (rate(3), rate(4), rate(5), rate(6), rate(7));

    println!();
    println!(
        "throughput, median of {REPS} rounds (MiB/s)   seed ({} B)   varied ({} B)",
        seed.len(),
        text.len()
    );
    println!("  jieba-rs cut(text, true)               {seed_cut:>10.2}   {cut:>10.2}");
    println!("  jieba-rs tag(text, true)               {seed_tag:>10.2}   {tag:>10.2}");
    println!("  jingji extract(text)                   {seed_ex:>10.2}   {whole:>10.2}");
    println!("  jingji extract, article by article              -   {each:>10.2}");
    println!("  jingji extract_batch(articles)                  -   {batch:>10.2}");
    println!();
    println!("median of the per-round ratios:");
    println!("  extract / jieba_cut, seed:                       {:.3}", ratio(2, 0));
    println!("  extract / jieba_cut, varied (one text):          {:.3}", ratio(5, 3));
    println!("  extract / jieba_cut, varied (by article):        {:.3}", ratio(6, 3));
    println!("  extract_batch / sequential extract by article:   {:.2}x", ratio(7, 6));

    println!();
    println!("start-up (fresh process each, median of 5)   build ms   VmRSS MiB   VmHWM MiB");
    let (jb, jj) = startups();
    let row = |name: &str, r: &Startup, ms: f64, rss: u64, hwm: u64| {
        println!(
            "  {name:<42} {ms:>8.1}   {:>9.1}   {:>9.1}   (process before: {:.1})",
            rss as f64 / 1024.0,
            hwm as f64 / 1024.0,
            r.rss_before as f64 / 1024.0,
        );
    };
    row("Jieba::new()", &jb, jb.build_ms, jb.rss_built, jb.hwm_built);
    row("Extractor::builder().build()", &jj, jj.build_ms, jj.rss_built, jj.hwm_built);
    row(
        "  + first extract (lazy statics)",
        &jj,
        jj.build_ms + jj.first_ms,
        jj.rss_used,
        jj.hwm_used,
    );
    println!("ratio build time jingji / jieba:              {:.2}", jj.build_ms / jb.build_ms);
    println!(
        "ratio build + first extract / jieba:         {:.2}",
        (jj.build_ms + jj.first_ms) / jb.build_ms
    );
    println!(
        "ratio resident memory jingji / jieba:        {:.2} (built), {:.2} (after first extract)",
        jj.rss_built as f64 / jb.rss_built as f64,
        jj.rss_used as f64 / jb.rss_built as f64,
    );

    let (mut warm_jb, mut warm_jj) = (Vec::new(), Vec::new());
    for _ in 0..5 {
        let t = Instant::now();
        drop(black_box(Jieba::new()));
        warm_jb.push(t.elapsed().as_secs_f64() * 1e3);
        let t = Instant::now();
        drop(black_box(Extractor::builder().build()));
        warm_jj.push(t.elapsed().as_secs_f64() * 1e3);
    }
    let (warm_jb, warm_jj) = (median(&mut warm_jb), median(&mut warm_jj));
    println!("start-up in this process, median of 5 (warm page cache and allocator):");
    println!("  Jieba::new() {warm_jb:.1} ms, Extractor::builder().build() {warm_jj:.1} ms");
}

/// For each of [`REPS`] rounds, the MiB/s of every routine (which processes the given number
/// of bytes per call), the routines run one after the other within a round.
fn rounds(routines: &mut [(usize, &mut dyn FnMut())]) -> Vec<Vec<f64>> {
    (0..REPS)
        .map(|_| {
            routines
                .iter_mut()
                .map(|(bytes, f)| {
                    let start = Instant::now();
                    let mut n = 0u32;
                    while n == 0 || start.elapsed() < MIN_REP {
                        f();
                        n += 1;
                    }
                    *bytes as f64 * f64::from(n) / start.elapsed().as_secs_f64() / MIB
                })
                .collect()
        })
        .collect()
}

fn median(xs: &mut [f64]) -> f64 {
    xs.sort_by(f64::total_cmp);
    xs[xs.len() / 2]
}

/// One start-up measurement, from a child process (memory in KiB).
#[derive(Default)]
struct Startup {
    build_ms: f64,
    first_ms: f64,
    rss_before: u64,
    rss_built: u64,
    hwm_built: u64,
    rss_used: u64,
    hwm_used: u64,
}

/// Start-up children for jieba and for jingji, alternating, [`STARTUP_RUNS`] of each; for
/// each, the run with the median build time.
fn startups() -> (Startup, Startup) {
    let (mut jb, mut jj): (Vec<Startup>, Vec<Startup>) =
        (0..STARTUP_RUNS).map(|_| (startup_run("jieba"), startup_run("jingji"))).unzip();
    for runs in [&mut jb, &mut jj] {
        runs.sort_by(|a, b| a.build_ms.total_cmp(&b.build_ms));
    }
    (jb.swap_remove(STARTUP_RUNS / 2), jj.swap_remove(STARTUP_RUNS / 2))
}

/// One start-up child for `what`.
fn startup_run(what: &str) -> Startup {
    let exe = std::env::current_exe().expect("the path of this program");
    let out = Command::new(&exe)
        .args(["--startup-child", what])
        .output()
        .expect("run the start-up child");
    let mut s = Startup::default();
    for kv in String::from_utf8_lossy(&out.stdout).split_whitespace() {
        let Some((k, v)) = kv.split_once('=') else { continue };
        let (f, n) = (v.parse::<f64>().unwrap_or(0.0), v.parse::<u64>().unwrap_or(0));
        match k {
            "build_ms" => s.build_ms = f,
            "first_ms" => s.first_ms = f,
            "rss_before" => s.rss_before = n,
            "rss_built" => s.rss_built = n,
            "hwm_built" => s.hwm_built = n,
            "rss_used" => s.rss_used = n,
            "hwm_used" => s.hwm_used = n,
            _ => {}
        }
    }
    s
}

/// In a fresh process: build jieba or the extractor, print the time and memory as `key=value`.
fn startup_child(what: &str) {
    let rss_before = proc_status("VmRSS");
    let t = Instant::now();
    match what {
        "jieba" => {
            let jieba = black_box(Jieba::new());
            let build_ms = t.elapsed().as_secs_f64() * 1e3;
            let (rss, hwm) = (proc_status("VmRSS"), proc_status("VmHWM"));
            println!("build_ms={build_ms} rss_before={rss_before} rss_built={rss} hwm_built={hwm}");
            drop(jieba);
        }
        "jingji" => {
            let ex = black_box(Extractor::builder().build().expect("the default extractor"));
            let build_ms = t.elapsed().as_secs_f64() * 1e3;
            let (rss, hwm) = (proc_status("VmRSS"), proc_status("VmHWM"));
            let t = Instant::now();
            black_box(ex.extract("2022年，开发区完成规上\n产值1386.2亿元，同比增长57.3%。"));
            let first_ms = t.elapsed().as_secs_f64() * 1e3;
            let (rss_used, hwm_used) = (proc_status("VmRSS"), proc_status("VmHWM"));
            println!(
                "build_ms={build_ms} first_ms={first_ms} rss_before={rss_before} rss_built={rss} \
                 hwm_built={hwm} rss_used={rss_used} hwm_used={hwm_used}"
            );
        }
        other => eprintln!("--startup-child takes jieba or jingji, not {other:?}"),
    }
}

/// A `kB` field of /proc/self/status (0 where there is no /proc).
fn proc_status(field: &str) -> u64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    status
        .lines()
        .find_map(|l| l.strip_prefix(field)?.strip_prefix(':'))
        .and_then(|v| v.split_whitespace().next()?.parse().ok())
        .unwrap_or(0)
}
