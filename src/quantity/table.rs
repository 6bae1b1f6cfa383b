//! Bare numbers in a table whose units are stated once, in its caption: `主要商品出口情况
//! （单位：亿元、%）`, a header row `商品名称 金额 同比`, then rows `机电产品 1642.8 10.5`.
//! Each number takes the unit of its column.

use super::RawQuantity;
use super::number::magnitude;
use super::unit::{UNITS, UnitClass};
use crate::report::NormalizedUnit;
use crate::span::NSpan;

/// Most units a caption lists; a longer list is no unit list.
const MAX_UNITS: usize = 8;
/// Most rows read after a caption.
const MAX_ROWS: usize = 200;

/// A unit of a caption: as written, its magnitude and the unit table's reading.
#[derive(Clone)]
struct ColumnUnit<'t> {
    text: &'t str,
    scale: f64,
    normalized: NormalizedUnit,
    class: UnitClass,
}

/// Header words of a column of changes (同比, 增速, 比上年 …): its percents are changes,
/// whatever their sign.
const CHANGE_HEADERS: [&str; 6] = ["同比", "增长", "增速", "增幅", "比上年", "±"];

/// What a table column says of a figure the scan read in it already: a change (同比), the
/// year heading it.
struct ColumnMark {
    span: NSpan,
    change: bool,
    year: Option<i32>,
    /// The cell's own quantity where the scan read its number on into the next cell (`23.7
    /// 集成电路产值` glued by normalizing into 23.7集): it replaces the scan's.
    cell: Option<RawQuantity>,
}

/// The quantity of a table cell or record: `value` in the column's `unit`.
fn cell_quantity(
    span: NSpan,
    value: f64,
    unit: &ColumnUnit,
    change: bool,
    column_year: Option<i32>,
) -> RawQuantity {
    RawQuantity {
        span,
        core: span,
        value,
        value_max: None,
        unit: unit.text.to_string(),
        normalized: super::tidy(value * unit.scale),
        normalized_max: None,
        normalized_unit: unit.normalized.clone(),
        class: unit.class,
        qualifiers: Vec::new(),
        rate: false,
        bare_magnitude: false,
        change,
        column_year,
    }
}

/// Adds a quantity for every bare number in the rows of each captioned table of `text`
/// that no quantity covers yet; `found` stays sorted by position.
pub(crate) fn cells(text: &str, found: &mut Vec<RawQuantity>) {
    let mut added = Vec::new();
    // Captions are rare: one substring search settles most texts.
    for (at, _) in text.match_indices("单位") {
        let rest = &text[at + "单位".len()..];
        let Some(list) = rest.strip_prefix(['：', ':']) else { continue };
        let list_end = list.find(['）', ')', '】', '\n']).unwrap_or(list.len());
        let units: Option<Vec<ColumnUnit>> = list[..list_end]
            .split(['、', '，', ',', '/', ' '])
            .filter(|u| !u.is_empty())
            .map(column_unit)
            .collect();
        let Some(units) = units.filter(|u| (1..=MAX_UNITS).contains(&u.len())) else { continue };
        let Some(line_end) = text[at..].find('\n').map(|i| at + i) else { continue };
        rows(text, line_end + 1, &units, Vec::new(), found, &mut added);
    }
    // Rows that state their own unit in the label (`一般公共预算收入（亿元）\t112.65\t-1.9`,
    // also after one blank: `…（亿元） 36.82 5.4`): rare, so substring searches settle most
    // texts.
    // (A header of one value column ends its line with the unit: `指标　比上年增长（%）`.)
    if text.contains("）\t")
        || text.contains("） ")
        || text.contains(")\t")
        || text.contains("）\u{3000}")
        || text.contains("（%）\n")
    {
        labelled_rows(text, found, &mut added);
        header_unit_rows(text, found, &mut added);
    }
    // Rows under a header with a unit column (`指标 单位 数值 比上年增长（%）` /
    // `一般公共预算收入 亿元 36.82 5.4`).
    if text.contains("单位") {
        let mut marks = Vec::new();
        unit_column_rows(text, found, &mut added, &mut marks);
        for m in marks {
            let at = found.partition_point(|q| q.span.end <= m.span.start);
            if let Some(q) = found.get_mut(at).filter(|q| q.span.start < m.span.end) {
                if let Some(cell) = m.cell {
                    *q = cell;
                    continue;
                }
                q.change |= m.change;
                q.column_year = q.column_year.or(m.year);
            }
        }
    }
    // Records that state their unit in the label (`工业总产值（亿元）：612.5，增长24.3%`).
    if text.contains("）：")
        || text.contains("）:")
        || text.contains("):")
        || text.contains("（%）")
    {
        labelled_records(text, found, &mut added);
    }
    if !added.is_empty() {
        found.append(&mut added);
        found.sort_by_key(|q| q.span.start);
    }
    // Percents under a change column of a tab-separated table (`指标\t数值\t同比`): rare, so
    // one byte search settles most texts.
    if text.as_bytes().contains(&b'\t') {
        change_columns(text, found);
    }
}

/// Marks as changes the percents of tab-separated rows that stand under a header cell of
/// change (同比, 增长, 增速, 比上年, ±) in the digit-free line right above their row's run.
fn change_columns(text: &str, found: &mut [RawQuantity]) {
    let mut header: Vec<&str> = Vec::new();
    let mut line_start = 0;
    let mut q = 0;
    while line_start < text.len() {
        let line_end = text[line_start..].find('\n').map_or(text.len(), |i| line_start + i);
        let line = &text[line_start..line_end];
        if !line.contains('\t') {
            header.clear();
        } else if only_years(line) {
            // (Digits only in years heading columns, `指标\t单位\t2023年\t2022年\t增长`.)
            header = line.split('\t').map(str::trim).collect();
        } else if !header.is_empty() {
            let cells = line.split('\t').count();
            // The tabs before each figure, counted on as the figures go (one pass a line).
            let (mut k, mut counted) = (0, line_start);
            while q < found.len() && found[q].span.start < line_end {
                let f = &mut found[q];
                q += 1;
                if f.span.start < line_start || f.class != UnitClass::Percent {
                    continue;
                }
                k += text[counted..f.span.start].matches('\t').count();
                counted = f.span.start;
                let h = header.get((header.len() + k).wrapping_sub(cells));
                if h.is_some_and(|h| CHANGE_HEADERS.iter().any(|w| h.contains(w))) {
                    f.change = true;
                }
            }
        }
        while q < found.len() && found[q].span.start < line_end {
            q += 1;
        }
        line_start = line_end + 1;
    }
}

/// Rows whose label ends with its unit in brackets, numbers after blanks: the first number
/// takes the label's unit, a later one the unit its header column states (`增速（%）`).
fn labelled_rows(text: &str, found: &[RawQuantity], added: &mut Vec<RawQuantity>) {
    let mut header: Vec<&str> = Vec::new();
    let mut line_start = 0;
    while line_start < text.len() {
        let line_end = text[line_start..].find('\n').map_or(text.len(), |i| line_start + i);
        let line = &text[line_start..line_end];
        let has_digit = line.bytes().any(|b| b.is_ascii_digit());
        if !has_digit && line.split_whitespace().nth(1).is_some() {
            header = line.split_whitespace().collect();
        } else if let Some(unit) = label_unit(line) {
            let mut units = vec![unit];
            // The other columns: `%` where the header says so, else none (the row is skipped).
            let cells = line.split_whitespace().count().saturating_sub(1);
            for k in 1..cells {
                let h = header.get(header.len().wrapping_sub(cells) + k);
                match h.filter(|h| h.contains('%') || h.contains('％')) {
                    Some(_) => units.extend(column_unit("%")),
                    None => break,
                }
            }
            if units.len() == cells {
                row(line_start, line, &units, &header, found, added);
            }
        } else if has_digit {
            header.clear();
        }
        line_start = line_end + 1;
    }
}

/// Records whose label ends with its unit in brackets and whose value after the colon is a
/// bare number (`工业总产值（亿元）：612.5，增长24.3%`): the number takes the label's unit. A
/// header record naming the column's unit (`指标：增速（%）`) gives it to the bare records
/// after it (`民间投资：-4.1`) that state none, as changes where it names one (增速, 增长, 同比),
/// until a line that is no record.
fn labelled_records(text: &str, found: &[RawQuantity], added: &mut Vec<RawQuantity>) {
    let mut column: Option<(ColumnUnit, bool)> = None;
    let mut line_start = 0;
    while line_start < text.len() {
        let line_end = text[line_start..].find('\n').map_or(text.len(), |i| line_start + i);
        let line = &text[line_start..line_end];
        line_start = line_end + 1;
        let Some(colon) = line.find(['：', ':']) else {
            column = None;
            continue;
        };
        let label = line[..colon].trim();
        let value_at = colon + line[colon..].chars().next().map_or(0, char::len_utf8);
        let rest = &line[value_at..];
        // The header: a value of words with the unit in brackets, no digit before them (read
        // after the line's last colon: a heading may run into it, 附：…主要指标指标：增速（%）).
        let last = line
            .rfind(['：', ':'])
            .map_or(value_at, |c| c + line[c..].chars().next().map_or(0, char::len_utf8));
        let header = &line[last..];
        if let Some(open) = unit_gloss(header.trim_end()) {
            let words = &header[..open];
            if !words.is_empty() && words.chars().all(crate::normalize::is_han) {
                let unit = header.trim_end()[open..].trim_start_matches(['（', '(']);
                let unit = unit.trim_end_matches(['）', ')']);
                let change = CHANGE_HEADERS.iter().any(|w| words.contains(w));
                column = column_unit(unit).map(|u| (u, change));
                continue;
            }
        }
        if !label.chars().any(crate::normalize::is_han) {
            continue;
        }
        let own = unit_gloss(label).and_then(|open| {
            let unit = label[open..].trim_start_matches(['（', '(']).trim_end_matches(['）', ')']);
            column_unit(unit).filter(|u| u.class != UnitClass::Percent)
        });
        let (unit, change) = match (own, &column) {
            (Some(u), _) => (u, false),
            (None, Some((u, change))) => (u.clone(), *change),
            (None, None) => continue,
        };
        let sign = usize::from(rest.starts_with('-'));
        let len =
            sign + rest[sign..].bytes().take_while(|b| b.is_ascii_digit() || *b == b'.').count();
        // A bare number: the record's value ends there (at a comma, a stop or the line's end).
        let ends =
            rest[len..].is_empty() || rest[len..].starts_with(['，', ',', '；', ';', '。', ' ']);
        let Some(value) = super::parse_number(&rest[sign..len])
            .filter(|_| len > sign && ends)
            .map(|v| if sign > 0 { -v } else { v })
        else {
            continue;
        };
        let at = line_end - line.len() + value_at;
        let span = NSpan::new(at, at + len);
        if covered(found, span) {
            continue;
        }
        added.push(cell_quantity(span, value, &unit, change, None));
    }
}

/// Rows of a table whose header names a unit column (`指标 单位 数值 比上年增长（%）`): in
/// each row (`一般公共预算收入 亿元 36.82 5.4`, which normalizing may glue to `亿元36.82`)
/// the number under the first column after the unit takes the row's unit, and numbers under
/// a change or percent column (比上年增长（%）, 同比) are percents of change. A dash cell
/// (`固定资产投资 — — 9.1`) holds no value. Rows follow the header line, or the header and
/// its rows run on in one line (a table flattened by the page dump). The table ends at the
/// first line that is no row.
fn unit_column_rows(
    text: &str,
    found: &[RawQuantity],
    added: &mut Vec<RawQuantity>,
    marks: &mut Vec<ColumnMark>,
) {
    let mut header: Option<(Vec<&str>, usize)> = None;
    // Rows read under the current header: a table is at most MAX_ROWS long.
    let mut rows_read = 0;
    for (at, line) in lines_at(text) {
        // (Outside a table, a line without the header's word is passed over untokenized.)
        if header.is_none() && !line.contains("单位") {
            continue;
        }
        let mut cells = table_cells(line);
        let mut unit_col = cells.iter().position(|(_, c)| is_unit_header(c));
        // (A caption on the header's line, `园区主要指标 指标名称 单位 数值`, is no column.)
        if let Some(u) = unit_col.filter(|_| header.is_none()) {
            let from = label_header(&cells[..u]);
            cells.drain(..from);
            unit_col = Some(u - from);
        }
        // (A year or a span of months heading a column, `指标 单位 2024年`, `单位 1—9月`, is
        // no figure.)
        let first_number = cells.iter().position(|(_, c)| {
            c.bytes().any(|b| b.is_ascii_digit())
                && (header.is_some() || !(only_years(c) || period_cell(c)))
        });
        let mut rows_from = 0;
        match (unit_col, first_number) {
            // A header line: the rows follow.
            (Some(u), None) if u + 1 < cells.len() => {
                header = Some((cells.iter().map(|&(_, c)| c).collect(), u));
                rows_read = 0;
                continue;
            }
            // A header running on into its rows: they start one label and one unit before
            // the first number.
            (Some(u), Some(f)) if f >= 2 * (u + 1) => {
                let width = f - u - 1;
                header = Some((cells[..width].iter().map(|&(_, c)| c).collect(), u));
                rows_read = 0;
                rows_from = width;
            }
            _ => {}
        }
        let Some((head, unit_col)) = &header else { continue };
        let width = head.len();
        let body = &cells[rows_from..];
        if body.is_empty() || body.len() % width != 0 {
            header = None;
            continue;
        }
        for row in body.chunks(width) {
            if !row[0].1.chars().any(crate::normalize::is_han) || rows_read >= MAX_ROWS {
                header = None;
                break;
            }
            rows_read += 1;
            unit_column_row(at, row, head, *unit_col, found, added, marks);
        }
    }
}

/// Where a unit-column table's header starts among the cells before its unit column: at
/// its label column (`指标名称`, `项目`), or the numbering column before that (`序号`); a
/// caption before them is no column. At the first cell where no label column is named.
fn label_header(before_unit: &[(usize, &str)]) -> usize {
    let label = |c: &str| ["指标", "项目", "名称", "类别"].iter().any(|w| c.contains(w));
    match before_unit.iter().rposition(|&(_, c)| label(c)) {
        Some(k) if k > 0 && before_unit[k - 1].1 == "序号" => k - 1,
        Some(k) => k,
        None => 0,
    }
}

/// A table line's cells and where each starts: blank-separated, with a unit glued to the
/// number after it split off (`亿元36.82`).
pub(crate) fn table_cells(line: &str) -> Vec<(usize, &str)> {
    let mut cells = Vec::new();
    for cell in line.split_whitespace() {
        let mut offset = cell.as_ptr() as usize - line.as_ptr() as usize;
        let mut cell = cell;
        // (`亿元36.82`: a unit glued to the number after it; `单位2024年`: the unit column's
        // header glued to a year heading the next.)
        if let Some(d) = cell.find(|c: char| c.is_ascii_digit() || c == '-').filter(|&d| d > 0) {
            if is_unit_cell(&cell[..d]) || is_unit_header(&cell[..d]) {
                cells.push((offset, &cell[..d]));
                (offset, cell) = (offset + d, &cell[d..]);
            }
        }
        // (`指标2025年2030年`, `2023年2022年`: the years heading columns, glued together by
        // normalizing, are a cell each.)
        if only_years(cell) && cell.bytes().any(|b| b.is_ascii_digit()) {
            let mut from = 0;
            for (i, _) in cell.match_indices(|c: char| c.is_ascii_digit()) {
                let starts_year = i == 0 || !cell.as_bytes()[i - 1].is_ascii_digit();
                if starts_year && i > from {
                    cells.push((offset + from, &cell[from..i]));
                    from = i;
                }
            }
            cells.push((offset + from, &cell[from..]));
            continue;
        }
        // (`3.5一般公共预算收入`: the next row's label glued to the number before it; a year
        // heading a column, `2024年`, is one cell.)
        let number = cell.len()
            - cell.trim_start_matches(|c: char| c.is_ascii_digit() || matches!(c, '.' | '-')).len();
        // (Nor is `1.75倍`, a number and its unit.)
        if number > 0
            && number < cell.len()
            && cell[number..].starts_with(crate::normalize::is_han)
            && !only_years(cell)
            && !period_cell(cell)
            && !is_unit_cell(&cell[number..])
        {
            cells.push((offset, &cell[..number]));
            cells.push((offset + number, &cell[number..]));
        } else {
            cells.push((offset, cell));
        }
    }
    cells
}

/// The quantities of one row of a unit-column table (see [`unit_column_rows`]).
fn unit_column_row(
    at: usize,
    row: &[(usize, &str)],
    head: &[&str],
    unit_col: usize,
    found: &[RawQuantity],
    added: &mut Vec<RawQuantity>,
    marks: &mut Vec<ColumnMark>,
) {
    let no_value = |c: &str| matches!(c, "—" | "－" | "——" | "…" | "-" | "/");
    let unit = column_unit(row[unit_col].1);
    for (k, &(offset, cell)) in row.iter().enumerate().skip(unit_col + 1) {
        if no_value(cell) {
            continue;
        }
        let h = head[k];
        let change = CHANGE_HEADERS.iter().any(|w| h.contains(w));
        let percent = change || h.contains('%') || h.contains('％');
        // (Columns headed by years, `2023年 2022年`, each hold the row's unit; a change
        // column's figures are of the first year a column heads.)
        let first_year = || head.iter().find_map(|h| column_year(h));
        let year = column_year(h).or_else(|| if change { first_year() } else { None });
        let span = NSpan::new(at + offset, at + offset + cell.len());
        let value = super::parse_number(cell);
        let col_unit = if percent {
            column_unit("%")
        } else if k == unit_col + 1 || year.is_some() {
            unit.clone()
        } else {
            None
        };
        // (A figure the scan read already, `27.4%`, takes its column's reading; one it read
        // on into the next cell is the cell's number in the column's unit.)
        if (change || year.is_some()) && covered(found, span) {
            let cell = value.zip(col_unit.as_ref()).filter(|_| overruns(found, span));
            let cell = cell.map(|(v, u)| cell_quantity(span, v, u, change, year));
            marks.push(ColumnMark { span, change, year, cell });
            continue;
        }
        let Some(value) = value else { continue };
        let Some(u) = col_unit else { continue };
        if covered(found, span) || added.iter().rev().take(8).any(|q| q.span == span) {
            continue;
        }
        added.push(cell_quantity(span, value, &u, change, year));
    }
}

/// In a row of a unit-column table flattened into one line with its header (`指标 单位 数值
/// 增长 地区生产总值 亿元 5675.2 3.5 一般公共预算收入 亿元 …`), the label of the row a number
/// at the end of `before` stands in: the last cell before it that is no number, unit or dash.
/// Its start and end in `before`; None where `before` holds no such header.
pub(crate) fn flat_row_label(before: &str) -> Option<(usize, usize)> {
    // (A substring search settles most figures; the cells are read back from the figure,
    // a few at most: a long line is not tokenized again for each of its numbers.)
    if !before.contains("单位") {
        return None;
    }
    let no_value = |c: &str| matches!(c, "—" | "－" | "——" | "…" | "-" | "/");
    let mut header_seen = false;
    for token in before.split_whitespace().rev().take(MAX_BACK_CELLS) {
        let at = token.as_ptr() as usize - before.as_ptr() as usize;
        for &(offset, cell) in table_cells(token).iter().rev() {
            if is_unit_header(cell) {
                header_seen = true;
                break;
            }
            if no_value(cell) || is_unit_cell(cell) || super::parse_number(cell).is_some() {
                continue;
            }
            let label = cell.chars().all(crate::normalize::is_han);
            // The label stands in a table whose header is further back on the line.
            let in_table = before[..at + offset].contains("单位");
            return (label && in_table).then_some((at + offset, at + offset + cell.len()));
        }
        if header_seen {
            return None;
        }
    }
    None
}

/// Most cells read back from a figure for its row's label in a flattened table.
const MAX_BACK_CELLS: usize = 8;

/// Whether `s` heads a table's unit column (单位, 计量单位).
fn is_unit_header(s: &str) -> bool {
    matches!(s, "单位" | "计量单位")
}

/// Whether `s` is a unit cell of a table (`亿元`, `万吨`, `%`).
pub(crate) fn is_unit_cell(s: &str) -> bool {
    !s.bytes().any(|b| b.is_ascii_digit()) && column_unit(s).is_some()
}

/// The unit a row label states in brackets at its end (`一般公共预算收入（亿元）`).
fn label_unit(line: &str) -> Option<ColumnUnit<'_>> {
    // The label is the first cell: up to a tab or a run of blanks (or one blank after the
    // bracketed unit).
    let label_len = line
        .find('\t')
        .or_else(|| line.find("  "))
        .or_else(|| line.find("） ").map(|i| i + '）'.len_utf8()))?;
    let label = line[..label_len].trim_end();
    bracketed_unit(label).map(|(_, u)| u).filter(|u| u.class != UnitClass::Percent)
}

/// The measure a figure's column heads, in a table whose rows are labelled by what no
/// measure is (a region: `华龙区 121.64 5.6` under `县区 地区生产总值（亿元） 增速（%）`): the
/// header cell over the figure at `at`, without its unit. A change column (增速, 同比) is of
/// the measure heading the column before it. The header is the first digit-free line above
/// the figure's (rows between), with as many cells as the row and a unit in one of them.
pub(crate) fn column_metric(text: &str, at: usize) -> Option<&str> {
    // The cells of a row, a label glued to its first number by normalizing counted apart.
    let count = |line: &str| {
        table_cells(line)
            .iter()
            .map(|&(_, c)| {
                let glued = c.char_indices().any(|(i, ch)| {
                    ch.is_ascii_digit() && c[..i].ends_with(crate::normalize::is_han)
                });
                1 + usize::from(glued)
            })
            .sum::<usize>()
    };
    let line_start = text[..at].rfind('\n').map_or(0, |i| i + 1);
    let line_end = text[at..].find('\n').map_or(text.len(), |i| at + i);
    let (k, width) = (count(&text[line_start..at]), count(&text[line_start..line_end]));
    if k == 0 || width < 2 {
        return None;
    }
    let mut end = line_start;
    for _ in 0..MAX_ROWS {
        let above = end.checked_sub(1)?;
        let start = text[..above].rfind('\n').map_or(0, |i| i + 1);
        let line = &text[start..above];
        end = start;
        if line.bytes().any(|b| b.is_ascii_digit()) {
            continue;
        }
        let cells: Vec<&str> = table_cells(line).into_iter().map(|(_, c)| c).collect();
        if cells.len() != width || !cells.iter().any(|c| bracketed_unit(c).is_some()) {
            return None;
        }
        let change = |c: &str| CHANGE_HEADERS.iter().any(|w| c.contains(w));
        let measure = (1..=k)
            .rev()
            .map(|j| unit_gloss(cells[j]).map_or(cells[j], |g| &cells[j][..g]))
            .find(|c| !change(c))?;
        return Some(measure).filter(|m| !m.is_empty());
    }
    None
}

/// Where a bracketed unit ending `label` starts (`（亿元）` of `一般公共预算收入（亿元）`).
pub(crate) fn unit_gloss(label: &str) -> Option<usize> {
    bracketed_unit(label).map(|(open, _)| open)
}

/// The unit a label states in brackets at its end, and where the bracket opens.
fn bracketed_unit(label: &str) -> Option<(usize, ColumnUnit<'_>)> {
    let inner = label.strip_suffix(['）', ')'])?;
    let open = inner.rfind(['（', '('])?;
    let unit = inner[open..].trim_start_matches(['（', '(']);
    column_unit(unit).map(|u| (open, u))
}

/// Whether a quantity of `found` (sorted by start, none longer than a sentence) overlaps
/// `span`: only those starting shortly before it can.
fn covered(found: &[RawQuantity], span: NSpan) -> bool {
    let from = found.partition_point(|q| q.span.start + 4096 < span.start);
    found[from..].iter().take_while(|q| q.span.start < span.end).any(|q| span.start < q.span.end)
}

/// Whether a quantity of `found` starts with the cell at `span` and runs on past it.
fn overruns(found: &[RawQuantity], span: NSpan) -> bool {
    let at = found.partition_point(|q| q.span.start < span.start);
    found.get(at).is_some_and(|q| q.span.start == span.start && q.span.end > span.end)
}

/// Reads `亿元`, `万吨`, `%` as a column's unit.
fn column_unit(written: &str) -> Option<ColumnUnit<'_>> {
    let u = written.trim();
    if matches!(u, "%" | "％") {
        let (normalized, class) = (NormalizedUnit::Percent, UnitClass::Percent);
        return Some(ColumnUnit { text: "%", scale: 1.0, normalized, class });
    }
    // A rate (万吨/年, 万片/月): per year the quantity's own unit, as the scan reads it; per
    // any other span `other`, in the numerator's magnitude.
    if let Some((base, per)) = u.split_once('/') {
        let b = column_unit(base).filter(|b| b.class != UnitClass::Percent)?;
        return match per {
            "年" => Some(ColumnUnit { text: u, ..b }),
            "月" | "日" | "天" | "季" | "季度" => {
                let factor = UNITS.by_text(base.trim_start_matches(['万', '亿', '千', '百']));
                let scale = b.scale / factor.map_or(1.0, |d| d.factor);
                Some(ColumnUnit {
                    text: u,
                    scale,
                    normalized: NormalizedUnit::Other,
                    class: UnitClass::Other,
                })
            }
            _ => None,
        };
    }
    // The unit whole (千瓦, 吨), else a magnitude run and a unit (亿元, 万千瓦).
    let unit = |s: &str| UNITS.by_text(s).filter(|d| d.class != UnitClass::None);
    let (scale, def) = unit(u).map(|d| (1.0, d)).or_else(|| {
        u.char_indices().skip(1).find_map(|(k, _)| Some((magnitude(&u[..k])?, unit(&u[k..])?)))
    })?;
    let (normalized, class) = (def.normalized.clone(), def.class);
    Some(ColumnUnit { text: u, scale: scale * def.factor, normalized, class })
}

/// The lines of `text`, each with where it starts.
fn lines_at(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.split('\n').scan(0, |next, line| {
        let at = *next;
        *next += line.len() + 1;
        Some((at, line))
    })
}

/// Rows under a header whose value columns state their units (`行业 增加值（亿元）
/// 比上年同期增长（%）` / `工业 498.6 6.2`): each column's figures in its unit.
fn header_unit_rows(text: &str, found: &[RawQuantity], added: &mut Vec<RawQuantity>) {
    for (at, line) in lines_at(text) {
        if !line.contains(['）', ')']) {
            continue;
        }
        if line.bytes().any(|b| b.is_ascii_digit()) {
            flattened_header_unit_rows(at, line, found, added);
            continue;
        }
        let cells = table_cells(line);
        // A label column, then value columns, each with its unit (one is enough: `县（区）
        // 地区生产总值（亿元）`, the rows below saying the rest).
        if cells.len() < 2 || unit_gloss(cells[0].1).is_some() {
            continue;
        }
        let units: Option<Vec<ColumnUnit>> =
            cells[1..].iter().map(|&(_, c)| bracketed_unit(c).map(|(_, u)| u)).collect();
        let Some(units) = units else { continue };
        let header = cells.iter().map(|&(_, c)| c).collect();
        rows(text, at + line.len() + 1, &units, header, found, added);
    }
}

/// The same table flattened into one line by the page dump (`指标 绝对数（元）
/// 比上年增长（%） 居民人均可支配收入25863 5.9工资性收入11024 6.2`, labels glued to the
/// number before and after them by normalizing): the header's cells, then rows of a label
/// and one number per unit, each read as a row of its own.
fn flattened_header_unit_rows(
    at: usize,
    line: &str,
    found: &[RawQuantity],
    added: &mut Vec<RawQuantity>,
) {
    let cells = table_cells(line);
    let no_digit = |c: &str| !c.bytes().any(|b| b.is_ascii_digit());
    let Some(&(_, label)) = cells.first().filter(|&&(_, c)| no_digit(c)) else { return };
    if unit_gloss(label).is_some() {
        return;
    }
    let units: Vec<ColumnUnit> = cells[1..]
        .iter()
        .map_while(|&(_, c)| no_digit(c).then(|| bracketed_unit(c).map(|(_, u)| u)).flatten())
        .collect();
    if units.len() < 2 {
        return;
    }
    let header: Vec<&str> = cells[..=units.len()].iter().map(|&(_, c)| c).collect();
    let (last_at, last) = cells[units.len()];
    let mut pos = last_at + last.len();
    // A number: an optional minus, digits and one decimal point.
    let number_end = |from: usize| {
        let b = line.as_bytes();
        let mut i = from + usize::from(b.get(from) == Some(&b'-'));
        let digits = i;
        while i < b.len() && (b[i].is_ascii_digit() || b[i] == b'.') {
            i += 1;
        }
        (i > digits).then_some(i)
    };
    for _ in 0..MAX_ROWS {
        let start = pos + (line.len() - pos - line[pos..].trim_start().len());
        let rest = &line[start..];
        // The label: up to its first number.
        let Some(label_len) = rest.find(|c: char| c.is_ascii_digit() || c == '-') else { break };
        if label_len == 0 || !rest[..label_len].trim_end().chars().all(crate::normalize::is_han) {
            break;
        }
        let mut end = start + label_len;
        for k in 0..units.len() {
            if k > 0 {
                end += line[end..].len() - line[end..].trim_start().len();
            }
            match number_end(end) {
                Some(e) => end = e,
                None => return,
            }
        }
        row(at + start, &line[start..end], &units, &header, found, added);
        pos = end;
    }
}

/// The rows from `start` on: an optional header (no digits), then lines of a label and
/// numbers separated by blanks; the table ends at the first other line.
fn rows<'t>(
    text: &'t str,
    start: usize,
    units: &[ColumnUnit],
    mut header: Vec<&'t str>,
    found: &[RawQuantity],
    added: &mut Vec<RawQuantity>,
) {
    let mut line_start = start;
    for n in 0..MAX_ROWS {
        if line_start >= text.len() {
            break;
        }
        let line_end = text[line_start..].find('\n').map_or(text.len(), |i| line_start + i);
        let line = &text[line_start..line_end];
        // A header holds no number but years that name columns (`指标 2025年 2030年 属性`,
        // which normalizing may glue to `指标2025年2030年`).
        if n == 0 && !line.trim().is_empty() && only_years(line) {
            header = table_cells(line).into_iter().map(|(_, c)| c).collect();
        } else if !row(line_start, line, units, &header, found, added) {
            break;
        }
        line_start = line_end + 1;
    }
}

/// Whether a header cell heads a column of percents: it says so (`增长%`, `比重（%）`), or
/// names a rate of change (增速, 增幅, 增长率) or a change with no amount word (同比增长, not
/// 增长额 or 增加量).
fn percent_header(h: &str) -> bool {
    h.contains(['%', '％'])
        || ["增速", "增幅", "增长率", "比重", "占比"].iter().any(|w| h.contains(w))
        || ((h.contains("同比") || h.contains("增长"))
            && !["额", "量", "数", "值"].iter().any(|w| h.contains(w)))
}

/// The year a column's header names (`2023年`, `2023年末`), if it names one alone.
fn column_year(header: &str) -> Option<i32> {
    let (digits, rest) = (header.get(..4)?, header.get(4..)?);
    let year = digits.bytes().all(|b| b.is_ascii_digit()).then(|| digits.parse().ok())??;
    matches!(rest, "年" | "年末" | "年底" | "年度").then_some(year)
}

/// Whether `line` is a table's header whose columns are headed by years (`指标 单位 2023年
/// 2022年 增长`): blank-separated cells, a year alone in one of them and no other digit.
/// Its years name columns, not the period the text goes on in.
pub(crate) fn year_header(line: &str) -> bool {
    only_years(line) && {
        let cells = table_cells(line);
        cells.len() >= 3 && cells.iter().any(|&(_, c)| column_year(c).is_some())
    }
}

/// Whether the cell `c` is a time and nothing else (`1—9月`, `2024年1—9月`, `一季度`): a
/// column's heading.
fn period_cell(c: &str) -> bool {
    crate::period::at_start(c).is_some_and(|t| t.span.end == c.len())
}

/// Whether every digit of `line` is in a year that names a column (`2025年`).
fn only_years(line: &str) -> bool {
    let b = line.as_bytes();
    let mut i = 0;
    while i < b.len() {
        if b[i].is_ascii_digit() {
            let run = b[i..].iter().take_while(|c| c.is_ascii_digit()).count();
            if run != 4 || !line[i + run..].starts_with('年') {
                return false;
            }
            i += run;
        } else {
            i += 1;
        }
    }
    true
}

/// One row: a label (no digit) and numbers after blanks, one per unit (or all of one unit).
/// Says whether the line was a row.
fn row(
    at: usize,
    line: &str,
    units: &[ColumnUnit],
    header: &[&str],
    found: &[RawQuantity],
    added: &mut Vec<RawQuantity>,
) -> bool {
    // The label ends at the first number, or at a dash cell standing for none before it.
    let no_value = |c: &str| matches!(c, "—" | "－" | "——" | "…" | "-");
    let number_at = line.find(|c: char| c.is_ascii_digit() || c == '-').unwrap_or(line.len());
    let dash_at = line
        .split_whitespace()
        .skip(1)
        .find(|c| no_value(c))
        .map_or(line.len(), |c| c.as_ptr() as usize - line.as_ptr() as usize);
    let label_len = number_at.min(dash_at);
    let label = line[..label_len].trim();
    if !label.chars().any(crate::normalize::is_han) || label_len == line.len() {
        return false;
    }
    // The cells and where each starts in the line.
    let mut cells: Vec<(usize, &str)> = Vec::new();
    let mut from = label_len;
    for cell in line[label_len..].split_whitespace() {
        let offset = from + line[from..].find(cell).unwrap_or(0);
        cells.push((offset, cell));
        from = offset + cell.len();
    }
    // A text column after the numbers (属性: 约束性, 预期性) holds no value, also where
    // normalizing glued it to the last number (40.5约束性).
    let han = crate::normalize::is_han;
    let mut text_columns = 0;
    while cells.len() > 1 && cells.last().is_some_and(|(_, c)| c.chars().all(han)) {
        cells.pop();
        text_columns += 1;
    }
    if let Some((_, last)) = cells.last_mut() {
        let number = last.trim_end_matches(han);
        if number.len() < last.len() && super::parse_number(number).is_some() {
            *last = number;
            text_columns += 1;
        }
    }
    let values: Option<Vec<Option<f64>>> = cells
        .iter()
        .map(|(_, c)| if no_value(c) { Some(None) } else { super::parse_number(c).map(Some) })
        .collect();
    let Some(values) = values else { return false };
    if units.len() != values.len() && units.len() != 1 {
        return true; // a row, but its columns cannot be told apart
    }
    for (k, ((offset, cell), value)) in cells.iter().zip(values).enumerate() {
        let Some(value) = value else { continue };
        let span = NSpan::new(at + offset, at + offset + cell.len());
        // A repeated caption reads its rows again: a cell is added once.
        let again = added.last().is_some_and(|q: &RawQuantity| q.span.start >= span.start);
        if covered(found, span) || again {
            continue;
        }
        // 同比, 增长, 比上年: a change column, whatever the sign of the cell.
        // (The header's last cells name the text columns.)
        let head = header.get(header.len().wrapping_sub(cells.len() + text_columns) + k);
        let change = head.is_some_and(|h| CHANGE_HEADERS.iter().any(|w| h.contains(w)));
        // One caption unit is the amounts' (单位：亿元); a column headed as a percent (增长%,
        // 增速) holds percents.
        let percent = column_unit("%")
            .filter(|_| units.len() == 1 && head.is_some_and(|h| percent_header(h)));
        let unit = percent.as_ref().unwrap_or(&units[if units.len() == 1 { 0 } else { k }]);
        let year = head.and_then(|h| column_year(h));
        added.push(cell_quantity(span, value, unit, change, year));
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cells(line: &str) -> Vec<&str> {
        table_cells(line).into_iter().map(|(_, c)| c).collect()
    }

    #[test]
    fn cells_split_glued_units_years_and_labels() {
        assert_eq!(
            cells("指标 单位2023年2022年 增长"),
            ["指标", "单位", "2023年", "2022年", "增长"]
        );
        assert_eq!(cells("指标2025年2030年"), ["指标", "2025年", "2030年"]);
        assert_eq!(cells("亿元79.2利润总额 亿元5.1"), ["亿元", "79.2", "利润总额", "亿元", "5.1"]);
        // A multiple is one cell; a year alone too.
        assert_eq!(cells("21.3 1.75倍 2024年"), ["21.3", "1.75倍", "2024年"]);
    }

    #[test]
    fn column_years_and_year_headers() {
        assert_eq!(column_year("2023年"), Some(2023));
        assert_eq!(column_year("2023年末"), Some(2023));
        assert_eq!(column_year("2023年1—9月"), None);
        assert_eq!(column_year("同比增长"), None);
        assert!(year_header("指标\t单位\t2023年\t2022年\t增长"));
        assert!(!year_header("2023年全区进出口总额增长5%"));
        assert!(!year_header("指标\t单位\t数值"));
    }

    #[test]
    fn caption_header_starts_at_its_label_column() {
        let line = table_cells("园区主要指标 指标名称 单位 数值");
        assert_eq!(label_header(&line[..2]), 1);
        let line = table_cells("序号 指标 单位");
        assert_eq!(label_header(&line[..2]), 0);
    }
}
