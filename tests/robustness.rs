//! Robustness (issue 7): typed errors, nothing lost on dirty input, thread safety, and linear
//! time on pathological inputs.
//!
//! The linear-time checks compare wall time at 1× and 16× input size. Timing is too noisy for
//! CI, so they are `#[ignore]`d; run them in release with
//! `cargo test --release --test integration -- --ignored linear --nocapture`.

use crate::properties::{assert_report_spans, assert_view_spans, check_all};
use crate::support::indicator_meanings;
use jingji::{EntityKind, Error, Extractor, Report};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

const SEED: &str = include_str!("fixtures/000_435d5c54c148f26d.txt");

/// Two clean paragraphs written for this file in the style of a statistical bulletin and a
/// company story (not copied from any article).
const CLEAN_PARAGRAPHS: &[&str] = &[
    "2023年，全市实现地区生产总值2856.4亿元，同比增长6.1%。其中，规上工业增加值增长8.3%，\
     高于全省平均水平1.2个百分点；固定资产投资完成1120.5亿元，增长12.7%；社会消费品零售总额\
     约960亿元，增长5.4%。全年新增规上企业86户，进出口总额下降3.2%。",
    "青海恒源新材料有限公司年产3万吨锂电正极材料项目在开发区开工建设，项目总投资约25亿元，\
     预计2025年投产，达产后年产值可超过40亿元。恒源新材料同期与开发区管委会签订合作协议。",
];

// --- typed errors ---------------------------------------------------------------------------

#[test]
fn invalid_utf8_reports_the_byte_offset() {
    let ex = Extractor::new();
    let cases: &[(&[u8], usize)] = &[
        (b"\xff", 0),
        (b"abc\xffdef", 3),
        // "增长" is 6 bytes; then a truncated 3-byte sequence.
        (b"\xe5\xa2\x9e\xe9\x95\xbf\xe4\xb8", 6),
        // A lone continuation byte after "5%".
        (b"5%\x80\xe5\xa2\x9e", 2),
        // An overlong encoding of '/' and a surrogate half, after "中".
        (b"\xe4\xb8\xad\xc0\xaf", 3),
        (b"\xe4\xb8\xad\xed\xa0\x80", 3),
    ];
    for &(bytes, offset) in cases {
        match ex.extract_bytes(bytes) {
            Err(Error::InvalidUtf8 { valid_up_to }) => {
                assert_eq!(valid_up_to, offset, "{bytes:?}");
                let msg = Error::InvalidUtf8 { valid_up_to }.to_string();
                assert!(msg.contains(&offset.to_string()), "{msg}");
            }
            other => panic!("{bytes:?}: expected InvalidUtf8 at {offset}, got {other:?}"),
        }
    }
    // A GBK-encoded "中国" (what a scraper meets most) is rejected at byte 0.
    assert!(matches!(
        ex.extract_bytes(b"\xd6\xd0\xb9\xfa"),
        Err(Error::InvalidUtf8 { valid_up_to: 0 })
    ));
}

#[test]
fn empty_and_blank_input_is_empty_input() {
    let ex = Extractor::new();
    for blank in ["", " ", "\n", "\r\n\t  \n", "\u{3000}\u{3000}"] {
        assert!(
            matches!(ex.extract_bytes(blank.as_bytes()), Err(Error::EmptyInput)),
            "extract_bytes({blank:?})"
        );
        assert!(matches!(ex.try_extract(blank), Err(Error::EmptyInput)), "try_extract({blank:?})");
        // The infallible entry point just finds nothing.
        assert_eq!(ex.extract(blank), Report::default(), "extract({blank:?})");
    }
    assert!(ex.try_extract("增长5%").is_ok());
}

#[test]
fn size_limit_is_enforced() {
    let ex = Extractor::builder().size_limit(16).build().expect("builds");
    let fits = "增长5.2%。"; // 3 + 3 + 4 + 3 = 13 bytes
    assert!(ex.try_extract(fits).is_ok());
    assert!(ex.extract_bytes(fits.as_bytes()).is_ok());
    let exactly = "0123456789abcdef";
    assert!(ex.try_extract(exactly).is_ok(), "the limit itself is allowed");
    let over = "全省地区生产总值增长5.2%。";
    for err in [ex.try_extract(over).unwrap_err(), ex.extract_bytes(over.as_bytes()).unwrap_err()] {
        match err {
            Error::InputTooLarge { len, limit } => assert_eq!((len, limit), (over.len(), 16)),
            other => panic!("expected InputTooLarge, got {other:?}"),
        }
    }
    // Over the limit wins over invalid UTF-8 (nothing of a too-large input is read).
    assert!(matches!(ex.extract_bytes(&[0xff; 17]), Err(Error::InputTooLarge { .. })));
    // `extract` itself has no limit.
    assert!(!ex.extract(over).indicators.is_empty());
    assert_eq!(jingji::DEFAULT_SIZE_LIMIT, 64 << 20);
}

/// A scratch file under the system temp dir, removed on drop.
struct TempFile(PathBuf);

impl TempFile {
    fn new(name: &str, contents: &[u8]) -> TempFile {
        let path =
            std::env::temp_dir().join(format!("jingji-robustness-{}-{name}", std::process::id()));
        std::fs::write(&path, contents).expect("write temp file");
        TempFile(path)
    }

    fn path(&self) -> &Path {
        &self.0
    }
}

impl Drop for TempFile {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.0);
    }
}

#[test]
fn missing_lexicon_file_is_io_error_naming_the_path() {
    let missing = std::env::temp_dir().join("jingji-robustness-no-such-dir/words.txt");
    let by_words = Extractor::builder().words_file(&missing).build().unwrap_err();
    let by_names = Extractor::builder().enterprises_file(&missing).build().unwrap_err();
    for err in [by_words, by_names] {
        match &err {
            Error::Io { path, source } => {
                assert_eq!(path, &missing);
                assert_eq!(source.kind(), std::io::ErrorKind::NotFound);
            }
            other => panic!("expected Io, got {other:?}"),
        }
        assert!(err.to_string().contains(&missing.display().to_string()), "{err}");
        assert!(std::error::Error::source(&err).is_some(), "the io::Error is the source");
    }
}

#[track_caller]
fn assert_lexicon_error(err: Error, source: &str, expected_line: usize) {
    match &err {
        Error::Lexicon { source_name, line, reason } => {
            assert_eq!((source_name.as_str(), *line), (source, expected_line), "{reason}");
            assert!(!reason.is_empty());
        }
        other => panic!("expected Lexicon at {source}:{expected_line}, got {other:?}"),
    }
    let msg = err.to_string();
    assert!(msg.starts_with(&format!("{source}:{expected_line}: ")), "{msg}");
}

#[test]
fn malformed_enterprise_lexicon_names_source_and_line() {
    // Unknown kind on line 4 (comments and blank lines count as lines).
    let list = "# known names\n甲乙精工\n\n丙丁环球\tcompany\n";
    let err = Extractor::builder().enterprises(list).build().unwrap_err();
    assert_lexicon_error(err, "<inline>", 4);
    // Three columns.
    let err = Extractor::builder().enterprises("甲乙精工\tenterprise\textra").build().unwrap_err();
    assert_lexicon_error(err, "<inline>", 1);
    // A name with white space inside, in a file, with CRLF line ends.
    let file =
        TempFile::new("names.tsv", "甲乙精工\r\n丙丁环球\tpark\r\n# c\r\n戊己 庚辛\r\n".as_bytes());
    let err = Extractor::builder().enterprises_file(file.path()).build().unwrap_err();
    assert_lexicon_error(err, &file.path().display().to_string(), 4);
    // A file that is not UTF-8: the line of the first bad byte.
    let file = TempFile::new("names-gbk.tsv", b"\xe7\x94\xb2\xe4\xb9\x99\n\xd6\xd0\xb9\xfa\n");
    let err = Extractor::builder().enterprises_file(file.path()).build().unwrap_err();
    assert_lexicon_error(err, &file.path().display().to_string(), 2);
}

#[test]
fn malformed_word_list_names_source_and_line() {
    // A frequency that is not a number, on line 3.
    let err = Extractor::builder().words("# words\n规上产值 1000 n\n新质生产力 many\n").build();
    assert_lexicon_error(err.unwrap_err(), "<inline>", 3);
    // Too many columns, in a file, on line 2.
    let file = TempFile::new("words.txt", "规上产值 1000 n\n新质生产力 10 n extra\n".as_bytes());
    let err = Extractor::builder().words_file(file.path()).build().unwrap_err();
    assert_lexicon_error(err, &file.path().display().to_string(), 2);
}

#[test]
fn valid_lexicons_build_and_are_used() {
    let words = TempFile::new("ok-words.txt", "# domain\n新质生产力 1000 n\n\n".as_bytes());
    let names = TempFile::new("ok-names.tsv", "甲乙精工\n丙丁高新区\tpark\n".as_bytes());
    let ex = Extractor::builder()
        .words_file(words.path())
        .enterprises_file(names.path())
        .build()
        .expect("valid lists build");
    let text = "甲乙精工落户丙丁高新区。";
    let report = ex.extract(text);
    let kinds: Vec<(&str, EntityKind)> =
        report.entities.iter().map(|e| (e.name.as_str(), e.kind)).collect();
    assert!(kinds.contains(&("甲乙精工", EntityKind::Enterprise)), "{kinds:?}");
    assert!(kinds.contains(&("丙丁高新区", EntityKind::Park)), "{kinds:?}");
    assert_report_spans(text, &report);
}

#[test]
fn untagged_user_words_are_read_safely() {
    // A user word without a tag comes back from jieba with an empty tag; the rules that read
    // a tag's first letter must not index it (冷链专用/"" 车/zg: a vehicle's head after it).
    let ex = Extractor::builder().words("冷链专用 100\n新能源物流\n").build().expect("words build");
    let text = "该厂生产冷链专用车8600辆，同比增长5%。公司下线新能源物流车1200辆。";
    let report = ex.extract(text);
    assert!(!report.indicators.is_empty(), "{report:?}");
    assert_report_spans(text, &report);
}

// --- regressions found by fuzzing -----------------------------------------------------------

/// Found by `cargo fuzz run extract_bytes` (the input as the fuzzer wrote it): a range whose
/// unit is written only after the lower bound (`10%—1`, `15%-20`, `6亿元-8`) made the quantity
/// reader put the quantity's end past the upper bound by the unit's length
/// (`src/quantity/mod.rs`, `read_quantity`: `core_end = skip_ge(text, m.end) + d.text.len()`),
/// inside the next character or past the end of the text, and `compound_unit` panicked
/// slicing there.
#[test]
fn fuzz_range_with_unit_only_on_lower_bound() {
    // See: issue 7
    let found = b"\xe4\x95\xbf10%\xe2\x80\x941\xe5\x88\xb0120\xe4\xba\xbf\xe5\x85\x83\xe3\x80\x82";
    let text = std::str::from_utf8(found).expect("UTF-8");
    assert_eq!(text, "\u{457f}10%\u{2014}1到120亿元。");
    let report = Extractor::new().extract_bytes(found).expect("valid input");
    assert_report_spans(text, &report);
    for input in ["1%-1到", "1%-1", "15%-20", "增长1%-1。", "6亿元-8", "1%至1到", "增长15%-20，"]
    {
        check_all(input);
    }
}

/// Found by `cargo fuzz run extract_bytes` (minimized by hand to `1亿元至8亿`): the same
/// reader, when the upper bound carries the magnitude but not the rest of the unit
/// (`5亿元至8亿`): the quantity's end was put `"亿元".len()` bytes after `8亿`.
#[test]
fn fuzz_range_upper_bound_with_magnitude_but_no_unit() {
    // See: issue 7
    let found =
        "公司预计全年净利z润人5亿元至8亿公司预计全年净利z润人7亿元至8亿e\u{5142}\u{3003}元。";
    let report = Extractor::new().extract_bytes(found.as_bytes()).expect("valid input");
    assert_report_spans(found, &report);
    check_all(found);
    for input in ["1亿元至8亿", "7亿元至8亿e", "利润5亿元至8亿。", "5万吨至8万"]
    {
        check_all(input);
    }
}

/// Found by `newsy_mixtures_keep_span_invariants` (`tests/properties.rs`): a name glossed by
/// a bracket after it (`X（…）0亿元`) was read back from the sentence's start, past the
/// figure before it, so the indicator started before that figure's and the report's
/// indicators were out of order (`src/indicator/clause.rs`, the gloss before a figure).
#[test]
fn property_gloss_name_reaching_past_the_figure_before() {
    let found = "的0万吨地区生产总值\n的\n0亿元的（的）0亿元的";
    let report = check_all(found);
    assert!(report.indicators.windows(2).all(|w| w[0].span.start <= w[1].span.start));
}

/// Found by `newsy_mixtures_keep_span_invariants` (`tests/properties.rs`), minimized by hand:
/// a capacity's product read over a number in Chinese numerals (`年产5万吨硅料三万吨`) ends
/// past that number's start, and the test for the next item of a capacity's list sliced
/// from that end to the number (`src/indicator/clause.rs`, `listed_capacity`) and panicked.
#[test]
fn property_capacity_noun_reaching_past_the_next_number() {
    for input in
        ["年产5万吨硅料三万吨硅片。", "公司年产5万吨硅料三吨。", "年产能5万吨的硅料三万吨。"]
    {
        check_all(input);
    }
}

/// Found by the probe of a county's agricultural bulletin: whether `今年` opens a clause
/// of targets was read in a window cut 60 bytes after it, which fell inside `个`, and
/// `period::written_after` panicked slicing there.
#[test]
fn probe_this_year_window_cut_inside_a_character() {
    let found = "2024年茶叶面积9.8万亩。今年新培育茶叶专业合作社二十三家、家庭农场46个。";
    let report = check_all(found);
    assert!(!report.indicators.is_empty());
    for input in [
        "2023年产值5亿元。今年新增企业二十三家、家庭农场46个目标",
        "2023年。今年个个个个个个个个个个个个个个个个个个个个个个",
    ] {
        check_all(input);
    }
}

// --- nothing lost on dirty input -------------------------------------------------------------

/// What an entity is, without its spans: name, kind, aliases, number of mentions.
type EntityMeaning = (String, EntityKind, Vec<String>, usize);

fn entity_meanings(r: &Report) -> Vec<EntityMeaning> {
    r.entities
        .iter()
        .map(|e| (e.name.clone(), e.kind, e.aliases.clone(), e.mentions.len()))
        .collect()
}

/// Which kinds of dirt to add.
#[derive(Clone, Copy, Debug)]
struct Dirt {
    crlf: bool,
    bom: bool,
    nul: bool,
    zero_width: bool,
    nbsp: bool,
    entities: bool,
    full_width: bool,
}

const ALL_DIRT: Dirt = Dirt {
    crlf: true,
    bom: true,
    nul: true,
    zero_width: true,
    nbsp: true,
    entities: true,
    full_width: true,
};

/// A dirty copy of `clean`, as a scraper might deliver it. Only changes that the normalizer
/// documents as noise: `\r\n` for `\n`, a BOM, NUL and zero-width characters between
/// characters, `&nbsp;` for a space, `&#N;`/`&#xN;` for some Chinese characters, and
/// full-width forms of some digits, points and percent signs.
fn dirty(clean: &str, d: Dirt) -> String {
    let mut out = String::with_capacity(clean.len() * 2);
    if d.bom {
        out.push('\u{feff}');
    }
    let chars: Vec<char> = clean.chars().collect();
    let mut han = 0usize;
    for (i, &c) in chars.iter().enumerate() {
        let prev = i.checked_sub(1).map(|j| chars[j]);
        let next = chars.get(i + 1).copied();
        match c {
            '\n' if d.crlf => out.push_str("\r\n"),
            ' ' if d.nbsp => out.push_str("&nbsp;"),
            '0'..='9' if d.full_width && i % 2 == 0 => {
                out.push(char::from_u32(c as u32 + 0xFEE0).expect("full-width digit"))
            }
            '.' if d.full_width
                && prev.is_some_and(|p| p.is_ascii_digit())
                && next.is_some_and(|n| n.is_ascii_digit()) =>
            {
                out.push('．')
            }
            '%' if d.full_width => out.push('％'),
            '\u{4e00}'..='\u{9fff}' => {
                han += 1;
                if d.entities && han % 7 == 0 {
                    out.push_str(&format!("&#{};", c as u32));
                } else if d.entities && han % 11 == 0 {
                    out.push_str(&format!("&#x{:x};", c as u32));
                } else {
                    out.push(c);
                }
            }
            _ => out.push(c),
        }
        // Invisible noise between characters (never inside the `\r\n` pair).
        if d.nul && i % 13 == 5 {
            out.push('\0');
        }
        if d.zero_width && i % 17 == 3 {
            out.push('\u{200b}');
        }
    }
    out
}

/// Compares the dirty copy of `clean` with `clean`; returns what differs.
fn nothing_lost(name: &str, clean: &str, d: Dirt) -> Result<(), String> {
    let dirty = dirty(clean, d);
    let ex = Extractor::new();
    let want = ex.extract(clean);
    let got = ex.extract(&dirty);
    assert_report_spans(&dirty, &got);
    assert_view_spans(&ex, &dirty);
    let via_bytes = ex.extract_bytes(dirty.as_bytes()).expect("dirty text is valid UTF-8");
    assert_eq!(via_bytes, got, "{name}: extract_bytes differs from extract");
    let mut diffs = Vec::new();
    let (got_i, want_i) = (indicator_meanings(&got), indicator_meanings(&want));
    if got_i != want_i {
        diffs.push(format!("indicators differ:\n{}", diff(&want_i, &got_i)));
    }
    let (got_e, want_e) = (entity_meanings(&got), entity_meanings(&want));
    if got_e != want_e {
        diffs.push(format!("entities differ:\n{}", diff(&want_e, &got_e)));
    }
    if diffs.is_empty() { Ok(()) } else { Err(format!("{name} with {d:?}: {}", diffs.join("\n"))) }
}

/// The items only in `want` (`-`) and only in `got` (`+`).
fn diff<T: PartialEq + std::fmt::Debug>(want: &[T], got: &[T]) -> String {
    let mut out = String::new();
    for w in want.iter().filter(|w| !got.contains(w)) {
        out.push_str(&format!("  - {w:?}\n"));
    }
    for g in got.iter().filter(|g| !want.contains(g)) {
        out.push_str(&format!("  + {g:?}\n"));
    }
    if out.is_empty() {
        out.push_str("  (same items, different order or multiplicity)\n");
    }
    out
}

/// Runs every dirt variant on every text and reports all differences at once.
#[track_caller]
fn assert_nothing_lost(texts: &[(&str, &str)]) {
    let failures: Vec<String> = texts
        .iter()
        .flat_map(|(name, clean)| dirt_variants().into_iter().map(move |d| (name, clean, d)))
        .filter_map(|(name, clean, d)| nothing_lost(name, clean, d).err())
        .collect();
    assert!(
        failures.is_empty(),
        "{} dirty copies lost something:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

fn dirt_variants() -> Vec<Dirt> {
    let none = Dirt {
        crlf: false,
        bom: false,
        nul: false,
        zero_width: false,
        nbsp: false,
        entities: false,
        full_width: false,
    };
    vec![
        Dirt { crlf: true, ..none },
        Dirt { bom: true, ..none },
        Dirt { nul: true, ..none },
        Dirt { zero_width: true, ..none },
        Dirt { nbsp: true, ..none },
        Dirt { entities: true, ..none },
        Dirt { full_width: true, ..none },
        ALL_DIRT,
    ]
}

#[test]
fn dirty_seed_article_loses_nothing() {
    let clean = check_all(SEED);
    assert!(clean.indicators.len() > 10 && !clean.entities.is_empty());
    assert_nothing_lost(&[("seed", SEED)]);
}

#[test]
fn dirty_paragraphs_lose_nothing() {
    let mut texts = Vec::new();
    for (n, clean) in CLEAN_PARAGRAPHS.iter().enumerate() {
        assert!(!check_all(clean).indicators.is_empty());
        texts.push((if n == 0 { "paragraph 0" } else { "paragraph 1" }, *clean));
    }
    assert_nothing_lost(&texts);
}

#[test]
fn dirty_spans_point_at_the_original_bytes() {
    let clean = "规上产值1386.2亿元，同比增长57.3%。";
    let dirty = "\u{feff}规上\r\n产&#20540;１３８６．２亿元，同比\u{200b}增长\u{0}57．3％。";
    let report = Extractor::new().extract(dirty);
    assert_report_spans(dirty, &report);
    assert_eq!(indicator_meanings(&report), indicator_meanings(&Extractor::new().extract(clean)));
    let texts: Vec<&str> = report.indicators.iter().map(|i| i.text.as_str()).collect();
    assert!(texts.iter().any(|t| t.contains("１３８６．２亿元")), "{texts:?}");
    assert!(texts.iter().any(|t| t.contains("\u{0}57．3％")), "{texts:?}");
}

// --- threads --------------------------------------------------------------------------------

const _: () = {
    const fn send_sync<T: Send + Sync>() {}
    send_sync::<Extractor>();
    send_sync::<Report>();
    send_sync::<Error>();
};

fn thread_inputs() -> Vec<String> {
    let mut inputs = vec![SEED.to_string()];
    inputs.extend(CLEAN_PARAGRAPHS.iter().map(|s| s.to_string()));
    inputs.push(dirty(SEED, ALL_DIRT));
    if let Some(shared) = crate::support::shared_dir() {
        let mut files: Vec<PathBuf> = std::fs::read_dir(shared.join("corpus"))
            .map(|d| d.filter_map(|e| e.ok().map(|e| e.path())).collect())
            .unwrap_or_default();
        files.retain(|p| p.extension().is_some_and(|e| e == "txt"));
        files.sort();
        inputs.extend(files.iter().filter_map(|p| std::fs::read_to_string(p).ok()));
    }
    inputs
}

#[test]
fn four_threads_at_once_equal_sequential() {
    let ex = Extractor::new();
    let inputs = thread_inputs();
    let sequential: Vec<Report> = inputs.iter().map(|t| ex.extract(t)).collect();
    let barrier = std::sync::Barrier::new(4);
    std::thread::scope(|s| {
        let handles: Vec<_> = (0..4)
            .map(|k| {
                let (ex, inputs, barrier) = (&ex, &inputs, &barrier);
                s.spawn(move || {
                    barrier.wait();
                    // Each thread walks the inputs from a different place.
                    (0..inputs.len())
                        .map(|i| {
                            let i = (i + k) % inputs.len();
                            (i, ex.extract(&inputs[i]))
                        })
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        for h in handles {
            for (i, report) in h.join().expect("no thread panicked") {
                assert_eq!(report, sequential[i], "input {i} differs across threads");
            }
        }
    });
}

#[test]
fn clones_share_and_agree() {
    let a = Extractor::new();
    let b = a.clone();
    std::thread::scope(|s| {
        let h = s.spawn(move || b.extract(SEED));
        assert_eq!(h.join().expect("no panic"), a.extract(SEED));
    });
}

#[test]
fn extract_batch_equals_sequential() {
    let ex = Extractor::new();
    let inputs = thread_inputs();
    let refs: Vec<&str> = inputs.iter().map(String::as_str).collect();
    let batch = ex.extract_batch(&refs);
    let sequential: Vec<Report> = refs.iter().map(|t| ex.extract(t)).collect();
    assert_eq!(batch, sequential);
    assert!(ex.extract_batch(&[]).is_empty());
}

// --- linear time ----------------------------------------------------------------------------

/// A small deterministic generator (xorshift64*), so the inputs are the same on every run.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[(self.next() % items.len() as u64) as usize]
    }
}

const COMMON_HAN: &str = "经济发展企业项目建设投资产业集团新能源材料锂电光伏多晶硅碳纤维园区开发高新技术\
                          工业制造服务创新科技绿色低碳数字智能装备化工有色金属压延加工";

/// Repeats `unit` until the text has at least `bytes` bytes.
fn repeat_to(unit: &str, bytes: usize) -> String {
    unit.repeat(bytes.div_ceil(unit.len()))
}

/// Random Chinese text with numbers, units and metric words but no punctuation and no line
/// breaks: one sentence of `bytes` bytes.
fn no_punctuation(bytes: usize) -> String {
    let han: Vec<char> = COMMON_HAN.chars().collect();
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    let mut s = String::with_capacity(bytes + 64);
    while s.len() < bytes {
        match rng.next() % 8 {
            0 => s.push_str(&format!("增长{}.{}%", rng.next() % 100, rng.next() % 10)),
            1 => s.push_str(&format!("产值{}亿元", rng.next() % 10_000)),
            2 => {
                let word: &&str = rng.pick(&["规上工业增加值", "固定资产投资", "有限公司", "约"]);
                s.push_str(word)
            }
            _ => {
                for _ in 0..3 {
                    s.push(*rng.pick(&han));
                }
            }
        }
    }
    s
}

/// `n` random four-character names in one enumeration: `甲乙丙丁、戊己庚辛、…等企业`.
fn enumeration(n: usize) -> String {
    let han: Vec<char> = COMMON_HAN.chars().collect();
    let mut rng = Rng(0x1234_5678_9abc_def1);
    let names: Vec<String> =
        (0..n).map(|_| (0..4).map(|_| *rng.pick(&han)).collect::<String>()).collect();
    format!("开发区引进{}等企业，总投资120亿元。", names.join("、"))
}

/// `n` list items of `head` + three random characters + `tail`: distinct names that share
/// their first characters.
fn name_list(head: &str, tail: &str, n: usize) -> String {
    let han: Vec<char> = COMMON_HAN.chars().collect();
    let mut rng = Rng(0x5eed_0f11_57ed_0a3e);
    let mut s = String::new();
    for _ in 0..n {
        s.push_str(head);
        for _ in 0..3 {
            s.push(*rng.pick(&han));
        }
        s.push_str(tail);
    }
    s
}

/// Rare characters that jieba reads one by one: three of them make a brand no other shares.
const BRAND_HAN: &str = "岚澄鑫垚锶琨睿昊珂琪泓瀚晟煜翊璟钰霖淼焱彧玥铖璐骁熠赟旻昶炜";

/// Distinct companies until the text has at least `bytes` bytes, each named in full, as a
/// group and short (`甲乙丙科技有限公司…。甲乙丙集团…。甲乙丙科技…。`): the i-th brand is the
/// i-th of the 27,000 three-character brands, walked in a scrambled order.
fn registered_names(bytes: usize) -> String {
    let han: Vec<char> = BRAND_HAN.chars().collect();
    let n = han.len();
    let all = n * n * n;
    let mut s = String::with_capacity(bytes + 256);
    let mut i = 0usize;
    while s.len() < bytes {
        // (7919 is prime to 27,000: every brand once before any repeats.)
        let k = (i * 7919) % all;
        let brand: String = [han[k % n], han[k / n % n], han[k / (n * n)]].iter().collect();
        s.push_str(&format!(
            "{brand}科技有限公司全年实现营业收入12亿元。{brand}集团投资5亿元建设新厂。\
             {brand}科技营收增长8%。"
        ));
        i += 1;
    }
    s
}

/// Short hard-wrapped lines (`n` line breaks), each break inside a sentence.
fn wrapped_lines(n: usize) -> String {
    let han: Vec<char> = COMMON_HAN.chars().collect();
    let mut rng = Rng(0x0bad_cafe_f00d_beef);
    let mut s = String::new();
    for i in 0..n {
        for _ in 0..3 {
            s.push(*rng.pick(&han));
        }
        if i % 5 == 0 {
            s.push_str("增长5%");
        }
        s.push('\n');
    }
    s
}

/// The median of up to `runs` timings of `extract` on `input` (fewer once 2 s are spent).
fn time_extract(ex: &Extractor, input: &str, runs: usize) -> Duration {
    let start = Instant::now();
    let mut times = Vec::new();
    while times.len() < runs && (times.is_empty() || start.elapsed() < Duration::from_secs(2)) {
        let t = Instant::now();
        let report = ex.extract(input);
        times.push(t.elapsed());
        std::hint::black_box(report);
    }
    times.sort();
    times[times.len() / 2]
}

/// Times `extract` on `make(1)` and `make(16)` and asserts the larger input took less than
/// 40× the smaller (2.5× the linear ratio) plus 50 ms of slack (200 ms let a quadratic read of
/// 51× pass when the 1× input took 14 ms). A quadratic rescan takes up
/// to 256×, but when its constant is small (a `memrchr` back over the text so far) the linear
/// part still weighs at 1× and the measured ratio is 55–70×, so the factor cannot be looser.
/// The 16× run is abandoned (and the test fails) as soon as it passes that bound, or
/// [`MAX_16X`] whichever is smaller: when the 1× input is already slow the ratio alone would
/// wait for an hour.
fn assert_linear(name: &str, make: impl Fn(usize) -> String) {
    let ex = Extractor::new();
    let _ = ex.extract("预热：增长5%。"); // build the shared extractor first
    let small = make(1);
    let large = make(16);
    let t1 = time_extract(&ex, &small, 5);
    let bound = (40 * t1 + Duration::from_millis(50)).min(MAX_16X);
    let (tx, rx) = std::sync::mpsc::channel();
    let (len1, len16) = (small.len(), large.len());
    std::thread::spawn(move || {
        let t = Instant::now();
        let report = ex.extract(&large);
        let _ = tx.send((t.elapsed(), report, large));
    });
    let ms = |d: Duration| d.as_secs_f64() * 1e3;
    let Ok((t16, report, large)) = rx.recv_timeout(bound) else {
        panic!(
            "linear {name}: 1x = {len1} bytes in {:.2} ms, 16x = {len16} bytes did not finish \
             within {:.0} ms: not linear",
            ms(t1),
            ms(bound)
        );
    };
    let ratio = t16.as_secs_f64() / t1.as_secs_f64().max(1e-9);
    eprintln!(
        "linear {name}: 1x = {len1} bytes in {:.2} ms, 16x = {len16} bytes in {:.2} ms, \
         ratio {ratio:.1}",
        ms(t1),
        ms(t16),
    );
    assert_report_spans(&large, &report);
    assert!(t16 < bound, "{name}: 16x took {t16:?}, 1x took {t1:?}: not linear");
}

/// The longest a 16× input (about 1 MB) may take in release: 50 KB/s, far below the
/// extractor's throughput on any linear path.
const MAX_16X: Duration = Duration::from_secs(20);

const KB64: usize = 64 << 10;

#[test]
#[ignore = "timing: run in release with `cargo test --release --test integration -- --ignored linear`"]
fn linear_time_digits() {
    // 16x is 1 MiB of digits.
    assert_linear("digits", |k| repeat_to("1234567890", k * KB64));
}

#[test]
#[ignore = "timing: run in release with `cargo test --release --test integration -- --ignored linear`"]
fn linear_time_no_punctuation() {
    // 16x is 1 MiB of Chinese text, numbers and units with no punctuation and no breaks.
    assert_linear("no punctuation", |k| no_punctuation(k * KB64));
}

#[test]
#[ignore = "timing: run in release with `cargo test --release --test integration -- --ignored linear`"]
fn linear_time_newlines_only() {
    // 16x is 100 000 line breaks.
    assert_linear("newlines only", |k| "\n".repeat(k * 6250));
}

#[test]
#[ignore = "timing: run in release with `cargo test --release --test integration -- --ignored linear`"]
fn linear_time_wrapped_lines() {
    // 16x is 100 000 short lines, every break inside a sentence (a hard-wrapped page).
    assert_linear("wrapped lines", |k| wrapped_lines(k * 6250));
}

#[test]
#[ignore = "timing: run in release with `cargo test --release --test integration -- --ignored linear`"]
fn linear_time_enumeration() {
    // 16x is a 10 000-item enumeration `A、B、C、…等企业`.
    assert_linear("enumeration", |k| enumeration(k * 625));
}

#[test]
#[ignore = "timing: run in release with `cargo test --release --test integration -- --ignored linear`"]
fn linear_time_open_parentheses() {
    // 16x is 1 MiB of `（`.
    assert_linear("open parentheses", |k| repeat_to("（", k * KB64));
}

#[test]
#[ignore = "timing: run in release with `cargo test --release --test integration -- --ignored linear`"]
fn linear_time_chinese_numerals() {
    // 16x is 1 MiB of `一二三四五六七八九十`.
    assert_linear("chinese numerals", |k| repeat_to("一二三四五六七八九十", k * KB64));
}

#[test]
#[ignore = "timing: run in release with `cargo test --release --test integration -- --ignored linear`"]
fn linear_time_magnitude_run() {
    // 16x is 1 MiB of `万亿`: a numeral run of magnitudes only.
    assert_linear("magnitude run", |k| repeat_to("万亿", k * KB64));
}

#[test]
#[ignore = "timing: run in release with `cargo test --release --test integration -- --ignored linear`"]
fn linear_time_trade_word_run() {
    // 16x is 1 MiB of `集团控股`, no punctuation: one run of trade words, which the enterprise
    // stage once walked again from every word in it.
    assert_linear("trade word run", |k| repeat_to("集团控股", k * KB64));
}

#[test]
#[ignore = "timing: run in release with `cargo test --release --test integration -- --ignored linear`"]
fn linear_time_discounts() {
    // 16x is about 1 MiB of discounts among amounts: `打对折5元，半成3吨；`.
    assert_linear("discounts", |k| repeat_to("打对折5元，半成3吨；", k * KB64));
}

#[test]
#[ignore = "timing: run in release with `cargo test --release --test integration -- --ignored linear`"]
fn linear_time_bound_pairs() {
    // 16x is about 1 MiB of lower and upper bounds read as ranges, in one sentence:
    // `不低于5亿元、不超过10亿元、`. (It found a read-back to the last figure with a metric,
    // for a count's clause, that ran to the sentence's start for each figure: 12 s for 16x.)
    assert_linear("bound pairs", |k| repeat_to("不低于5亿元、不超过10亿元、", k * KB64));
}

#[test]
#[ignore = "timing: run in release with `cargo test --release --test integration -- --ignored linear`"]
fn linear_time_estimates_in_one_sentence() {
    // 16x is about 1 MiB of `预计5亿元、`: each figure after its own governing word, in one
    // sentence. (It found a scan of every earlier figure of the sentence for each governing
    // word: 5.5 s for 16x.)
    assert_linear("estimates in one sentence", |k| repeat_to("预计5亿元、", k * KB64));
}

#[test]
#[ignore = "timing: run in release with `cargo test --release --test integration -- --ignored linear`"]
fn linear_time_company_list() {
    // 16x is about 1 MiB of `浙江…科技有限公司、`: 35 000 names with the same first two
    // characters.
    assert_linear("company list", |k| name_list("浙江", "科技有限公司、", k * 2200));
}

#[test]
#[ignore = "timing: run in release with `cargo test --release --test integration -- --ignored linear`"]
fn linear_time_short_form_in_names() {
    // 16x is about 1 MiB of `国网公司与国网…供电有限公司、`: a short form repeated 23 000
    // times, each time beside another registered name that contains it.
    assert_linear("short form in names", |k| {
        name_list("国网公司与国网", "供电有限公司、", k * 1450)
    });
}

#[test]
#[ignore = "timing: run in release with `cargo test --release --test integration -- --ignored linear`"]
fn linear_time_respectively() {
    // 16x is about 1 MiB of one sentence of `分别` runs: `产值和税收分别增长5%、6%，`.
    assert_linear("respectively", |k| repeat_to("产值和税收分别增长5%、6%，", k * KB64));
}

#[test]
#[ignore = "timing: run in release with `cargo test --release --test integration -- --ignored linear`"]
fn linear_time_title_lines() {
    // 16x is about 1 MiB of a hard-wrapped page whose every third line is short.
    assert_linear("title lines", |k| {
        (0..k * 1640)
            .map(|i| {
                if i % 3 == 0 {
                    "标题行文字内容\n"
                } else {
                    "这是一行很长很长的正文内容文字\n"
                }
            })
            .collect()
    });
}

/// The pathological inputs at a small size in the normal test run: no panic, valid spans.
#[test]
fn pathological_inputs_small() {
    for input in [
        repeat_to("1234567890", 4096),
        no_punctuation(4096),
        "\n".repeat(4096),
        wrapped_lines(500),
        enumeration(200),
        repeat_to("（", 4096),
        repeat_to("一二三四五六七八九十", 1024),
        repeat_to("万亿", 1024),
        repeat_to("１２３４５６７８９０．％", 4096),
        repeat_to("产值5亿元，增长5%", 4096),
        repeat_to("1.2和0.8个百分点和", 4096),
        repeat_to("翻一番5%翻了两番", 4096),
        repeat_to("&#2", 4096),
        repeat_to("&#20013;&nbsp;", 4096),
        repeat_to("\u{200b}\0\u{feff}", 4096),
    ] {
        check_all(&input);
    }
}

#[test]
#[ignore = "timing: run in release with `cargo test --release --test integration -- --ignored linear`"]
fn linear_time_bureaus_and_abbreviations() {
    // 16x is about 1 MiB of `甲乙丙市人力资源和社会保障局、甲乙丙市人社局、`: 14 000 bureaus
    // named in full, each beside its own abbreviated name (matching each abbreviation against
    // every full name would be quadratic).
    assert_linear("bureaus and abbreviations", |k| {
        let han: Vec<char> = COMMON_HAN.chars().collect();
        let mut rng = Rng(0x0b0e_a0ab_b0e7_1a75);
        let mut s = String::new();
        for _ in 0..k * 900 {
            let place: String = (0..3).map(|_| *rng.pick(&han)).collect();
            s.push_str(&format!("{place}市人力资源和社会保障局、{place}市人社局、"));
        }
        s
    });
}

#[test]
#[ignore = "timing: run in release with `cargo test --release --test integration -- --ignored linear`"]
fn linear_time_distributive() {
    // 16x is about 1 MiB of one sentence of 均 runs: `甲区、乙区产值均增长5%，`.
    assert_linear("distributive", |k| repeat_to("章贡区、南康区产值均增长5%，", k * KB64));
}

#[test]
#[ignore = "timing: run in release with `cargo test --release --test integration -- --ignored linear`"]
fn linear_time_ports_ratios_and_visitors() {
    // 16x is about 1 MiB of one sentence of ports after places, named ratios and visitors'
    // origins: `武汉阳逻港集装箱吞吐量增长5%，结构为7.1∶54.1∶38.8，香港、澳门和台湾同胞…`.
    let clause =
        "武汉阳逻港集装箱吞吐量增长5%，结构为7.1∶54.1∶38.8，香港、澳门和台湾同胞12万人次，";
    assert_linear("ports, ratios and visitors", |k| repeat_to(clause, k * KB64));
}

#[test]
#[ignore = "timing: run in release with `cargo test --release --test integration -- --ignored linear`"]
fn linear_time_unnamed_ratios() {
    // 16x is about 1 MiB of colon-joined numbers after one named ratio far back: each is
    // asked whether it chains to that ratio.
    assert_linear("unnamed ratios", |k| {
        format!("结构为50∶50∶0。{}", repeat_to("比分1∶2∶3，", k * KB64))
    });
}

#[test]
#[ignore = "timing: run in release with `cargo test --release --test integration -- --ignored linear`"]
fn linear_time_datelines() {
    // 16x is about 1 MiB of one sentence of datelines and figures: each dateline is split
    // off in turn.
    assert_linear("datelines", |k| repeat_to("本报讯 产值增长5% ", k * KB64));
}

#[test]
#[ignore = "timing: run in release with `cargo test --release --test integration -- --ignored linear`"]
fn linear_time_short_item_lists() {
    // 16x is about 1 MiB of one sentence of short items listed before figures (镍、钴、锰综合
    // 回收率98%、…): each figure walks back over its own items only, sixteen at most.
    assert_linear("short item lists", |k| repeat_to("镍、钴、锰、铜、铁综合回收率98%、", k * KB64));
}

#[test]
#[ignore = "timing: run in release with `cargo test --release --test integration -- --ignored linear`"]
fn linear_time_honours_without_sentence_ends() {
    // 16x is about 1 MiB of one sentence of counts of classes winning an honour, with no
    // comma after the honour: each honour is read in a bounded window.
    assert_linear("honours without sentence ends", |k| {
        repeat_to("15家企业获评区级智能制造示范工厂并且", k * KB64)
    });
}

#[test]
#[ignore = "timing: run in release with `cargo test --release --test integration -- --ignored linear`"]
fn linear_time_town_list() {
    // 16x is about 1 MiB of one list of towns `甲乙镇、`: 80 000 items.
    assert_linear("town list", |k| name_list("", "镇、", k * 5000));
}

#[test]
#[ignore = "timing: run in release with `cargo test --release --test integration -- --ignored linear`"]
fn linear_time_labelled_table_rows() {
    // 16x is about 1 MiB of table rows whose labels state their units: 40 000 rows under one
    // header.
    assert_linear("labelled table rows", |k| {
        let mut s = String::from("指标\t绝对值\t增速（%）\n");
        s.push_str(&repeat_to("产值（亿元）\t112.6\t-1.9\n", k * KB64));
        s
    });
}

#[test]
#[ignore = "timing: run in release with `cargo test --release --test integration -- --ignored linear`"]
fn linear_time_captioned_table_ideographic_blanks() {
    // 16x is about 1 MiB of rows parted by ideographic spaces under a caption and a header of
    // years (only the first 200 are read as the table's).
    assert_linear("captioned table, ideographic blanks", |k| {
        let mut s = String::from("表1　主要指标（单位：%）\n指标　2025年　2030年　属性\n");
        s.push_str(&repeat_to("森林覆盖率　　40.3　　40.5　　约束性\n", k * KB64));
        s
    });
}

#[test]
#[ignore = "timing: run in release with `cargo test --release --test integration -- --ignored linear`"]
fn linear_time_company_word_projects() {
    // 16x is about 1 MiB of 公司 projects with no sentence end: the look back for the 公司
    // that opens the sentence stays bounded.
    assert_linear("company-word projects without sentence ends", |k| {
        let mut s = String::from("华拓电子股份有限公司发布公告。公司");
        s.push_str(&repeat_to("拟投资建设年产5万吨电解液项目，", k * KB64));
        s
    });
}

#[test]
#[ignore = "timing: run in release with `cargo test --release --test integration -- --ignored linear`"]
fn linear_time_named_builds() {
    // 16x is about 1 MiB of named plants and capacities with no sentence end: the look ahead
    // for a capacity later in a named plant's sentence stays bounded.
    assert_linear("named builds without sentence ends", |k| {
        repeat_to("岱丰科技有限公司投资1亿元建设的智能制造基地，年产1万吨新材料，", k * KB64)
    });
}

#[test]
#[ignore = "timing: run in release with `cargo test --release --test integration -- --ignored linear`"]
fn linear_time_stations_without_sentence_ends() {
    // 16x is about 1 MiB of stations after their enterprise with no sentence end: the search
    // for each station's installed power stays within one clause's reach.
    assert_linear("stations without sentence ends", |k| {
        repeat_to("澜沧峡水电开发有限公司岩门口水电站投产，总装机容量16万千瓦，", k * KB64)
    });
}

#[test]
#[ignore = "timing: run in release with `cargo test --release --test integration -- --ignored linear`"]
fn linear_time_units_written_once() {
    // 16x is about 1 MiB of `1.2、0.8和2.5个百分点，`: lists whose unit is written once, each
    // handing its unit to the figures before it in one sweep (not a search per figure).
    assert_linear("units written once", |k| repeat_to("1.2、0.8和2.5个百分点，3.1和", k * KB64));
}

#[test]
#[ignore = "timing: run in release with `cargo test --release --test integration -- --ignored linear`"]
fn linear_time_spliced_brand_forms() {
    // 16x is about 1 MiB of `…动力电池有限公司成立。…电池…` and `…集成电路（无锡）有限公司…。
    // 无锡…`: thousands of registered names whose short forms skip words of the name, all
    // looked for in one pass (a search of the text per form was quadratic).
    assert_linear("spliced brand forms", |k| {
        let han: Vec<char> = COMMON_HAN.chars().collect();
        let mut rng = Rng(0x51ce_d0b4_a3d5_7e21);
        let mut s = String::new();
        for _ in 0..k * 400 {
            let brand: String = (0..3).map(|_| *rng.pick(&han)).collect();
            s.push_str(&format!("{brand}动力电池有限公司成立。{brand}电池营业收入5亿元。"));
            s.push_str(&format!("{brand}集成电路（无锡）有限公司投产。无锡{brand}产值3亿元。"));
        }
        s
    });
}

#[test]
#[ignore = "timing: run in release with `cargo test --release --test integration -- --ignored linear`"]
fn linear_time_brands_of_registered_names() {
    // 16x is about 1 MiB of `湖南…科技有限公司成立。…营业收入5亿元。`: 14 000 registered
    // names, each with its brand written alone after it (one brand form per name searched
    // with the other names, not a search of the text per form).
    assert_linear("brands of registered names", |k| {
        let han: Vec<char> = COMMON_HAN.chars().collect();
        let mut rng = Rng(0x0b5a_4d5e_0f4e_9a3d);
        let mut s = String::new();
        for _ in 0..k * 900 {
            let brand: String = (0..3).map(|_| *rng.pick(&han)).collect();
            s.push_str(&format!("湖南{brand}科技有限公司成立。{brand}营业收入5亿元。"));
        }
        s
    });
}

/// Found by mutating round-43/44 probe articles (cutting, splicing and re-wrapping them) and
/// minimized by shrinking: three slices that panicked.
/// - A 分别 clause right after the previous sentence's end: the list before it was read from
///   a start past its end (`src/indicator/list.rs`, `listed_before`).
/// - The metric reader cut the front of its window (比上年…, 等…) but kept looking entities up
///   at the window's start, so a name's length was measured from the wrong place and the
///   scope strip sliced inside a character (`src/indicator/metric.rs`, `strip_scope`); the
///   lookups now start where the cut window does.
/// - A place or park name running past the metric window's end (…、俄罗斯莫斯科等线路16条)
///   was sliced at its full length before the test that it fits.
#[test]
fn mutated_articles_slices_that_panicked() {
    for input in [
        "额1元。分别6和1%",
        "死亡３人。同比分别９、２人",
        "量1瓦记者\n分别2万千瓦7万",
        "比上年台湾共7增速2吨",
        "广西壮族自治区南宁内蒙古等2开发区2万",
        "扶海材料等½做大做强，过亿",
        "班列开通至德国汉堡、俄罗斯莫斯科等线路16条。",
    ] {
        check_all(input);
    }
}

/// Found by mutating round-48 to 51 probe articles and minimized by shrinking: a figure whose
/// span runs past the next figure's start (0吨 and the bare 万余 after it) made the text
/// between them a backward slice (`src/indicator/mod.rs`, an institution's statement test).
#[test]
fn mutated_articles_overlapping_figures() {
    check_all("省监测中心全年0吨万余");
}

/// Found by mutating round-52 to 55 probe articles and minimized by shrinking: a ratio after
/// a line break sliced its look-back at the break as if it were three bytes long
/// (`src/quantity/ratio.rs`, the name before a ratio).
#[test]
fn mutated_articles_ratio_after_a_line_break() {
    check_all("３月２８日\n5：3：9计算，人");
}

#[test]
#[ignore = "timing: run in release with `cargo test --release --test integration -- --ignored linear`"]
fn linear_time_flattened_tables() {
    // 16x is about 1 MiB of unit-column tables flattened into one line each, header and rows,
    // and of figures after a 单位 cell: each figure reads back a few cells for its row's
    // label, and a table is read 200 rows at most.
    assert_linear("flattened tables", |k| {
        repeat_to(
            "指标 单位 数值 比上年增长（%） 地区生产总值 亿元 5675.2 3.5 税收 亿元 36.8 -1.2\n",
            k * KB64,
        )
    });
    assert_linear("unit cells before figures", |k| repeat_to("单位 增长5.4 亿元 36.8 ", k * KB64));
}

#[test]
#[ignore = "timing: run in release with `cargo test --release --test integration -- --ignored linear`"]
fn linear_time_tables_one_cell_per_line() {
    // 16x is about 1 MiB of a table dumped one cell per line (header cells too), its rows
    // labelled by regions: each header is read once and each row's label looked for a few
    // dozen characters back, not from the line's start of a long text.
    let table = "指标\n单位\n1—9月\n同比增长（%）\n地区生产总值\n亿元\n2346.8\n5.6\n一般公共预算收入\n亿元\n128.6\n4.7\n县区 地区生产总值（亿元） 增速（%）\n华龙区\n121.64\n5.6\n濮阳县\n86.27\n4.9\n";
    assert_linear("tables one cell per line", |k| repeat_to(table, k * KB64));
}

#[test]
#[ignore = "timing: run in release with `cargo test --release --test integration -- --ignored linear`"]
fn linear_time_works_and_their_figures() {
    // 16x is about 1 MiB of projects with different owners, each followed by a sentence
    // that refers back to it and by a park that brought one in: each figure looks up the
    // works before it by binary search and the owner's kind in one map.
    assert_linear("works and their figures", |k| {
        let mut s = String::new();
        let mut i = 0;
        while s.len() < k * KB64 {
            s.push_str(&format!(
                "鑫源{i}新材料有限公司年产{}万吨磷酸铁锂项目一期3万吨投产。该项目总投资{}亿元，二期年产6万吨。\
                 某产业园引进的华{i}牧业有限公司10万头肉牛屠宰加工项目完成投资6.8亿元。",
                i % 90 + 5,
                i % 70 + 10,
            ));
            i += 1;
        }
        s
    });
}

#[test]
#[ignore = "timing: run in release with `cargo test --release --test integration -- --ignored linear`"]
fn linear_time_metrics_the_text_does_not_write() {
    // 16x is about 1 MiB of balances and their new flows: the flow's metric (新增存款) is
    // written nowhere, so any search for a metric's text reaches back through all the text
    // unless it is bounded by the figure's clause.
    assert_linear("metrics the text does not write", |k| {
        repeat_to("存款余额1268亿元，较年初新增142亿元。这家企业营业收入增长12%。", k * KB64)
    });
}

#[test]
#[ignore = "timing: run in release with `cargo test --release --test integration -- --ignored linear`"]
fn linear_time_business_measures_after_counts() {
    // 16x is about 1 MiB of counts of enterprises, each followed by their revenue, with no
    // sentence end: the search for an enterprise named before each measure stays within one
    // clause's reach.
    assert_linear("business measures after counts without sentence ends", |k| {
        repeat_to("规模以上工业企业达到486家，实现营业收入1200亿元，", k * KB64)
    });
}

#[test]
#[ignore = "timing: run in release with `cargo test --release --test integration -- --ignored linear`"]
fn linear_time_figures_and_times_parted_by_list_marks() {
    // 16x is about 1 MiB of figures each followed by 、 and a time, with no clause mark: whether
    // the time after a figure's unit opens a clause is read within a few characters before it.
    assert_linear("figures and times parted by list marks", |k| {
        repeat_to("开工率达到50%以上、全年履约率达到80%、二季度产值12亿元、", k * KB64)
    });
}

#[test]
#[ignore = "timing: run in release with `cargo test --release --test integration -- --ignored linear`"]
fn linear_time_named_lines_airports_and_bracketed_parks() {
    // 16x is about 1 MiB of each, with no sentence mark where one would bound a read:
    // - lines named by their ends: each is read within a few characters of its 至, the
    //   sentence about it within 40;
    // - one international airport named in full again and again: its short form is searched
    //   for once, not once per mention;
    // - parks each followed by an opening bracket that no closing one follows: the park's
    //   bracketed second name is looked for within a few characters.
    let units = [
        ("lines named by their ends", "加快推进甲乙至丙丁铁路、戊己高铁庚辛至壬癸段建设、"),
        ("airports named in full", "兰州中川国际机场完成旅客吞吐量502.3万人次。"),
        ("parks before unclosed brackets", "青泉经济开发区（松岭工业园新增项目12个，"),
    ];
    for (name, unit) in units {
        assert_linear(name, |k| repeat_to(unit, k * KB64));
    }
}

#[test]
#[ignore = "timing: run in release with `cargo test --release --test integration -- --ignored linear`"]
fn linear_time_many_distinct_registered_names() {
    // 16x is about 1 MiB of some 9,000 distinct companies, each named in full, as a group and
    // short: the merge finds each short form's registered name by lookup. (Searching every
    // registered name for every candidate, as the merge of c598042 did until eac0d81, grows
    // with the square of the companies; one company repeated, as the other tests write, hides
    // it.)
    assert_linear("many distinct registered names and their short forms", |k| {
        registered_names(k * KB64)
    });
}
