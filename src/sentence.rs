//! Stage 2: sentences and clauses of the normalized text.
//!
//! Sentences end at `。！？!?…` (closing quotes and brackets stay with the sentence) and at
//! the line breaks that normalization kept as boundaries. Clauses are the parts of a sentence
//! between `，；：、（）` and friends; the indicator stage reads metrics within a clause.

use crate::span::NSpan;

/// Sentence spans of the normalized text, in order, covering every non-blank part of it.
pub(crate) fn sentences(text: &str) -> Vec<NSpan> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let end = if c == '\n' {
            Some((i, i + 1))
        } else if is_terminal(c) {
            // Take the run of terminals and closing quotes/brackets after them.
            let mut end = i + c.len_utf8();
            while let Some(&(j, d)) = chars.peek() {
                if is_terminal(d) || is_closing(d) {
                    end = j + d.len_utf8();
                    chars.next();
                } else {
                    break;
                }
            }
            Some((end, end))
        } else {
            None
        };
        if let Some((content_end, next_start)) = end {
            push_trimmed(text, start, content_end, &mut out);
            start = next_start;
        }
    }
    push_trimmed(text, start, text.len(), &mut out);
    out
}

fn push_trimmed(text: &str, start: usize, end: usize, out: &mut Vec<NSpan>) {
    let s = &text[start..end];
    let lead = s.len() - s.trim_start().len();
    let trail = s.len() - s.trim_end().len();
    if lead + trail < s.len() {
        out.push(NSpan::new(start + lead, end - trail));
    }
}

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
}

/// Longest stretch, in bytes, searched for a clause boundary. A "clause" longer than this
/// (a page without punctuation) is cut, which keeps every search, and so extraction, linear.
pub(crate) const MAX_CLAUSE: usize = 600;

/// The char boundary at or after `at - MAX_CLAUSE`, but not before `floor`.
fn window_floor(text: &str, floor: usize, at: usize) -> usize {
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
    let head = &text[floor..at];
    match head.char_indices().rev().find(|(_, c)| is_clause_sep(*c)) {
        Some((i, c)) => floor + i + c.len_utf8(),
        None => floor,
    }
}

/// End of the clause that contains byte `at`, searching no further than `ceil` (nor more
/// than [`MAX_CLAUSE`] bytes).
pub(crate) fn clause_end(text: &str, at: usize, ceil: usize) -> usize {
    let mut ceil = ceil.min(at + MAX_CLAUSE).min(text.len());
    while !text.is_char_boundary(ceil) {
        ceil -= 1;
    }
    let tail = &text[at..ceil];
    match tail.char_indices().find(|(_, c)| is_clause_sep(*c)) {
        Some((i, _)) => at + i,
        None => ceil,
    }
}

/// Start of the stretch (sentence-like, not split at 、) that ends at `at`: back to the last
/// separator other than 、, within [`MAX_CLAUSE`] bytes.
pub(crate) fn list_start(text: &str, at: usize) -> usize {
    let floor = window_floor(text, 0, at);
    text[floor..at]
        .char_indices()
        .rev()
        .find(|(_, c)| is_clause_sep(*c) && *c != '、')
        .map_or(floor, |(i, c)| floor + i + c.len_utf8())
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
    fn clauses() {
        let t = "2022年，开发区规上产值增长57.3%，规上";
        let at = t.find("57").unwrap();
        assert_eq!(&t[clause_start(t, 0, at)..at], "开发区规上产值增长");
        assert_eq!(&t[at..clause_end(t, at, t.len())], "57.3%");
    }
}
