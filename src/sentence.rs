//! Stage 2: sentences and clauses of the normalized text.
//!
//! Sentences end at `。！？!?…` (closing quotes and brackets stay with the sentence) and at
//! the line breaks that normalization kept as boundaries. Clauses are the parts of a sentence
//! between `，；：、（）` and friends; the indicator stage reads metrics within a clause.

use crate::span::NSpan;
use aho_corasick::{Span, packed};
use std::sync::LazyLock;

/// What ends a sentence: a line break and the terminals of [`is_terminal`].
const SENTENCE_ENDS: [&str; 7] = ["\n", "。", "！", "？", "!", "?", "…"];

/// [`SENTENCE_ENDS`] searched with aho-corasick's Teddy (SIMD) where the machine has it: it
/// passes over the many commas and quotes that a scan by first byte stops at.
static SENTENCE_END_SEARCH: LazyLock<Option<packed::Searcher>> =
    LazyLock::new(|| packed::Searcher::new(SENTENCE_ENDS));

/// The first sentence end in `text` at or after `from`: its offset and character.
fn find_sentence_end(text: &str, from: usize) -> Option<(usize, char)> {
    match &*SENTENCE_END_SEARCH {
        Some(teddy) => {
            let i = teddy.find_in(text, Span::from(from..text.len()))?.start();
            Some((i - from, text[i..].chars().next()?))
        }
        None => find_sep(&text[from..], |c| c == '\n' || is_terminal(c)),
    }
}

/// Sentence spans of the normalized text, in order, covering every non-blank part of it.
pub(crate) fn sentences(text: &str) -> Vec<NSpan> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut from = 0;
    while let Some((i, c)) = find_sentence_end(text, from) {
        let at = from + i;
        if c == '\n' {
            push_trimmed(text, start, at, &mut out);
            start = at + 1;
            from = at + 1;
        } else {
            // Take the run of terminals and closing quotes/brackets after them.
            let run = text[at..]
                .char_indices()
                .find(|&(_, d)| !is_terminal(d) && !is_closing(d))
                .map_or(text.len() - at, |(k, _)| k);
            push_trimmed(text, start, at + run, &mut out);
            start = at + run;
            from = at + run;
        }
    }
    push_trimmed(text, start, text.len(), &mut out);
    out
}

fn push_trimmed(text: &str, start: usize, end: usize, out: &mut Vec<NSpan>) {
    let mut start = start;
    loop {
        let s = &text[start..end];
        let t = trim(s);
        if t.is_empty() {
            return;
        }
        // `t` is a slice of `s`: its offset is the leading white space.
        let from = start + (t.as_ptr() as usize - s.as_ptr() as usize);
        // 本报武汉1月6日讯 2022年…: a news dateline is a sentence of its own, so no clause
        // after it reads it as part of a metric.
        match dateline_len(t).filter(|&n| n < t.len()) {
            Some(n) => {
                out.push(NSpan::new(from, from + trim(&t[..n]).len()));
                start = from + n;
            }
            None => {
                out.push(NSpan::new(from, from + t.len()));
                return;
            }
        }
    }
}

/// A news dateline opening a sentence (本报讯, 本报武汉1月6日讯, 新华社北京1月6日电, a
/// place or a year and a date alone before a blank or a figure: 南宁7月18日讯, 2024年2月26日
/// 讯, a place or an outlet and 讯 before a
/// blank or a figure: 昆明讯, 佛山新闻网讯), with the reporters' names in brackets after it.
static DATELINE: LazyLock<regex::Regex> = LazyLock::new(|| {
    regex::Regex::new(
        r"^(?:(?:本报|本刊|本台)\p{Han}{0,8}?(?:\d{1,2}月\d{1,2}日)?[讯电]|(?:新华社|中新社|中新网|人民网|新华网|央视网|央广网|\p{Han}{2,6}(?:日报|晚报|时报|商报))\p{Han}{0,8}?\d{1,2}月\d{1,2}日[电讯]|(?:\p{Han}{2,8}?|\d{4}年)\d{1,2}月\d{1,2}日[电讯][\s0-9]|\p{Han}{2,8}?讯[\s0-9])(?:\s*[（(][^）)\n]{1,40}[）)])?",
    )
    .unwrap_or_else(|e| panic!("dateline regex: {e}"))
});

/// The length of the dateline `s` opens with, if it opens with one (an anchored search of
/// its first 120 bytes).
fn dateline_len(s: &str) -> Option<usize> {
    let head = &s[..crate::span::ceil_char_boundary(s, 120)];
    // (昆明讯2022年…: the digit after the dateline, its blank dropped in normalizing, is the
    // sentence's.)
    DATELINE
        .find(head)
        .map(|m| m.end() - usize::from(m.as_str().ends_with(|c: char| c.is_ascii_digit())))
}

/// `s.trim()`, settled from two bytes where neither end can be white space, as at nearly
/// every end of a sentence or clause: each white-space character starts with a byte of
/// [`SPACE_LEADS`], and no Chinese character does.
pub(crate) fn trim(s: &str) -> &str {
    let b = s.as_bytes();
    // The first byte of the last character: at most three continuation bytes back.
    let last = b.iter().rev().take(4).find(|&&x| x & 0xC0 != 0x80);
    match (b.first(), last) {
        (Some(&f), Some(&l)) if !SPACE_LEADS[usize::from(f)] && !SPACE_LEADS[usize::from(l)] => s,
        _ => s.trim(),
    }
}

/// `s` without the clause separators and white space it starts with, settled from the first
/// byte when that cannot start either.
pub(crate) fn trim_start_seps(s: &str) -> &str {
    match s.as_bytes().first() {
        Some(&b) if !may_be_sep(b) && !SPACE_LEADS[usize::from(b)] => s,
        _ => s.trim_start_matches(|c: char| is_clause_sep(c) || c.is_whitespace()),
    }
}

/// The first bytes of the white-space characters: ASCII ones, U+0085 and U+00A0 (C2),
/// U+1680 (E1), U+2000–U+205F (E2) and U+3000 (E3).
static SPACE_LEADS: [bool; 256] = {
    let mut table = [false; 256];
    let leads = [b'\t', b'\n', 0x0b, 0x0c, b'\r', b' ', 0xc2, 0xe1, 0xe2, 0xe3];
    let mut i = 0;
    while i < leads.len() {
        table[leads[i] as usize] = true;
        i += 1;
    }
    table
};

pub(crate) fn is_terminal(c: char) -> bool {
    matches!(c, '。' | '！' | '？' | '!' | '?' | '…')
}

fn is_closing(c: char) -> bool {
    matches!(c, '”' | '’' | '」' | '』' | '）' | ')' | '"' | '】')
}

/// Clause separators inside a sentence.
pub(crate) fn is_clause_sep(c: char) -> bool {
    matches!(
        c,
        '，' | ','
            | '；'
            | ';'
            | '：'
            | ':'
            | '、'
            | '（'
            | '）'
            | '('
            | ')'
            | '【'
            | '】'
            | '\n'
            | '\t'
    ) || is_terminal(c)
        || is_bullet(c)
}

/// List bullets (●万元GDP用水量下降3.2%): each opens an item, as a clause.
fn is_bullet(c: char) -> bool {
    matches!(c, '●' | '■' | '◆' | '▲' | '★' | '□' | '○' | '◇' | '◎' | '※' | '▶' | '►' | '◼')
}

/// Longest stretch, in bytes, searched for a clause boundary. A "clause" longer than this
/// (a page without punctuation) is cut, which keeps every search, and so extraction, linear.
pub(crate) const MAX_CLAUSE: usize = 600;

/// Bullets that open a list item (■ 一是…): read by layout repair and by list numbers.
pub(crate) const BULLETS: [char; 4] = ['■', '●', '◆', '▲'];

/// The char boundary at or after `at - MAX_CLAUSE`, but not before `floor`.
pub(crate) fn window_floor(text: &str, floor: usize, at: usize) -> usize {
    let mut f = at.saturating_sub(MAX_CLAUSE).max(floor);
    while !text.is_char_boundary(f) {
        f += 1;
    }
    f
}

/// Start of the clause that contains byte `at`, searching back no further than `floor`
/// (nor more than [`MAX_CLAUSE`] bytes).
pub(crate) fn clause_start(text: &str, floor: usize, at: usize) -> usize {
    let floor = window_floor(text, floor, at);
    match rfind_sep(&text[floor..at], is_clause_sep) {
        Some((i, c)) => floor + i + c.len_utf8(),
        None => floor,
    }
}

/// Start of the stretch (sentence-like, not split at 、) that ends at `at`: back to the last
/// separator other than 、, within [`MAX_CLAUSE`] bytes.
pub(crate) fn list_start(text: &str, at: usize) -> usize {
    let floor = window_floor(text, 0, at);
    rfind_sep(&text[floor..at], |c| is_clause_sep(c) && c != '、')
        .map_or(floor, |(i, c)| floor + i + c.len_utf8())
}

/// Whether a character starting with byte `b` may be a clause separator: ASCII separators
/// and the first bytes of U+2000–U+2FFF (…), U+3000–U+3FFF (。、【】) and U+F000–U+FFFF
/// (full-width ，；：（）！？). Continuation bytes never are, so a scan may test every byte.
fn may_be_sep(b: u8) -> bool {
    SEP_BYTES[usize::from(b)]
}

/// [`may_be_sep`] as a table: one load per byte.
static SEP_BYTES: [bool; 256] = {
    let mut table = [false; 256];
    let seps = [b'\n', b'\t', b'!', b'(', b')', b',', b':', b';', b'?', 0xe2, 0xe3, 0xef];
    let mut i = 0;
    while i < seps.len() {
        table[seps[i] as usize] = true;
        i += 1;
    }
    table
};

/// The first separator in `s` (a character for which `is_sep`, implying [`is_clause_sep`],
/// holds) and its offset; only characters that [`may_be_sep`] are decoded.
fn find_sep(s: &str, is_sep: impl Fn(char) -> bool) -> Option<(usize, char)> {
    let mut from = 0;
    loop {
        let i = from + s.as_bytes().get(from..)?.iter().position(|&b| may_be_sep(b))?;
        let c = s[i..].chars().next()?;
        if is_sep(c) {
            return Some((i, c));
        }
        from = i + c.len_utf8();
    }
}

/// The last separator in `s`, like [`find_sep`].
fn rfind_sep(s: &str, is_sep: impl Fn(char) -> bool) -> Option<(usize, char)> {
    let mut to = s.len();
    loop {
        let i = s.as_bytes().get(..to)?.iter().rposition(|&b| may_be_sep(b))?;
        let c = s[i..].chars().next()?;
        if is_sep(c) {
            return Some((i, c));
        }
        to = i;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(t: &str) -> Vec<&str> {
        sentences(t).iter().map(|s| s.slice(t)).collect()
    }

    #[test]
    fn splits_at_terminals_and_breaks() {
        assert_eq!(texts("甲。乙！\n丙“丁。”戊"), vec!["甲。", "乙！", "丙“丁。”", "戊"]);
        assert_eq!(texts("  \n"), Vec::<&str>::new());
        assert_eq!(texts("好……接着"), vec!["好……", "接着"]);
    }

    #[test]
    fn sentence_ends_are_the_terminals_and_line_breaks() {
        let ends: Vec<char> = SENTENCE_ENDS.iter().filter_map(|e| e.chars().next()).collect();
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            assert_eq!(ends.contains(&c), c == '\n' || is_terminal(c), "{c:?}");
        }
        assert!(SENTENCE_ENDS.iter().all(|e| e.chars().count() == 1));
    }

    #[test]
    fn trim_is_str_trim() {
        let mut buf = [0u8; 4];
        for c in (0..=0x10FFFF).filter_map(char::from_u32).filter(|c| c.is_whitespace()) {
            assert!(SPACE_LEADS[usize::from(c.encode_utf8(&mut buf).as_bytes()[0])], "{c:?}");
        }
        for s in ["", " ", "甲", " 甲\u{3000}", "\u{a0}甲乙", "甲乙\n", "a\u{2029}", "é", "甲 乙"]
        {
            assert_eq!(trim(s), s.trim(), "{s:?}");
        }
        for s in ["", "甲", "，甲", " 、甲", "\u{3000}（甲", "a,", "…甲"] {
            let want = s.trim_start_matches(|c: char| is_clause_sep(c) || c.is_whitespace());
            assert_eq!(trim_start_seps(s), want, "{s:?}");
        }
    }

    #[test]
    fn separators_are_found_on_first_bytes() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32).filter(|&c| is_clause_sep(c)) {
            let mut buf = [0u8; 4];
            assert!(may_be_sep(c.encode_utf8(&mut buf).as_bytes()[0]), "{c:?}");
        }
        assert_eq!(find_sep("“甲”，乙", is_clause_sep), Some((9, '，')));
        assert_eq!(rfind_sep("甲，乙…丙", |c| c == '，'), Some((3, '，')));
    }

    #[test]
    fn a_dateline_is_a_sentence_of_its_own() {
        assert_eq!(
            texts("本报武汉1月6日讯 2022年甲增长6%。"),
            vec!["本报武汉1月6日讯", "2022年甲增长6%。"]
        );
        assert_eq!(texts("本报讯（记者 张三）全市甲。"), vec!["本报讯（记者 张三）", "全市甲。"]);
        assert_eq!(
            texts("新华社北京1月6日电（记者张三）记者从乙获悉。"),
            vec!["新华社北京1月6日电（记者张三）", "记者从乙获悉。"]
        );
        assert_eq!(texts("南宁7月18日讯 上半年甲。"), vec!["南宁7月18日讯", "上半年甲。"]);
        assert_eq!(
            texts("2024年2月26日讯 2023年甲13.2万个。"),
            vec!["2024年2月26日讯", "2023年甲13.2万个。"]
        );
        assert_eq!(texts("昆明讯 全年甲。"), vec!["昆明讯", "全年甲。"]);
        assert_eq!(texts("佛山新闻网讯 甲。"), vec!["佛山新闻网讯", "甲。"]);
        // (Its blank dropped in normalizing before a figure.)
        assert_eq!(texts("昆明讯2022年甲。"), vec!["昆明讯", "2022年甲。"]);
        // Not a dateline: a word with 电 after a date, a company's name, a dateline alone,
        // 讯 inside a word.
        for t in ["1月6日电价上调。", "国家电网公司1月6日电价上调。", "本报讯", "通讯设备甲。"]
        {
            assert_eq!(texts(t), vec![t]);
        }
    }

    #[test]
    fn clauses() {
        let t = "2022年，开发区规上产值增长57.3%，规上";
        let at = t.find("57").unwrap();
        assert_eq!(&t[clause_start(t, 0, at)..at], "开发区规上产值增长");
    }
}
