//! Plans, periods and parts: schedules, forecasts and years aimed at, the sentences that
//! set the period, points of the year, levels listed after 其中, time expressions skipped.

use crate::period::{self, Part, PeriodState, TimeExpr};
use crate::quantity::RawQuantity;
use crate::words::Words;
use jieba_rs::Jieba;
use regex::Regex;
use std::sync::LazyLock;

/// Verbs of a works' schedule (投产, 建成, 开工 …): after a time, they make it the time of an
/// event, not of figures reported.
pub(super) static SCHEDULE_VERBS: LazyLock<Words> =
    LazyLock::new(|| Words::parse(include_str!("../data/schedule_verbs.txt")));

/// A project's schedule (预计2026年6月投产, 2025年底前建成): never the time reported on.
pub(super) fn is_schedule(text: &str, t: &TimeExpr) -> bool {
    let after = text[t.span.end..].trim_start_matches(['底', '末', '初', '前', '内']);
    // (上半年开工率, 2021年开工项目26个, 全年交付量, 全年竣工面积: a rate, the projects the
    // verb names, or its volume or area are the year's statistics, no schedule.)
    // (8月交付28436辆, 8月交付新车2.8万辆: a figure right after the verb, past a noun of
    // two characters at most, is what the month delivered, no schedule.)
    let figure_after = |r: &str| {
        r.chars()
            .take(3)
            .take_while(|&c| crate::normalize::is_han(c) || c.is_ascii_digit())
            .any(|c| c.is_ascii_digit())
    };
    let verb_at = |a: &str| {
        SCHEDULE_VERBS.prefixes(a).any(|(w, ())| {
            Some(&a[w.len()..]).is_some_and(|rest| {
                // (公布2024年10月交付数据: so are its data or figures, 数据, 情况, 报告.)
                !["率", "项目", "量", "面积", "数据", "情况", "报告", "快报"]
                    .iter()
                    .any(|n| rest.starts_with(n))
                    && !figure_after(rest)
            })
        })
    };
    if verb_at(after) {
        return true;
    }
    // (预计2025年6月点亮投产: after a forecast's word, a date with its month may have one or
    // two more characters before the verb; elsewhere 2022年新开工项目 and 预计今年新开工项目 are
    // statistics of the year.)
    let forecast = t.part.is_some()
        && PLAN_VERBS.iter().chain(&["拟"]).any(|w| text[..t.span.start].ends_with(w));
    forecast
        && after
            .char_indices()
            .skip(1)
            .take(2)
            .take_while(|&(i, _)| after[..i].chars().all(crate::normalize::is_han))
            .any(|(i, _)| verb_at(&after[i..]))
}

/// Whether `t` dates a forecast or a plan inside its sentence (预计四季度…, 力争到2025年…,
/// …表示，四季度预计…): a planning word right before it, or right after it when it does not
/// open the sentence (2024年预计… opens a statement of plans that may run on).
pub(super) fn is_forecast(text: &str, sentence_start: usize, t: &TimeExpr) -> bool {
    let before = text[..t.span.start].trim_end_matches(['到', '至', '于', '在']);
    // (机场方面预计，2018年春运期间…: the verb may head the sentence before a comma.)
    let before = before.strip_suffix(['，', ',']).unwrap_or(before);
    let after = &text[t.span.end..];
    // (A time of an earlier sentence, read late, opens none of this one.)
    let opens = text.get(sentence_start..t.span.start).is_some_and(|h| h.trim().is_empty());
    // (全年目标 and 全年预期 are nouns: after a time only the verbs.)
    let verbs = || PLAN_VERBS.iter().chain(&["拟"]);
    verbs().chain(&["预期", "目标"]).any(|w| before.ends_with(w))
        || !opens && verbs().any(|w| after.starts_with(w))
}

/// 到2025年, 至2030年: a year aimed at, later than the one reported on (or any, when the
/// article states none), dates the figures of its own sentence only. (截至2022年底 and
/// 2020年至2022年 reach a point or close a span. `aims_beyond` asks the same of a
/// sentence's head, for its qualifiers.)
pub(super) fn aimed_later_year(text: &str, t: &TimeExpr, reported: Option<i32>) -> bool {
    let Some(year) = t.year else { return false };
    let before = &text[..t.span.start];
    let aimed = designed_after(before)
        || before.ends_with('到') && !period::up_to_date(before)
        || before.ends_with('至')
            && !period::up_to_date(before)
            && !before[..before.len() - '至'.len_utf8()]
                .ends_with(|c: char| c == '年' || c.is_ascii_digit());
    aimed && reported.is_none_or(|r| year > r)
}

/// Whether a year right after `before` is the one a design or plan is made after (机场按照
/// 2025年货邮吞吐量245万吨的目标设计): a year aimed at, not reported on.
pub(super) fn designed_after(before: &str) -> bool {
    before.ends_with("按照") || before.ends_with('按') || before.ends_with("依照")
}

/// Where the 其中 of the sentence opening at `start` stands, when `q` is one of the parts
/// it lists and `metric` names it by a level alone (国家级, 省级, 5A级).
pub(super) fn level_part(text: &str, start: usize, q: &RawQuantity, metric: &str) -> Option<usize> {
    let level = metric.ends_with('级') && (2..=5).contains(&metric.chars().count());
    if !level {
        return None;
    }
    let before = &text[start..q.span.start];
    let Some(qz) = before.rfind("其中") else {
        // (孵化器18家，国家级5家; 龙头企业12家、市级36家: a level alone opening an item after
        // a comma or 、 names that part of the whole before too, with no 其中.)
        let head = before.strip_suffix(metric)?;
        return head.ends_with(['，', '、', ',']).then_some(start + head.len());
    };
    let qz = qz + start;
    // Only items of the 其中 list: no full stop or semicolon in between.
    (!text[qz..q.span.start].contains(['；', ';'])).then_some(qz)
}

/// What a level names of the whole `metric`: the noun after the whole's own level and its
/// bound (A级旅游景区 → 旅游景区, 县级以上龙头企业 → 龙头企业), else its last word (农业产业化
/// 龙头企业 → 龙头企业).
pub(super) fn level_head<'m>(metric: &'m str, jieba: &Jieba) -> Option<&'m str> {
    let head = match metric.rfind('级') {
        // (县级以上龙头企业: the bound goes with the whole's level.)
        Some(i) => {
            let rest = &metric[i + '级'.len_utf8()..];
            ["及以上", "以上", "以下"].iter().find_map(|b| rest.strip_prefix(b)).unwrap_or(rest)
        }
        None => {
            let words = jieba.cut(metric, false);
            let last = words.last()?.word.len();
            &metric[metric.len() - last..]
        }
    };
    (head.chars().count() >= 2).then_some(head)
}

/// Whether `at` follows 其中 (and a comma): what stands there names a part of the whole
/// before.
pub(super) fn after_qizhong(text: &str, at: usize) -> bool {
    text[..at].trim_end_matches(['，', ',']).ends_with("其中")
}

/// Verbs of a plan or forecast (预计, 力争, 将 …) near a time: the time is one planned for.
pub(super) const PLAN_VERBS: [&str; 7] = ["将", "力争", "计划", "预计", "争取", "确保", "有望"];

/// Whether `t` is the day a report is given at a meeting (——2021年1月12日在某县人民代表大会
/// 第五次会议上): not the time of its figures (the year before, mostly), nor the text's year.
pub(super) fn is_speech_date(text: &str, t: &TimeExpr) -> bool {
    t.is_date && text[t.span.start..t.span.end].ends_with('日') && {
        let line = text[t.span.end..].strip_prefix('在').unwrap_or("");
        let line = &line[..line.find(['\n', '。']).unwrap_or(line.len())];
        line.chars().nth(60).is_none() && (line.ends_with("会上") || line.ends_with("会议上"))
    }
}

/// Whether `t` is the year of a work report's title (曲靖市2025年政府工作报告): the year the
/// report is written in and plans for, no year of the results it reviews.
pub(super) fn is_report_title_year(text: &str, t: &TimeExpr) -> bool {
    t.year.is_some() && !t.is_date && t.part.is_none() && {
        let after = &text[t.span.end..];
        let near = &after[..crate::span::ceil_char_boundary(after, 12 * 3)];
        let line = &near[..near.find(['\n', '。', '，']).unwrap_or(near.len())];
        // (A title ends there, or with its note, （摘要）: 2026年政府工作报告提出… is a
        // sentence, whose figures are the report's year's.)
        line.find("工作报告").is_some_and(|i| {
            let rest = &after[i + "工作报告".len()..];
            rest.is_empty() || rest.starts_with(['\n', '（', '(', '—'])
        })
    }
}

pub(super) fn is_period_setter(text: &str, t: &TimeExpr) -> bool {
    let before = &text[..t.span.start];
    let after = &text[t.span.end..];
    // A dateline (统计局\n2026年3月28日\n): the day of publication, not of the figures.
    let dateline = t.is_date
        && text[t.span.start..t.span.end].ends_with(['日', '号'])
        && period::past_weekday(after).starts_with('\n');
    // 比上年全年加快: the whole of a year compared with.
    let compared_year = t.full_year
        && ["上年", "去年", "前年"]
            .iter()
            .any(|w| before.strip_suffix(w).is_some_and(period::is_comparison));
    // (一季度…，完成全年目标的52%: the year whose plan a progress is measured against; the
    // part of it reported on runs on.)
    let plan_of_progress = t.full_year
        && ["完成", "达到", "达"].iter().any(|w| before.ends_with(w))
        && PLAN_NOUNS.iter().any(|w| after.starts_with(w));
    // 销量为2017年的2.6倍, 是上年的1.5倍: the year a multiple or share is taken of is its
    // base, no period (a later clause with a figure of its own sets one).
    // (整合为2020年的118个: a level after it is that year's.)
    // (恢复至2019年的118.3%, 达到2019年的1.3倍: so is the year a level recovered to is of.)
    let base_of = before.ends_with(['为', '是', '至', '到', '达']) || before.ends_with("相当于");
    let base = base_of
        && after.strip_prefix('的').is_some_and(|r| {
            // (是2020年的两倍: a multiple in numerals too.)
            let r = r.trim_start_matches(|c: char| {
                c.is_ascii_digit() || c == '.' || period::is_numeral(c) || c == '两'
            });
            r.len() < after.len() - '的'.len_utf8() && r.starts_with(['倍', '%', '％'])
        });
    // 主要系为四季度备货所致: the time of a cause dates nothing reported.
    // (Within 30 characters either side; character searches settle most times.)
    let cause = || {
        let ahead = &after[..crate::span::ceil_char_boundary(after, 30 * 3)];
        let end = ahead.find(crate::sentence::is_clause_sep).unwrap_or(ahead.len());
        let back = crate::span::ceil_char_boundary(text, t.span.start.saturating_sub(30 * 3));
        let head = &text[back..t.span.start];
        let head = &head[head
            .rfind(crate::sentence::is_clause_sep)
            .map_or(0, |i| i + head[i..].chars().next().map_or(1, char::len_utf8))..];
        ahead[..end].contains('致') && ahead[..end].ends_with("所致")
            || head.contains(['系', '由']) && (head.contains("系为") || head.contains("由于"))
    };
    // (自贸区8月底挂牌以来: the time an event since which something is counted happened dates
    // no figure after it.)
    let since_event = || {
        after.char_indices().skip(1).take(4).any(|(i, _)| {
            after[i..].starts_with("以来") && after[..i].chars().all(crate::normalize::is_han)
        })
    };
    // (1月，经开区与某公司签订投资协议，某公司将投资…: the month of one signing between named
    // parties, in a clause with no figure, dates no figure of the works signed for; 1月，全区
    // 签约项目12个 counts the month's.)
    let signing = || {
        let month = matches!(t.part, Some(Part::Months(a, b)) if a == b);
        let rest = after.trim_start_matches(['，', ',']);
        let rest = &rest[..crate::span::ceil_char_boundary(rest, 40 * 3)];
        let clause = &rest[..rest.find(crate::sentence::is_clause_sep).unwrap_or(rest.len())];
        month
            && clause.contains(['与', '同'])
            && ["签订", "签约", "签署"].iter().any(|w| clause.contains(w))
            && !clause.contains(|c: char| c.is_ascii_digit())
    };
    // (某集团去年新上的项目已经投产，1—10月实现产值…: a year counted back inside a phrase
    // closed by 的 dates the thing it modifies, no figure after it.)
    let attributive = || {
        let near = &after[..crate::span::ceil_char_boundary(after, 10 * 3)];
        let phrase = &near[..near.find(crate::sentence::is_clause_sep).unwrap_or(near.len())];
        t.relative.is_some_and(|r| r < 0)
            && t.part.is_none()
            // (去年的产量: the year's own measure, which it dates.)
            && phrase.find('的').is_some_and(|i| {
                phrase[..i].chars().nth(1).is_some()
                    && !phrase[..i].contains(|c: char| c.is_ascii_digit() || period::is_numeral(c))
            })
    };
    // (某公司2009年改制组建集团: the year a company was founded, in a clause with no figure,
    // dates its history, no figure after it; 2023年新成立企业1.2万户 is a year's figure.)
    let founded = || {
        let clause = &after[..after.find(crate::sentence::is_clause_sep).unwrap_or(after.len())];
        t.part.is_none()
            && FOUNDING.prefix(clause).is_some()
            && !clause.contains(|c: char| c.is_ascii_digit())
    };
    !dateline
        && !is_speech_date(text, t)
        && !is_report_title_year(text, t)
        && !since_event()
        && !founded()
        && !signing()
        && !attributive()
        && !base
        && !cause()
        && !compared_year
        && !plan_of_progress
        && !is_schedule(text, t)
        && !period::is_comparison(before)
        // (按2020年不变价计算, （2020年价）: the year of the prices a change is reckoned at.)
        && !before.ends_with('按')
        && !["价）", "价)", "不变价", "可比价"].iter().any(|w| after.starts_with(w))
        // (6月起拆除高炉: the month an action starts from dates no figure.)
        // (今年以来 is the year to date, a period; 2015年以来 spans years.)
        && !["以来", "相比", "同期", "以前", "之前", "末期", "水平", "起"]
            .iter()
            .any(|w| after.starts_with(w) && !(*w == "以来" && t.relative == Some(0)))
}

/// Verbs of a company's founding or listing, right after a year of its history.
static FOUNDING: LazyLock<Words> =
    LazyLock::new(|| Words::parse(include_str!("../data/founding_words.txt")));

/// Nouns naming a plan, whose amount a bracket after them may state (年度计划（800亿元）).
pub(super) const PLAN_NOUNS: [&str; 4] = ["计划", "目标", "任务", "预算"];

/// Whether `t` is the last month of the running period as a point in time (…1—11月…。
/// 11月当月…, 6月单月…; 截至9月底 in a 1—9月 report; 3月末 in a first-quarter one), or an
/// earlier month of it heading a clause (上半年…。4月，…): it dates its own sentence, and
/// the cumulative figures after it are the running period's again.
pub(super) fn point_within(text: &str, t: &TimeExpr, period: &PeriodState) -> bool {
    let Some(Part::Months(m, n)) = t.part.filter(|_| !t.is_date && t.relative.is_none()) else {
        return false;
    };
    // (In a whole year's report, 截至4月底 of a season running into the next year: only a
    // month's end after 截至 is a point.)
    let whole_year = period.part.is_none() && period.year.is_some();
    let last = match period.part {
        Some(Part::Months(a, b)) if a < b => b,
        Some(Part::Quarter(q)) => q * 3,
        Some(Part::Half(h)) => h * 6,
        None if whole_year => n,
        _ => return false,
    };
    let same_year = t.year.is_none() || t.year == period.year;
    let written = &text[t.span.start..t.span.end];
    let after = &text[t.span.end..];
    let month_end = written.ends_with(['末', '底']) || after.starts_with(['末', '底']);
    let up_to = period::up_to_date(&text[..t.span.start]);
    let point = if whole_year {
        month_end && up_to && t.year.is_none()
    } else {
        month_end || after.starts_with("当月") || after.starts_with("单月") || up_to
    };
    // 2023年上半年…。4月，某集团投资…: an earlier month of the running period heading its
    // clause dates an event of its own sentence (written with its year, it sets the period).
    let first = match period.part {
        Some(Part::Months(a, b)) if a < b => a,
        Some(Part::Quarter(q)) => q * 3 - 2,
        Some(Part::Half(h)) => h * 6 - 5,
        _ => last,
    };
    let event = !whole_year
        && t.year.is_none()
        && (first..last).contains(&m)
        && after.trim_start_matches('份').starts_with(['，', ',']);
    m == n && same_year && (n == last && point || event)
}

/// Whether `t` names a part of the whole year the article reports on (受…带动，6至7月份…):
/// inside a sentence it dates that sentence, and the year's figures after it stay the
/// year's. Months counted from January (1—11月) report the year to date and carry on.
pub(super) fn part_of_year(t: &TimeExpr, period: &PeriodState) -> bool {
    let whole_year = period.part.is_none() && period.year.is_some();
    let part = match t.part {
        Some(Part::Months(m, _)) => m > 1,
        Some(Part::Quarter(_)) => true,
        _ => false,
    };
    // (One written with its year, 【…】2017年9月份，…, sets the period on purpose.)
    whole_year && part && !t.is_date && t.year.is_none()
}

/// Whether `q` stands in brackets right after a plan noun (年度计划（800亿元）).
pub(super) fn states_plan(text: &str, q: &RawQuantity) -> bool {
    text[q.span.end..].starts_with('）')
        && text[..q.span.start]
            .strip_suffix('（')
            .is_some_and(|b| PLAN_NOUNS.iter().any(|p| b.ends_with(p)))
}

/// Skips a time expression (or a point of the year: 年末, 年初, 年底; or of a project: 建成后,
/// 达产后) and a comma-free 其中 at `at`.
pub(super) fn skip_time(text: &str, at: usize, limit: usize) -> usize {
    let head = &text[at..limit];
    let mut skip = 0;
    // (到2027年全市…: a year aimed at, with its 到 or 至.)
    let aimed = head
        .strip_prefix(['到', '至'])
        .and_then(|r| period::at_start(r).filter(|t| t.year.is_some()).map(|t| (r, t)));
    if let Some((r, t)) = aimed {
        skip = head.len() - r.len() + t.span.end;
        if head[skip..].starts_with(['末', '底']) {
            skip += '末'.len_utf8();
        }
    } else if let Some(t) = period::at_start(head) {
        // 9月末全市…: the point of the month or quarter goes with it.
        skip = t.span.end;
        if head[skip..].starts_with(['末', '底', '初']) {
            skip += '末'.len_utf8();
        }
        // 8月当月全市…: the month's own figure.
        if head[skip..].starts_with("当月") {
            skip += "当月".len();
        }
        // 今年以来滨江市…: the time to date.
        if head[skip..].starts_with("以来") {
            skip += "以来".len();
        }
    } else if head.starts_with(['年', '假', '期', '同', '建', '投', '达', '完']) {
        let points = [
            "年末",
            "年初",
            "年底",
            "假期",
            "期间",
            "同期",
            "建成后",
            "投产后",
            "投用后",
            "投运后",
            "达产后",
            "完工后",
        ];
        if let Some(w) = points.iter().find(|w| head.starts_with(*w)) {
            skip = w.len();
        }
    }
    // 其中西昌市增长6.2%: the part named right after 其中 opens the clause.
    if head[skip..].starts_with("其中") {
        skip += "其中".len();
    }
    at + skip
}

/// `到2026年` (or 至) in a sentence's head.
static AIMED_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:到|至)((?:19|20)[0-9]{2})年")
        .unwrap_or_else(|e| panic!("aimed year regex: {e}"))
});

/// Whether `head` aims at a year (到2026年) later than `reported`, the latest the article
/// reports on.
pub(super) fn aims_beyond(head: &str, reported: Option<i32>) -> bool {
    reported.is_some_and(|r| aims_at_year(head, Some(r)))
}

/// Whether `head` aims at a year (到2026年), later than `reported` when given.
pub(super) fn aims_at_year(head: &str, reported: Option<i32>) -> bool {
    // (2020年至2022年 is a span of years, no aim.)
    let spans = |at: usize| head[..at].ends_with(|c: char| c == '年' || c.is_ascii_digit());
    // (截至2023年5月底, 截止到: a stock up to a date, no aim. 到 and 至 are three bytes.)
    let up_to = |at: usize| period::up_to_date(&head[..at + '至'.len_utf8()]);
    head.contains('年')
        && AIMED_YEAR.captures_iter(head).any(|c| {
            c.get(0).is_some_and(|m| !spans(m.start()) && !up_to(m.start()))
                && c[1].parse::<i32>().is_ok_and(|y| reported.is_none_or(|r| y > r))
        })
}
