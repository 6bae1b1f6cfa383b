//! Stage 1: layout repair and width folding, with an offset map back to the input.
//!
//! This is the only stage that changes text. Everything later works on
//! [`Normalized::text`] and converts spans back with [`Normalized::to_orig`]: the offset map
//! maps every normalized byte boundary to an original char boundary, monotonically.
//!
//! One pass, with these rules:
//! - **Hard-wrapped lines are joined.** Newspaper pages dumped as text break lines inside
//!   words (`规上\n产值`, `西宁经济\n\n技术开发区`). A run of line breaks (blank lines and
//!   indentation included) is deleted when it falls inside a sentence. It stays, as a
//!   boundary, after sentence-final punctuation (`。！？…`), around a `【heading】`, after a
//!   byline (`本报记者 …`), after a title line (short, or ending in `公报`, `（摘要）`), and
//!   everywhere in a text that is not hard-wrapped (one paragraph per line) except after a
//!   short line cut inside a sentence (`…。湖南金穗` / `食品有限公司…`).
//! - **Widths are folded.** Full-width digits and Latin letters become ASCII, `％` becomes
//!   `%`, traditional numeral characters become simplified (`萬` → `万`, `點` → `点`),
//!   and `．` `，` between digits become `.` `,` (`２３．６`, `3，560`). A dash or tilde
//!   between numbers becomes `-` (`1—11月`, `5％－8％`).
//! - **Noise goes.** `\r`, BOM, zero-width characters, NUL and other control characters are
//!   deleted; HTML entities (`&nbsp;`, `&amp;`, `&#20013;`, `&#x4e2d;`) are decoded; spaces
//!   between a number and Chinese text are deleted (`增长 40%`, `2022 年`).
//!
//! Worked example, the wrap inside `规上\n产值`:
//!
//! | text        | bytes of `规` `上` | bytes of `产` `值` |
//! |-------------|-------------------|-------------------|
//! | original    | 0..3, 3..6        | 7..10, 10..13     |
//! | normalized  | 0..3, 3..6        | 6..9, 9..12       |
//!
//! A span 0..12 over `规上产值` maps back to 0..13, covering the deleted `\n`.

mod offset_map;

use crate::span::{NSpan, Span};
use crate::words::Words;
pub(crate) use offset_map::{Edit, OffsetMap};
use std::sync::LazyLock;

/// The normalized text and the way back to the original.
#[derive(Clone, Debug, Default)]
pub(crate) struct Normalized {
    /// The text every later stage reads.
    pub text: String,
    /// Normalized offsets → original offsets.
    pub map: OffsetMap,
}

impl Normalized {
    /// Converts a span of the normalized text to the original input.
    pub(crate) fn to_orig(&self, span: NSpan) -> Span {
        if span.start >= span.end {
            let p = self.map.start(span.start);
            return Span::new(p, p);
        }
        Span::new(self.map.start(span.start), self.map.end(span.end))
    }
}

/// Normalizes `input` in one pass. Linear in the input length.
pub(crate) fn normalize(input: &str) -> Normalized {
    let mut layout = Layout::measure(input);
    let mut n = Builder { out: String::with_capacity(input.len()), map: OffsetMap::default() };
    let bytes = input.as_bytes();
    let mut i = 0;
    // Whether the current line began after a kept boundary (a paragraph's first line).
    let mut fresh_line = true;
    let mut line_no = 0usize;
    // The input line last asked whether it is a pipe table's row: (start, end, is a row).
    let mut pipe_line = (usize::MAX, 0, false, false);
    while i < input.len() {
        // Most of a text is copied as it is: take such runs in one piece.
        let run = plain_run(input, i);
        if run > i {
            n.keep(i, run, input);
            i = run;
            continue;
        }
        let Some(c) = input[i..].chars().next() else { break };
        let len = c.len_utf8();
        match c {
            '\n' | '\r' => {
                let end = skip_line_breaks(input, i);
                let breaks = input[i..end].bytes().filter(|&b| b == b'\n').count().max(1);
                let cell = layout.cell_break(end);
                if cell == Some(false) {
                    // A table's cell on a line of its own: the row's cells part by tabs.
                    n.replace(i, end, "\t", input);
                    line_no += breaks;
                    fresh_line = false;
                    i = end;
                    continue;
                }
                let keep =
                    cell.is_some() || layout.is_boundary(input, &n.out, end, line_no, fresh_line);
                line_no += breaks;
                if keep {
                    // Keep one '\n' as the boundary; fold "\r\n" and trailing indentation.
                    n.replace(i, end, "\n", input);
                    fresh_line = true;
                } else {
                    let prev = n.out.chars().next_back();
                    let next = input[end..].chars().next();
                    // English words wrapped at a space get it back; digits of one number do
                    // not, nor does a unit after a number (56GW\nh → 56GWh).
                    let unit_before = n
                        .out
                        .trim_end_matches(|c: char| c.is_ascii_alphabetic())
                        .ends_with(|c: char| c.is_ascii_digit());
                    if prev.is_some_and(|p| p.is_ascii_alphabetic())
                        && next.is_some_and(|c| c.is_ascii_alphabetic())
                        && !unit_before
                        && !splits_abbreviation(&n.out, &input[end..])
                        && !splits_word(&n.out, &input[..i], &input[end..])
                    {
                        n.replace(i, end, " ", input);
                    } else {
                        n.delete(i, end);
                    }
                    fresh_line = false;
                }
                i = end;
                continue;
            }
            ' ' | '\t' | '\u{3000}' | '\u{a0}' => {
                let end = skip_spaces(input, i);
                // Blanks around a pipe table's bar go with the bar.
                if input[end..].starts_with('|') && pipe_row(input, end, &mut pipe_line) {
                    n.delete(i, end);
                    i = end;
                    continue;
                }
                let prev = n.out.chars().next_back();
                let mut after = visible_chars(&input[end..]);
                let next = after.next();
                let signed = next.is_some_and(|c| matches!(c, '-' | '－'))
                    && after.next().is_some_and(|c| c.is_ascii_digit() || is_fullwidth_digit(c));
                if end < input.len() && matches!(bytes[end], b'\n' | b'\r') {
                    // Trailing spaces before a line break: drop them with the break.
                    n.delete(i, end);
                } else if number_space(prev, next, signed) && !input[i..end].contains('\t') {
                    // A tab separates table columns and stays.
                    n.delete(i, end);
                } else {
                    n.keep(i, end, input);
                }
                i = end;
                continue;
            }
            // | 公路货运量 | 9.72亿吨 | -3.4% |: a pipe table's bars separate cells (a tab, as
            // between a table's columns); those opening and closing the row go, and a rule
            // row (|---|---|) goes whole.
            '|' if pipe_row(input, i, &mut pipe_line) => {
                let (_, line_end, _, rule) = pipe_line;
                // (The rule row with its line break: the header keeps its own.)
                let rule_end = (line_end + 1).min(input.len());
                let end = if rule { rule_end } else { skip_spaces(input, i + 1) };
                let at_edge = n.out.is_empty() || n.out.ends_with('\n') || end >= line_end;
                if rule || at_edge {
                    n.delete(i, end);
                } else {
                    n.replace(i, end, "\t", input);
                }
                i = end;
                continue;
            }
            '&' => {
                if let Some((decoded, used)) = html_entity(&input[i..]) {
                    // &nbsp; is a space like any other: gone inside a number expression.
                    let next = visible_chars(&input[i + used..]).next();
                    if decoded == ' ' && number_space(n.out.chars().next_back(), next, false) {
                        n.delete(i, i + used);
                    } else {
                        let mut buf = [0u8; 4];
                        n.replace(i, i + used, decoded.encode_utf8(&mut buf), input);
                    }
                    i += used;
                    continue;
                }
            }
            _ => {}
        }
        if is_invisible(c) {
            n.delete(i, i + len);
        } else if let Some(folded) = fold_char(c, &n.out, &input[i + len..]) {
            let mut buf = [0u8; 4];
            n.replace(i, i + len, folded.encode_utf8(&mut buf), input);
        } else {
            n.keep(i, i + len, input);
        }
        i += len;
    }
    Normalized { text: n.out, map: n.map }
}

struct Builder {
    out: String,
    map: OffsetMap,
}

impl Builder {
    fn keep(&mut self, start: usize, end: usize, input: &str) {
        self.out.push_str(&input[start..end]);
    }

    fn delete(&mut self, start: usize, end: usize) {
        let p = self.out.len();
        self.map.push(Edit { orig_start: start, orig_end: end, norm_start: p, norm_end: p });
    }

    fn replace(&mut self, start: usize, end: usize, with: &str, input: &str) {
        if &input[start..end] == with {
            self.keep(start, end, input);
            return;
        }
        let p = self.out.len();
        self.out.push_str(with);
        self.map.push(Edit {
            orig_start: start,
            orig_end: end,
            norm_start: p,
            norm_end: self.out.len(),
        });
    }
}

/// Per-line display widths, to tell a hard-wrapped page from one paragraph per line, and a
/// short title line from a wrapped line.
struct Layout {
    /// The byte offset where each line starts (lines are separated by `\n`).
    starts: Vec<usize>,
    /// Display width of each line (CJK = 2, ASCII = 1), indentation excluded, or `UNMEASURED`:
    /// a line is measured in full only when a title test needs it.
    widths: Vec<usize>,
    hard_wrapped: bool,
    /// The breaks inside tables dumped one cell per line (see [`cell_per_line_rows`]): where
    /// the next cell starts, and whether the break ends a row (kept) or parts two cells of
    /// one (a tab).
    cell_breaks: Vec<(usize, bool)>,
}

/// A line whose width is not known yet.
const UNMEASURED: usize = usize::MAX;

/// A line this much narrower than its neighbours is a title, not a wrapped line.
const SHORT_LINE_RATIO: f64 = 0.7;
/// Pages wrapped wider than this (display columns, median) are taken as one paragraph per
/// line: newspaper columns are 20–50 columns wide, paragraphs hundreds.
const MAX_WRAP_WIDTH: usize = 100;

impl Layout {
    fn measure(input: &str) -> Layout {
        let mut starts = vec![0];
        starts.extend(input.match_indices('\n').map(|(i, _)| i + 1));
        // A page is hard-wrapped when more than half of its non-empty lines are narrow (at
        // most MAX_WRAP_WIDTH): each line is measured only that far (a paragraph per line is
        // read a few dozen characters deep, not to its end). A narrow line that ends a
        // sentence or is a section heading (一、农业) says nothing either way (a bulletin has
        // many, and so has a wrapped column) and is not counted.
        // A line measured to its end keeps its width.
        let (mut nonempty, mut counted, mut narrow) = (0, 0, 0);
        let mut widths = Vec::with_capacity(starts.len());
        for (i, &start) in starts.iter().enumerate() {
            let end = starts.get(i + 1).map_or(input.len(), |&next| next - 1);
            let line = &input[start..end];
            let w = display_width_upto(line, MAX_WRAP_WIDTH);
            if w > 0 {
                nonempty += 1;
                let silent =
                    w <= MAX_WRAP_WIDTH && (ends_sentence(line.trim_end()) || is_heading(line));
                if !silent {
                    counted += 1;
                    narrow += usize::from(w <= MAX_WRAP_WIDTH);
                }
            }
            widths.push(if w <= MAX_WRAP_WIDTH { w } else { UNMEASURED });
        }
        let hard_wrapped = nonempty < 3 || narrow > counted / 2;
        let cell_breaks = cell_per_line_rows(input, &starts);
        Layout { starts, widths, hard_wrapped, cell_breaks }
    }

    /// Whether the break before the cell starting at `at` ends a row (`Some(true)`) or parts
    /// two cells of one (`Some(false)`), in a table dumped one cell per line.
    fn cell_break(&self, at: usize) -> Option<bool> {
        if self.cell_breaks.is_empty() {
            return None;
        }
        let i = self.cell_breaks.binary_search_by_key(&at, |&(a, _)| a).ok()?;
        Some(self.cell_breaks[i].1)
    }

    /// The display width of line `line` (0 past the last line).
    fn width(&mut self, input: &str, line: usize) -> usize {
        let Some(&w) = self.widths.get(line) else { return 0 };
        if w != UNMEASURED {
            return w;
        }
        let end = self.starts.get(line + 1).map_or(input.len(), |&next| next - 1);
        let w = display_width(&input[self.starts[line]..end]);
        self.widths[line] = w;
        w
    }

    /// Decides whether the line-break run ending at `next_at` is a boundary to keep.
    /// `out` is the normalized text so far; `line` the index of the line the run ends.
    fn is_boundary(
        &mut self,
        input: &str,
        out: &str,
        next_at: usize,
        line: usize,
        fresh: bool,
    ) -> bool {
        let prev = out.trim_end_matches([' ', '\t', '\u{3000}']).chars().next_back();
        let next = input[next_at..].chars().next();
        let (Some(prev), Some(next)) = (prev, next) else { return true };
        if ends_sentence(out) || prev == '】' || next == '【' {
            return true;
        }
        // 　　家庭经营收入…: a line indented with ideographic spaces opens a paragraph or an
        // indented row; no wrapped line starts with one.
        if input[..next_at].ends_with('\u{3000}') {
            return true;
        }
        if splits_registered_name(out, &input[next_at..])
            || splits_name_before_suffix(out, &input[next_at..])
        {
            return false;
        }
        // The current output line: after the last kept break, looked for in a bounded tail
        // (a byline or a title is short; a long joined paragraph is neither).
        let from = crate::span::ceil_char_boundary(out, out.len().saturating_sub(120));
        let tail = &out[from..];
        let line_text = match tail.rfind('\n') {
            Some(i) => &tail[i + 1..],
            None if from == 0 => tail,
            None => "\u{1}long line",
        };
        // A line longer than the tail is a paragraph's, never a title's.
        let long_line = line_text.starts_with('\u{1}');
        if is_byline(line_text)
            || is_masthead(line_text)
            || is_heading(line_text)
            || is_dateline(line_text)
            || is_report_header(line_text)
            || is_source_line(line_text)
            || is_subtitle(line_text)
        {
            return true;
        }
        // 本报讯 记者从中 / 国铁路…: a byline's opener running on into a sentence is no title.
        let reporter = BYLINE_OPENERS.prefix(line_text.trim_start()).is_some();
        if reporter && is_han(prev) && is_han(next) {
            return false;
        }
        // 某某科技有限公司（简 / 称“某某”）…: a line that leaves a bracket open runs on.
        let opened = line_text.matches(['（', '(']).count();
        if !long_line && opened > line_text.matches(['）', ')']).count() && !next.is_whitespace() {
            return false;
        }
        // The next line (it starts in the line list's line at `next_at` or later).
        let k = self.starts.partition_point(|&s| s <= next_at).saturating_sub(1);
        let end = self.starts.get(k + 1).map_or(input.len(), |&n| n - 1);
        let next_line = input.get(next_at..end).unwrap_or_default();
        // A pipe table's rows (| 指标 | 数值 |) are lines of their own, as is the line before.
        let piped = |l: &str| l.trim_start().starts_with('|') && l.matches('|').nth(2).is_some();
        let prev_line = k.checked_sub(1).and_then(|p| input.get(self.starts[p]..self.starts[k]));
        if piped(next_line) || prev_line.is_some_and(piped) {
            return true;
        }
        // A byline under a title (陇川招商成绩单 / 本报记者 马晓东) opens a line of its own,
        // and so does the story after a headline, 本报讯（记者 张三）2023年，…, however the
        // byline runs on.
        if is_heading(next_line)
            || next_line.trim_start().starts_with("本报讯")
            || is_byline(next_line)
            || is_report_header(next_line)
            || is_agency_dateline(next_line)
            || is_source_line(next_line)
            || is_subtitle(next_line)
        {
            return true;
        }
        // 全年全市规上 / 工业增加值…, 规模以上工 / 业增加值…: a term of the domain list that
        // runs over the break is one word the wrap cut. (In a text of one paragraph per line,
        // only prose runs on, below: 外贸稳中有进 / 出口1025.8亿元… is a heading and its
        // paragraph, whatever word 进出口 makes.)
        // (外贸稳中有进 / 出口总额…: a line of its own, with no punctuation, that closes on a
        // verdict is a heading, even in a text too short to tell its layout; its verdict's last
        // character makes no term with the next line.)
        // (In a text of one paragraph per line too: 全市政府性基金预 / 算收入86.41亿元… is a
        // line cut inside its word, whatever headings the text holds elsewhere.)
        let short_line = self.hard_wrapped || !long_line && !line_text.contains(['。', '，']);
        if short_line && is_han(prev) && is_han(next) && straddles_term(line_text, next_line) {
            let own_line = fresh || (from == 0 && !tail.contains('\n'));
            let heading = own_line
                && !line_text.contains(['，', '。', '；', '：', ',', ':'])
                && VERDICTS.suffix(line_text.trim_end()).is_some();
            return heading;
        }
        // Table rows are read in the input: normalizing drops the blank before a number.
        let prev_line = k.checked_sub(1).and_then(|p| input.get(self.starts[p]..self.starts[k]));
        // Rows and headers hold blanks, which most lines lack (memchr tells at once).
        let blank = next_line.as_bytes().contains(&b' ')
            || next_line.as_bytes().contains(&b'\t')
            || next_line.contains('\u{3000}');
        // (A lead-in closing with a colon, 主要指标如下：, opens rows too.)
        let opens_rows = |l: &str| {
            is_table_row(l) || is_caption(l) || is_header(l) || l.trim_end().ends_with(['：', ':'])
        };
        let row_or_header = blank && (is_table_row(next_line) || is_header(next_line));
        if row_or_header && prev_line.is_some_and(opens_rows) {
            return true;
        }
        // 新设企业\t家\t156\t118 / 全年新设企业156家…: a row of cells parted by tabs ends at
        // its line; its last figure is no part of the prose after it.
        if prev_line.is_some_and(|l| l.contains('\t') && is_table_row(l))
            && !splits_number(out, input, next_at)
        {
            return true;
        }
        // A list of `指标：数值` records (地区生产总值：增长8%左右 / 一般公共预算收入：…): each
        // line is one, after another or after its lead-in (主要预期目标是：), and the next
        // lead-in opens a line after the last.
        let lead_in = |s: &str| s.trim_end().ends_with(['：', ':']);
        // A heading over records (保险业主要指标 / 原保险保费收入：562.38亿元 / 同比增长：…)
        // is a line of its own when two records follow it.
        let line_after = || {
            let start = self.starts.get(k + 1).map_or(input.len(), |&s| s);
            let end = self.starts.get(k + 2).map_or(input.len(), |&n| n - 1);
            input.get(start..end).unwrap_or_default()
        };
        // Read once; most lines hold no colon, which one memchr-backed search settles.
        let next_record = (next_line.contains('：') || next_line.as_bytes().contains(&b':'))
            && is_record(next_line);
        if (lead_in(tail) || is_record(line_text)) && next_record
            || next_line.len() < 120 && lead_in(next_line) && is_record(line_text)
            || next_line.len() < 200 && next_record && is_record(line_after())
        {
            return true;
        }
        // …：4.6亿千瓦时 / 统调最高负荷：1.41亿千瓦，同比增长8.7% / 专家提醒，…: the last record
        // of a list ends with its figure, and what follows is no part of it.
        let figure_end = prev.is_ascii_digit() || matches!(prev, '%' | '‰' | '倍');
        if figure_end && is_record(line_text) {
            let before = tail.len() - line_text.len();
            let above = tail[..before.saturating_sub(1)].rsplit('\n').next();
            if above.is_some_and(|l| before > 0 && is_record(l)) {
                return true;
            }
        }
        // …完成规模以上工业总产值 / 486.3亿元，同比增长…: a line that ends on a word and a next
        // line that opens with an amount and its unit are one clause cut in two (a title is
        // never followed by a bare figure; a date, 2023年, may follow one and is no amount).
        // (A headline split in two, 某港2023年集装箱吞吐量 / 突破600万标箱: the verb of reach
        // before the amount is part of the same clause.)
        if is_han(prev)
            && (opens_with_amount(next_line) || opens_with_amount(after_level_verb(next_line)))
            && (long_line || !line_text.contains([' ', '\t', '\u{3000}']))
        {
            return false;
        }
        // 某公司年产2万吨 / 电子级多晶硅项目…: a capacity's lead and figure ending a line wait
        // for their product on the next.
        if is_han(next) && ends_with_capacity(line_text) {
            return false;
        }
        // 开发区共签约项 / 目18个…: a line that opens with one Han character and a number
        // holds the tail of a word cut by the wrap (no sentence opens so, but with a word of
        // measure or reach: 约18个, 共, 近, 超, 第, 表3).
        if is_han(prev) && cut_word_before_number(next_line) {
            return false;
        }
        // 分别达到540万吨、 / 390万吨和…: no paragraph ends on an enumeration comma (a heading
        // may: 一、 / 综合).
        if prev == '、'
            && line_text.trim().chars().nth(3).is_some()
            && !is_heading(line_text)
            && !opens_item(next_line)
        {
            return false;
        }
        if !self.hard_wrapped {
            // One paragraph per line, but a short line cut inside a sentence runs on
            // (`…。湖南金穗` / `食品有限公司…`, `…；完成规上` / `工业产值…`): it holds the end
            // of a sentence or clause, ends inside a word, and opens no numbered heading.
            // (三、消费市场持续活跃。1—10月，全县社会消费品零 / 售总额…: a numbered line that
            // holds a sentence's end is a heading's paragraph, and runs on.)
            let numbered = opens_item(line_text) && !line_text.contains(['。', '；', '！', '？']);
            // Prose holds a sentence end or a comma and is no title: it runs on at a break
            // inside a word (…充换电服务业用 / 电量同比增长…).
            // (投资方面，固定资 / 产投资完成…: a short lead-in and its comma are prose too.)
            let prose = long_line
                || line_text.contains(['。', '；', '！', '？'])
                || line_text.contains('，') && line_text.chars().nth(5).is_some();
            // …取得新进展 / 二是…: a list item opens a line of its own.
            let opens_item = opens_item(next_line);
            // (…用于年产 / 3万台智能…项目建设。, …农户 / 1.2万余户。: prose cut on a word runs on
            // into a figure, its counted noun after it or not: no paragraph opens so.)
            let figure_on = next.is_ascii_digit() && opens_with_figure(next_line);
            let cut =
                is_han(prev) && (is_han(next) || figure_on) && !numbered && !opens_item && prose;
            let row = !long_line && line_text.contains([' ', '\t', '\u{3000}']);
            return !(cut || !row && splits_number(out, input, next_at));
        }
        // 全市规上企业达到4 / 86家: a number split by the wrap is no line of its own, however
        // short (not in a row, whose cells hold blanks).
        // (The character before the break settles most breaks without a call.)
        let numeric = prev.is_ascii_digit()
            || is_fullwidth_digit(prev)
            || matches!(prev, '万' | '亿' | '.' | '．')
            || is_range_dash(prev);
        if numeric
            && splits_number(out, input, next_at)
            && !line_text.contains([' ', '\t', '\u{3000}'])
        {
            return false;
        }
        // 前三季度我市经济运行稳中向好 / GDP增长5.8% 规上工业增加值增长8.1% / 本报讯…: the
        // lines of a text that hold no punctuation, up to a byline among its first lines, are
        // its headline and subheads, each a line of its own.
        if self.headline_before_byline(input, out, k, line) {
            return true;
        }
        // A signature (特此公告。 / 潍坊市医疗保障局 / 潍坊市财政局 / 2023年3月15日): a short
        // line that is a body's name, over another or a date, is a line of its own.
        if fresh && is_signature(line_text) && (is_signature(next_line) || is_dateline(next_line)) {
            return true;
        }
        // 农业 / 全年粮食产量…, 居民收入 / 全年全体居民…: a few Han characters alone on a line
        // after a boundary, clearly narrower than the line after, are a section's label (a
        // wrapped word's stub ends a paragraph, after a break that ran on; a paragraph's first
        // line in a column is as wide as the next).
        // (After a sentence's end: a text's first line, 其中星 / 澜新能源…, may be wrapped.)
        let after_sentence = || {
            out.strip_suffix(line_text).is_some_and(|before| {
                let before = before.trim_end();
                !before.is_empty() && ends_sentence(before)
            })
        };
        let label = fresh
            && (2..=8).contains(&line_text.chars().count())
            && line_text.chars().all(is_han)
            && after_sentence();
        if label && {
            let next_w = self.nonempty_after(input, line).unwrap_or(0);
            (self.width(input, line) as f64) < SHORT_LINE_RATIO * next_w as f64
        } {
            return true;
        }
        // A title: a line of its own (after a boundary) that holds no sentence (a line with
        // the end of one is part of a paragraph).
        let sentence_inside = line_text.contains(['。', '！', '？', '；']);
        // (The text's first line counts as one even when it was wrapped itself: 某公司201 /
        // 6年年度业绩公告（摘要）.)
        let first_line = from == 0 && !tail.contains('\n');
        if (fresh || first_line)
            && !sentence_inside
            && !line_text.contains(['，', ','])
            && is_title(line_text)
        {
            return true;
        }
        // Or one clearly narrower than its neighbours, and long enough not to be the stub of
        // a wrapped word.
        let width = self.width(input, line);
        let prev_w = line.checked_sub(1).and_then(|l| self.nonempty_before(input, l)).unwrap_or(0);
        let next_w = self.nonempty_after(input, line).unwrap_or(0);
        // (…降幅达42.9%。 / 作为主要承载区，连 / 云港灌河…: a line holding a comma is a
        // sentence's start unless it is narrower than both neighbours, as a title is.)
        let wide =
            if line_text.contains(['，', ',']) { prev_w.min(next_w) } else { prev_w.max(next_w) };
        // (集装箱板块：控股子公司大连海湾 / 集装箱码头有限公司…: a part's label, 板块 or 方面,
        // and text with no figure run on; a record's line, 固定资产投资：增长12%, and a
        // headline, 温州新区：发展后劲持续增强, stay.)
        // (投资方面，固定资 / 产投资完成…: so does a part's label before a comma.)
        let label_runs_on = || {
            line_text.find(['：', ':', '，', ',']).is_some_and(|i| {
                ["板块", "方面", "领域", "业务"].iter().any(|w| line_text[..i].ends_with(w))
                    && !line_text[i..].contains(|c: char| c.is_ascii_digit())
            })
        };
        // (…年产120万片功率半导体晶 / 圆项目总投资28.5亿元。: a line followed by a narrower
        // one that ends its sentence is a paragraph's next-to-last line, not a title, however
        // much wider the line before.)
        let last_line_after = next_w > 0
            && next_w < width
            && ends_sentence(next_line.trim_end_matches([' ', '\t', '\u{3000}', '\r']));
        fresh
            && !sentence_inside
            && line_text.chars().nth(4).is_some()
            && (width as f64) < SHORT_LINE_RATIO * wide as f64
            && !label_runs_on()
            && !last_line_after
    }

    /// Whether the break after line `line` (the next line is `next`) ends a line of a text's
    /// headline: the text so far (`out`) is a few short lines with no punctuation of a
    /// sentence, a byline (本报讯, 记者…) or an agency's dateline opens one of the next three
    /// lines, and `line` is clearly narrower than the lines after (a headline wrapped at the
    /// column's width, …年产服 / 装项目开工, runs on).
    fn headline_before_byline(&mut self, input: &str, out: &str, next: usize, line: usize) -> bool {
        let prose = ['。', '，', '；', '！', '？', '：', ',', ';'];
        if out.chars().nth(80).is_some() || out.contains(prose) || out.matches('\n').count() > 3 {
            return false;
        }
        let widest = (line + 1..line + 8).map(|l| self.width(input, l)).max().unwrap_or(0);
        if self.width(input, line) as f64 >= SHORT_LINE_RATIO * widest as f64 {
            return false;
        }
        (next..next + 3).any(|k| {
            let start = self.starts.get(k).copied().unwrap_or(input.len());
            let end = self.starts.get(k + 1).map_or(input.len(), |&n| n - 1);
            let line = input.get(start..end).unwrap_or_default().trim_start();
            line.starts_with("本报讯") || is_byline(line) || is_agency_dateline(line)
        })
    }

    /// The width of the last non-empty line among `line` and the three before it.
    fn nonempty_before(&mut self, input: &str, line: usize) -> Option<usize> {
        let last = line.min(self.widths.len().saturating_sub(1));
        (last.saturating_sub(3)..=last).rev().map(|l| self.width(input, l)).find(|&w| w > 0)
    }

    /// The width of the first non-empty line among the four after `line`.
    fn nonempty_after(&mut self, input: &str, line: usize) -> Option<usize> {
        let end = (line + 5).min(self.widths.len());
        (line + 1..end).map(|l| self.width(input, l)).find(|&w| w > 0)
    }
}

/// The suffixes of registered company names, as line breaks may split them off.
const SUFFIXES: [&str; 3] = ["股份有限公司", "有限责任公司", "有限公司"];

/// Whether a break falls inside a registered name's suffix (…电池有 / 限公司, …港务 /
/// 集团有限公司): no line opens with such a suffix or its tail, so the name runs on.
fn splits_registered_name(out: &str, rest: &str) -> bool {
    // (Asked at every break: the next line's first character settles almost all.)
    if !rest.starts_with(['股', '份', '有', '限', '责', '任', '公', '司', '集']) {
        return false;
    }
    let opens = |t: &str| rest.starts_with(t);
    SUFFIXES.iter().any(|s| {
        opens(s) || s.char_indices().skip(1).any(|(k, _)| out.ends_with(&s[..k]) && opens(&s[k..]))
    }) || opens("集团有限公司")
        || opens("集团股份有限公司")
}

/// Whether the next line opens with one or two Han characters and a registered name's
/// suffix (…恒祥化 / 工有限公司, …月兴电 / 器有限公司) after a line ending in a Han
/// character: the name's last characters were wrapped, as no name is that short.
fn splits_name_before_suffix(out: &str, rest: &str) -> bool {
    if !out.ends_with(is_han) {
        return false;
    }
    let mut chars = rest.char_indices().take(3);
    let Some((_, first)) = chars.next() else { return false };
    if !is_han(first) {
        return false;
    }
    chars
        .take_while(|&(_, c)| is_han(c))
        .any(|(i, _)| SUFFIXES.iter().any(|s| rest[i..].starts_with(s)))
}

/// Whether a line opens a numbered heading or a list item (`（一）…`, `一、…`, `二是…`,
/// `第三章`, `【…】`, `■…`), not a sentence that starts with a numeral (`三季度末…`,
/// `第三产业…`).
fn opens_item(line: &str) -> bool {
    use crate::period::is_numeral;
    let line = line.trim_start_matches([' ', '\t', '\u{3000}']);
    if line.starts_with(['（', '(', '【']) || line.starts_with(crate::sentence::BULLETS) {
        return true;
    }
    let rest = line.strip_prefix('第').unwrap_or(line);
    let after = rest.trim_start_matches(is_numeral);
    let marks: &[&str] = if rest.len() < line.len() {
        &["章", "节", "部分", "条", "，", "、"]
    } else {
        &["、", "是", "．", ".", "，"]
    };
    after.len() < rest.len() && marks.iter().any(|m| after.starts_with(m))
}

/// Whether a break splits a number or its unit (`…用电量14` / `8.2亿千瓦时`, `312.6亿` /
/// `元`, `131.` / `6亿元`, `1—` / `9月`): the output ends with a digit (or a digit and 万/亿)
/// and the input goes on with a digit, a decimal point or a unit, or the output ends with a
/// decimal point or a range's dash after a digit and the input goes on with a digit.
fn splits_number(out: &str, input: &str, next_at: usize) -> bool {
    let digit = |c: char| c.is_ascii_digit() || is_fullwidth_digit(c);
    let rest = &input[next_at..];
    // 131. / 6亿元, 1— / 9月: a decimal point or a range's dash between digits.
    if let Some(head) = out.strip_suffix(['.', '．']).or_else(|| out.strip_suffix(is_range_dash)) {
        return head.ends_with(digit) && rest.starts_with(digit);
    }
    let number = out.trim_end_matches(['万', '亿']);
    if !number.ends_with(digit) {
        return false;
    }
    let magnitude = number.len() < out.len();
    let digits_on = rest.starts_with(|c: char| digit(c) || matches!(c, '.' | '．'));
    // (…总产量31.6 / 万吨: a magnitude and a unit after the number go on with it.)
    (digits_on && !magnitude)
        || crate::quantity::unit::UNITS.at(input, next_at).is_some()
        || !magnitude && crate::quantity::opens_with_unit(rest)
}

/// Whether `line` opens with one Han character and then a digit (目18个) that opens no
/// sentence: the character is the end of a word cut by a line break.
fn cut_word_before_number(line: &str) -> bool {
    // Characters that may stand alone before a number: measures of reach, order and time,
    // labels of tables and figures, verbs of one character.
    const ALONE: &str =
        "约共近超达逾计合总增降减升涨跌占为是有年月日第每前后表图附至到于在从比较及和与等";
    let mut chars = line.chars();
    chars.next().is_some_and(|c| is_han(c) && !ALONE.contains(c))
        && chars.next().is_some_and(|c| c.is_ascii_digit())
}

/// Verbs of reaching a level that open a headline's second line (突破600万标箱).
static LEVEL_VERBS: LazyLock<Words> =
    LazyLock::new(|| Words::parse(include_str!("../data/headline_level_verbs.txt")));

/// `line` after a verb of reach opening it, or "" where none does.
fn after_level_verb(line: &str) -> &str {
    LEVEL_VERBS.prefix(line).map_or("", |(v, ())| &line[v.len()..])
}

/// Whether a line opens with a number and a unit that makes it a quantity (`486.3亿元，…`,
/// `12.6%`), not a date or a grade (`2023年`, `5月`, `3级`).
fn opens_with_amount(line: &str) -> bool {
    use crate::quantity::unit::{UNITS, UnitClass};
    let digits = line.trim_start_matches(|c: char| {
        c.is_ascii_digit() || is_fullwidth_digit(c) || matches!(c, '.' | '．' | ',')
    });
    if !line.starts_with(|c: char| c.is_ascii_digit() || is_fullwidth_digit(c)) {
        return false;
    }
    let rest = digits.trim_start_matches(['万', '亿', '千', '百']);
    // (…签约仪式 / 11个项目签约…: a count with its noun after it opens a headline or a
    // sentence of its own.)
    UNITS.at(rest, 0).is_some_and(|u| {
        let noun_after = rest[u.text.len()..].starts_with(is_han);
        u.class != UnitClass::None && !(u.class == UnitClass::Count && noun_after)
    })
}

/// Whether `line` opens with a number, a magnitude, 余 or 多 and a unit of a quantity
/// (`3万台…`, `1.2万余户`), a counted noun after it or not; a date's (`2023年`) is none.
fn opens_with_figure(line: &str) -> bool {
    use crate::quantity::unit::{UNITS, UnitClass};
    let rest = line.trim_start_matches(|c: char| c.is_ascii_digit() || matches!(c, '.' | ','));
    if rest.len() == line.len() {
        return false;
    }
    let rest = rest.trim_start_matches(['万', '亿', '千', '百']).trim_start_matches(['余', '多']);
    UNITS.at(rest, 0).is_some_and(|u| u.class != UnitClass::None)
}

/// The terms of the domain word list (`src/data/domain_words.txt`: 规上工业增加值, 工业总产值)
/// of three characters or more.
static DOMAIN_TERMS: std::sync::LazyLock<crate::words::Words> = std::sync::LazyLock::new(|| {
    let words = crate::words::lines(include_str!("../data/domain_words.txt"))
        .filter_map(|l| l.split_whitespace().next())
        .filter(|w| w.chars().nth(2).is_some());
    crate::words::Words::new(words.map(|w| (w, ())))
});

/// Verdicts closing a heading on the economy (稳中有进, 持续向好), `src/data/verdict_words.txt`.
static VERDICTS: LazyLock<Words> =
    LazyLock::new(|| Words::parse(include_str!("../data/verdict_words.txt")));

/// Whether a domain term starts in the last few characters of `line` and runs on into
/// `next_line` (规上 / 工业增加值, 规模以上工 / 业增加值): a word the break cut.
fn straddles_term(line: &str, next_line: &str) -> bool {
    let head = next_line.char_indices().nth(8).map_or(next_line, |(i, _)| &next_line[..i]);
    // (One buffer for the joins, and a lookup only where a term may start.)
    let mut joined = String::with_capacity(64);
    line.char_indices().rev().take(6).any(|(i, c)| {
        if !DOMAIN_TERMS.may_occur_in(&line[i..i + c.len_utf8()]) {
            return false;
        }
        let tail = &line[i..];
        joined.clear();
        joined.push_str(tail);
        joined.push_str(head);
        DOMAIN_TERMS.prefix(&joined).is_some_and(|(w, ())| w.len() > tail.len())
    })
}

/// Whether a break falls inside one Latin word of Chinese text: the letters before it follow
/// a Han character or a mark, no space stood before the break, and those after it go on in
/// lower case (与Shang / hai, Velt / rix) or end a run of capitals with a capitalised tail
/// (TOP / Con电池). A capital after a lower-case letter starts a new word (Mini / LED), and
/// letters after a space are English prose (brown / fox).
fn splits_word(out: &str, raw_before: &str, rest: &str) -> bool {
    let word = out.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let head = &out[word.len()..];
    if word.ends_with(|c: char| c.is_ascii_alphanumeric() || c.is_whitespace())
        || raw_before.ends_with(|c: char| c.is_whitespace())
    {
        return false;
    }
    let mut next = rest.chars();
    let (Some(first), second) = (next.next(), next.next()) else { return false };
    first.is_ascii_lowercase()
        || (head.len() >= 2
            && head.bytes().all(|b| b.is_ascii_uppercase())
            && first.is_ascii_uppercase()
            && second.is_some_and(|c| c.is_ascii_lowercase()))
}

/// Whether `line` ends with a rate of output and its figure (年产2万吨, 年产1.5亿只): the
/// product follows.
fn ends_with_capacity(line: &str) -> bool {
    // Read back from the end: a unit of one to four characters (a fifth Han character
    // rules the line out), then digits; no walk over a line of prose.
    let line = line.trim_end();
    let (chars, bytes) = line
        .chars()
        .rev()
        .take(5)
        .take_while(|&c| is_han(c))
        .fold((0, 0), |(n, b), c| (n + 1, b + c.len_utf8()));
    let figure = &line[..line.len() - bytes];
    let lead = figure.trim_end_matches(|c: char| c.is_ascii_digit() || c == '.');
    (1..=4).contains(&chars) && lead.len() < figure.len() && lead.ends_with("年产")
}

/// Whether a break splits a capitalized abbreviation inside Chinese text (`P` / `M2.5`,
/// `G` / `DP`): the letters before it are capitals glued to what precedes them, those after
/// are capitals and digits, and the whole is short. English words wrapped at a space differ:
/// they hold lower-case letters or run longer.
fn splits_abbreviation(out: &str, rest: &str) -> bool {
    let head = out.len() - out.trim_end_matches(|c: char| c.is_ascii_uppercase()).len();
    let glued = !out[..out.len() - head].ends_with(|c: char| c.is_ascii_alphanumeric() || c == ' ');
    let tail = rest
        .find(|c: char| !(c.is_ascii_uppercase() || c.is_ascii_digit() || c == '.'))
        .unwrap_or(rest.len());
    let tail_ends = !rest[tail..].starts_with(|c: char| c.is_ascii_alphabetic() || c == ' ');
    glued && tail_ends && (1..=4).contains(&head) && tail > 0 && head + tail <= 8
}

fn display_width(line: &str) -> usize {
    display_width_upto(line, usize::MAX)
}

/// The display width of `line`, or some width over `cap` once it passes `cap`.
fn display_width_upto(line: &str, cap: usize) -> usize {
    let line = line.trim_matches(|c: char| c.is_whitespace() || c == '\u{3000}');
    let bytes = line.as_bytes();
    let mut width = 0;
    let mut i = 0;
    // Character by character on the first bytes: most characters are 1 (ASCII) or 2 wide.
    while let Some(&b) = bytes.get(i) {
        if width > cap {
            break;
        }
        let lead = LEADS[usize::from(b)];
        if !lead.odd_width {
            width += usize::from(lead.width);
            i += usize::from(lead.len);
            continue;
        }
        let (c, used) = match b {
            // An HTML entity is one character of the page (&#20013; is 中).
            b'&' => html_entity(&line[i..]).unwrap_or(('&', 1)),
            _ => match line[i..].chars().next() {
                Some(c) => (c, c.len_utf8()),
                None => break,
            },
        };
        if !is_invisible(c) {
            width += if c.is_ascii() { 1 } else { 2 };
        }
        i += used;
    }
    width
}

/// The length of the UTF-8 sequence that starts with byte `lead`.
pub(crate) fn utf8_len(lead: u8) -> usize {
    usize::from(LEADS[usize::from(lead)].len)
}

/// What the first byte of a character tells the byte-level scans.
#[derive(Clone, Copy)]
struct Lead {
    /// The length of the UTF-8 sequence.
    len: u8,
    /// Display width, unless `odd_width`: 1 for ASCII, 2 for any other character.
    width: u8,
    /// The width needs the character: an entity (`&`), a control, or a character that may be
    /// invisible (U+0080–U+00BF, U+2000–U+2FFF, U+F000–U+FFFF).
    odd_width: bool,
    /// The character may stop a plain run; [`may_stop_run`] looks at the second byte too.
    may_stop: bool,
}

/// [`Lead`] for every byte value (continuation bytes never start a character).
static LEADS: [Lead; 256] = {
    let mut table = [Lead { len: 1, width: 0, odd_width: false, may_stop: false }; 256];
    let mut b = 0;
    while b < 256 {
        let byte = b as u8;
        let len = match byte {
            0xf0.. => 4,
            0xe0.. => 3,
            0xc0.. => 2,
            _ => 1,
        };
        table[b] = Lead {
            len,
            width: if byte < 0x80 { 1 } else { 2 },
            odd_width: matches!(byte, 0x00..=0x1f | b'&' | 0x7f | 0xc2 | 0xe2 | 0xef),
            may_stop: matches!(
                byte,
                0x00..=0x20
                    | b'&'
                    | b'~'
                    | b'|'
                    | 0x7f
                    | 0xc2
                    | 0xe2
                    | 0xe3
                    | 0xe5
                    | 0xe8
                    | 0xe9
                    | 0xef
            ),
        };
        b += 1;
    }
    table
};

/// Whether the input line holding byte `at` is a pipe table's row: it opens with `|` (after
/// blanks) and holds at least three. `line` caches, for the line last asked, its start, end,
/// this answer and whether it is a rule row (`|---|:---:|`), so that a row is measured once,
/// however many bars it holds.
fn pipe_row(input: &str, at: usize, line: &mut (usize, usize, bool, bool)) -> bool {
    if !(line.0 <= at && at < line.1) {
        let start = input[..at].rfind('\n').map_or(0, |p| p + 1);
        let end = input[at..].find('\n').map_or(input.len(), |p| at + p);
        let row = &input[start..end];
        let is_row =
            row.trim_start().starts_with('|') && row.bytes().filter(|&b| b == b'|').count() >= 3;
        let rule = row.bytes().all(|b| matches!(b, b'|' | b'-' | b':' | b' ' | b'\t' | b'\r'));
        *line = (start, end, is_row, rule);
    }
    line.2
}

/// Whether the text so far ends a sentence (terminal punctuation, possibly followed by
/// closing quotes or brackets).
fn ends_sentence(out: &str) -> bool {
    let trimmed =
        out.trim_end_matches([' ', '\t', '\u{3000}', '”', '’', '」', '』', '）', ')', '"']);
    trimmed.ends_with(['。', '！', '？', '!', '?', '…'])
        || (trimmed.len() < out.trim_end_matches([' ', '\t', '\u{3000}']).len()
            && trimmed.ends_with(['；', ';']))
}

/// Words that end a document title (`src/data/title_endings.txt`).
static TITLE_ENDINGS: std::sync::LazyLock<crate::words::Words> = std::sync::LazyLock::new(|| {
    crate::words::Words::parse(include_str!("../data/title_endings.txt"))
});

/// A document title such as `某市2024年国民经济和社会发展统计公报（摘要）`: a title word
/// at its end, after a few characters.
fn is_title(line: &str) -> bool {
    let line = line.trim_end_matches([' ', '\t', '\u{3000}']);
    TITLE_ENDINGS.suffix_where(line, |head| head.chars().nth(3).is_some()).is_some()
}

/// Whether `line` is a feature's subtitle under its headline: a dash and the words of an
/// interview or a portrait (——访某某开发区党工委书记某某, ——记…, ——写在…), a line of its own.
fn is_subtitle(line: &str) -> bool {
    let rest = line.trim_start().trim_start_matches(['—', '－', ' ', '\u{3000}']);
    rest.len() < line.trim_start().len()
        && ["访", "专访", "记", "写在"].iter().any(|w| rest.starts_with(w))
        && !rest.starts_with("记者")
        && !line.contains(['，', '。', '；'])
}

/// Words that open a byline (本报讯（记者 张三）, 本报记者 马晓东).
static BYLINE_OPENERS: LazyLock<Words> =
    LazyLock::new(|| Words::parse(include_str!("../data/byline_openers.txt")));

/// Whether `line` is a body's name alone, as a signature line is: four to sixteen Han
/// characters ending in a body's word (局, 厅, 委员会, 政府, 公司 …).
fn is_signature(line: &str) -> bool {
    static ENDS: LazyLock<Words> =
        LazyLock::new(|| Words::parse(include_str!("../data/issuer_endings.txt")));
    let line = line.trim_matches([' ', '\u{3000}', '\r']);
    (4..=16).contains(&line.chars().count())
        && line.chars().all(is_han)
        && ENDS.suffix(line).is_some()
}

/// A newspaper's name alone on a line (泸州日报, 经济晚报), or a page's header line that
/// opens with it or holds the page number (`某某日报 2024年1月17日 第2版 综合新闻`): the
/// page's masthead, no part of the text after it.
fn is_masthead(line: &str) -> bool {
    const PAPERS: [&str; 6] = ["日报", "晚报", "时报", "商报", "早报", "都市报"];
    let line = line.trim_matches([' ', '\t', '\u{3000}', '\r']);
    // (Every form is short: a paragraph's line is settled by its length.)
    if line.len() > 4 * 40 {
        return false;
    }
    let paper = |name: &str| {
        (3..=10).contains(&name.chars().count())
            && name.chars().all(is_han)
            && PAPERS.iter().any(|p| name.ends_with(p))
            && !name.starts_with(['据', '在', '由', '经', '从', '向', '对'])
    };
    // (要闻, 经济新闻, 综合新闻: a page's section name alone on its line.)
    let section = line == "要闻"
        || (3..=6).contains(&line.chars().count())
            && line.chars().all(is_han)
            && (line.ends_with("新闻") || line.ends_with("要闻"));
    if paper(line) || section {
        return true;
    }
    // (A header is short, parted by blanks, and holds no clause mark; its first field is
    // the paper's name or a field is the page's number, 第2版 / 第A3版. Most lines hold
    // neither 报 nor 版, which one character search settles.)
    let short = line.contains(['报', '版']) && !line.contains(['，', '。', '；', '、', ',', ';']);
    if !short {
        return false;
    }
    let first = line.split([' ', '\t', '\u{3000}']).find(|f| !f.is_empty()).unwrap_or_default();
    // (The blank after the paper's name goes when the date or page after it is in figures:
    // 某某日报A2 要闻.)
    let named = PAPERS
        .iter()
        .filter_map(|p| first.find(p).map(|i| &first[..i + p.len()]))
        .min_by_key(|n| n.len())
        .is_some_and(paper);
    first.len() < line.len() && (named || line.split([' ', '\t', '\u{3000}']).any(is_page_number))
}

/// A page's number in a newspaper (第2版, 第A3版, 第12版).
fn is_page_number(field: &str) -> bool {
    field
        .strip_prefix('第')
        .and_then(|r| r.strip_suffix('版'))
        .is_some_and(|n| (1..=4).contains(&n.len()) && n.bytes().all(|b| b.is_ascii_alphanumeric()))
}

/// A byline such as `本报记者 张三` or `通讯员 李四 王五`.
fn is_byline(line: &str) -> bool {
    let line = line.trim_start_matches([' ', '\t', '\u{3000}']);
    // 本报讯 记者从中 / 国铁路…获悉: a reporter's sentence (记者从…, 记者近日…) wrapped, no
    // byline.
    let mut rest = line;
    while let Some((p, ())) = BYLINE_OPENERS.prefix(rest) {
        let r = &rest[p.len()..];
        rest = r.trim_start_matches([' ', '\t', '\u{3000}', '（', '(']);
    }
    let sentence =
        rest.starts_with(['从', '在', '近', '日', '获', '了', '对', '向', '据', '昨', '今']);
    BYLINE_OPENERS.prefix(line).is_some()
        && !sentence
        && line.chars().count() <= 24
        // 本报讯 3月18日，某某科技股份有限 (wrapped): the article's first line, no byline.
        && !line.contains(['，', '。', '：', ','])
        // 本报讯（记者 张三）1月8 / 日，…: a date cut by the wrap, no name.
        && !line.trim_end().ends_with(|c: char| c.is_ascii_digit() || c == '月')
        // 本报讯（记者 张三）某港完成集装箱吞吐 / 量…: the story's first words after the
        // closed bracket, wrapped.
        && !line.rsplit_once(['）', ')']).is_some_and(|(_, after)| after.chars().any(is_han))
}

/// News agencies that open a story with a dateline (新华社成都9月12日电).
const AGENCIES: [&str; 6] = ["新华社", "中新社", "中新网", "新华网", "人民网", "央广网"];

/// Whether `line` opens with an agency's dateline (新华社成都9月12日电（记者 张三）…): the
/// story starts there, never inside the headline above it.
fn is_agency_dateline(line: &str) -> bool {
    let line = line.trim_start_matches([' ', '\t', '\u{3000}']);
    line.starts_with(['新', '中', '人', '央']) && AGENCIES.iter().any(|a| line.starts_with(a)) && {
        let head: String = line.chars().take(20).collect();
        head.contains("日电") || head.contains("日讯")
    }
}

/// Titles of the officials who deliver a report (`某县人民政府县长 张三`).
static SPEAKER_TITLES: LazyLock<Words> =
    LazyLock::new(|| Words::parse(include_str!("../data/speaker_titles.txt")));

/// A line that heads a work report and never runs on: the occasion (`——2016年1月12日在某县
/// 第十七届人民代表大会第五次会议上`, brackets allowed) or the speaker (`某县人民政府县长
/// 张三`): short, without a clause mark.
fn is_report_header(line: &str) -> bool {
    // Most lines are paragraphs, longer than any header: their length settles them; and
    // most others neither end in 上 nor hold a blank.
    if line.len() > 4 * 40 + 16 {
        return false;
    }
    // (Read from the end, and the blank found by a byte search, before any trimming.)
    let end = line.trim_end_matches([' ', '\t', '\r', '\u{3000}', '）', ')', '—']);
    let occasion = end.ends_with("会议上") || end.ends_with("大会上");
    if !occasion && !line.as_bytes().contains(&b' ') && !line.contains('\u{3000}') {
        return false;
    }
    let line = line.trim_matches([' ', '\t', '\r', '\u{3000}', '（', '）', '(', ')', '—']);
    if line.chars().count() > 40 || line.contains(['，', '。', '；', ',', ';']) {
        return false;
    }
    let speaker = line.rsplit_once([' ', '\u{3000}']).is_some_and(|(office, name)| {
        SPEAKER_TITLES.suffix(office.trim_end()).is_some()
            && (2..=4).contains(&name.chars().count())
            && name.chars().all(is_han)
    });
    occasion || speaker
}

/// Openers of a web page's source line (来源：某某局　发布时间：2021-07-22).
const SOURCE_OPENERS: [&str; 6] = ["来源", "信息来源", "发布时间", "发布日期", "责任编辑", "作者"];

/// Whether `line` is a page's source, date or editor line: one of [`SOURCE_OPENERS`] and a
/// colon opening a short line. It is a line of its own, and so is the title above it.
fn is_source_line(line: &str) -> bool {
    let line = line.trim_start_matches([' ', '\t', '\u{3000}']);
    line.len() <= 4 * 60
        && SOURCE_OPENERS
            .iter()
            .any(|o| line.strip_prefix(o).is_some_and(|r| r.starts_with(['：', ':'])))
}

/// A short line without punctuation that ends with a full date (`凉山州统计局　2026年3月28日`):
/// a dateline, which never runs on into the next line.
fn is_dateline(line: &str) -> bool {
    // (2023年10月27日 星期五: a page's date with its weekday.)
    let line = crate::period::before_weekday(line);
    let mut chars = line.chars().rev().peekable();
    line.len() <= 90
        && !line.contains(['，', '。', '、', ','])
        && chars.next() == Some('日')
        && (1..=2).contains(&digits_back(&mut chars))
        && chars.next() == Some('月')
        && (1..=2).contains(&digits_back(&mut chars))
        && chars.next() == Some('年')
        && digits_back(&mut chars) == 4
}

/// How many digits (ASCII or full-width) `chars`, read backwards, yields before the next
/// character.
fn digits_back(chars: &mut std::iter::Peekable<std::iter::Rev<std::str::Chars>>) -> usize {
    let mut n = 0;
    while chars.next_if(|c| c.is_ascii_digit() || ('０'..='９').contains(c)).is_some() {
        n += 1;
    }
    n
}

/// A table copied from a web page one cell per line: a header row of `n` blank-separated
/// cells (`县区 地区生产总值（亿元） 增速（%）`), then rows of a label line (`华龙区`) and
/// `n - 1` lines of one number each (`121.64`, `5.6`), two rows at least. Gives, for each
/// cell line after the header, where its text starts and whether the break before it ends a
/// row; empty for a text with no line holding a bare number (most texts).
fn cell_per_line_rows(input: &str, starts: &[usize]) -> Vec<(usize, bool)> {
    const BLANKS: [char; 5] = [' ', '\t', '\r', '\u{3000}', '\u{a0}'];
    let raw = |k: usize| {
        let end = starts.get(k + 1).map_or(input.len(), |&n| n - 1);
        &input[starts[k]..end]
    };
    let line = |k: usize| raw(k).trim_matches(BLANKS);
    let number = |l: &str| {
        matches!(l, "—" | "-")
            || l.len() <= 24
                && l.bytes().any(|b| b.is_ascii_digit())
                && l.bytes().all(|b| b.is_ascii_digit() || matches!(b, b'.' | b'-'))
    };
    if !(0..starts.len()).any(|k| number(line(k)) && !line(k).is_empty()) {
        return Vec::new();
    }
    let label = |l: &str| {
        !l.is_empty()
            && l.chars().count() <= 16
            && l.chars().all(|c| is_han(c) || "（）()·：".contains(c))
    };
    let at = |k: usize| starts[k] + (raw(k).len() - raw(k).trim_start_matches(BLANKS).len());
    let lines: Vec<usize> = (0..starts.len()).filter(|&k| !line(k).is_empty()).collect();
    // A header cell on a line of its own, and the words that show a header (a unit, a
    // change) among such cells.
    let header_cell = |l: &str| {
        !l.is_empty()
            && l.chars().count() <= 12
            && !l.contains([' ', '\t', '，', '。', '；'])
            && !number(l)
    };
    let heading = |l: &str| ["单位", "（", "(", "增长", "同比", "%"].iter().any(|w| l.contains(w));
    // The rows from line `r` on, `width` cells each (a unit cell counts as a value where the
    // header is dumped one cell per line too, `指标 / 单位 / 1—9月 / 同比增长（%）`).
    let rows_from = |r: usize, width: usize, units: bool| {
        let value = |l: &str| number(l) || units && crate::quantity::is_unit_cell(l);
        let mut end = r;
        while end + width <= lines.len()
            && label(line(lines[end]))
            && (1..width).all(|j| value(line(lines[end + j])))
        {
            end += width;
        }
        end
    };
    let mut out = Vec::new();
    let mut p = 0;
    while p < lines.len() {
        let header = line(lines[p]);
        let blank_parted = header.split_whitespace().count();
        // The header on one line of blank-parted cells, or on as many lines as it has cells;
        // with its width, how many lines it takes and where its rows (two at least) end.
        let found = if (3..=8).contains(&blank_parted) && is_header(header) {
            Some((blank_parted, 1, rows_from(p + 1, blank_parted, false)))
        } else if header_cell(header) {
            (3..=6).find_map(|n| {
                let cells = p + n <= lines.len()
                    && (0..n).all(|j| header_cell(line(lines[p + j])))
                    && (0..n).any(|j| heading(line(lines[p + j])));
                cells
                    .then(|| (n, n, rows_from(p + n, n, true)))
                    .filter(|&(_, _, end)| end >= p + 3 * n)
            })
        } else {
            None
        };
        let Some((width, header_lines, r)) = found.filter(|&(w, h, end)| end >= p + h + 2 * w)
        else {
            p += 1;
            continue;
        };
        if header_lines > 1 {
            out.push((at(lines[p]), true));
            out.extend((1..header_lines).map(|j| (at(lines[p + j]), false)));
        }
        for row in (p + header_lines..r).step_by(width) {
            out.push((at(lines[row]), true));
            out.extend((1..width).map(|j| (at(lines[row + j]), false)));
        }
        if let Some(&next) = lines.get(r) {
            out.push((at(next), true));
        }
        p = r;
    }
    out
}

/// A row of a table flattened to text (`粮食产量 126.3万吨 增长2.1%`): a cell holding a
/// number after a blank inside the line. Two such lines in a row are two rows, not a wrap.
fn is_table_row(line: &str) -> bool {
    let b = line.trim().as_bytes();
    // Most lines hold no blank at all, which memchr tells at once. A cell may be signed
    // (-2.8).
    let blank = |c: u8| matches!(c, b' ' | b'\t');
    let ascii = (b.contains(&b' ') || b.contains(&b'\t'))
        && (b.windows(2).any(|w| blank(w[0]) && w[1].is_ascii_digit())
            || b.windows(3).any(|w| blank(w[0]) && w[1] == b'-' && w[2].is_ascii_digit()));
    // Cells parted by ideographic spaces (森林覆盖率　　40.3　　40.5).
    ascii
        || line.match_indices('\u{3000}').any(|(i, _)| {
            line[i + '\u{3000}'.len_utf8()..].starts_with(|c: char| c.is_ascii_digit() || c == '-')
        })
}

/// A `指标：数值` record on a line of its own (`风电装机：218.5万千瓦`, `地区生产总值：增长8%左右`):
/// a short label of Han text, a colon, and a short value holding a number.
pub(crate) fn is_record(line: &str) -> bool {
    // At most 24 characters, a colon and 40 more: a longer line is settled by its length.
    let line = line.trim();
    if line.len() > 4 * 24 + 3 + 4 * 40 {
        return false;
    }
    let Some((label, value)) = line.split_once(['：', ':']) else { return false };
    // (三次产业结构为14.0：45.1：40.9, 10:30: digits on both sides of the colon join a ratio
    // or a time, no label and value.)
    let digit = |c: char| c.is_ascii_digit() || is_fullwidth_digit(c);
    if label.ends_with(digit) && value.starts_with(digit) {
        return false;
    }
    let label_chars = label.chars().count();
    (2..=24).contains(&label_chars)
        && label.chars().all(label_char)
        && value.chars().count() <= 40
        && value.contains(|c: char| c.is_ascii_digit() || is_fullwidth_digit(c))
}

/// A character of a record's label: Han, Latin letters and digits of either width
/// (PM２．５年平均浓度), Roman numerals (劣Ⅴ类水质断面比例), brackets, dots and the joins
/// of Latin terms (R&D经费投入, 10G-PON端口数).
fn label_char(c: char) -> bool {
    is_han(c)
        || c.is_ascii_alphanumeric()
        || is_fullwidth_digit(c)
        || matches!(c, 'Ａ'..='Ｚ' | 'ａ'..='ｚ' | 'Ⅰ'..='Ⅻ')
        || "（）()·.．&＆-+".contains(c)
}

/// A table's caption (`表1 主要农产品产量`, `主要商品出口情况（单位：亿元、%）`).
fn is_caption(line: &str) -> bool {
    let rest = line.trim_start().strip_prefix('表').unwrap_or_default();
    rest.starts_with(|c: char| c.is_ascii_digit() || crate::period::is_numeral(c))
        || (line.len() < 120 && (line.contains("单位：") || line.contains("单位:")))
}

/// A table's header row (`商品名称 金额 同比`): a few short words between blanks, no digit.
fn is_header(line: &str) -> bool {
    let line = line.trim();
    let mut words = 0;
    for w in line.split_whitespace() {
        words += 1;
        // A year names a column too (`指标 2025年 2030年`).
        let year = w
            .strip_suffix('年')
            .is_some_and(|d| d.len() == 4 && d.bytes().all(|b| b.is_ascii_digit()));
        if words > 12 || w.chars().count() > 12 || !(year || w.chars().all(is_han_or_mark)) {
            return false;
        }
    }
    words >= 2
}

/// A Han character or a mark a header cell may hold (`同比(%)`, `增长（%）`).
fn is_han_or_mark(c: char) -> bool {
    is_han(c) || matches!(c, '(' | ')' | '（' | '）' | '%' | '％' | '±')
}

/// A section heading on a line of its own: `一、综合`, `（二）工业`, `第三部分 民生`: a
/// numbered opening and a few words, no clause punctuation.
fn is_heading(line: &str) -> bool {
    use crate::period::is_numeral;
    // A heading is short: most lines are settled by their length or first character.
    let line = line.trim_start_matches([' ', '\t', '\u{3000}']);
    let opens = |c: char| is_numeral(c) || matches!(c, '（' | '(' | '第');
    if line.len() > 96 || !line.chars().next().is_some_and(opens) {
        return false;
    }
    let line = line.trim_end_matches([' ', '\t', '\r', '\u{3000}']);
    let numbered = |s: &str| s.chars().next().is_some_and(is_numeral);
    let skip_numerals = |s: &str| s.trim_start_matches(is_numeral).len();
    let rest = if numbered(line) {
        line.get(line.len() - skip_numerals(line)..).and_then(|r| r.strip_prefix('、'))
    } else if let Some(r) = line.strip_prefix(['（', '(']).filter(|r| numbered(r)) {
        r.get(r.len() - skip_numerals(r)..).and_then(|r| r.strip_prefix(['）', ')']))
    } else if let Some(r) = line.strip_prefix('第').filter(|r| numbered(r)) {
        let r = &r[r.len() - skip_numerals(r)..];
        ["部分", "章", "节"].iter().find_map(|w| r.strip_prefix(w))
    } else {
        None
    };
    rest.is_some_and(|r| {
        r.chars().count() <= 16 && !r.contains(['，', '。', '；', '！', '？', ',', ';'])
    })
}

fn skip_line_breaks(input: &str, mut i: usize) -> usize {
    let bytes = input.as_bytes();
    loop {
        match bytes.get(i) {
            Some(b'\n' | b'\r' | b' ' | b'\t') => i += 1,
            _ if input[i..].starts_with('\u{3000}') => i += '\u{3000}'.len_utf8(),
            _ if input[i..].starts_with('\u{a0}') => i += '\u{a0}'.len_utf8(),
            _ => return i,
        }
    }
}

fn skip_spaces(input: &str, mut i: usize) -> usize {
    let bytes = input.as_bytes();
    loop {
        match bytes.get(i) {
            Some(b' ' | b'\t') => i += 1,
            _ if input[i..].starts_with('\u{3000}') => i += '\u{3000}'.len_utf8(),
            _ if input[i..].starts_with('\u{a0}') => i += '\u{a0}'.len_utf8(),
            _ => return i,
        }
    }
}

/// Spaces between a number and Chinese text carry nothing (`增长 40%`, `2022 年`).
/// `signed`: the next character is a minus sign glued to a number (`-2.1`).
fn number_space(prev: Option<char>, next: Option<char>, signed: bool) -> bool {
    let (Some(p), Some(n)) = (prev, next) else { return false };
    let numeric = |c: char| c.is_ascii_digit() || c == '%' || is_fullwidth_digit(c) || c == '％';
    // Inside a spelled-out number or percent form: 一百 五 十 二, 百 分 之 2.4, 20 - 100.
    let numeral = |c: char| {
        numeric(c)
            || "零〇一二两三四五六七八九十百千万亿点分之多余几成折个又-－.．".contains(c)
            || "壹贰叁肆伍陆柒捌玖拾佰仟萬億兩點個陸貳參".contains(c)
    };
    // Two Arabic numbers (a table row's cells, 1642.8 10.5) stay apart.
    let digits = |c: char| c.is_ascii_digit() || is_fullwidth_digit(c);
    let two_numbers = digits(p) && (digits(n) || signed);
    (numeric(p) && is_han(n))
        || (is_han(p) && numeric(n))
        || (numeral(p) && numeral(n) && !two_numbers)
}

pub(crate) fn is_han(c: char) -> bool {
    matches!(c, '\u{4e00}'..='\u{9fff}' | '\u{3400}'..='\u{4dbf}' | '\u{f900}'..='\u{faff}' | '\u{3007}')
}

pub(crate) fn is_fullwidth_digit(c: char) -> bool {
    ('０'..='９').contains(&c)
}

/// Characters deleted outright: they carry no text and break matching.
fn is_invisible(c: char) -> bool {
    matches!(c, '\u{feff}' | '\u{200b}' | '\u{200c}' | '\u{200d}' | '\u{2060}' | '\u{ad}')
        || (c.is_control() && c != '\n' && c != '\t')
}

/// The characters of `s` that survive normalization's deletions (zero-width, BOM, NUL).
fn visible_chars(s: &str) -> impl Iterator<Item = char> + '_ {
    s.chars().filter(|c| !is_invisible(*c))
}

/// The end of the run of characters from `at` that normalization copies unchanged whatever
/// surrounds them. Most of a text is such runs, so they are scanned byte by byte and only a
/// character that [`may_stop_run`] is decoded.
fn plain_run(input: &str, at: usize) -> usize {
    let bytes = input.as_bytes();
    let mut i = at;
    while let Some(&b) = bytes.get(i) {
        let lead = LEADS[usize::from(b)];
        if lead.may_stop
            && may_stop_run(b, bytes.get(i + 1).copied().unwrap_or(0))
            && input[i..].chars().next().is_some_and(stops_run)
        {
            return i;
        }
        i += usize::from(lead.len);
    }
    input.len()
}

/// Whether normalization may change `c` (depending on its neighbours): a line break, space,
/// entity, invisible or foldable character.
fn stops_run(c: char) -> bool {
    matches!(c, '\n' | '\r' | ' ' | '\t' | '\u{3000}' | '\u{a0}' | '&' | '|')
        || is_invisible(c)
        || may_fold(c)
}

/// Whether the character with first byte `b` (a [`Lead::may_stop`]) and second byte `next`
/// may [`stops_run`]: a superset, decided on the bytes (a unit test checks that it covers
/// every such character).
fn may_stop_run(b: u8, next: u8) -> bool {
    match b {
        // U+3000–U+303F: the ideographic space, 〜.
        0xe3 => next == 0x80,
        // The traditional numeral characters of [`may_fold`]: 個倆 億 兩 參 幾, 萬 負貳, 陸 點.
        0xe5 => matches!(next, 0x80 | 0x84 | 0x85 | 0x8f | 0xb9),
        0xe8 => matches!(next, 0x90 | 0xb2),
        0xe9 => matches!(next, 0x99 | 0xbb),
        // Spaces, controls, `&`, `~`; U+0080–U+00BF (NBSP, C1 controls), U+2000–U+2FFF
        // (dashes, zero-width, minus), U+F000–U+FFFF (full-width forms, BOM).
        _ => true,
    }
}

/// The characters [`fold_char`] may change (depending on their neighbours).
fn may_fold(c: char) -> bool {
    matches!(
        c,
        '０'..='９'
            | 'Ａ'..='Ｚ'
            | 'ａ'..='ｚ'
            | '％'
            | '萬'
            | '億'
            | '兩'
            | '點'
            | '個'
            | '幾'
            | '負'
            | '陸'
            | '貳'
            | '參'
            | '倆'
            | '．'
            | '，'
    ) || c != '-' && is_range_dash(c)
}

/// The dashes and tildes a range of numbers is written with (`1—11月`, `5％－8％`, `1―10月`):
/// every dash-like character (hyphens, figure and quotation dashes, the horizontal bar, the
/// minus sign, their small and full-width forms), which normalization writes `-` between
/// digits, and which a month range reads wherever it is left.
pub(crate) const RANGE_DASHES: [char; 14] =
    ['-', '‐', '‑', '‒', '–', '—', '―', '−', '﹘', '﹣', '－', '～', '~', '〜'];

/// Whether `c` is one of [`RANGE_DASHES`].
pub(crate) fn is_range_dash(c: char) -> bool {
    RANGE_DASHES.contains(&c)
}

/// Width folding; `out` is the normalized text so far, `rest` the input after `c`.
fn fold_char(c: char, out: &str, rest: &str) -> Option<char> {
    if !may_fold(c) {
        return None;
    }
    fold_in_context(c, out, rest)
}

/// The folding rules of [`fold_char`], for any character (a unit test checks that
/// [`may_fold`] lets every folded character through).
fn fold_in_context(c: char, out: &str, rest: &str) -> Option<char> {
    let prev = out.chars().next_back();
    let next = visible_chars(rest).next();
    let digit_before = prev.is_some_and(|p| p.is_ascii_digit());
    let digit_after = next.is_some_and(|n| n.is_ascii_digit() || is_fullwidth_digit(n));
    match c {
        '０'..='９' | 'Ａ'..='Ｚ' | 'ａ'..='ｚ' => char::from_u32(c as u32 - 0xFEE0),
        '％' => Some('%'),
        // Traditional forms of numeral and unit characters, one for one.
        '萬' => Some('万'),
        '億' => Some('亿'),
        '兩' => Some('两'),
        '點' => Some('点'),
        '個' => Some('个'),
        '幾' => Some('几'),
        '負' => Some('负'),
        '陸' => Some('陆'),
        '貳' => Some('贰'),
        '參' => Some('叁'),
        '倆' => Some('俩'),
        '．' if digit_before && digit_after => Some('.'),
        // 3，560 and ￥1，280 are thousands separators typed in full width; but between an
        // amount with a currency symbol and one with a currency word ($20，300美元) the
        // `，` separates two amounts.
        '，' if digit_before && thousands_group(rest) && !two_amounts(out, rest) => Some(','),
        c if c != '-' && is_range_dash(c) && (digit_before || prev == Some('%')) && digit_after => {
            Some('-')
        }
        // A minus sign: 为－1.2％.
        '－' | '−' if digit_after => Some('-'),
        _ => None,
    }
}

/// Whether the digits at the end of `out` follow a currency symbol (`$20`) and the three
/// digits at the start of `rest` are followed by a currency word (`300美元`).
fn two_amounts(out: &str, rest: &str) -> bool {
    let mut before_digits = out.chars().rev().skip_while(char::is_ascii_digit);
    let symbol = before_digits.next().is_some_and(|c| "$＄¥￥€£".contains(c));
    let after = rest.trim_start_matches(|c: char| c.is_ascii_digit() || is_fullwidth_digit(c));
    let word = ["美元", "美圆", "美金", "元", "欧元", "港元", "港币", "日元", "英镑"];
    symbol && word.iter().any(|w| after.starts_with(w))
}

/// `，` is a thousands separator only before exactly three digits (`3，560`, not `3，5`).
fn thousands_group(rest: &str) -> bool {
    let mut digits = 0;
    for c in rest.chars() {
        if c.is_ascii_digit() || is_fullwidth_digit(c) {
            digits += 1;
        } else {
            break;
        }
    }
    digits == 3
}

/// Decodes an HTML entity at the start of `s`; returns the char and the bytes used.
fn html_entity(s: &str) -> Option<(char, usize)> {
    let end = s.as_bytes().iter().take(12).position(|&b| b == b';')?;
    let body = &s[1..end];
    let c = match body {
        "nbsp" => ' ',
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "apos" => '\'',
        _ => {
            let num = body.strip_prefix('#')?;
            let code = match num.strip_prefix(['x', 'X']) {
                Some(hex) => u32::from_str_radix(hex, 16).ok()?,
                None => num.parse::<u32>().ok()?,
            };
            char::from_u32(code).filter(|c| !c.is_control() || *c == '\n')?
        }
    };
    Some((c, end + 1))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn norm(s: &str) -> String {
        normalize(s).text
    }

    /// Every normalized span maps back to char boundaries of the input, monotonically.
    fn check_map(input: &str) {
        let n = normalize(input);
        let mut last = 0;
        for (p, _) in n.text.char_indices().chain([(n.text.len(), ' ')]) {
            let s = n.map.start(p);
            let e = n.map.end(p);
            assert!(input.is_char_boundary(s) && input.is_char_boundary(e), "{input:?} at {p}");
            assert!(s >= last, "start not monotonic in {input:?} at {p}");
            last = s;
        }
    }

    #[test]
    fn pipe_table_rows_become_tab_rows() {
        let input = "| 指标 | 数值 |\n|---|:---:|\n| 公路货运量 | 9.72亿吨 |\na|b";
        assert_eq!(norm(input), "指标\t数值\n公路货运量\t9.72亿吨\na|b");
        check_map(input);
    }

    #[test]
    fn table_cells_on_lines_of_their_own_become_tab_rows() {
        let input = "县区 产值（亿元） 增速（%）\n甲县\n121.64\n5.6\n乙县\n86.27\n  4.9\n下一步，加强调度。";
        assert_eq!(
            norm(input),
            "县区 产值（亿元） 增速（%）\n甲县\t121.64\t5.6\n乙县\t86.27\t4.9\n下一步，加强调度。"
        );
        check_map(input);
        // A header dumped one cell per line too, with a unit column.
        let input = "一览表\n指标\n单位\n1—9月\n增长（%）\n产值\n亿元\n128.6\n4.7\n其中：工业\n—\n—\n8.3\n注：略。";
        assert_eq!(
            norm(input),
            "一览表\n指标\t单位\t1-9月\t增长（%）\n产值\t亿元\t128.6\t4.7\n其中：工业\t—\t—\t8.3\n注：略。"
        );
        check_map(input);
        // One row is no table: its lines are left to the usual rules.
        let one = "县区 产值（亿元） 增速（%）\n甲县\n121.64\n5.6\n下一步。";
        assert!(!norm(one).contains('\t'));
    }

    #[test]
    fn joins_wrap_inside_registered_name() {
        // A short first line would read as a title; the suffix's tail opens no line.
        assert_eq!(
            norm("辽宁锐能动力电池有\n限公司年产20GWh动力电池项目投产。").lines().count(),
            1
        );
        assert_eq!(norm("江苏赣榆港务\n集团有限公司完成营业收入2.3亿元。").lines().count(), 1);
        assert_eq!(norm("华宇科技股份\n有限公司营业收入2.3亿元。").lines().count(), 1);
    }

    #[test]
    fn joins_wrap_inside_word() {
        let input = "完成规上\n产值2318.6亿元，贡献率100%\n以上。";
        let n = normalize(input);
        assert_eq!(n.text, "完成规上产值2318.6亿元，贡献率100%以上。");
        let start = n.text.find("规上产值").unwrap();
        let span = n.to_orig(NSpan::new(start, start + "规上产值".len()));
        assert_eq!(&input[span], "规上\n产值");
        check_map(input);
    }

    #[test]
    fn joins_an_abbreviation_wrapped_between_capitals() {
        // (Hard-wrapped prose: P / M2.5 and G / DP are one word; English words wrapped at a
        // space get the space back.)
        let input = "全市优良天数比例为86.8%，细颗粒物（P\nM2.5）年均浓度为38微克/立方米，国内生\
                     产总值G\nDP增长5%，与Shang\nhai Motors签约。";
        assert_eq!(
            norm(input),
            "全市优良天数比例为86.8%，细颗粒物（PM2.5）年均浓度为38微克/立方米，国内生产总值\
             GDP增长5%，与Shanghai Motors签约。"
        );
        check_map(input);
    }

    #[test]
    fn joins_a_latin_word_wrapped_inside_it() {
        // A lower-case letter after the break goes on the word; so does a capitalised tail
        // after a run of capitals (TOPCon). A capital after a lower-case letter, or a word
        // after a space, starts a new one.
        let input =
            "建设年产5GW的TOP\nCon电池项目，与Velt\nrix集团、Mini\nLED企业及Solar \nPark签约";
        assert_eq!(
            norm(input),
            "建设年产5GW的TOPCon电池项目，与Veltrix集团、Mini LED企业及Solar Park签约"
        );
        check_map(input);
    }

    #[test]
    fn joins_a_narrow_first_line_that_holds_a_comma() {
        // (Wrapped at varying widths: the line opening a paragraph is narrower than the next,
        // but its comma shows it is a sentence's start, no title.)
        let input = "全市化工生产企业数量由整治前的112\n家压减至64家，降幅达42.9%。\n作为全市\
                     化工产业的主要承载区，连\n云港灌河精细化工产业园今年共投入安全改造资金约9\n.6亿\
                     元，新建封闭化管理卡口8\n个。";
        assert_eq!(
            norm(input),
            "全市化工生产企业数量由整治前的112家压减至64家，降幅达42.9%。\n作为全市化工产业的主要\
             承载区，连云港灌河精细化工产业园今年共投入安全改造资金约9.6亿元，新建封闭化管理卡口8个。"
        );
        check_map(input);
    }

    #[test]
    fn joins_date_wrapped_after_a_byline() {
        assert_eq!(
            norm("本报讯（记者 张三 通讯员 李四）1月8\n日，记者获悉，2017年合\n肥机场"),
            "本报讯（记者 张三 通讯员 李四）1月8日，记者获悉，2017年合肥机场"
        );
    }

    #[test]
    fn joins_a_word_cut_before_a_number_keeps_a_table_label() {
        assert_eq!(
            norm("开发区共签约项\n目18个，总投资约236亿元。"),
            "开发区共签约项目18个，总投资约236亿元。"
        );
        assert!(cut_word_before_number("目18个"));
        assert!(!cut_word_before_number("表3 主要指标"));
        assert!(!cut_word_before_number("约18个"));
        assert!(!cut_word_before_number("目标18个"));
    }

    #[test]
    fn keeps_a_masthead_line() {
        assert_eq!(
            norm("泸州日报\n江阳化工园区累计开展排查1260余次。"),
            "泸州日报\n江阳化工园区累计开展排查1260余次。"
        );
        assert!(!is_masthead("据人民日报"));
    }

    #[test]
    fn keeps_a_page_header_and_the_story_after_a_headline() {
        assert_eq!(
            norm(
                "江西日报 2024年1月17日 第2版 综合新闻\n全省粮食总产量达438.5亿斤\n本报讯 （记者 张三）全省"
            ),
            // (The blank between a word and a number goes, as everywhere.)
            "江西日报2024年1月17日 第2版 综合新闻\n全省粮食总产量达438.5亿斤\n本报讯 （记者 张三）全省"
        );
        assert!(is_masthead("第A3版 经济新闻"));
        assert!(is_masthead("某某日报A2 要闻"));
        assert_eq!(
            norm(
                "2023年10月27日 星期五\n某某日报 A2 要闻\n前三季度某某经开区\n主要经济指标稳中有进"
            ),
            // (A headline wrapped in two is one line.)
            "2023年10月27日 星期五\n某某日报 A2要闻\n前三季度某某经开区主要经济指标稳中有进"
        );
        assert_eq!(
            norm("要闻\n某某经开区\n主要指标稳中有进"),
            "要闻\n某某经开区\n主要指标稳中有进"
        );
        assert!(is_masthead("经济新闻") && !is_masthead("新闻"));
        assert!(!is_masthead("第2版块的建设"));
        assert!(!is_masthead("据人民日报 报道，全省"));
    }

    #[test]
    fn keeps_a_headline_above_an_agency_dateline() {
        assert_eq!(
            norm("乐山光伏产业扩张 多晶硅产能达5.8万吨\n新华社成都9月12日电 记者获悉"),
            "乐山光伏产业扩张 多晶硅产能达5.8万吨\n新华社成都9月12日电 记者获悉"
        );
    }

    #[test]
    fn keeps_the_occasion_and_speaker_lines_of_a_work_report() {
        let head = "2016年1月12日在南丰县第十七届人民代表大会第五次会议上\n南丰县人民政府县长 邹立平\n过去的一年，全县";
        assert_eq!(
            norm(head),
            "2016年1月12日在南丰县第十七届人民代表大会第五次会议上\n南丰县人民政府县长 邹立平\n过去的一年，全县"
        );
        // A wrap inside a sentence that happens to end in 会议上 still joins.
        assert_eq!(
            norm("全县召开了三次工作会议，在会议上\n明确了目标"),
            "全县召开了三次工作会议，在会议上明确了目标"
        );
    }

    #[test]
    fn joins_blank_line_inside_word() {
        assert_eq!(norm("优环境，西宁经济\n\n技术开发区奏响"), "优环境，西宁经济技术开发区奏响");
    }

    #[test]
    fn keeps_rows_of_a_flattened_table() {
        let rows = "粮食产量 126.3万吨 增长2.1%\n油料产量 18.64万吨 下降3.5%";
        assert_eq!(norm(rows), "粮食产量126.3万吨 增长2.1%\n油料产量18.64万吨 下降3.5%");
        check_map(rows);
        assert_eq!(norm("表1 产量\n粮食 126万吨"), "表1产量\n粮食126万吨");
        // One row-like line does not stop a wrap.
        assert_eq!(norm("规上 3家\n产值增长"), "规上3家产值增长");
    }

    #[test]
    fn a_short_line_with_a_label_runs_on() {
        assert_eq!(
            norm(
                "二、分板块经营情况\n集装箱板块：控股子公司大连海湾\n集装箱码头有限公司（简称“海湾集码”）完成吞吐量4\n12万标箱，实现营业收入9.85亿\n元。"
            ),
            "二、分板块经营情况\n集装箱板块：控股子公司大连海湾集装箱码头有限公司（简称“海湾集码”）完成吞吐量412万标箱，实现营业收入9.85亿元。"
        );
    }

    #[test]
    fn joins_a_number_split_after_a_short_line() {
        assert_eq!(
            norm("比重为68.5%，较上年提高1.9个百分点。\n\n全市规上企业达到4\n86家。"),
            "比重为68.5%，较上年提高1.9个百分点。\n全市规上企业达到486家。"
        );
    }

    #[test]
    fn keeps_boundary_after_a_wrapped_first_title() {
        // The text's first line, wrapped itself, is a title when it ends like one.
        assert_eq!(
            norm(
                "海湾港口物流股份有限公司201\n6年年度业绩公告（摘要）\n\n海湾港口物流股份有限公司（以下简称\n“公司”）营业收入82.36亿元。"
            ),
            "海湾港口物流股份有限公司2016年年度业绩公告（摘要）\n海湾港口物流股份有限公司（以下简称“公司”）营业收入82.36亿元。"
        );
        assert_eq!(
            norm("2016年颍上县国民经济和社会发展统计\n公报\n颍上县统计局\n2016年，全县经济平稳。"),
            "2016年颍上县国民经济和社会发展统计公报\n颍上县统计局\n2016年，全县经济平稳。"
        );
        assert_eq!(
            norm("某公司2023年年度业绩公告\n\n公司营业收入8亿元。"),
            "某公司2023年年度业绩公告\n公司营业收入8亿元。"
        );
    }

    #[test]
    fn keeps_boundary_after_sentence_end_and_heading() {
        assert_eq!(norm("落下帷幕。\n拼经济"), "落下帷幕。\n拼经济");
        // A byline after a title without a stop keeps its line.
        assert_eq!(
            norm("招商成绩单\n本报记者 马晓东\n全区签约"),
            "招商成绩单\n本报记者 马晓东\n全区签约"
        );
        assert_eq!(norm("稳增长】全面\n贯彻"), "稳增长】全面贯彻");
        assert_eq!(norm("情况。”\n\n开发区"), "情况。”\n开发区");
        assert_eq!(
            norm(" 本报记者 张三\n\n在步履中，2022年已落下帷幕。"),
            " 本报记者 张三\n在步履中，2022年已落下帷幕。"
        );
        // A periodical's title (周报, 月报) and the source line under it keep their lines.
        assert_eq!(
            norm("山东省价格周报\n\n山东省农业农村厅\n\n全省猪肉价格为22.64元/公斤。"),
            "山东省价格周报\n山东省农业农村厅\n全省猪肉价格为22.64元/公斤。"
        );
    }

    #[test]
    fn joins_unit_wrapped_after_number() {
        assert_eq!(
            norm("某某集团建设年产56GW\nh动力电池项目，共计\n两个项目已经建成投产"),
            "某某集团建设年产56GWh动力电池项目，共计两个项目已经建成投产"
        );
        assert_eq!(
            norm("the quick brown\nfox jumps over\nthe lazy dog"),
            "the quick brown fox jumps over the lazy dog"
        );
    }

    #[test]
    fn section_headings() {
        for h in ["一、综合", "十二、金融", "（三）工业", "(二)就业", "第三部分 民生", " 二、农业 "]
        {
            assert!(is_heading(h), "{h}");
        }
        for h in [
            "一、全年粮食产量增长，面积稳定",
            "一二三",
            "第一产业增加值",
            "（三",
            "一、规模以上工业企业实现利润总额和营业收入均增长",
        ] {
            assert!(!is_heading(h), "{h}");
        }
    }

    #[test]
    fn bulletin_headings_and_title_stay_lines() {
        // Short headings and a title above paragraphs of one line each: not a wrapped page.
        let para = "全年粮食种植面积58.36万亩，比上年增长0.8%；粮食总产量21.43万吨，比上年增长\
                    1.2%，其中夏粮产量6.1万吨，秋粮产量15.33万吨。";
        let text = format!(
            "某县2023年国民经济和社会发展统计公报\n某县统计局\n一、综合\n{para}\n\
             二、农业\n{para}\n三、工业\n{para}\n四、投资\n{para}\n"
        );
        assert_eq!(norm(&text), text);
        // In a wrapped page a title line ending in 公报 or （摘要） keeps its own line (and
        // the byline after it, narrower than its neighbours, too).
        assert_eq!(
            norm("某县2023年国民经济和社会发展统计公报（摘要）\n某县统计局\n全年粮食产\n量增长"),
            "某县2023年国民经济和社会发展统计公报（摘要）\n某县统计局\n全年粮食产量增长"
        );
        // In a wrapped column a heading still keeps its own line.
        assert_eq!(
            norm("全年增长\n了很多\n二、农业\n粮食产\n量增长"),
            "全年增长了很多\n二、农业\n粮食产量增长"
        );
    }

    #[test]
    fn a_break_after_an_enumeration_comma_runs_on() {
        // Round 126: no paragraph ends on 、, in a page of one paragraph per line too (the
        // second line made this one read as such, and the list was cut in two).
        assert_eq!(
            norm(
                "煤制油、甲醇产能分别达到540万吨、\n390万吨。秦煤集团、陕能集团分别完成投资168亿元和131亿元。"
            ),
            "煤制油、甲醇产能分别达到540万吨、390万吨。秦煤集团、陕能集团分别完成投资168亿元和131亿元。"
        );
        // A numbered heading keeps its line.
        assert_eq!(norm("一、\n综合"), "一、\n综合");
    }

    #[test]
    fn a_domain_term_cut_by_the_break_runs_on() {
        // Round 127: a short line after a heading that ends inside a metric of the domain list
        // runs on (the metrics read were 工业增加值 and 业增加值).
        assert_eq!(
            norm("二、工业\n全年全市规上\n工业增加值1705.42亿元，增长4.9%。"),
            "二、工业\n全年全市规上工业增加值1705.42亿元，增长4.9%。"
        );
        assert_eq!(norm("全市规模以上工\n业增加值增长5%。"), "全市规模以上工业增加值增长5%。");
        // A heading's last word is no term's start: 一、工业 / 工业增加值… keeps its line.
        assert_eq!(norm("一、工业\n工业增加值增长5%。"), "一、工业\n工业增加值增长5%。");
    }

    #[test]
    fn a_part_label_and_its_comma_run_on() {
        // Round 128: in a page whose table cells make most lines narrow, a short line that
        // opens with a part's label and a comma (投资方面，) and breaks inside a word is no
        // title (the metric read was 产投资).
        let cells =
            "指标\n单位\n1—9月\n增长\n地区生产总值\n亿元\n412.7\n6.3\n税收\n亿元\n21.3\n-1.8\n";
        let para = "消费市场逐步回暖，社会消费品零售总额96.4亿元，增长5.2%，其中限额以上单位零售额37.9亿元，增长3.3%。";
        let text =
            format!("{cells}{para}\n投资方面，固定资\n产投资完成238.5亿元，增长4.7%。\n{para}\n");
        assert!(norm(&text).contains("投资方面，固定资产投资完成"), "{}", norm(&text));
    }

    #[test]
    fn records_of_a_list_keep_their_lines() {
        // Each `指标：数值` line is one record, after its lead-in or another record, in a
        // wrapped column as in a paragraph-per-line text.
        let long = "这是很长的一段话，".repeat(8);
        let list = "主要预期目标是：\n地区生产总值：增长8%左右\n固定资产投资：增长12%\n";
        for input in [format!("{list}单位GDP能耗：下降3%"), format!("{long}完。\n{list}{long}完。")]
        {
            assert_eq!(norm(&input), input);
        }
        // A line indented with ideographic spaces keeps its break (an indented row).
        assert_eq!(
            norm("工资性收入3472元，增长15.3%\n\u{3000}\u{3000}家庭经营收入6918元"),
            "工资性收入3472元，增长15.3%\n家庭经营收入6918元"
        );
        // Labels may hold full-width digits and Roman numerals.
        let out = norm("浓度：８１微克，下降１９％\nPM１０浓度：９０微克\n劣Ⅴ类断面比例：２３％");
        assert_eq!(out, "浓度：81微克，下降19%\nPM10浓度：90微克\n劣Ⅴ类断面比例：23%");
        // Digits on both sides of the colon join a ratio or a time: no record.
        assert!(!is_record("三次产业结构为14.0：45.1：40.9"));
        assert!(!is_record("开幕时间10:30"));
        assert!(is_record("PM10浓度：90微克"));
        // A wrap inside a sentence that merely holds a colon still joins.
        assert_eq!(norm("他说：全年产\n值增长8%，"), "他说：全年产值增长8%，");
        // The last record of a list, ending with its figure, keeps its break before the
        // paragraph after it, in a wrapped column too.
        let input =
            "工业用电量：2152.8亿千瓦时\n最高负荷：1.41亿千瓦，增长8.7%\n\n专家提醒，要节约用电。";
        assert_eq!(norm(input), input.replace("\n\n", "\n"));
    }

    #[test]
    fn a_source_line_and_the_title_above_keep_their_lines() {
        // 来源：…　发布时间：…: a web page's source line is a line of its own, under its title.
        let input = "某省上半年用电情况\n来源：某省能源局\u{3000}发布时间：2021-07-22\n据统计，用电量增长。";
        assert_eq!(norm(input), input);
    }

    #[test]
    fn paragraph_per_line_joins_a_line_cut_inside_a_sentence() {
        let long = "这是很长的一段话，".repeat(8);
        let input = format!("{long}完。\n提速增效。湖南金穗\n食品公司投产，{long}完。");
        assert_eq!(norm(&input), format!("{long}完。\n提速增效。湖南金穗食品公司投产，{long}完。"));
        // A numbered heading with a comma, and a line with no sentence in it, stay lines.
        let input =
            format!("{long}完。\n（一）坚持稳中求进，推动发展\n{long}完。\n标题没有标点\n{long}");
        assert_eq!(norm(&input), input);
    }

    #[test]
    fn paragraph_per_line_joins_a_number_or_word_cut_by_a_break() {
        let long = "这是很长的一段话，".repeat(8);
        // Inside a number, between a magnitude and its unit, inside a word of a long line
        // and of a short line of prose.
        for (cut, joined) in [
            ("当月全社会用电量14\n8.2亿千瓦时，", "当月全社会用电量148.2亿千瓦时，"),
            ("贷款余额312.6亿\n元，同比增长", "贷款余额312.6亿元，同比增长"),
            ("全市餐饮消费\n额同比增长27.4%。", "全市餐饮消费额同比增长27.4%。"),
        ] {
            let input = format!("{long}完。\n{long}{cut}{long}完。");
            assert_eq!(norm(&input), format!("{long}完。\n{long}{joined}{long}完。"));
        }
        let input = format!("{long}完。\n第三产业中，充换电服务业用\n电量同比增长68.4%。\n{long}");
        assert_eq!(
            norm(&input),
            format!("{long}完。\n第三产业中，充换电服务业用电量同比增长68.4%。\n{long}")
        );
        // A title and its subtitle, table rows and a list item after a line without an end
        // stay lines.
        for kept in [
            "全省用电量同比增长7.9%\n新能源产业用电持续走高\n",
            "指标\t2021\t2022\n产值\t100\t200\n利税\t30\t40\n",
            &format!("{long}取得新进展\n二是加快项目建设，{long}完。\n"),
        ] {
            let input = format!("{kept}{long}完。\n{long}完。");
            assert_eq!(norm(&input), input);
        }
    }

    #[test]
    fn one_paragraph_per_line_keeps_every_break() {
        let long = "这是很长的一段话，".repeat(20);
        let input = format!("标题没有标点\n{long}\n{long}\n{long}");
        assert_eq!(norm(&input), input);
    }

    #[test]
    fn may_fold_covers_every_folded_character() {
        let contexts = [("1", "123"), ("%", "1"), ("", "1"), ("", ""), ("$1", "123")];
        for c in (0..=0xFFFF).filter_map(char::from_u32) {
            for (out, rest) in contexts {
                if fold_in_context(c, out, rest).is_some() {
                    assert!(may_fold(c), "{c:?} folds but may_fold says no");
                }
            }
        }
    }

    #[test]
    fn byte_checks_cover_their_characters() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            let mut buf = [0u8; 4];
            let b = c.encode_utf8(&mut buf).as_bytes();
            let next = b.get(1).copied().unwrap_or(0);
            let lead = LEADS[usize::from(b[0])];
            let may_stop = lead.may_stop && may_stop_run(b[0], next);
            assert!(!stops_run(c) || may_stop, "{c:?} stops a run");
            let width = if c.is_ascii() { 1 } else { 2 };
            assert!(lead.odd_width || (!is_invisible(c) && lead.width == width), "{c:?}");
            assert_eq!(usize::from(lead.len), b.len());
        }
    }

    #[test]
    fn display_widths() {
        assert_eq!(display_width("  规上产值 2318.6亿元\u{3000}"), 19);
        assert_eq!(display_width("&#20013;国&nbsp;a\u{200b}\u{feff}\u{a0}&x"), 10);
        // Stopped past the cap; exact up to it.
        assert!(display_width_upto(&"规上产值".repeat(100), 100) > 100);
        assert_eq!(display_width_upto(" 规上产值 ", 8), 8);
    }

    #[test]
    fn folds_widths() {
        assert_eq!(norm("增长２３．６％"), "增长23.6%");
        assert_eq!(norm("３，５６０万元"), "3,560万元");
        assert_eq!(norm("分别为3，5和6"), "分别为3，5和6");
        assert_eq!(norm("１—１１月"), "1-11月");
        assert_eq!(norm("5％－8％"), "5%-8%");
        for dash in RANGE_DASHES {
            assert_eq!(norm(&format!("1{dash}10月")), "1-10月", "{dash:?}");
        }
        assert_eq!(norm("1．坚持"), "1．坚持");
        assert_eq!(norm("ＧＤＰ"), "GDP");
        check_map("１９９２年国民生产总值接近２４０００亿元");
    }

    #[test]
    fn deletes_spaces_inside_number_expressions() {
        assert_eq!(norm("预计增长 40%左右"), "预计增长40%左右");
        assert_eq!(norm("2022 年，同比增长 4.5%"), "2022年，同比增长4.5%");
        assert_eq!(norm("本报记者 张三"), "本报记者 张三");
    }

    #[test]
    fn removes_noise_and_decodes_entities() {
        assert_eq!(norm("\u{feff}增长\u{200b}5%\r\n"), "增长5%\n");
        assert_eq!(norm("&#20013;国&nbsp;A&amp;B"), "中国 A&B");
        assert_eq!(norm("a&b; &#xZZ; &"), "a&b; &#xZZ; &");
        check_map("\u{feff}增长\u{200b}5%\r\n&#20013;\0");
    }

    #[test]
    fn empty_and_edges() {
        assert_eq!(norm(""), "");
        assert_eq!(norm("\n\n"), "\n");
        check_map("\n规上\n");
        check_map("２");
    }
}
