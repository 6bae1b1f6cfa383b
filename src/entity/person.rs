//! Persons: bylines (`本报记者 张三`), datelines (`电 （张三 李四）`), a title before a name
//! (`副市长张三`, with the whole title chain kept), and a name before 总书记/同志.

use super::Cand;
use super::lexicon::{Cue, Hits, LEXICON, List};
use crate::normalize::is_han;
use crate::report::EntityKind;
use crate::span::NSpan;
use crate::words::Words;
use jieba_rs::Jieba;
use regex::Regex;
use std::sync::LazyLock;

/// Words that follow a person's name (表示, 指出 …): they tell where a 2- or 3-char name ends.
static AFTER_NAME: LazyLock<Words> =
    LazyLock::new(|| Words::parse(include_str!("../data/after_name.txt")));

static BYLINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?m)^[ \t\u{3000}]*(?:本报记者|本报通讯员|特约记者|记者|通讯员)[ \t\u{3000}]*(?P<names>\p{Han}{2,4}(?:[ \t\u{3000}]+\p{Han}{2,4})*)[ \t\u{3000}]*$")
        .unwrap_or_else(|e| panic!("byline: {e}"))
});

static DATELINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"电[ \u{3000}]*[（(](?P<names>\p{Han}{2,4}(?:[ \u{3000}]+\p{Han}{2,4})*)[）)]")
        .unwrap_or_else(|e| panic!("dateline: {e}"))
});

static HONORIFIC: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?P<name>\p{Han}{2,3})(?:总书记|同志|(?:新时代中国特色社会主义|生态文明|经济|法治|外交|强军|文化)思想)")
        .unwrap_or_else(|e| panic!("honorific: {e}"))
});

pub(crate) fn persons<'t>(text: &'t str, hits: &Hits, jieba: &Jieba, out: &mut Vec<Cand<'t>>) {
    // Most texts have neither bylines nor honorifics, and these regexes (Han characters or a
    // line start first) cannot skip ahead: they run only where their words occur.
    let honorifics = hits.cues(Cue::Honorific).next().is_some();
    // A byline is one whole line: only the lines with its words are matched.
    let mut line_end = 0;
    for (cue, _) in hits.cues(Cue::Byline) {
        if cue < line_end {
            continue;
        }
        let line_start = text[..cue].rfind('\n').map_or(0, |i| i + 1);
        line_end = text[cue..].find('\n').map_or(text.len(), |i| cue + i);
        for c in BYLINE.captures_iter(&text[line_start..line_end]) {
            reporters(&c, line_start, out);
        }
    }
    for c in DATELINE.captures_iter(text) {
        reporters(&c, 0, out);
    }
    bracketed_bylines(text, hits, out);
    if honorifics {
        honorific_names(text, jieba, out);
    }
    titled(text, hits, out);
}

/// The roles a byline names its persons by, longest first.
const ROLES: [&str; 7] =
    ["本报通讯员", "本报记者", "特约记者", "见习记者", "实习生", "通讯员", "记者"];

/// `本报讯（记者 张三）`, `（记者张三 通讯员李四）`: reporters in brackets that open with a
/// role.
fn bracketed_bylines<'t>(text: &'t str, hits: &Hits, out: &mut Vec<Cand<'t>>) {
    let mut done = 0;
    for (cue, _) in hits.cues(Cue::Byline) {
        if cue < done {
            continue;
        }
        // The bracket opens at most eight characters before the role, with only the
        // outlet's name between (（本报记者, （经济日报记者).
        let head = &text[..cue];
        let opened = head
            .char_indices()
            .rev()
            .take(9)
            .take_while(|&(_, c)| is_han(c) || matches!(c, '（' | '('))
            .any(|(_, c)| matches!(c, '（' | '('));
        if !opened {
            continue;
        }
        // The closing bracket, within 40 characters and before any clause punctuation.
        let Some((len, close)) = text[cue..]
            .char_indices()
            .take(40)
            .find(|(_, c)| !(is_han(*c) || matches!(c, ' ' | '\t' | '\u{3000}' | '、')))
            .filter(|(_, c)| matches!(c, '）' | ')'))
        else {
            continue;
        };
        done = cue + len + close.len_utf8();
        let inside = &text[cue..cue + len];
        let mut at = 0;
        // (（记者 王海燕 通讯员 乌日娜）: right after a role a name needs no common surname.)
        let mut after_role = false;
        while at < inside.len() {
            let rest = &inside[at..];
            if let Some(role) = ROLES.iter().find(|r| rest.starts_with(**r)) {
                at += role.len();
                after_role = true;
                continue;
            }
            let sep = |c: char| matches!(c, ' ' | '\t' | '\u{3000}' | '、');
            if rest.starts_with(sep) {
                at += rest.chars().next().map_or(1, char::len_utf8);
                continue;
            }
            // A name runs to a blank or the next role.
            let end = rest
                .char_indices()
                .find(|&(i, c)| sep(c) || ROLES.iter().any(|r| rest[i..].starts_with(r)))
                .map_or(rest.len(), |(i, _)| i);
            let name = &rest[..end];
            if (2..=4).contains(&name.chars().count())
                && (after_role || surname_len(name).is_some())
            {
                let span = NSpan::new(cue + at, cue + at + end);
                out.push(Cand::new(span, EntityKind::Person, name, name));
            }
            after_role = false;
            at += end;
        }
    }
}

/// The persons named in a byline or dateline match `c` of a search from byte `from`.
fn reporters<'t>(c: &regex::Captures<'t>, from: usize, out: &mut Vec<Cand<'t>>) {
    let Some(names) = c.name("names") else { return };
    let base = from + names.start();
    for part in names.as_str().split([' ', '\t', '\u{3000}']).filter(|p| !p.is_empty()) {
        // Offsets from the part's position inside the captured names.
        let off = part.as_ptr() as usize - names.as_str().as_ptr() as usize;
        if surname_len(part).is_some() {
            let span = NSpan::new(base + off, base + off + part.len());
            out.push(Cand::new(span, EntityKind::Person, part, part));
        }
    }
}

/// `张三同志`, `李四总书记`: a name before an honorific.
fn honorific_names<'t>(text: &'t str, jieba: &Jieba, out: &mut Vec<Cand<'t>>) {
    for c in HONORIFIC.captures_iter(text) {
        let Some(m) = c.name("name") else { continue };
        // The regex may start mid-word; try the 3- and 2-char tails that begin with a surname.
        let s = m.as_str();
        let candidates = [s, s.char_indices().nth(1).map_or("", |(i, _)| &s[i..])];
        let plain = |n: &str| {
            // 分管负责同志: words, not a name.
            !jieba.tag(n, false).iter().any(|t| {
                t.word.chars().count() >= 2 && matches!(t.tag, "v" | "d" | "p" | "c" | "vn" | "n")
            })
        };
        if let Some(name) = candidates
            .into_iter()
            .find(|n| n.chars().count() >= 2 && surname_len(n).is_some() && plain(n))
        {
            let start = m.end() - name.len();
            out.push(Cand::new(NSpan::new(start, m.end()), EntityKind::Person, name, name));
        }
    }
}

/// `副市长张三`, `董事长李四、总裁王五`: names after titles, with their title chains.
fn titled<'t>(text: &'t str, hits: &Hits, out: &mut Vec<Cand<'t>>) {
    let lex = &*LEXICON;
    let mut i = 0;
    for (start, name_at, _) in hits.leftmost_longest(List::Title) {
        if start < i {
            continue;
        }
        let chain = title_chain(text, name_at);
        let Some((name_at, len)) = name_after_title(text, name_at) else {
            continue;
        };
        let name = &text[name_at..name_at + len];
        let mut cand =
            Cand::new(NSpan::new(name_at, name_at + len), EntityKind::Person, name, name);
        cand.title = Some(chain);
        out.push(cand);
        // Further names in a list: 市领导甲、乙及丙.
        let mut at = name_at + len;
        while let Some(sep) = ["、", "和", "及"].iter().find(|s| text[at..].starts_with(**s)) {
            let next = at + sep.len();
            if lex.titles.prefix(&text[next..]).is_some() {
                break;
            }
            match name_len(&text[next..]) {
                Some(l) => {
                    let n = &text[next..next + l];
                    let mut c = Cand::new(NSpan::new(next, next + l), EntityKind::Person, n, n);
                    c.title = Some(chain);
                    out.push(c);
                    at = next + l;
                }
                None => break,
            }
        }
        i = at;
    }
}

/// The name right after a title ending at `at`, as its start and length; or, in a signature
/// line (`县长 杨文斌`), after one blank when the name ends the line.
fn name_after_title(text: &str, at: usize) -> Option<(usize, usize)> {
    if let Some(len) = name_len(&text[at..]) {
        return Some((at, len));
    }
    // 本报记者 张三 is a byline, read as one elsewhere.
    if ["记者", "通讯员"].iter().any(|w| text[..at].ends_with(w)) {
        return None;
    }
    let blank = [' ', '\u{3000}'].into_iter().find(|&c| text[at..].starts_with(c))?;
    let at = at + blank.len_utf8();
    let len = name_len(&text[at..])?;
    let ends_line = text[at + len..].chars().next().is_none_or(|c| c == '\n' || c == '\r');
    ends_line.then_some((at, len))
}

/// The title chain before a name: `市委常委、副市长、开发区党工委书记、管委会主任`.
fn title_chain(text: &str, name_at: usize) -> &str {
    let lex = &*LEXICON;
    let head = &text[..name_at];
    let mut start = name_at;
    let mut seg_end = name_at;
    loop {
        // A title segment is short: look back at most 16 characters.
        let floor = head[..seg_end].char_indices().rev().nth(16).map_or(0, |(i, _)| i);
        let seg_start = head[floor..seg_end]
            .char_indices()
            .rev()
            .find(|(_, c)| !(is_han(*c) || c.is_ascii_alphanumeric()) || "和及与的在".contains(*c))
            .map_or(floor, |(i, c)| floor + i + c.len_utf8());
        let seg = &head[seg_start..seg_end];
        if seg.is_empty() || lex.titles.suffix(seg).is_none() {
            break;
        }
        start = seg_start;
        if seg_start == 0 || !head[..seg_start].ends_with('、') {
            break;
        }
        seg_end = seg_start - '、'.len_utf8();
    }
    &text[start..name_at]
}

/// The length of a person's name at the start of `s` (surname + one or two chars), judged by
/// what follows it.
fn name_len(s: &str) -> Option<usize> {
    let sur = surname_len(s)?;
    let mut ends = s[sur..]
        .char_indices()
        .take(2)
        .filter(|(_, c)| is_han(*c))
        .map(|(i, c)| sur + i + c.len_utf8());
    let two = ends.next()?;
    let three = ends.next();
    // A blank ends a name too (the list file cannot hold one).
    let follows = |at: usize| {
        at >= s.len() || s[at..].starts_with([' ', '\n']) || AFTER_NAME.prefix(&s[at..]).is_some()
    };
    // (李春来介绍: 来 may follow a name, but it is a common last character of one, and a
    // word of two characters after it, 介绍, makes it the name's.)
    let word_after = |at: usize| AFTER_NAME.prefix(&s[at..]).map_or(0, |(w, _)| w.chars().count());
    match three {
        Some(t) if follows(t) && !follows(two) => Some(t),
        Some(t) if follows(t) && s[two..].starts_with('来') && word_after(t) >= 2 => Some(t),
        Some(t) if follows(t) && follows(two) => Some(two),
        _ if follows(two) => Some(two),
        _ => None,
    }
}

fn surname_len(s: &str) -> Option<usize> {
    LEXICON.surnames.prefix(s).map(|(x, _)| x.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(t: &str) -> Vec<(String, Option<String>)> {
        let mut out = Vec::new();
        let jieba = Jieba::new();
        persons(t, &LEXICON.hits(t), &jieba, &mut out);
        out.into_iter().map(|c| (c.name.to_string(), c.title.map(str::to_string))).collect()
    }

    #[test]
    fn titles_and_bylines() {
        let t = "市委常委、副市长、开发区党工委书记、管委会主任张海宴先后前往";
        assert_eq!(
            names(t),
            vec![("张海宴".into(), Some("市委常委、副市长、开发区党工委书记、管委会主任".into()))]
        );
        assert_eq!(names(" 本报记者 李小红\n"), vec![("李小红".into(), None)]);
        assert_eq!(
            names("重庆市市长王大明出席"),
            vec![("王大明".into(), Some("重庆市市长".into()))]
        );
    }

    #[test]
    fn a_name_ending_in_lai() {
        // 来 after a name is a verb only where no word of the speech follows it.
        assert_eq!(
            names("管委会主任李春来介绍"),
            vec![("李春来".into(), Some("管委会主任".into()))]
        );
        assert_eq!(names("局长王刚在介绍情况时说"), vec![("王刚".into(), Some("局长".into()))]);
    }
}
