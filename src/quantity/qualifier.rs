//! Qualifier words (约, 左右, 以上, 余, 预计, 力争 …) from `src/data/qualifiers.tsv`.

use crate::report::Qualifier;
use crate::words::{LowBits, Words};
use aho_corasick::AhoCorasick;
use std::ops::Range;
use std::sync::LazyLock;

/// Where a qualifier word stands relative to the number.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Position {
    Before,
    After,
    Clause,
}

pub(crate) struct QualifierWords {
    /// The words of each position, for longest-prefix and longest-suffix lookups.
    before: Words<Qualifier>,
    after: Words<Qualifier>,
    /// The `Clause` words, found anywhere in a clause in one pass, and their qualifiers.
    clause: AhoCorasick,
    clause_qualifiers: Vec<Qualifier>,
    /// The low twelve bits of the code points of the `Clause` words' first characters, as a
    /// bitmap: a text without any of them holds no `Clause` word.
    clause_firsts: LowBits,
}

pub(crate) static QUALIFIERS: LazyLock<QualifierWords> = LazyLock::new(|| {
    QualifierWords::parse(include_str!("../data/qualifiers.tsv"))
        .unwrap_or_else(|e| panic!("qualifiers.tsv: {e}"))
});

impl QualifierWords {
    pub(crate) fn parse(src: &'static str) -> Result<QualifierWords, String> {
        let mut words = Vec::new();
        for (n, [word, q, pos]) in crate::words::rows(src)? {
            let q = Qualifier::parse(q).ok_or_else(|| format!("line {n}: bad qualifier"))?;
            let pos = match pos {
                "before" => Position::Before,
                "after" => Position::After,
                "clause" => Position::Clause,
                _ => return Err(format!("line {n}: bad position {pos:?}")),
            };
            words.push((word, q, pos));
        }
        let at = |pos: Position| {
            Words::new(words.iter().filter(|(_, _, p)| *p == pos).map(|&(w, q, _)| (w, q)))
        };
        let (before, after) = (at(Position::Before), at(Position::After));
        let (clause_words, clause_qualifiers): (Vec<&str>, Vec<Qualifier>) = words
            .iter()
            .filter(|(_, _, p)| *p == Position::Clause)
            .map(|&(w, q, _)| (w, q))
            .unzip();
        let clause_firsts = clause_words
            .iter()
            .filter_map(|w| w.chars().next())
            .fold(LowBits::EMPTY, LowBits::with);
        let clause = AhoCorasick::new(clause_words).map_err(|e| e.to_string())?;
        Ok(QualifierWords { before, after, clause, clause_qualifiers, clause_firsts })
    }

    /// The longest `Before` word ending exactly at `end` in `text`: (start, qualifier).
    /// A one-character word that ends a longer word is not a qualifier (签约 is not 约,
    /// 最近 is not 近).
    pub(crate) fn before(&self, text: &str, end: usize) -> Option<(usize, Qualifier)> {
        let head = text.get(..end)?;
        let (w, q) = self.before.suffix(head)?;
        let start = end - w.len();
        // The characters before and the qualifier: 签 + 约, 村规 + 民约.
        if w.chars().count() == 1 && TAIL_WORDS.suffix(head).is_some_and(|(t, _)| t.len() > w.len())
        {
            return None;
        }
        Some((start, q))
    }

    /// The longest `After` word starting exactly at `start`: (end, qualifier).
    /// A one-character word (多, 余) counts only at the end of a phrase: 3公里多。 but not
    /// 5万吨多晶硅.
    pub(crate) fn after(&self, text: &str, start: usize) -> Option<(usize, Qualifier)> {
        let tail = text.get(start..)?;
        let (w, q) = self.after.prefix(tail)?;
        let next = tail[w.len()..].chars().next();
        if w.chars().count() == 1 && next.is_some_and(crate::normalize::is_han) {
            return None;
        }
        // 40余家上下游企业: 上下 opening 上下游 (up- and downstream) or 上下半年 is no estimate.
        if w == "上下" && next.is_some_and(|c| matches!(c, '游' | '半' | '级' | '班')) {
            return None;
        }
        Some((start + w.len(), q))
    }

    /// Whether a `Clause` word may occur in `s` (false: none does, nor in any text made of
    /// pieces of `s`); a cheap test before [`QualifierWords::in_clause`].
    pub(crate) fn may_be_in_clause(&self, s: &str) -> bool {
        // On the bytes, without decoding: a character's key (the low twelve bits of its code
        // point) is the low six bits of its last two bytes, or its one byte.
        let b = s.as_bytes();
        let mut i = 0;
        while let Some(&lead) = b.get(i) {
            let end = i + crate::normalize::utf8_len(lead);
            let hit = match b.get(i..end) {
                Some(&[c]) => self.clause_firsts.has(char::from(c)),
                Some(&[.., x, y]) => self.clause_firsts.has_bytes(x, y),
                _ => false,
            };
            if hit {
                return true;
            }
            i = end;
        }
        false
    }

    /// Every `Clause` qualifier whose word occurs in `window`.
    pub(crate) fn in_clause(&self, window: &str, metric: Option<Range<usize>>) -> Vec<Qualifier> {
        let metric = metric.unwrap_or(0..0);
        // The window after a match, without the metric: is it only 的?
        let only_de = |end: usize| {
            let (a, b) = if metric.start >= end {
                (&window[end..metric.start], &window[metric.end..])
            } else {
                (&window[end.max(metric.end)..], "")
            };
            matches!((a, b), ("的", "") | ("", "的"))
        };
        // Overlapping, so that a word inside or across another one counts too (主要目标是).
        // 完成年度计划的103.5%: the plan's share done is no target (the word and 的 end it).
        let mut out: Vec<Qualifier> = self
            .clause
            .find_overlapping_iter(window)
            .filter(|m| m.end() <= metric.start || m.start() >= metric.end)
            .filter_map(|m| {
                let q = self.clause_qualifiers.get(m.pattern().as_usize()).copied()?;
                let share_of_plan = q == Qualifier::Target && only_de(m.end());
                let word = &window[m.start()..m.end()];
                let obtained = word == "争取" && obtains(&window[m.end()..]);
                let named = word == "计划" && named_plan(&window[..m.start()], &window[m.end()..]);
                // 超年度计划125万吨, 比计划多: by how much a result passed its plan.
                let passed = word == "计划" && passed_plan(&window[..m.start()]);
                // 按计划完成投资3.2亿元: done as planned, a result.
                let as_planned = word == "计划" && window[..m.start()].ends_with(['按', '照']);
                // 不超过, 未超过: a bound from above, not more than.
                let negated =
                    q == Qualifier::MoreThan && window[..m.start()].ends_with(['不', '未']);
                // 粉丝量超过10万的主播有86人: a bound right before another number in the
                // window bounds that number (a threshold), not the figure after the window.
                let bounds_other = matches!(q, Qualifier::MoreThan | Qualifier::LessThan)
                    && window[m.end()..].starts_with(|c: char| c.is_ascii_digit());
                // 超过保证水位0.93米: the word before the metric compares with it, and the
                // figure is by how much.
                let compares = matches!(q, Qualifier::MoreThan | Qualifier::LessThan)
                    && !metric.is_empty()
                    && m.end() <= metric.start;
                (!share_of_plan
                    && !obtained
                    && !named
                    && !passed
                    && !as_planned
                    && !negated
                    && !bounds_other
                    && !compares)
                    .then_some(q)
            })
            .collect();
        out.sort();
        out.dedup();
        out
    }
}

/// Whether the words before a 计划 or 目标 compare a result with it: 超 among the last four
/// characters (超计划, 超额完成计划, 超出计划, also before 年度: 超额完成年度目标), 比 / 较
/// right before (比计划多), or 占 (占计划投资的65%, 占项目计划投资的六成: the plan is the
/// share's whole).
pub(crate) fn passed_plan(before: &str) -> bool {
    let before =
        ["年度", "全年", "项目"].iter().find_map(|y| before.strip_suffix(y)).unwrap_or(before);
    before.ends_with(['比', '较', '占']) || before.chars().rev().take(4).any(|c| c == '超')
}

/// Whether a 计划 between `before` and `after` is a programme's name or a set term, not a
/// plan: 国家级人才计划入选者, “火炬计划”项目, 计划单列市, 计划生育, 计划外.
pub(crate) fn named_plan(before: &str, after: &str) -> bool {
    static NAMES: LazyLock<Words> =
        LazyLock::new(|| Words::parse(include_str!("../data/programme_names.txt")));
    const QUOTED: [&str; 2] = ["”", "》"];
    // (二期工程计划投资3亿元: an unquoted name before a verb of investing or doing is the
    // work planned, and 计划 the plan's verb.)
    static ACTS: LazyLock<Words> =
        LazyLock::new(|| Words::parse(include_str!("../data/investing_acts.txt")));
    // (计划完成率: the rate of a plan done; 轮换计划已完成92%: how much of it is done.)
    const TERMS: [&str; 7] = ["单列", "生育", "入选", "内", "外", "完成率", "已"];
    let acts = ACTS.prefix(after).is_some();
    // (计划总投资亿元及以上项目3185个: the planned total of a class of projects, a statistical
    // term.)
    // (计划投资10亿元以上的项目52个: so is a class named by its planned investment.)
    let class =
        after.strip_prefix("总投资").or_else(|| after.strip_prefix("投资")).is_some_and(|r| {
            let head = &r[..crate::span::ceil_char_boundary(r, 16 * 3)];
            // (…以上施工项目, 以上的产业项目: a kind of project may stand between.)
            const KINDS: [&str; 7] = ["施工", "在建", "新开工", "续建", "工业", "产业", "重点"];
            head.find("以上").is_some_and(|i| {
                let tail = head[i + "以上".len()..].trim_start_matches('的');
                let tail = KINDS.iter().find_map(|k| tail.strip_prefix(k)).unwrap_or(tail);
                tail.starts_with("项目")
            })
        });
    // (新开工项目计划总投资3582.6亿元: a class of projects' planned total, a statistical term
    // too; 该项目计划总投资 is one project's plan.)
    const CLASSES: [&str; 5] = ["新开工项目", "施工项目", "在建项目", "续建项目", "重点项目"];
    let projects_total = after.starts_with("总投资") && CLASSES.iter().any(|c| before.ends_with(c));
    // (省“某某计划”人才, “某某计划”培训…: 计划 closing a quoted name, or inside a quote still
    // open, is the name's.)
    let quoted = after.starts_with(['”', '》', '’', '」'])
        || before.rfind(['“', '《']).is_some_and(|o| !before[o..].contains(['”', '》']));
    quoted
        || class
        || projects_total
        || QUOTED.iter().any(|n| before.ends_with(n))
        || !acts && NAMES.suffix(before).is_some()
        || TERMS.iter().any(|t| after.starts_with(t))
}

/// Whether what follows 争取 is money or support it obtained (争取中央资金12亿元, 争取上级
///补助), which a review reports as done, not a target (争取全年增长6%).
pub(crate) fn obtains(after: &str) -> bool {
    static FUNDS: LazyLock<Words> =
        LazyLock::new(|| Words::parse(include_str!("../data/funding_words.txt")));
    // (争取中央、省级生猪生产扶持资金: the funds' sources may run to a dozen characters.)
    let head = after.char_indices().nth(16).map_or(after, |(i, _)| &after[..i]);
    let head = head.split(|c: char| c.is_ascii_digit() || "，。；".contains(c)).next();
    head.is_some_and(|h| FUNDS.occurs_in(h))
}

/// Words whose last character is a one-character qualifier (签约, 最近, 突破, 村规民约).
static TAIL_WORDS: LazyLock<Words> =
    LazyLock::new(|| Words::parse(include_str!("../data/qualifier_tail_words.txt")));

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn longest_before_word_wins() {
        let t = "将近5";
        assert_eq!(QUALIFIERS.before(t, t.len() - 1), Some((0, Qualifier::LessThan)));
        assert_eq!(QUALIFIERS.after("5%左右", 2), Some((8, Qualifier::Approximate)));
        assert_eq!(QUALIFIERS.in_clause("预计增长", None), vec![Qualifier::Estimated]);
        let both = vec![Qualifier::Estimated, Qualifier::Target];
        assert_eq!(QUALIFIERS.in_clause("主要目标是预计预计", None), both);
        assert!(QUALIFIERS.may_be_in_clause("产值预计") && !QUALIFIERS.may_be_in_clause("产值"));
    }

    #[test]
    fn clause_test_on_bytes_is_on_characters() {
        let firsts = QUALIFIERS.clause_firsts;
        let mut buf = [0u8; 4];
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            let s = c.encode_utf8(&mut buf);
            assert_eq!(QUALIFIERS.may_be_in_clause(s), firsts.has(c), "{c:?}");
            let around = firsts.has('a') || firsts.has(c) || firsts.has('é');
            assert_eq!(QUALIFIERS.may_be_in_clause(&format!("a{s}é")), around, "{c:?}");
        }
    }
}
