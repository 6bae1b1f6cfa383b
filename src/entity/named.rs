//! Names recognized by their form: suffixes (有限公司, 管委会, 工业园区), the gazetteer of
//! places, bare organization names (国务院), and alias declarations (`（以下简称“开发区”）`).

use super::Cand;
use super::lexicon::{Cue, Hits, LEXICON, List, Prefix};
use crate::indicator::PREDICATE_VERBS;
use crate::normalize::is_han;
use crate::report::EntityKind;
use crate::search::{contains_short, find_short, rfind_short};
use crate::span::NSpan;
use crate::words::{FxMap, FxSet, Words};
use jieba_rs::{Jieba, Tag};
use regex::Regex;
use std::cell::RefCell;
use std::sync::LazyLock;

/// Longest name (in chars) read leftwards from a suffix.
const MAX_NAME_CHARS: usize = 24;

/// Characters that never occur inside a name: a name read leftwards stops before them.
fn stops_name(c: char) -> bool {
    !(is_han(c)
        || c.is_ascii_alphanumeric()
        || matches!(c, '(' | ')' | '（' | '）' | '·' | '&' | '-'))
        || function_char(c)
}

/// Whether the character `c` at `at` ends a two-character place (成都, 首都).
fn ends_place(text: &str, at: usize, c: char) -> bool {
    is_han(c)
        && text[..at].chars().next_back().is_some_and(|p| {
            let start = at - p.len_utf8();
            LEXICON.is_place(&text[start..at + c.len_utf8()])
        })
}

/// Whether `c` at `at`, a character that usually stops a name, is part of one here: inside
/// brackets (（成都）), ending a place (成都) or inside a noun (数据).
fn name_char_here(text: &str, at: usize, c: char, depth: usize, lead: &Leading) -> bool {
    // (经开区新能源汽车产业园: the 经 of 经开区, 经济开发区 written short.)
    (c == '经' && text[at + c.len_utf8()..].starts_with("开区"))
        || (depth > 0 && is_han(c))
        || ends_place(text, at, c)
        || opens_place(text, at)
        || after_place(text, at, c)
        || before_level(text, at, c, lead.jieba())
        || in_noun(text, at, c, lead.jieba())
}

/// Whether a place of three characters or more opens at `at` (和林格尔新区, 和龙市): its
/// first character, a function word elsewhere, is the place's. (Two-character short forms
/// such as 和田 are too often 和 + a word: 公司和田间.)
fn opens_place(text: &str, at: usize) -> bool {
    let rest = &text[at..];
    LEXICON.place_prefix(rest).is_some_and(|end| rest[..end].chars().nth(2).is_some())
        || rest
            .char_indices()
            .skip(3)
            .take(3)
            .any(|(i, _)| LEXICON.county_shorts.contains(&rest[..i]))
}

/// Whether `c` at `at` is an adverb's character right after a place (山西并钢不锈钢: 并 of
/// 并州 opens the brand). Prepositions and conjunctions there (山西与, 江苏和) still end the
/// name.
fn after_place(text: &str, at: usize, c: char) -> bool {
    if !matches!(c, '并' | '也' | '都' | '又' | '还' | '而' | '或' | '已' | '经' | '据') {
        return false;
    }
    let head = &text[..at];
    // Gazetteer places are two to four characters long.
    head.char_indices().rev().take(4).skip(1).any(|(i, _)| LEXICON.is_place(&head[i..]))
}

/// Whether `c` at `at` ends a town's or county's name before its level (大将镇): the level
/// follows, and `c` ends a word with the character before (大将; not 里将 of
/// 县里将镇政府办公楼改建).
fn before_level(text: &str, at: usize, c: char, jieba: &Jieba) -> bool {
    if !text[at + c.len_utf8()..].starts_with(['镇', '乡', '县']) || !han_before(text, at) {
        return false;
    }
    let from = text[..at].char_indices().next_back().map_or(at, |(i, _)| i);
    jieba.has_word(&text[from..at + c.len_utf8()])
}

/// Whether the function character `c` at `at` is inside a noun (数据, 经济): jieba reads the
/// few characters around it as one.
fn in_noun(text: &str, at: usize, c: char, jieba: &Jieba) -> bool {
    if !is_han(c) {
        return false;
    }
    let to = text[at..].char_indices().nth(3).map_or(text.len(), |(i, _)| at + i);
    let noun_from = |from: usize| {
        let mut pos = from;
        for t in jieba.tag(&text[from..to], false) {
            let end = pos + t.word.len();
            if pos <= at && at < end {
                return t.word.len() > c.len_utf8() && (t.tag.starts_with('n') || t.tag == "vn");
            }
            pos = end;
        }
        false
    };
    // (合肥美的: jieba reads 肥美 across the place's end from two characters back; from
    // one back, 美的 is the brand's.)
    let mut back = text[..at].char_indices().rev().map(|(i, _)| i);
    let one = back.next().unwrap_or(at);
    let two = back.next().unwrap_or(one);
    noun_from(two) || c == '的' && one != two && noun_from(one)
}

/// Function words and the list comma: a name neither contains nor continues over them.
pub(crate) fn function_char(c: char) -> bool {
    matches!(
        c,
        '在' | '与'
            | '和'
            | '及'
            | '由'
            | '对'
            | '向'
            | '从'
            | '经'
            | '据'
            | '将'
            | '把'
            | '被'
            | '让'
            | '给'
            | '是'
            | '了'
            | '的'
            | '等'
            | '也'
            | '都'
            | '又'
            | '还'
            | '并'
            | '而'
            | '或'
            | '已'
            | '为'
            | '、'
    )
}

/// 其中国有企业, 其中国家级: the 中 of 其中 at `start` opens no name (中国); nor does 新中国
/// (the state's founding, 新中国成立70周年) name the place, nor 以上/以下 (以上海洋), nor a
/// slogan's 中国 (中国特色; 中国式 is a style, below).
pub(crate) fn opens_in_set_phrase(text: &str, start: usize) -> bool {
    let rest = &text[start..];
    let before = &text[..start];
    // 省级以上海洋产业园区: 以上 and 以下 are words (上海, 下关 are not there).
    // 中国特色社会主义: a slogan's 中国 names no place.
    // 复合肥: nor does a product's word holding a place's name.
    (rest.starts_with(['上', '下']) && before.ends_with('以'))
        || rest.starts_with('中')
            && (before.ends_with('其') || before.ends_with('新') && rest.starts_with("中国"))
        || rest.starts_with("中国特色")
        // 复合肥, 混合肥 (compound fertilizer): 合肥 inside the product's word.
        || rest.starts_with("合肥") && before.ends_with(['复', '混'])
        // 农业农村局会同县财政局: 会同 (together with) right after a body's name is a verb,
        // and 会同县 (a county of Hunan) is not there.
        || rest.starts_with("会同") && before.ends_with(['局', '委', '厅', '办', '府', '部'])
}

/// Whether `after`, what follows a place, names a medium after it (湖北日报, 云南网讯,
/// 青岛电视台): the place is then no mention of itself.
pub(crate) fn names_medium(after: &str) -> bool {
    static MEDIA: LazyLock<Words> =
        LazyLock::new(|| Words::parse(include_str!("../data/media_words.txt")));
    MEDIA.prefix(after).is_some()
}

/// Places in the text, as candidates. Towns and villages are read after a county or city
/// (`湟中区甘河滩镇李九村`).
pub(crate) fn places<'t>(text: &'t str, hits: &Hits, jieba: &Jieba, out: &mut Vec<Cand<'t>>) {
    let lex = &*LEXICON;
    for (start, end, id) in place_hits(text, hits) {
        let info = &lex.place_info[id];
        let mut surface = &text[start..end];
        // 潍坊市场主体, 苏州市场监管部门: a city's 市 opening 市场 (market) is that word's; the
        // city is named short, or not at all where its short form is no place alone.
        let mut end = end;
        if surface.ends_with('市') && text[end..].starts_with('场') {
            let short = &surface[..surface.len() - '市'.len_utf8()];
            if !lex.is_place(short) {
                continue;
            }
            (surface, end) = (short, end - '市'.len_utf8());
        }
        // 城区, 矿区, 郊区: a two-character district is a common word (主城区, 郊区民宿); it is
        // the district only where a place names its city right before it (大同市城区).
        let generic = surface.len() == 6 && surface.ends_with('区');
        let after_place =
            out.last().is_some_and(|c| c.kind == EntityKind::Place && c.span.end == start);
        let glued = text[..start].ends_with(is_han) && !after_place;
        if generic && !after_place {
            continue;
        }
        // 新建区域分拨中心: a district's 区 opening 区域 (region) is that word's.
        if surface.ends_with('区') && text[end..].starts_with('域') {
            continue;
        }
        // 示范县, 强县: a one-character county (范县) glued to a word before it is that word's
        // end, unless a function word stands before it (在范县; 安徽和县 is not glued).
        let one_char = surface.chars().count() == 2 && surface.ends_with(['县', '区', '市', '旗']);
        if one_char && glued && !text[..start].ends_with(function_char) {
            continue;
        }
        if opens_in_set_phrase(text, start) || word_before_level_body(text, start, end, hits, jieba)
        {
            continue;
        }
        // 第十三届中国开渔节, “2020中国民营企业500强”: a place opening an event's or a
        // list's name, after its edition or year, is no mention of the place.
        let before = &text[..start];
        let year_titled = before
            .strip_suffix(|c: char| c.is_ascii_digit())
            .map(|b| b.trim_end_matches(|c: char| c.is_ascii_digit()))
            .is_some_and(|b| b.len() + 4 == before.len() && b.ends_with(['“', '《', '"']));
        // (“中国民营企业制造业500强”: or opening a quoted title that holds a number.)
        let numbered_title = before.ends_with('“')
            && text[start..]
                .char_indices()
                .take(30)
                .take_while(|&(_, c)| c != '”')
                .any(|(_, c)| c.is_ascii_digit());
        // (中国500强企业, 中国民营企业500强: a ranking list's name.)
        let ranked = {
            let after = &text[end..];
            let words = after.char_indices().take(8).take_while(|&(_, c)| is_han(c)).last();
            let words = words.map_or(0, |(i, c)| i + c.len_utf8());
            // (Not the list's own 强 read as a word: 中国强 is none.)
            let digits = after[words..].trim_start_matches(|c: char| c.is_ascii_digit());
            digits.len() < after.len() - words && digits.starts_with('强')
        };
        if before.ends_with('届') || year_titled || numbered_title || ranked {
            continue;
        }
        // 中国专利优秀奖, 省科技进步奖: a place opening an award's name (a few characters of
        // no function word, then 奖; not 奖励, 奖补, 奖金, nor the verb's 获奖, 颁奖) is no
        // mention of the place.
        let award = || {
            let after = &text[end..];
            let run =
                after.char_indices().take(9).take_while(|&(_, c)| is_han(c) && !function_char(c));
            run.map(|(i, _)| i).find(|&i| after[i..].starts_with('奖')).is_some_and(|i| {
                i > 0
                    && !after[..i].ends_with(['获', '得', '颁', '评', '领', '受', '嘉'])
                    && !after[i + '奖'.len_utf8()..]
                        .starts_with(['励', '补', '金', '惩', '学', '品', '券'])
            })
        };
        if award() {
            continue;
        }
        // 湖北日报, 青岛电视台: a medium named after its place is no mention of the place.
        if names_medium(&text[end..]) {
            continue;
        }
        // 中国式现代化, 普洱茶: a place opening a style or a product names neither (nor do
        // 台湾同胞, visitors counted by where they come from); 印度洋
        // is an ocean (a foreign country's name before 洋; not 中国洋浦港).
        let ocean = || {
            text[end..].starts_with('洋')
                && super::place_rank(info.name) == Some(0)
                && !matches!(info.name, "中国" | "中华人民共和国")
        };
        // (成都平原, 四川盆地: a plain or basin named after a place is a landform, no place.)
        let landform = ["平原", "盆地"].iter().any(|l| text[end..].starts_with(l));
        if text[end..].starts_with(['式', '茶'])
            || compatriots_after(&text[end..])
            || ocean()
            || landform
        {
            continue;
        }
        // 岳阳楼, 寒山寺: a landmark named after its place (not 长沙楼市, 楼宇, 楼盘).
        let after = &text[end..];
        let building = after.starts_with('楼')
            && !after['楼'.len_utf8()..].starts_with(['市', '宇', '盘', '面', '层']);
        if building || after.starts_with(['阁', '寺', '塔']) {
            continue;
        }
        // 贺兰山东麓, 长江西岸, 黄河南岸: a mountain's or river's last character and a
        // direction make no province (山东, 江西, 河南) before a side or slope.
        let side = surface.starts_with(['山', '江', '河', '湖'])
            && after.starts_with(['麓', '岸', '坡', '侧', '端', '段', '沿'])
            && glued;
        // (主力矿山东川铜矿, 中山东路: nor where jieba, reading the place with two characters
        // before it and one after, starts no word at it: 矿山/东川, 中山/东路; 投资/江西 and
        // 进入/海南 start one.)
        let straddles = glued && surface.starts_with(['山', '江', '河', '湖', '海']) && {
            let from = text[..start].char_indices().rev().nth(1).map_or(0, |(i, _)| i);
            let to = text[end..].chars().next().map_or(end, |c| end + c.len_utf8());
            let mut at = from;
            let mut starts_here = false;
            for w in jieba.cut(&text[from..to], false) {
                starts_here |= at == start;
                at += w.word.len();
            }
            !starts_here
        };
        if side || straddles {
            continue;
        }
        // “工业强区、创新兴区”: a place written as the last three characters of a phrase of
        // four between punctuation, its first character ending a word with the character
        // before it (创新), is a slogan's, no place.
        let slogan = || {
            let mut before = text[..start].chars().rev();
            let prev = before.next().filter(|&c| is_han(c)).map_or(0, char::len_utf8);
            let first = surface.chars().next().map_or(0, char::len_utf8);
            prev > 0
                && surface.chars().count() == 3
                && !before.next().is_some_and(is_han)
                && !text[end..].starts_with(is_han)
                && jieba.has_word(&text[start - prev..start + first])
        };
        if glued && slogan() {
            continue;
        }
        // 哈密瓜, 和田玉: a place and the character after it making one word of jieba's that
        // names no place nor brand (日照港/ns, 湖南华/nz) is a product named after the place.
        let product = || {
            let next = after.chars().next().filter(|&c| is_han(c)).map_or(0, char::len_utf8);
            let word = &text[start..end + next];
            next > 0
                && jieba.has_word(word)
                && matches!(jieba.tag(word, false).as_slice(), [t] if !matches!(t.tag, "ns" | "nz"))
        };
        if product() {
            continue;
        }
        // A short form glued to more Han text on both sides is usually part of a word.
        out.push(Cand::new(NSpan::new(start, end), EntityKind::Place, info.name, surface));
        // 贵阳龙洞堡国际机场: an airport is named by its city and a few characters.
        if let Some(len) = airport_after(&text[end..], jieba) {
            let s = NSpan::new(start, end + len);
            out.push(Cand::new(s, EntityKind::Place, s.slice(text), s.slice(text)));
        }
        // 贵阳北站, 北京南站: a railway station is named by its city and a direction.
        if let Some(len) = station_after(&text[end..]) {
            let s = NSpan::new(start, end + len);
            out.push(Cand::new(s, EntityKind::Place, s.slice(text), s.slice(text)));
        }
        // 厦门港, 洋山港区: a port is named by its place.
        if let Some(len) = port_after(&text[end..]) {
            // 宁波舟山港: one port named by two places.
            let before =
                out.iter().rev().find(|c| c.kind == EntityKind::Place && c.span.end == start);
            let s = NSpan::new(before.map_or(start, |c| c.span.start), end + len);
            out.push(Cand::new(s, EntityKind::Place, s.slice(text), s.slice(text)));
        }
        if info.level == "county" || info.level == "prefecture" {
            while let Some(len) = town_after(&text[end..]) {
                let s = NSpan::new(end, end + len);
                out.push(Cand::new(s, EntityKind::Place, s.slice(text), s.slice(text)));
                end += len;
            }
        }
    }
    listed_towns(text, out);
    opening_towns(text, jieba, out);
    opening_districts(text, jieba, out);
    opening_airports(text, jieba, out);
    listed_districts(text, out);
    named_ports(text, out);
    surname_villages(text, out);
}

/// 县财政将会同县税务局、县人社局: a county whose bare name is a word of the dictionary (会同,
/// a verb: 会同X部门), after an adverb or a body's name, with a body's suffix within a few
/// characters after its level, is that word, and the level opens a body named by it alone.
fn word_before_level_body(
    text: &str,
    start: usize,
    end: usize,
    hits: &Hits,
    jieba: &Jieba,
) -> bool {
    let surface = &text[start..end];
    let Some(level) = surface.chars().next_back().filter(|c| matches!(c, '县' | '市' | '区'))
    else {
        return false;
    };
    let bare = &surface[..surface.len() - level.len_utf8()];
    // (An adverb of the clause, or the end of the body that acts: 将, 局, 委, and the generic
    // bodies 有关部门, 相关单位, 各机构, 联合会, 研究院, 中心.)
    let led = text[..start]
        .chars()
        .next_back()
        .is_some_and(|c| "将并已要拟需应还也再均局委厅府办门位构会院所心".contains(c));
    if !led || bare.chars().count() != 2 || LEXICON.is_place(bare) || !jieba.has_word(bare) {
        return false;
    }
    let to = text[end..].char_indices().nth(6).map_or(text.len(), |(i, _)| end + i);
    // (The hits from `end` to `to` only: one search, not a scan of the text's.)
    hits.starting_from(List::Suffix, end).take_while(|&(s, _, _)| s < to).any(|(s, e, id)| {
        e <= to
            && LEXICON.suffix_info[id].kind == EntityKind::Organization
            && text[end..s].chars().all(is_han)
    })
}

/// 袁家村, 李家庄: a surname, 家 and a village's word, where a name may start, is a village
/// (a place the gazetteer lacks), read alone too.
fn surname_villages<'t>(text: &'t str, out: &mut Vec<Cand<'t>>) {
    // (Most texts name none: one search for the middle word settles them.)
    if !text.contains("家村") && !text.contains("家庄") && !text.contains("家寨") {
        return;
    }
    for (at, _) in text.match_indices('家') {
        let rest = &text[at + '家'.len_utf8()..];
        let Some(word) = ['村', '庄', '寨'].into_iter().find(|&c| rest.starts_with(c)) else {
            continue;
        };
        let end = at + '家'.len_utf8() + word.len_utf8();
        // The surname: one or two characters before 家, opening where a name may start.
        let head = &text[..at];
        let surname = [2, 1].into_iter().find_map(|n| {
            let (i, _) = head.char_indices().rev().nth(n - 1)?;
            let name = &head[i..];
            LEXICON.surnames.contains(name).then_some(i)
        });
        let Some(start) = surname else { continue };
        let before = text[..start].chars().next_back();
        let boundary = before.is_none_or(|c| !is_han(c) || function_char(c));
        // (农家村, 万家庄园: neither a word before nor one after.)
        let after = text[end..].chars().next();
        let word_after = after.is_some_and(|c| matches!(c, '园' | '民' | '里' | '委' | '级'));
        if boundary && !word_after {
            let name = &text[start..end];
            out.push(Cand::new(NSpan::new(start, end), EntityKind::Place, name, name));
        }
    }
}

/// The gazetteer's places in the text, leftmost-longest, (start, end, id into `place_info`),
/// with the short forms of the counties the text names in full (诸城 after 诸城市): too
/// often ordinary words to be read as places alone, they are the county's once it is named.
fn place_hits(text: &str, hits: &Hits) -> Vec<(usize, usize, usize)> {
    let lex = &*LEXICON;
    let mut all: Vec<_> = hits.all(List::Place).collect();
    let named: FxSet<&str> = all
        .iter()
        .map(|&(_, _, id)| &lex.place_info[id])
        .filter(|p| p.level == "county")
        .map(|p| p.name)
        .collect();
    let len = all.len();
    if !named.is_empty() {
        // (Only where a word may end before it, as a clause, a time or a function word
        // does: 东沙重工大丰基地 is the company's base, 研究院长垣分院 the institute's branch;
        // and not opening a mountain's name, 长白山.)
        let opens = |start: usize, end: usize| {
            let before = text[..start].chars().next_back();
            before.is_none_or(|c| !is_han(c) || function_char(c) || matches!(c, '年' | '月' | '日'))
                && !text[end..].starts_with('山')
        };
        all.extend(hits.all(List::CountyForm).filter_map(|(start, end, id)| {
            if !opens(start, end) {
                return None;
            }
            let places = &lex.county_form_places[id];
            let place = places.iter().find(|&&p| named.contains(lex.place_info[p].name))?;
            Some((start, end, *place))
        }));
    }
    if all.len() > len {
        all.sort_unstable_by_key(|&(start, end, _)| (start, std::cmp::Reverse(end)));
    }
    let mut next = 0;
    all.retain(|&(start, end, _)| {
        let take = start >= next;
        if take {
            next = end;
        }
        take
    });
    all
}

/// `，果园港全年完成货物吞吐量…`: a port named by two or three characters that are no place of
/// the gazetteer, opening a clause (or after its time, 经 or 在), with a port's business
/// (吞吐量, 航线, 班列, 泊位, 口岸) later in its clause.
static PORT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?:^|[，。；：、\n（“”]|年|月|经|在)(\p{Han}{2,3})港[^，。；;,\n]{0,15}?(?:吞吐量|航线|班列|泊位|口岸)",
    )
    .unwrap_or_else(|e| panic!("port regex: {e}"))
});

/// A port's name right after a gazetteer place (武汉 + 阳逻港集装箱吞吐量…).
static PORT_AFTER_PLACE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(\p{Han}{2,3}?)港[^，。；;,\n]{0,15}?(?:吞吐量|航线|班列|泊位|口岸)")
        .unwrap_or_else(|e| panic!("port regex: {e}"))
});

/// Adds the ports [`PORT`] finds, and those [`PORT_AFTER_PLACE`] finds after the places
/// already in `out`; `out` is sorted afterwards by the caller.
fn named_ports<'t>(text: &'t str, out: &mut Vec<Cand<'t>>) {
    if !text.contains("港") {
        return;
    }
    let place_ends: Vec<usize> =
        out.iter().filter(|c| c.kind == EntityKind::Place).map(|c| c.span.end).collect();
    let mut add = |start: usize, name_end: usize| {
        // (宁波港域: the port's waters are the port.)
        let area = text[name_end + "港".len()..].starts_with('域');
        let span = NSpan::new(start, name_end + "港".len() + if area { "域".len() } else { 0 });
        if port_name(&text[start..name_end], &text[span.end..]) {
            out.push(Cand::new(span, EntityKind::Place, span.slice(text), span.slice(text)));
        }
    };
    for end in place_ends {
        let caps = PORT_AFTER_PLACE.captures(&text[end..]);
        if let Some(m) = caps.as_ref().and_then(|c| c.get(1)) {
            add(end, end + m.end());
        }
    }
    for caps in PORT.captures_iter(text) {
        if let Some(m) = caps.get(1) {
            add(m.start(), m.end());
        }
    }
}

/// Whether `name` before 港 (and `after` it) names a port: no scope or kind of ports (全省港口,
/// 沿海港), no time (上半年港口), no whole (占全港), no declaration (简称港湾控股), no gazetteer
/// place (which the place reader finds), and 港 opening no word of the name after it (港务集团,
/// 港湾, 港口).
fn port_name(name: &str, after: &str) -> bool {
    static SCOPES: LazyLock<Words> =
        LazyLock::new(|| Words::parse(include_str!("../data/scope_names.txt")));
    name.chars().all(|c| is_han(c) && !function_char(c) && !"全占各该年".contains(c))
        && !after.starts_with(['务', '湾', '口', '股', '资'])
        && !name.starts_with("简称")
        && !SCOPES.contains(name)
        && LEXICON.place_prefix(name).is_none()
}

/// 台湾同胞, 香港、澳门和台湾同胞: the place (or a list of them, each up to three characters)
/// names where visitors come from, 同胞 right after the last.
pub(crate) fn compatriots_after(after: &str) -> bool {
    if after.starts_with("同胞") {
        return true;
    }
    let mut rest = after;
    for _ in 0..4 {
        let Some(r) = rest.strip_prefix(['、', '和', '及', '与']) else { return false };
        // The next item: Han characters up to the next separator, at most five (a longer run
        // is read no further: the look-ahead stays bounded).
        let end = r.char_indices().take(6).find(|&(_, c)| !is_han(c) || "、和及与".contains(c));
        let len = match end {
            Some((i, _)) => i,
            // (The text's end within five characters.)
            None if r.char_indices().nth(5).is_none() => r.len(),
            None => return false,
        };
        let item = &r[..len];
        if item.ends_with("同胞") && item.chars().count() <= 5 {
            return true;
        }
        if !(2..=3).contains(&item.chars().count()) {
            return false;
        }
        rest = &r[len..];
    }
    false
}

/// `新河镇、颜集镇…`, `达家川村、布楞沟村`: towns and villages listed together are places
/// without their county before them.
static TOWN_LIST: LazyLock<Regex> = LazyLock::new(|| {
    let town = r"\p{Han}{2,3}?(?:镇|乡|街道|村)";
    Regex::new(&format!(r"(?:^|[，。；：、,;:\n（(])(?:其中|包括)?({town}(?:[、和及]{town})+)"))
        .unwrap_or_else(|e| panic!("town list: {e}"))
});

/// Adds the towns of each list of two or more that opens a clause, unless one item is a
/// word (城镇, 乡镇) or holds a function character; `out` is sorted afterwards by the caller.
fn listed_towns<'t>(text: &'t str, out: &mut Vec<Cand<'t>>) {
    // Lists of towns are rare: four substring searches settle most texts.
    if !["镇、", "乡、", "街道、", "村、"].iter().any(|w| text.contains(w)) {
        return;
    }
    // Where the places found so far start (a set: a scan of `out` per item would be
    // quadratic in a long list).
    let taken: FxSet<usize> = out.iter().map(|c| c.span.start).collect();
    for caps in TOWN_LIST.captures_iter(text) {
        let Some(list) = caps.get(1) else { continue };
        let items = listed_items(list);
        // As after a county: 城镇 alone or after two characters is a word, after one a name
        // (颜集镇).
        let generic = |item: &str| {
            TOWN_GENERICS.suffix(item).is_some_and(|(w, _)| {
                item.len() == w.len() || item[..item.len() - w.len()].chars().nth(1).is_some()
            })
        };
        let plain = |item: &str| !generic(item) && !item.chars().any(function_char);
        if !items.iter().all(|(_, i)| plain(i)) {
            continue;
        }
        for (start, item) in items {
            if !taken.contains(&start) {
                let s = NSpan::new(start, start + item.len());
                out.push(Cand::new(s, EntityKind::Place, item, item));
            }
        }
    }
}

/// Whether `s` opens with a place of the gazetteer, or a county's short form (安吉 of
/// 安吉县), with more text after it.
fn opens_with_region(s: &str) -> bool {
    LEXICON.place_prefix(s).is_some_and(|e| e < s.len())
        || s.char_indices().skip(2).take(2).any(|(i, _)| LEXICON.county_shorts.contains(&s[..i]))
}

/// `孝丰镇上半年实现工业产值…`: a town opening a sentence or clause, named without its county.
static OPENING_TOWN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:^|[，。；：！？,;:\n（(“])(\p{Han}{2,3}?(?:镇|乡|街道))")
        .unwrap_or_else(|e| panic!("opening town: {e}"))
});

/// Adds the towns (two or three characters and 镇, 乡 or 街道) that open a sentence or a clause
/// and are followed by what a subject is (a time, a verb, an adverb or a place), unless the
/// name is a word (城镇, 重点镇, 各乡镇: jieba knows it, or its first part, as a common word) or
/// holds a function character; `out` is sorted afterwards by the caller.
fn opening_towns<'t>(text: &'t str, jieba: &Jieba, out: &mut Vec<Cand<'t>>) {
    // (Most texts open no clause with a town: one character search settles them.)
    if !text.contains(['镇', '乡']) && !contains_short(text, "街道") {
        return;
    }
    let taken: FxSet<usize> = out.iter().map(|c| c.span.start).collect();
    for caps in OPENING_TOWN.captures_iter(text) {
        let Some(m) = caps.get(1) else { continue };
        let name = m.as_str();
        if taken.contains(&m.start()) || name.chars().any(function_char) {
            continue;
        }
        let suffix = if name.ends_with("街道") { "街道".len() } else { '镇'.len_utf8() };
        let head = &name[..name.len() - suffix];
        // (全镇, 各乡镇, 该镇, 两镇: a scope, a demonstrative or a count, no name; 工业强镇,
        // 能人回乡: a kind of town, a return home.)
        if head
            .starts_with(|c: char| "全各每该本此这那其我两一二三四五六七八九十百千万多".contains(c))
            || head.ends_with(|c: char| "强大重名回返下".contains(c))
            || TOWN_GENERICS.suffix(name).is_some()
        {
            continue;
        }
        // (重点镇, 特色小镇, 中心镇: a kind of town; jieba knows the words as common ones.)
        let common = |w: &str| {
            jieba.has_word(w)
                && matches!(jieba.tag(w, false).as_slice(),
                    [t] if !matches!(t.tag, "ns" | "nr" | "nz" | "nrt" | "nt"))
        };
        if common(name) || common(head) {
            continue;
        }
        // What follows: a time, a verb, an adverb, a preposition or a place (a subject's
        // figures or a firm located there), not more of a word (镇区, 乡村, 街道办).
        let rest = &text[m.end()..];
        let to = rest.char_indices().nth(4).map_or(rest.len(), |(i, _)| i);
        let next = jieba.tag(&rest[..to], false);
        let subject_after = next.first().is_some_and(|t| {
            matches!(t.tag.as_bytes().first(), Some(b't' | b'v' | b'd' | b'p' | b'c' | b'a'))
                || t.tag == "ns"
        }) || rest
            .starts_with(|c: char| c.is_ascii_digit() || "，、".contains(c))
            || opens_with_region(rest);
        let word_after = rest.starts_with(|c: char| "民里委长村镇级区域办政党人".contains(c));
        // (麻醉镇痛类药物: the suffix opens a word with what follows, 镇痛; jieba, reading
        // on, ends no word after the suffix.)
        let ends_word = || {
            let mut at = m.start();
            jieba.cut(&text[m.start()..m.end() + to], false).iter().any(|w| {
                at += w.word.len();
                at == m.end()
            })
        };
        if subject_after && !word_after && ends_word() {
            let s = NSpan::new(m.start(), m.end());
            out.push(Cand::new(s, EntityKind::Place, name, name));
        }
    }
}

/// `，岚川县规上工业增加值增长…`: a city, county, district, prefecture, banner or province the
/// gazetteer lacks, written with its level after two or three Han characters, opening a
/// sentence or clause (or after a time, 2023年, 上半年, 一季度, 1—9月, 今年以来, 年末, or after
/// 在 or 位于), or joined to a place before it (甲县和乙市: 和, 与 or 、 after a level, asked
/// by the caller).
static OPENING_DISTRICT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:^|[，。；：！？,;:\n（(“]|年[初中末底]?|[0-9一二三四五六七八九十]月份?|季度|以来|在|位于|[和与、])([\p{Han}--[在与和及由对向从经据将把被让给是了的等也都又还并而或已为]]{2,3}?[市县区州旗省])")
        .unwrap_or_else(|e| panic!("opening district: {e}"))
});

/// Adds the places [`OPENING_DISTRICT`] finds whose name is no word: the characters before
/// the level hold no scope, count or function character (全市, 两区, 在县), no common word
/// of jieba's (开发区, 示范县, 自治州), do not end a word with the level (东部地区, 沿海城市,
/// 文化景区), and the level ends a word, opening none with what follows (市场, 县城, 市长, 旗下);
/// `out` is sorted afterwards by the caller.
fn opening_districts<'t>(text: &'t str, jieba: &Jieba, out: &mut Vec<Cand<'t>>) {
    // (The levels the pattern ends in; the module's LEVELS have 盟 and no 区.)
    const DISTRICT_LEVELS: [char; 6] = ['市', '县', '区', '州', '旗', '省'];
    // Where the places found so far end (年末绍兴市: a match holding one is no new name).
    let ends: FxSet<usize> = out.iter().map(|c| c.span.end).collect();
    let starts: FxSet<usize> = out.iter().map(|c| c.span.start).collect();
    for caps in OPENING_DISTRICT.captures_iter(text) {
        let Some(m) = caps.get(1) else { continue };
        // (After 和, 与 or 、 only where a level ends the word before: 澄溪县和南屿市.)
        let joined = caps.get(0).is_some_and(|w| w.as_str().starts_with(['和', '与', '、']));
        if joined && caps.get(0).is_some_and(|w| !text[..w.start()].ends_with(DISTRICT_LEVELS)) {
            continue;
        }
        let placed = starts.contains(&m.end());
        if !ends.contains(&m.end()) && reads_as_district(text, m.start(), m.end(), placed, jieba) {
            let s = NSpan::new(m.start(), m.end());
            out.push(Cand::new(s, EntityKind::Place, m.as_str(), m.as_str()));
        }
    }
    chained_districts(text, jieba, out);
}

/// Whether `text[start..end]`, two or three Han characters and a level, names a place the
/// gazetteer lacks (see [`opening_districts`]); `placed`: a known place starts at `end`.
fn reads_as_district(text: &str, start: usize, end: usize, placed: bool, jieba: &Jieba) -> bool {
    let proper = |tag: &str| matches!(tag, "ns" | "nr" | "nz" | "nrt" | "nt");
    let name = &text[start..end];
    let Some(level) = name.chars().next_back() else { return false };
    let head = &name[..name.len() - level.len_utf8()];
    {
        // (三江县: a numeral opens a place's name where jieba reads the head as one proper
        // noun; 两区, 五个县 count.)
        let numeral_name = || proper_word(head, jieba);
        if head.chars().any(|c| {
            function_char(c)
                || "全各每该本此这那其我贵多几数首外省市县区".contains(c)
                || "两一二三四五六七八九十百千万".contains(c) && !numeral_name()
        })
            || head.ends_with(|c: char| "强大重名回返下老新城".contains(c))
            || DISTRICT_GENERICS.suffix(name).is_some()
            // (青河区 where the gazetteer has 青河县: a known place's name before another
            // level names a place of its own, which the place reader does not find; not a
            // province's, 内蒙古省, whose level is written wrongly.)
            || LEXICON.is_place_or_county(head)
                && (LEXICON.is_place(name) || LEXICON.place_level(head) == Some("province"))
        {
            return false;
        }
    }
    // (地区, 城市, 景区, 新区: the head's last character and the level make a word; not
    // a place's name the gazetteer knows at another level, 青河区 of 青河县 and 山县, nor
    // a prefecture's 州 before its level, 岚州市 and 州市.)
    // (岷东区, 岷西区: nor a district named by a direction, a place's word of jieba's, 东区,
    // after a character that makes no word with the direction; 华东区, 城东区 are words.)
    let last = head.chars().next_back().map_or(0, char::len_utf8);
    let named = || LEXICON.is_place_or_county(head) || head.ends_with('州');
    let tail = &name[head.len() - last..];
    let directed = || {
        tail.starts_with(['东', '西', '南', '北', '中'])
            && proper_word(tail, jieba)
            && !jieba.has_word(head)
    };
    if jieba.has_word(tail) && !named() && !directed() {
        return false;
    }
    // (开发区, 示范县, 自治州, 东部地: a word of the dictionary that names no place, in the
    // head or as the head.)
    // (青石县实现…, 溪口县完成…: a head that is one common noun of jieba's, a stone or a
    // river's mouth, names the place where the place acts as a clause's subject, a
    // predicate's verb right after its level; a sector or a trade, 农业县, names a kind.)
    let rest = &text[end..];
    let tags = jieba.tag(head, false);
    let subject = || {
        // (边境县, 民族县: a noun as common as those names a kind of county; 青石, 溪口
        // are rarer.)
        let noun = |t: &Tag| {
            t.tag == "n"
                && !t.word.ends_with('业')
                && !LEXICON.trade_words.contains(t.word)
                && jieba.suggest_freq(t.word) < super::enterprise::COMMON_FREQ
        };
        matches!(tags.as_slice(), [t] if noun(t)) && PREDICATE_VERBS.prefix(rest).is_some()
    };
    let common = tags.iter().any(|t| t.word.chars().nth(1).is_some() && !proper(t.tag));
    if common && !subject() {
        return false;
    }
    // (江岚省外贸进出口: not before a word of 外 or 内 of its own, 外贸, which the level
    // opens no word with.)
    // (陇昌市城关区: nor before a known place, which the level opens no word with.)
    if placed {
        return true;
    }
    if rest.starts_with(|c: char| "场民委长级政区域城内外值下舰帜府份属辖".contains(c))
        && !super::opens_inner_word(rest)
    {
        return false;
    }
    // (The level ends a word in jieba's reading of the name and a few characters after.)
    let to = rest.char_indices().nth(3).map_or(rest.len(), |(i, _)| i);
    let mut at = start;
    jieba.cut(&text[start..end + to], false).iter().any(|w| {
        at += w.word.len();
        at == end
    })
}

/// 甘肃省陇昌市岷川县: a place of a lower level the gazetteer lacks, written with its level
/// right after a place with its own (a city after its province, a county after its city),
/// is the next link of the chain; so is the one after it. `out` is sorted afterwards by
/// the caller.
fn chained_districts<'t>(text: &'t str, jieba: &Jieba, out: &mut Vec<Cand<'t>>) {
    // (省 and 自治区 hold cities and counties; a city, prefecture or league holds counties,
    // districts, banners and county-level cities.)
    let children = |parent: &str| -> &'static [char] {
        if parent.ends_with('省') || parent.ends_with("自治区") {
            &['市', '州', '盟', '县', '区']
        } else if parent.ends_with(['市', '州', '盟']) {
            &['县', '区', '旗', '市']
        } else {
            &[]
        }
    };
    let mut ends: FxSet<usize> = out.iter().map(|c| c.span.end).collect();
    let starts: FxSet<usize> = out.iter().map(|c| c.span.start).collect();
    // (Each new link is tried as a parent in turn: a worklist, not a rescan of `out`.)
    let mut work: Vec<(usize, &str)> = out
        .iter()
        .filter(|c| c.kind == EntityKind::Place && !children(c.surface).is_empty())
        .map(|c| (c.span.end, c.surface))
        .collect();
    while let Some((at, parent)) = work.pop() {
        if starts.contains(&at) {
            continue;
        }
        let levels = children(parent);
        let rest = &text[at..];
        // Two or three characters, then the level (the shorter first: 陇昌市 of 陇昌市岷川县).
        let link = rest.char_indices().skip(2).take(2).find_map(|(i, c)| {
            let end = at + i + c.len_utf8();
            (levels.contains(&c)
                && !ends.contains(&end)
                && rest[..i].chars().all(is_han)
                && reads_as_district(text, at, end, starts.contains(&end), jieba))
            .then_some(end)
        });
        if let Some(end) = link {
            let name = &text[at..end];
            out.push(Cand::new(NSpan::new(at, end), EntityKind::Place, name, name));
            ends.insert(end);
            work.push((end, name));
        }
    }
}

/// `，岚州国际机场旅客吞吐量…`: an international airport named by a city the gazetteer lacks,
/// two Han characters opening a sentence or clause (or after a year or 在).
static OPENING_AIRPORT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:^|[，。；：！？,;:\n（(“]|[0-9]年|在)([\p{Han}--[在与和及由对向从经据将把被让给是了的等也都又还并而或已为新全各每该本此这那其我两一二三四五六七八九十]]{2})国际机场")
        .unwrap_or_else(|e| panic!("opening airport: {e}"))
});

/// Adds the airports [`OPENING_AIRPORT`] finds whose city is no word of jieba's dictionary
/// (首都 is a place, and found with its airport by the place reader; 新建, 大型 are words).
fn opening_airports<'t>(text: &'t str, jieba: &Jieba, out: &mut Vec<Cand<'t>>) {
    // (Most texts name no international airport: one search first.)
    if !contains_short(text, "国际机场") {
        return;
    }
    for caps in OPENING_AIRPORT.captures_iter(text) {
        let Some(m) = caps.get(1) else { continue };
        let city = m.as_str();
        let rest = &text[m.end() + "国际机场".len()..];
        // (A word of jieba's names the city only as a proper noun, as a plant's name must:
        // 枢纽, 省会, 门户 are roles, no city.)
        let proper = || proper_word(city, jieba);
        if LEXICON.is_place_or_county(city)
            || jieba.has_word(city)
                && (!proper()
                    || !acting_facility(
                        city,
                        rest,
                        &["旅客", "货邮", "航班", "起降", "吞吐"],
                        jieba,
                    ))
        {
            continue;
        }
        let s = NSpan::new(m.start(), m.end() + "国际机场".len());
        out.push(Cand::new(s, EntityKind::Place, s.slice(text), s.slice(text)));
    }
}

/// Whether jieba reads `name` as one proper noun (a place, person, brand or body's name):
/// what a facility's name (北塬电厂, 江城国际机场) must be when the gazetteer lacks it.
pub(crate) fn proper_word(name: &str, jieba: &Jieba) -> bool {
    matches!(jieba.tag(name, false).as_slice(), [t] if matches!(t.tag, "ns" | "nr" | "nz" | "nt"))
}

/// Whether a facility named by `name`, a word of jieba's, then its word (国际机场, 电厂) acts
/// as its clause's subject: `name` is one word, no verb, adjective, distinguishing word or
/// time (新建, 大型, 现有; jieba tags 首都 an adverb), and a predicate's verb or one of
/// `works`, what the facility does, follows (完成旅客吞吐量, 发电量).
pub(crate) fn acting_facility(name: &str, rest: &str, works: &[&str], jieba: &Jieba) -> bool {
    let modifier =
        |tag: &str| tag.starts_with(['v', 'a', 'b', 'm', 'q', 'p', 'c', 'u', 'r', 'f', 't']);
    matches!(jieba.tag(name, false).as_slice(), [t] if !modifier(t.tag))
        && (PREDICATE_VERBS.prefix(rest).is_some() || works.iter().any(|w| rest.starts_with(w)))
}

/// The items of a list of places a regex matched, split at 、, 和 and 及 (each three bytes),
/// with where each starts in the text.
fn listed_items<'t>(list: regex::Match<'t>) -> Vec<(usize, &'t str)> {
    list.as_str()
        .split(['、', '和', '及'])
        .scan(list.start(), |at, item| {
            let start = *at;
            *at += item.len() + '、'.len_utf8();
            Some((start, item))
        })
        .collect()
}

/// `洛龙区、伊滨区`: districts or counties listed together.
static DISTRICT_LIST: LazyLock<Regex> = LazyLock::new(|| {
    let district = r"\p{Han}{2,3}?[区县]";
    Regex::new(&format!(r"{district}(?:[、和及]{district})+"))
        .unwrap_or_else(|e| panic!("district list: {e}"))
});

/// Words that end like a district but name a kind of area (开发区, 重点县).
pub(crate) static DISTRICT_GENERICS: LazyLock<crate::words::Words> =
    LazyLock::new(|| crate::words::Words::parse(include_str!("../data/district_generics.txt")));

/// Adds the districts and counties of a list whose other items the gazetteer knows (伊滨区
/// after 洛龙区: a rare or new district's name is a place by its siblings), unless one item
/// is a kind of area or holds a function character; `out` is sorted afterwards by the
/// caller.
fn listed_districts<'t>(text: &'t str, out: &mut Vec<Cand<'t>>) {
    if !["区、", "县、", "区和", "县和"].iter().any(|w| text.contains(w)) {
        return;
    }
    let known: FxSet<(usize, usize)> = out
        .iter()
        .filter(|c| c.kind == EntityKind::Place)
        .map(|c| (c.span.start, c.span.end))
        .collect();
    // The known places' starts by their end: an item is asked for a place it ends with by one
    // lookup, not a walk over every place of the text (quadratic in a text of many lists).
    let mut starts_by_end: crate::words::FxMap<usize, Vec<usize>> = Default::default();
    for &(a, b) in &known {
        starts_by_end.entry(b).or_default().push(a);
    }
    // The first start after `s` of a known place ending at `end`.
    let inner_start = |s: usize, end: usize| {
        starts_by_end.get(&end).and_then(|v| v.iter().copied().filter(|&a| a > s).min())
    };
    for list in DISTRICT_LIST.find_iter(text) {
        let mut items = listed_items(list);
        let plain = |item: &str| {
            DISTRICT_GENERICS.suffix(item).is_none() && !item.chars().any(function_char)
        };
        let named = |&(s, i): &(usize, &str)| known.contains(&(s, s + i.len()));
        // 其中东城区、西城区, 帮助融水县、三江县: the match may open inside the word before
        // the list (中东城区, 助融水县); a first item that ends with a known place is that
        // place.
        if let Some(first) = items.first_mut() {
            let (s, i) = *first;
            if let Some(a) = inner_start(s, s + i.len()) {
                *first = (a, &text[a..s + i.len()]);
            }
        }
        if !items.iter().any(named) || !items.iter().all(|(_, i)| plain(i)) {
            continue;
        }
        // (An item that ends with a known place is that place.)
        let ends_known = |&(s, i): &(usize, &str)| inner_start(s, s + i.len()).is_some();
        for (start, item) in items.iter().filter(|i| !named(i) && !ends_known(i)) {
            let s = NSpan::new(*start, start + item.len());
            out.push(Cand::new(s, EntityKind::Place, item, item));
        }
    }
}

/// Person titles: a suffix character that opens one (the 局 of 局长) ends no name.
static TITLES: LazyLock<crate::words::Words> =
    LazyLock::new(|| crate::words::Words::parse(include_str!("../data/person_titles.txt")));

static TOWN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\p{Han}{1,5}?(?:镇|乡|街道|村|社区)").unwrap_or_else(|e| panic!("town: {e}"))
});

/// The length of an airport's name after its city (`龙洞堡国际机场` of 贵阳龙洞堡国际机场):
/// at most seven Han characters (国际 included) before 机场.
fn airport_after(rest: &str, jieba: &Jieba) -> Option<usize> {
    let mut end = rest.len().min(30);
    while !rest.is_char_boundary(end) {
        end -= 1;
    }
    let at = rest[..end].find("机场")?;
    let name = &rest[..at];
    // 新建机场, 在建机场: a verb before 机场 makes a phrase, not a name.
    let ok = name.chars().count() <= 7
        && name.chars().all(is_han)
        && !name.starts_with(['新', '在', '改', '扩', '迁', '建'])
        && !name.contains(['的', '和', '与', '及']);
    // 柳州将力争机场…: a clause's adverb or preposition, a word of one character in jieba's
    // reading (将/d, 也/d, 在/p), makes the words after the city a predicate, no name (首都/d
    // of 首都国际机场 is a word of two).
    let clause = || {
        jieba
            .tag(name, false)
            .iter()
            .any(|t| t.word.chars().nth(1).is_none() && matches!(t.tag, "d" | "p" | "c" | "u"))
    };
    (ok && !clause()).then_some(at + "机场".len())
}

/// The length of a station suffix (东站, 西站, 南站, 北站, 火车站) opening `rest`, unless
/// the station word opens another word (站台, 站点).
fn station_after(rest: &str) -> Option<usize> {
    // (大理站、大理北站分别发送旅客…: the city's own station, 站 alone, where a list goes on
    // or its traffic follows; elsewhere 站 may be a verb, 站稳.)
    if let Some(after) = rest.strip_prefix('站') {
        let listed = after.starts_with(['、', '和', '及', '，']);
        if listed || ["发送", "到发", "分别"].iter().any(|w| after.starts_with(w)) {
            return Some('站'.len_utf8());
        }
    }
    let len = ["东站", "西站", "南站", "北站", "火车站"]
        .iter()
        .find(|w| rest.starts_with(*w))
        .map(|w| w.len())?;
    rest[len..].chars().next().is_none_or(|c| !"台点长务区".contains(c)).then_some(len)
}

/// The length of a port suffix (港, 港区) opening `rest`, unless 港 starts another word
/// (港口, 港澳, 港资, 港币, 港股).
fn port_after(rest: &str) -> Option<usize> {
    let after = rest.strip_prefix('港')?;
    if after.starts_with(['区', '域']) {
        return Some("港区".len());
    }
    after.chars().next().is_none_or(|c| !"口澳台资币股元商人".contains(c)).then_some("港".len())
}

/// Words that end like a town but name none (城镇, 农村).
static TOWN_GENERICS: LazyLock<crate::words::Words> =
    LazyLock::new(|| crate::words::Words::parse(include_str!("../data/town_generics.txt")));

fn town_after(rest: &str) -> Option<usize> {
    let m = TOWN.find(rest)?;
    let name = m.as_str();
    // 城镇 alone or after a word (完成城镇); after one character it is a name (古城镇).
    if let Some((w, _)) = TOWN_GENERICS.suffix(name) {
        if name.len() == w.len() || name[..name.len() - w.len()].chars().nth(1).is_some() {
            return None;
        }
    }
    // 村民, 乡村, 乡镇: the suffix must end a name, not start a word (推出乡村旅游).
    let next = rest[m.end()..].chars().next();
    // 企业到东乡: a preposition of direction makes a phrase, not a town's name.
    let phrase = name.contains(['在', '和', '与', '的', '到', '向', '从']);
    // (村级光伏电站, 镇级: a level of bodies, no name; nor does a plan's verb open one:
    // 力争新建村级.)
    let planned = ["力争", "新建", "计划"].iter().any(|w| name.contains(w));
    (!phrase && !planned && next.is_none_or(|c| !"民里委长村镇级".contains(c))).then_some(m.end())
}

/// Organizations, parks and enterprises ending in a known suffix, and bare organization
/// names. `floor` candidates (places) do not stop a name: 西宁 is part of 西宁经济技术开发区.
pub(crate) fn by_suffix<'t>(text: &'t str, hits: &Hits, lead: &Leading, cands: &mut Vec<Cand<'t>>) {
    let mut found = Vec::new();
    suffix_names(text, hits, lead, &mut found);
    join_adjacent_organizations(text, &mut found);
    cands.extend(found);
}

/// The words of a bank's branch (`分行`, `中心支行`), in `data/enterprise_suffixes.txt`, and
/// of a centre's (`分中心`, in `data/org_suffixes.tsv`).
pub(crate) const BRANCHES: [&str; 5] = ["中心支行", "分行", "支行", "分公司", "分中心"];

fn suffix_names<'t>(text: &'t str, hits: &Hits, lead: &Leading, out: &mut Vec<Cand<'t>>) {
    let lex = &*LEXICON;
    let jieba = lead.jieba();
    // The ends of the bodies named in full (国家统计局): a name before a suffix never reaches
    // back into one (国家统计局凉山调查队 is 国家统计局 + 凉山调查队, joined below).
    let mut named_ends = Vec::new();
    // Their spans, in order (a branch of one keeps its kind).
    let mut named_spans = Vec::new();
    for (start, end, _) in hits.leftmost_longest(List::OrgName) {
        // 商务部门 is the local commerce authorities, not 商务部.
        if text[..end].ends_with('部') && text[end..].starts_with('门') {
            continue;
        }
        let s = NSpan::new(start, end);
        out.push(Cand::new(s, EntityKind::Organization, s.slice(text), s.slice(text)));
        named_ends.push(end);
        named_spans.push(s);
    }
    let mut next_named = 0;
    // End of the last accepted name: a later name never reaches back into it.
    let mut floor = 0;
    // The previous accepted park/organization, for 开发区 + 管委会 compounds.
    let mut prev: Option<(NSpan, EntityKind)> = None;
    // The names the text writes with an administrative level, found when first needed.
    let mut text_places: Option<FxSet<&'t str>> = None;
    for (m_start, mut m_end, id) in hits.leftmost_longest(List::Suffix) {
        let info = lex.suffix_info[id];
        // 口岸办 + 公室: a short office word (口岸办, 扶贫办) written out in full.
        if text[..m_end].ends_with('办') && text[m_end..].starts_with("公室") {
            m_end += "公室".len();
        }
        let suffix = &text[m_start..m_end];
        // (A short word and 园区 name a park only opening a clause it acts in: 医化园区实现….)
        if suffix == "园区" && !opening_park(text, m_start, m_end) {
            continue;
        }
        // 丰盛控股: a holding company's name ends in 控股 (longer forms, 控股集团,
        // 控股有限公司, join it below); but 控股 is a verb after a name (某集团控股的),
        // before 的 or a bracket (控股（集团）有限公司 is read from its legal form), and
        // opens a word of its own (控股股东, 控股子公司, 控股权).
        if suffix == "控股" && holding_verb(text, m_start, m_end, jieba) {
            continue;
        }
        // (国药控股江州有限公司: 控股 and a place before a limited company's legal form is the
        // group's subsidiary there, one registered name read from that form.)
        if suffix == "控股" && placed_subsidiary(&text[m_end..], jieba) {
            continue;
        }
        // 分行业增加值: by industry, no bank's branch; 合作区域: an area, no 合作区.
        if suffix == "分行" && text[m_end..].starts_with('业')
            || suffix.ends_with('区') && text[m_end..].starts_with('域')
            || zone_noun_tail(suffix, &text[m_end..]) && !placed_before(text, m_start)
        {
            continue;
        }
        // 监管局核准设立支行3家: a branch set up is counted, no branch's name; the words before
        // it are the act and whoever acts.
        static SETUP: LazyLock<Words> =
            LazyLock::new(|| Words::parse(include_str!("../data/setup_verbs.txt")));
        // (新设, 增设: a flow of branches, which the indicator stage keeps in the metric, so they
        // are not in the shared list.)
        let set_up =
            |h: &str| SETUP.suffix(h).is_some() || h.ends_with("新设") || h.ends_with("增设");
        if BRANCHES.contains(&suffix) && set_up(&text[..m_start]) {
            continue;
        }
        // 中国银行保险监督管理委员会: a suffix inside a body named in full, which goes on after
        // it (银行), names nothing of its own.
        let inside = named_spans.partition_point(|n: &NSpan| n.start < m_start);
        if inside > 0 && named_spans[inside - 1].end > m_end {
            continue;
        }
        // 统计局局长: the second 局 opens the title.
        if m_start == floor && TITLES.prefix(&text[m_start..]).is_some() {
            continue;
        }
        // 银行业金融机构: the banking industry, no bank; 大学生: students, no university;
        // 可转换公司债券: corporate bonds, no company.
        // (留汉大学毕业生: graduates staying in a place, 留 and its one-character name, no
        // university.)
        let stay = || text[..m_start].chars().rev().nth(1) == Some('留');
        if suffix.ends_with("银行") && text[m_end..].starts_with('业')
            || suffix.ends_with("大学") && text[m_end..].starts_with('生')
            || suffix == "大学" && text[m_end..].starts_with("毕业生") && stay()
            || suffix.ends_with("公司") && text[m_end..].starts_with('债')
        {
            continue;
        }
        // 受省人民政府委托: a one-character suffix that opens a word with the character
        // after it names no body (a title still follows one: 公安局长).
        // (能源局数据显示: where jieba reads the next characters as a word of their own, 数据,
        // the suffix ends the name even though 局数 is a word.)
        // (茶叶加工厂房: so does a longer suffix whose last character opens one, 厂房.)
        let last = suffix.chars().next_back().map_or(0, char::len_utf8);
        let opens_word = suffix.chars().nth(1).is_none() || suffix.ends_with('厂');
        if opens_word {
            let m_start = m_end - last;
            let after = text[m_end..].chars().next().map_or(0, char::len_utf8);
            let joined = || {
                let to =
                    text[m_start..].char_indices().nth(4).map_or(text.len(), |(i, _)| m_start + i);
                jieba.cut(&text[m_start..to], false).first().is_some_and(|w| w.word.len() > last)
            };
            if after > 1
                && jieba.has_word(&text[m_start..m_end + after])
                && TITLES.prefix(&text[m_start..]).is_none()
                && joined()
            {
                continue;
            }
        }
        // 开发区 + 管委会, 生物科技产业园区 + 管委会: the body of the park before it; 三江新区
        // + 经济发展局: a bureau of the park, its name read back to the park.
        let park_bureau = |p: &NSpan, pk: EntityKind| {
            pk == EntityKind::Park
                && info.kind == EntityKind::Organization
                && text[p.end..m_start].chars().count() <= 8
                && name_start(text, p.end, m_start, m_end, lead) == p.end
        };
        // 某市人民政府 + 金融工作办公室: an office of the government, named after it.
        // (县人民政府作政府工作报告: a government's office is no government.)
        let government_office = |p: &NSpan, pk: EntityKind| {
            pk == EntityKind::Organization
                && info.kind == EntityKind::Organization
                && !suffix.ends_with("政府")
                && text[..p.end].ends_with("政府")
                && (1..=8).contains(&text[p.end..m_start].chars().count())
                && name_start(text, p.end, m_start, m_end, lead) == p.end
        };
        // 中国（广西）自由贸易试验区 + 南宁片区: a part of the zone, named by its place.
        let zone_part = |p: &NSpan, pk: EntityKind| {
            let place = &text[p.end..m_start];
            pk == EntityKind::Park
                && suffix == "片区"
                && (2..=4).contains(&place.chars().count())
                && place.chars().all(|c| is_han(c) && !function_char(c))
        };
        // 柯桥区轻纺城 + 创意产业园, 太湖科技城 + 数字文化产业园: a park inside a 城 (a
        // town-sized park) named after it by a few words of its own is one park: nouns, or a
        // single verbal modifier (创新产业园); not a verb opening a clause (科技城打造智能
        // 产业园, 科学城拥有生物医药产业园).
        let city_park = |p: &NSpan, pk: EntityKind| {
            let words = &text[p.end..m_start];
            let named = || {
                let tags = jieba.tag(words, false);
                let single = tags.len() == 1;
                tags.iter().all(|t| {
                    let acts = ACT_VERBS.contains(t.word) || FOUND_VERBS.contains(&t.word);
                    let modifier = single && matches!(t.tag, "v" | "vn");
                    !acts
                        && (t.tag.starts_with('n') || matches!(t.tag, "a" | "b" | "j") || modifier)
                })
            };
            pk == EntityKind::Park
                && info.kind == EntityKind::Park
                && text[..p.end].ends_with('城')
                && (suffix.ends_with('园') || suffix.ends_with("园区"))
                && (2..=6).contains(&words.chars().count())
                && words.chars().all(|c| is_han(c) && !function_char(c))
                && named()
        };
        // 工商银行 + 绵阳分行, 人民银行 + 绵阳市中心支行: a bank's branch, named by its place.
        // (成都住房公积金管理中心 + 邛崃分中心: a centre's branch, named by a place the
        // gazetteer knows; 某局联合分中心 is two bodies.)
        // (中国人民银行广西壮族自治区分行: a region's full name may be longer, where the
        // gazetteer has it.)
        let branch = |p: &NSpan, pk: EntityKind| {
            let place = &text[p.end..m_start];
            BRANCHES.contains(&suffix)
                && matches!(pk, EntityKind::Enterprise | EntityKind::Organization)
                && ((2..=5).contains(&place.chars().count()) || lex.is_place(place))
                && place.chars().all(|c| is_han(c) && !function_char(c))
                && (suffix != "分中心" || lex.is_place(place) || lex.place_prefix(place).is_some())
        };
        // 开局, 格局, 布局: a one-character suffix that ends a word with the character
        // before it names no body (市委, 省委 do: the level stands for the place), nor
        // joins one before it (某开发区布局…).
        if suffix.chars().nth(1).is_none() {
            // (An administrative level ends a place, never such a word.)
            const LEVEL_ENDS: &str = "省市县区州镇乡";
            let before = text[..m_start].chars().next_back().filter(|c| !LEVEL_ENDS.contains(*c));
            let before = before.map_or(0, char::len_utf8);
            // (规划建设局: not where that character ends a word of its own, 建设.)
            let own_word = || {
                let at = m_start - before;
                text[..at].chars().next_back().is_some_and(|c| {
                    is_han(c)
                        && !LEVEL_ENDS.contains(c)
                        && jieba.has_word(&text[at - c.len_utf8()..m_start])
                })
            };
            if before > 1 && jieba.has_word(&text[m_start - before..m_end]) && !own_word() {
                continue;
            }
        }
        if let Some((p, pk)) = prev.filter(|(p, pk)| {
            p.end == m_start
                || park_bureau(p, *pk)
                || branch(p, *pk)
                || government_office(p, *pk)
                || zone_part(p, *pk)
                || city_park(p, *pk)
        }) {
            // 金沙江银行 + 股份有限公司: one registered name; so is 中国建筑第三工程局 +
            // 有限公司, a body's name registered as a company, and 长丰智能物流园 + 有限公司,
            // a park's.
            let registered = p.end == m_start && suffix.ends_with("公司");
            let extends = info.kind == EntityKind::Enterprise
                && (pk == EntityKind::Enterprise
                    || matches!(pk, EntityKind::Organization | EntityKind::Park) && registered);
            // 澜州人民银行 + 中心支行: a branch right after a name that a body named in full
            // closes (a place, then 人民银行) is the body's branch, a body too.
            let body_closes = || named_spans.binary_search_by_key(&p.end, |s| s.end).is_ok();
            if p.end == m_start && BRANCHES.contains(&suffix) && body_closes() {
                let pk = EntityKind::Organization;
                prev = Some((join_to(out, text, p, m_end, pk), pk));
                floor = m_end;
                continue;
            }
            if branch(&p, pk) {
                // A body named in full (人民银行) keeps its kind for its branches.
                let body = named_spans
                    .binary_search_by_key(&p.start, |s| s.start)
                    .is_ok_and(|i| named_spans[i].end == p.end);
                let pk = if body { EntityKind::Organization } else { pk };
                prev = Some((join_to(out, text, p, m_end, pk), pk));
                floor = m_end;
                continue;
            }
            // 绵阳科技城 + 新区: a park word right after a park's name names one park.
            let park_extends = (p.end == m_start || zone_part(&p, pk) || city_park(&p, pk))
                && pk == EntityKind::Park
                && info.kind == EntityKind::Park;
            if info.kind == EntityKind::Organization || extends || park_extends {
                // 中国电建集团 + 中南勘测设计研究院有限公司: the group opening it, too.
                let group = out.len().checked_sub(2).map(|i| &out[i]).filter(|g| {
                    extends
                        && pk == EntityKind::Organization
                        && g.kind == EntityKind::Enterprise
                        && g.span.end == p.start
                        && g.span.slice(text).ends_with("集团")
                });
                let p = match group.map(|g| g.span) {
                    Some(g) => {
                        out.pop();
                        g
                    }
                    None => p,
                };
                prev = Some((join_to(out, text, p, m_end, info.kind), info.kind));
                floor = m_end;
                continue;
            }
        }
        while named_ends.get(next_named).is_some_and(|&e| e <= m_start) {
            floor = floor.max(named_ends[next_named]);
            next_named += 1;
        }
        let mut start = name_start(text, floor, m_start, m_end, lead);
        // 沭阳县建设花木电商产业园, 运营石林景区: a verb of acting on a park inside the
        // candidate opens the park's name after it; so does one founding a body (某学院与
        // 开发区共建集成电路产业学院, 联合某大学建设…联合实验室).
        let park = info.kind == EntityKind::Park;
        if (park || info.kind == EntityKind::Organization) && m_start > start {
            let mut at = start;
            let mut cut = None;
            for t in jieba.cut(&text[start..m_start], false) {
                at += t.word.len();
                let acts = ACT_VERBS.contains(t.word) || !park && FOUND_VERBS.contains(&t.word);
                if acts && m_start - at >= 2 * 3 {
                    cut = Some(at);
                }
            }
            start = cut.unwrap_or(start);
        }
        // 3个产品获省科技厅认定, 公司获市政府表彰: a one-character verb of grant or agency (获,
        // 经, 由, 被) right before an administrative level or a place opens the body's name
        // there (jieba glues 获省 and 获市 into words; 荥经县 is a place of the gazetteer).
        if info.kind == EntityKind::Organization && info.prefix == Prefix::Place {
            let between = &text[start..m_start];
            let agent = between.char_indices().rev().find_map(|(i, c)| {
                let level = i + c.len_utf8();
                let rest = &between[level..];
                let in_place = || {
                    let to = level + rest.chars().next().map_or(0, char::len_utf8);
                    between[..i]
                        .char_indices()
                        .rev()
                        .take(3)
                        .any(|(k, _)| lex.is_place(&between[k..to]))
                };
                // (江平省商务厅: a place the gazetteer lacks, two or three characters and its
                // level.)
                let unlisted = || {
                    let mut chars = rest.chars().take(4).enumerate();
                    chars.any(|(n, c)| n >= 2 && LEVELS[..4].contains(&c))
                        && rest.chars().take(2).all(|c| is_han(c) && !function_char(c))
                };
                let placed = || {
                    rest.starts_with(['省', '市', '县', '区', '州'])
                        || lex.place_prefix(rest).is_some()
                        || unlisted()
                };
                ("获经由被".contains(c) && placed() && !in_place()).then_some(level)
            });
            if let Some(level) = agent {
                start += level;
            }
        }
        // 就业数据来自市人力资源和社会保障局: a source's verb opens the body's name after it;
        // （以下简称星湖旅游集团）: so does a short-name declaration, the short form being a
        // name of its own (substring finds first: few candidates hold one).
        let between = &text[start..m_start];
        let after_word =
            |words: &[&str]| words.iter().find_map(|v| between.rfind(v).map(|i| i + v.len()));
        let declared = between.contains("称").then(|| after_word(&["简称", "下称"])).flatten();
        let source = || {
            (info.kind == EntityKind::Organization && between.contains("来"))
                .then(|| after_word(&["来自于", "来源于", "来自"]))
                .flatten()
        };
        let opener = declared.or_else(source);
        if let Some(i) = opener.filter(|&i| m_start - (start + i) >= 3) {
            start += i;
        }
        // 中国—东盟产业园, 中国—马来西亚钦州产业园区: two parties joined by a dash name one
        // park or body; the first party, a place the gazetteer knows, opens it.
        if m_start > start && matches!(info.kind, EntityKind::Park | EntityKind::Organization) {
            start = bilateral_start(text, floor, start);
        }
        let prefix = &text[start..m_start];
        let span = NSpan::new(start, m_end);
        let name = span.slice(text);
        // A、B等文化产业园区: the park word after 等 names the list's kind, no park; 某某
        // 风情小镇项目: a town before 项目 is the project's name, no park yet.
        let town_project = suffix == "小镇" && text[m_end..].starts_with("项目");
        // 夜间消费集聚区, 商业集聚区: common words alone before 集聚区 name a kind of
        // area; a park needs a proper name's part (a place, a brand) too.
        // (产业集聚区 is a kind of zone a province designates, 高新技术产业集聚区: a park.)
        // (两岸合作区, 区域合作园: so do common words, locatives among them, before 合作区 or
        // 合作园; 中德（嘉兴）产业合作园 and 中新合作园 name their parties.)
        let cooperation = ["合作区", "合作园", "合作园区"].contains(&suffix);
        let kind_of_area = (suffix.ends_with("集聚区")
            && !text[start..m_end].ends_with("产业集聚区")
            || cooperation)
            && {
                let tags = jieba.tag(&text[start..m_start], false);
                !tags.is_empty()
                    && tags.iter().all(|t| {
                        (matches!(t.tag, "n" | "vn" | "v" | "t" | "a" | "an" | "b")
                            || cooperation && t.tag == "f")
                            && !(cooperation && t.word.chars().nth(1).is_none())
                            && !lex.is_place(t.word)
                            && !lex.county_forms.contains(t.word)
                    })
            };
        if kind_of_area {
            // (商业集聚区和文化产业集聚区: the next name is read from after this one.)
            prev = None;
            floor = m_end;
            continue;
        }
        if info.kind == EntityKind::Park && (text[..start].ends_with('等') || town_project) {
            prev = None;
            continue;
        }
        // 蔬菜种植合作社, 土地股份合作社, 示范家庭农场: a product, a trade or a class alone
        // before a farm's word names a kind of farm, no one.
        if matches!(suffix, "合作社" | "家庭农场") && kind_of_farm(&text[start..m_start], jieba)
        {
            prev = None;
            floor = m_end;
            continue;
        }
        // 国家电投集团贵州金元股份有限公司: a group's name opening a subsidiary's registered
        // name is part of it, whatever words the subsidiary's own part is made of
        // (山东能源集团新能源有限公司).
        // (某集团控股有限公司: 控股, which jieba tags a verb and the name was stripped of,
        // is a form word of the registered name.)
        // (某某集团（福泉）精细化工有限公司: so is one before the subsidiary's place in
        // brackets, which the name's start was read past.)
        let registered = suffix.contains("有限") || suffix.contains("股份");
        let group = prev.filter(|(p, pk)| {
            *pk == EntityKind::Enterprise
                && (p.end == start
                    || p.end <= start
                        && (&text[p.end..start] == "控股"
                            || bracketed_place_end(&text[p.end..start]) == Some(0))
                        && registered)
                && p.slice(text).ends_with("集团")
        });
        // (某集团全资子公司某有限公司: a relation word after the group is no part of a name.)
        let related = || ends_in_relation(&text[start..m_end]);
        if let Some((p, _)) = group.filter(|_| info.kind == EntityKind::Enterprise && !related()) {
            prev = Some((join_to(out, text, p, m_end, info.kind), info.kind));
            floor = m_end;
            continue;
        }
        if prefix.is_empty() {
            // A bare 开发区 or 农委: remembered for a compound, resolved by aliases.
            prev = if bare_park_word(suffix) {
                Some((span, EntityKind::Park))
            } else if lex.org_name_list.contains(&suffix) {
                Some((span, EntityKind::Organization))
            } else {
                None
            };
            continue;
        }
        // 泉安海关 where the text also writes 泉安市: a place the gazetteer lacks; so is
        // 江平省 of 江平省水利厅 (a place with its level, then the department's field), and
        // 东岭 of 东岭银保监局 (a place the text names with its level elsewhere).
        let unlisted_place = |places: &mut Option<FxSet<&'t str>>| {
            info.prefix == Prefix::Place
                && valid_prefix(name, prefix.len(), Prefix::Any)
                && (leveled_place_first(prefix, jieba) || {
                    let places = places.get_or_insert_with(|| admin_named(text));
                    // (Written bare here: with its level, the test above reads it.)
                    places.contains(prefix)
                        || prefix.char_indices().skip(2).take(2).any(|(i, c)| {
                            !LEVELS.contains(&c)
                                && places.contains(&prefix[..i])
                                && !lex.stopwords.contains(&prefix[..i])
                        })
                })
        };
        // 杭澜海关, 拱北海关: two to four characters of proper words (a place's or a port's
        // name jieba knows as such, or characters it knows no word of) name the place too,
        // before a suffix of two characters or more (开新局 is an idiom's).
        let proper_place = || {
            info.prefix == Prefix::Place
                && suffix.chars().nth(1).is_some()
                && (2..=4).contains(&prefix.chars().count())
                && prefix.chars().all(|c| is_han(c) && !function_char(c))
                && !lex.stopwords.contains(prefix)
                && valid_prefix(name, prefix.len(), Prefix::Any)
                && jieba.tag(prefix, false).iter().all(|t| {
                    t.word.chars().nth(1).is_none() || matches!(t.tag, "ns" | "nz" | "nt" | "nrfg")
                })
        };
        let prefix_ok = valid_prefix(name, prefix.len(), info.prefix)
            || unlisted_place(&mut text_places)
            || proper_place();
        // 省技术创新中心10家: a level and one word before the suffix name a class of bodies.
        let class_of_bodies = info.prefix == Prefix::Noun
            && prefix.starts_with(LEVELS)
            && prefix.chars().count() <= 3;
        // 重点实验室、技术创新中心等创新平台47个: common words alone before the suffix, in a
        // list closed by 等, a class word and a count, name a class of bodies.
        let class_of_bodies = class_of_bodies
            || info.kind == EntityKind::Organization
                && counted_list_after(&text[m_end..])
                && common_words_only(prefix, jieba);
        let verb_last = || {
            info.prefix == Prefix::Noun
                && jieba
                    .tag(prefix, false)
                    .last()
                    .is_some_and(|t| t.tag.starts_with('v') && !lex.field_verbs.contains(t.word))
        };
        // 松山湖高新区管理委员会经济发展局: a bureau named right after a zone's committee is
        // the committee's own, one body with it (its field alone is no place).
        let committee = prev.filter(|(p, pk)| {
            *pk == EntityKind::Organization
                && p.end == start
                && ["管委会", "管理委员会"].iter().any(|w| p.slice(text).ends_with(w))
        });
        let bureau = info.kind == EntityKind::Organization
            && info.prefix == Prefix::Place
            && prefix.chars().nth(1).is_some();
        if let Some((p, _)) = committee.filter(|_| bureau && proper_words(prefix, info.kind, jieba))
        {
            prev = Some((join_to(out, text, p, m_end, info.kind), info.kind));
            floor = m_end;
            continue;
        }
        // 市长作政府工作报告: a title, then more words before the suffix, is the title's
        // holder acting, no body's name (市长办公室 is one).
        let titled = TITLES
            .prefix(prefix)
            .is_some_and(|(t, _)| t.len() < prefix.len() && info.kind == EntityKind::Organization);
        // (市委常委, 县委书记: a level's committee opening a title is the title's; 县委统战部,
        // 市委党校: one opening a department or a school is its body's. The committee alone
        // stands before a joiner or a separator: 县委、县政府, 县委的.)
        let titled = titled
            || suffix == "委"
                && prefix.chars().nth(1).is_none()
                && text[m_end..].starts_with(|c: char| !"、，,。；;和及与的（(“”\n".contains(c));
        let rejected = !prefix_ok
            || titled
            || class_of_bodies
            || ends_in_relation(name)
            || !(proper_words(prefix, info.kind, jieba)
                || short_place_first(text, start, m_start, m_end, jieba))
            || verb_last();
        // 5个产品获国家药品监督管理局批准: words of the clause read with the body's name (a
        // count, its noun, a verb) leave the name after the clause's last verb, where that
        // alone reads as a body's name.
        let span = match rejected.then(|| after_last_verb(text, start, m_start, m_end, info, jieba))
        {
            None => span,
            Some(Some(s)) => s,
            Some(None) => {
                prev = None;
                continue;
            }
        };
        out.push(Cand::new(span, info.kind, span.slice(text), span.slice(text)));
        floor = m_end;
        prev = Some((span, info.kind));
    }
}

/// Kinds, ranks and roles (绿色, 核心, 天使, 飞地) that alone before a generic word name a class
/// (`src/data/class_kinds.txt`).
pub(crate) static CLASS_KINDS: LazyLock<Words> =
    LazyLock::new(|| Words::parse(include_str!("../data/class_kinds.txt")));

/// Words of a farm's trade or form (`src/data/farm_trades.txt`).
static FARM_TRADES: LazyLock<Words> =
    LazyLock::new(|| Words::parse(include_str!("../data/farm_trades.txt")));

/// Whether 园区 at `start..end` ends a park's name that opens a clause, the clause's subject:
/// two to four Han characters from the clause's start (医化园区, not 全园区 or 各园区, which
/// the name's tests reject), then a predicate's verb, perhaps after a time of the year
/// (实现产值, 全年完成投资). (Elsewhere a word before 园区 is too often a kind: 智慧园区,
/// 推动化工园区.)
fn opening_park(text: &str, start: usize, end: usize) -> bool {
    let before = &text[..start];
    let open = before
        .rfind(|c: char| !is_han(c))
        .map_or(0, |i| i + before[i..].chars().next().map_or(1, char::len_utf8));
    let head = &before[open..];
    let rest = &text[end..];
    let rest = ["全年", "上半年", "今年", "一季度", "前三季度"]
        .iter()
        .find_map(|w| rest.strip_prefix(w))
        .unwrap_or(rest);
    (2..=4).contains(&head.chars().count())
        && head.chars().all(|c| !function_char(c))
        && PREDICATE_VERBS.prefix(rest).is_some()
}

/// Words of ownership (国有, 民营, 社会): `src/data/ownership_words.txt`.
pub(crate) static OWNERSHIP_WORDS: LazyLock<Words> =
    LazyLock::new(|| Words::parse(include_str!("../data/ownership_words.txt")));

/// Whether `prefix`, the words before 合作社 (not 专业合作社, tested apart) or 家庭农场, names
/// a kind of farm: with its trade words stripped (养殖, 股份经济), nothing, one character, or
/// one common word of jieba's (生猪, 蔬菜, 示范) is left. A brand is a word jieba does not know
/// as a common one, or two words (兴旺 + 生猪, 丰禾 + 肉牛).
fn kind_of_farm(prefix: &str, jieba: &Jieba) -> bool {
    // (发展中药材种植合作社, 大力发展茶叶合作社: a predicate's verb before them, which the
    // name's start was not read past, makes the words a class the clause acts on.)
    let acts = jieba.tag(prefix, false).iter().enumerate().any(|(i, t)| {
        PREDICATE_VERBS.contains(t.word)
            || PREDICATE_VERBS.suffix(t.word).is_some_and(|(w, ())| w.len() < t.word.len())
            || i == 0 && matches!(t.tag, "v" | "vn")
    });
    if acts {
        return true;
    }
    let mut rest = prefix;
    while let Some((w, ())) = FARM_TRADES.suffix(rest) {
        rest = &rest[..rest.len() - w.len()];
    }
    if rest.chars().nth(1).is_none() {
        return true;
    }
    match jieba.tag(rest, false).as_slice() {
        [one] => matches!(one.tag, "n" | "vn" | "v" | "a" | "an" | "b" | "ng"),
        _ => false,
    }
}

/// The span of an organization's name read from after the last verb of `text[start..at]`
/// (where its suffix starts; it ends at `end`), when the words after that verb, two
/// characters or more, pass the tests of a name's prefix.
fn after_last_verb(
    text: &str,
    start: usize,
    at: usize,
    end: usize,
    info: super::lexicon::Suffix,
    jieba: &Jieba,
) -> Option<NSpan> {
    if info.kind != EntityKind::Organization {
        return None;
    }
    let mut pos = start;
    let mut verb_end = None;
    for t in jieba.tag(&text[start..at], false) {
        pos += t.word.len();
        if t.tag.starts_with('v') && pos < at {
            verb_end = Some(pos);
        }
    }
    let from = verb_end?;
    let prefix = &text[from..at];
    let name = &text[from..end];
    (prefix.chars().nth(1).is_some()
        && valid_prefix(name, prefix.len(), info.prefix)
        && TITLES.prefix(prefix).is_none()
        && !ends_in_relation(name)
        && proper_words(prefix, info.kind, jieba))
    .then(|| NSpan::new(from, end))
}

/// Whether `after` (the text after a name) closes a list with 等, a class word of six
/// characters at most and a count (、工程研究中心等创新平台47个), within its clause.
fn counted_list_after(after: &str) -> bool {
    let near = &after[..crate::span::ceil_char_boundary(after, 30 * 3)];
    let clause = &near[..near.find(|c| "，。；：,;\n".contains(c)).unwrap_or(near.len())];
    let Some(i) = clause.find('等') else { return false };
    let rest = &clause[i + '等'.len_utf8()..];
    let head = rest.chars().take_while(|&c| is_han(c) && !crate::period::is_numeral(c)).count();
    (2..=6).contains(&head)
        && rest
            .chars()
            .nth(head)
            .is_some_and(|c| c.is_ascii_digit() || crate::period::is_numeral(c))
}

/// Whether the words `prefix` are common ones only in jieba's reading: no proper noun
/// (place, person, organization, other), no place of the gazetteer, no county's short form.
fn common_words_only(prefix: &str, jieba: &Jieba) -> bool {
    let lex = &*LEXICON;
    let tags = jieba.tag(prefix, false);
    !tags.is_empty()
        && tags.iter().all(|t| {
            matches!(t.tag, "n" | "vn" | "v" | "l" | "a" | "an" | "b" | "i" | "d")
                && t.word.chars().nth(1).is_some()
                && !lex.is_place_or_county(t.word)
        })
}

/// Replaces the candidate `p` (when it is the last one) by one of `kind` running on to `end`
/// (金沙江银行 + 股份有限公司, 工商银行 + 绵阳分行, 国家电投集团 + 四川电力有限公司), and
/// returns its span.
fn join_to<'t>(
    out: &mut Vec<Cand<'t>>,
    text: &'t str,
    p: NSpan,
    end: usize,
    kind: EntityKind,
) -> NSpan {
    if out.last().is_some_and(|c| c.span == p) {
        out.pop();
    }
    let span = NSpan::new(p.start, end);
    out.push(Cand::new(span, kind, span.slice(text), span.slice(text)));
    span
}

/// The level characters a place the gazetteer lacks is written with (泉安市, 江平省).
const LEVELS: [char; 6] = ['市', '县', '州', '省', '盟', '旗'];

/// The two and three Han characters before each of the [`LEVELS`] of `text`: the places
/// it names with their level (泉安市), the gazetteer's or not. Most are no place (全市, 年全),
/// but only a name's prefix is looked up.
pub(crate) fn admin_named(text: &str) -> FxSet<&str> {
    let mut out = FxSet::default();
    // The levels' UTF-8 bytes, matched at each character's start without decoding it (the
    // text is long, its levels few), after a test of their third byte's low six bits.
    let levels = LEVELS.map(|c| {
        let mut b = [0; 4];
        c.encode_utf8(&mut b);
        [b[0], b[1], b[2]]
    });
    let third = levels.iter().fold(0u64, |m, l| m | 1 << (l[2] & 63));
    let bytes = text.as_bytes();
    let mut at = 0;
    while let Some(&lead) = bytes.get(at) {
        let len = crate::normalize::utf8_len(lead);
        let level = len == 3
            && bytes.get(at + 2).is_some_and(|&b| third >> (b & 63) & 1 == 1)
            && levels.iter().any(|l| bytes[at..].starts_with(l));
        if level {
            // The two and the three characters before the level, when all are Han.
            let han = text[..at].char_indices().rev().take(3).take_while(|&(_, c)| is_han(c));
            for (from, _) in han.skip(1) {
                out.insert(&text[from..at]);
            }
        }
        at += len;
    }
    out
}

/// Whether `prefix` opens with a place of two or three Han characters and its level (one of
/// the [`LEVELS`]), with two characters or more after it (江平省 + 水利, 东临市 + 港口管理):
/// not a word ending in the level (城市, 上市, 超市).
fn leveled_place_first(prefix: &str, jieba: &Jieba) -> bool {
    prefix.char_indices().skip(2).take(2).any(|(i, c)| {
        let name = &prefix[..i];
        let after = &prefix[i + c.len_utf8()..];
        let last = name.chars().next_back().map_or(0, char::len_utf8);
        LEVELS.contains(&c)
            && name.chars().all(|c| is_han(c) && !function_char(c))
            && after.chars().nth(1).is_some()
            && !jieba.has_word(&prefix[i - last..i + c.len_utf8()])
    })
}

/// Generic park words that name the text's own zone when used alone.
pub(crate) fn bare_park_word(s: &str) -> bool {
    matches!(
        s,
        "开发区"
            | "高新区"
            | "经开区"
            | "园区"
            | "新区"
            | "工业园区"
            | "产业园区"
            | "保税区"
            | "片区"
    )
}

/// Where a name opening at `start` after a dash starts, when a place of two to five
/// characters stands right before the dash (中国— of 中国—东盟产业园); else `start`.
fn bilateral_start(text: &str, floor: usize, start: usize) -> usize {
    let Some(head) = text[floor..start].strip_suffix(['—', '－']) else { return start };
    let (head_start, head_end) = (floor, floor + head.len());
    // (The longest such place: 马来西亚 rather than 西亚.)
    let opens = head.char_indices().rev().take(5).map(|(i, _)| head_start + i).filter(|&at| {
        let place = &text[at..head_end];
        place.chars().nth(1).is_some() && place.chars().all(is_han) && LEXICON.is_place(place)
    });
    opens.last().unwrap_or(start)
}

/// Words ending a body that acts on another (县农商行, 财政局): see [`name_start`].
static ACTING_BODIES: LazyLock<Words> =
    LazyLock::new(|| Words::parse(include_str!("../data/acting_bodies.txt")));

/// Reads a name leftwards from `at` (where its suffix starts) to its start: over name
/// characters and balanced brackets, not past `floor`, then without the lead words, time
/// expressions and leading verbs in front of it. `end` is where the whole name ends.
pub(crate) fn name_start(text: &str, floor: usize, at: usize, end: usize, lead: &Leading) -> usize {
    let mut start = at;
    let mut depth = 0usize;
    // Where the last closing bracket read at depth 0 ends: the name starts after it when no
    // opening one matches it.
    let mut unmatched = at;
    for (n, (i, c)) in text[floor..at].char_indices().rev().enumerate() {
        if n >= MAX_NAME_CHARS {
            break;
        }
        match c {
            '）' | ')' => {
                if depth == 0 {
                    unmatched = floor + i + c.len_utf8();
                }
                depth += 1;
            }
            '（' | '(' if depth == 0 => break,
            '（' | '(' => depth -= 1,
            // Inside brackets a function character is part of a place (（成都）), and so it
            // is where it ends one (成都银行股份有限公司).
            // 嘉和纤维股份有限公司: a 和 before nothing but a trade word is the brand's.
            // 甲有限公司和乙…有限公司: after a whole name, 和 joins the next one (和顺 is
            // a word, but not here).
            '和' | '及' | '与' if depth == 0 && after_name(&text[..floor + i]) => break,
            // 县农商行向东岭农机股份有限公司: a preposition after an acting body's word opens
            // its object, the name after it, though jieba reads it into the brand (向东).
            '向' | '对' | '为' | '与' | '同' | '给'
                if depth == 0
                    && text[floor + i + c.len_utf8()..at].chars().nth(1).is_some()
                    && ACTING_BODIES.suffix(&text[..floor + i]).is_some() =>
            {
                break;
            }
            '和' if depth == 0 && glued_he(text, floor + i, at, lead.jieba()) => {}
            // 及时雨集团: a function character opening a set phrase that runs to the suffix
            // (jieba's idiom, three characters or more) is the brand's.
            '及' | '与' | '同' | '在' | '为' | '由' | '从'
                if depth == 0 && idiom_brand(&text[floor + i..at], lead.jieba()) => {}
            // 海洋与渔业局, 科学技术和工业信息化局: a bureau of two fields joined.
            '与' | '和'
                if depth == 0
                    && bureau_suffix(&text[at..end])
                    && joins_fields(&text[..floor + i], &text[floor + i + 3..at]) => {}
            // 南丰县桔都食品集团有限公司: so is a 都 (成都 ends a place, above), and one a
            // character after a place (伊春林都北药科技…), as 和 is.
            '都' if depth == 0
                && (glued_character(text, floor + i, at, lead.jieba())
                    || brand_he_after_place(
                        text,
                        floor + i,
                        &text[floor + i + c.len_utf8()..at],
                    )) => {}
            // 岚为科技有限公司: a function character jieba glues to the character before it
            // into a word its dictionary lacks (an unknown brand of two), before nothing but a
            // trade word or common nouns and a registered suffix, is the brand's (作为, 因为
            // are words: they stay function words).
            _ if depth == 0
                && function_char(c)
                && is_han(c)
                && text[at..end].contains("有限")
                && glued_brand(text, floor + i, at, lead.jieba()) => {}
            // 湘中钢铁联合华菱…有限公司: 联合 after a brand and its trade word joins two
            // enterprises (联合重工, 中国联合网络通信 keep theirs).
            '联' if depth == 0
                && text[floor + i + c.len_utf8()..].starts_with('合')
                && text[floor + i..at].chars().nth(5).is_some()
                && LEXICON.trade_ending(&text[..floor + i]).is_some_and(|t| {
                    let head = &text[..floor + i - t.len()];
                    head.chars().rev().take(2).all(is_han)
                }) =>
            {
                start = floor + i + "联合".len();
                break;
            }
            // 高新区联合市投资促进局, 农业农村局会同县财政局: a verb joining two actors (联合,
            // 会同, 携手, 协同) before a level opens the body's name after it (县工商业联合会
            // has its 联合 before the suffix).
            '合' | '同' | '手'
                if depth == 0
                    && joins_actors(&text[..floor + i + c.len_utf8()])
                    && text[floor + i + c.len_utf8()..at].starts_with(LEVELS) =>
            {
                start = floor + i + c.len_utf8();
                break;
            }
            // 园区新增两家上市公司: a count of companies (两家, 几家, 多家) is no name's part.
            // (万家, 千家 open brands: 万家乐.)
            '家' if depth == 0
                && text[..floor + i].chars().next_back().is_some_and(|n| {
                    crate::period::is_numeral(n) || matches!(n, '两' | '几' | '多')
                }) =>
            {
                break;
            }
            // 【高质量发展·开发区在行动】: a dot right before the suffix ends a column's
            // words, no name's (中新·苏滁高新区 has a name between).
            '·' if depth == 0 && floor + i + c.len_utf8() == at => break,
            // 丰岭县以农民专业合作社为抓手: 以 after a place's level opens a phrase.
            '以' if depth == 0
                && text[..floor + i].ends_with(['县', '市', '省', '区', '州', '镇', '乡']) =>
            {
                break;
            }
            // 县长某某代表县人民政府: 代表 (on behalf of) before a level or a place opens the
            // body's name after it (人大代表 is no name's word either).
            '表' if depth == 0 && text[..floor + i].ends_with('代') && {
                let body = &text[floor + i + c.len_utf8()..at];
                body.starts_with(LEVELS)
                    || body.ends_with(LEVELS)
                    || LEXICON.place_prefix(body).is_some()
            } =>
            {
                break;
            }
            // 以28.6亿元竞得滨江新区: a sum of money before the name ends what stands before
            // it (37个区县分中心, 1500吨…加工厂: a count or measure names a class, and stays).
            '0'..='9' if depth == 0 => {
                let q = quantity_len(&text[floor + i..at])
                    .filter(|&n| text[floor + i..floor + i + n].ends_with('元'));
                if let Some(n) = q {
                    start = floor + i + n;
                    break;
                }
            }
            // 将乐高新区, 从化经济开发区 at a clause's start: a lead character opening a short
            // place before the suffix is the place's.
            _ if depth == 0 && short_place_first(text, floor + i, at, end, lead.jieba()) => {}
            _ if stops_name(c) && !name_char_here(text, floor + i, c, depth, lead) => break,
            _ => {}
        }
        start = floor + i;
    }
    if depth > 0 {
        // An unmatched closing bracket: the name starts after it.
        // (某集团（某某）旗下某某（酒泉）有限公司: not after a later, matched one.)
        start = start.max(unmatched);
    }
    // （含国铁集团投资）: a note's word of what it takes in or leaves out, right after the
    // bracket, is no part of the name after it.
    if text[..start].ends_with(['（', '(']) {
        let note =
            ["不包括", "不含", "包括", "含"].iter().find(|w| text[start..at].starts_with(**w));
        // (（含山县某公司）: not a place's first character, 含 of 含山县.)
        let place = LEXICON.place_prefix(&text[start..at]).is_some();
        let note = note.filter(|_| !place);
        if let Some(w) = note.filter(|w| text[start + w.len()..at].chars().nth(1).is_some()) {
            start += w.len();
        }
    }
    // ——访某某开发区党工委书记: an interview's subtitle opens with 访 (or 专访), no part of
    // the body interviewed.
    if text[..start].ends_with(['—', '－']) {
        let visit = ["专访", "访"].iter().find(|w| text[start..at].starts_with(**w));
        if let Some(w) = visit.filter(|w| text[start + w.len()..at].chars().nth(1).is_some()) {
            start += w.len();
        }
    }
    // （二）公司持续…: a numbered heading's bracket opens no name.
    if let Some(inner) = text[start..at].strip_prefix(['（', '(']) {
        let digits =
            inner.trim_start_matches(|c: char| c.is_ascii_digit() || crate::period::is_numeral(c));
        if digits.len() < inner.len() && digits.starts_with(['）', ')']) {
            start = at - digits.len() + digits.chars().next().map_or(0, char::len_utf8);
        }
    }
    // 昆明讯2022年滇澜集团: a year inside what was read (after a dateline whose blank went)
    // is a time before the name; the name starts after it.
    if let Some(i) = text[start..at].rfind('年') {
        let head = &text[start..start + i];
        let year = head.bytes().rev().take_while(u8::is_ascii_digit).count();
        // (Only after a dateline's 讯 or 电: （2019年度）眉县县委 is read as before.)
        if year == 4 && head[..head.len() - 4].ends_with(['讯', '电']) {
            start += i + '年'.len_utf8();
        }
    }
    // 孝丰镇浙江恒邦椅业股份有限公司: a town before a name that opens with a place (a
    // registered name starts with its region) is where the firm is, no part of its name.
    // (安吉县孝丰镇竹源新材料有限公司 keeps its county and town: no place follows them.)
    if let Some(m) = TOWN.find(&text[start..at]) {
        let rest = &text[start + m.end()..at];
        let generic = TOWN_GENERICS.suffix(m.as_str()).is_some();
        if !generic && opens_with_region(rest) {
            start += m.end();
        }
    }
    if start == at {
        // Nothing before the suffix: stripping cannot move the start past it.
        return at;
    }
    // (常溪高新区: nor is that character stripped as a lead word or an adverb.)
    if short_place_first(text, start, at, end, lead.jieba()) {
        return start;
    }
    let stripped = strip_leading_words(&text[start..end], lead);
    // 审计与风险管理委员会: a field jieba reads as a verb (审计, 提名), joined to another by 与
    // or 和 before a body's suffix, is the name's, no verb to strip.
    let field = bureau_suffix(&text[at..end]).then(|| joined_field(text, start, at)).flatten();
    // 和辉光电股份有限公司 at a clause's start: a 和 read as the brand's is no lead word.
    // (Only there: 工商银行和农业银行 joins two names.)
    if text[start..].starts_with('和')
        && end - stripped.len() == start + '和'.len_utf8()
        && no_conjunct_before(text, start, lead.jieba())
        && glued_he(text, start, at, lead.jieba())
    {
        return start;
    }
    let start = (end - stripped.len()).min(at);
    field.map_or(start, |f| start.min(f))
}

/// Fields of bodies' names that jieba reads as verbs (`src/data/committee_fields.txt`).
static COMMITTEE_FIELDS: LazyLock<Words> =
    LazyLock::new(|| Words::parse(include_str!("../data/committee_fields.txt")));

/// Where the first of two fields joined by 与 or 和 in `text[start..at]` starts, where it is
/// one of [`COMMITTEE_FIELDS`] and [`joins_fields`] holds.
fn joined_field(text: &str, start: usize, at: usize) -> Option<usize> {
    text[start..at].match_indices(['与', '和']).find_map(|(j, c)| {
        let conj = start + j;
        let (w, ()) = COMMITTEE_FIELDS.suffix(&text[start..conj])?;
        joins_fields(&text[..conj], &text[conj + c.len()..at]).then_some(conj - w.len())
    })
}

/// Nouns that continue a zone word into a longer noun (`src/data/zone_noun_tails.txt`).
static ZONE_NOUN_TAILS: LazyLock<Words> =
    LazyLock::new(|| Words::parse(include_str!("../data/zone_noun_tails.txt")));

/// Whether the zone word `suffix` (港区, 园区, 新区) is inside a longer noun that `after`
/// continues (港区连接线, 园区道路): a road or network of the zone, so the word closes no name.
fn zone_noun_tail(suffix: &str, after: &str) -> bool {
    ["港区", "园区", "新区"].iter().any(|z| suffix.ends_with(z))
        && ZONE_NOUN_TAILS.prefix(after).is_some()
}

/// Whether a place of the gazetteer starts inside the Han characters right before `at` (up
/// to eight: 宁波杭州湾 + 新区道路, 苏州 + 工业园区管网): a named zone's road is still the
/// zone's name.
fn placed_before(text: &str, at: usize) -> bool {
    let head = &text[crate::span::ceil_char_boundary(text, at.saturating_sub(8 * 3))..at];
    let run = head.char_indices().rev().take_while(|&(_, c)| is_han(c)).last();
    run.is_some_and(|(i, _)| {
        head[i..].char_indices().any(|(k, _)| LEXICON.place_prefix(&head[i + k..]).is_some())
    })
}

/// Characters that are lead words, adverbs or modals elsewhere yet open places' names
/// (`src/data/place_opening_chars.txt`).
static PLACE_OPENERS: LazyLock<Words> =
    LazyLock::new(|| Words::parse(include_str!("../data/place_opening_chars.txt")));

/// Whether `text[start..at]`, the words before the suffix at `at..end` of a park or a body,
/// opens with a short place the gazetteer lacks whose first character is a lead word, an
/// adverb or a modal elsewhere (常溪高新区, 将乐高新区, 从化经济开发区, 常溪集成电路设计产业园):
/// at a clause's start, that character and one more that jieba reads alone and that is no
/// function word, pronoun or level, then nothing or common nouns of two characters or more.
/// The suffix's match wins there over the lead word: no adverb or preposition opens a clause
/// before a lone character and a park's word (将建园区: 建 opens a word, 建园; 常年: a word).
fn short_place_first(text: &str, start: usize, at: usize, end: usize, jieba: &Jieba) -> bool {
    let head = &text[start..at];
    let mut chars = head.char_indices();
    let (Some((_, c)), Some((j, x))) = (chars.next(), chars.next()) else {
        return false;
    };
    if !PLACE_OPENERS.contains(&head[..c.len_utf8()])
        || !is_han(x)
        || function_char(x)
        // (将原开发区整合为…: 原, 新, 老, 旧, 现 before a zone date it; no place's name.)
        || "该其本此各每这那全省市县区州镇乡村原新老旧现".contains(x)
        || text[..start].chars().next_back().is_some_and(is_han)
    {
        return false;
    }
    let pair_end = j + x.len_utf8();
    let pair = &head[..pair_end];
    let own_word =
        jieba.has_word(pair) && !matches!(jieba.tag(pair, false).as_slice(), [t] if t.tag == "ns");
    let alone = jieba
        .cut(&text[start + j..end], false)
        .first()
        .is_some_and(|w| w.word.len() == x.len_utf8());
    let rest = &head[pair_end..];
    !own_word
        && alone
        && (rest.is_empty()
            || jieba.tag(rest, false).iter().all(|t| {
                t.word.chars().nth(1).is_some() && matches!(t.tag, "n" | "vn" | "nz" | "l" | "j")
            }))
}

/// Whether `s`, the words before a suffix, is one set phrase of jieba's (及时雨): three
/// characters or more, tagged as an idiom.
fn idiom_brand(s: &str, jieba: &Jieba) -> bool {
    s.chars().nth(2).is_some()
        && s.chars().nth(4).is_none()
        && matches!(jieba.tag(s, false).as_slice(), [t] if matches!(t.tag, "i" | "l"))
}

/// Whether `before` ends with a verb joining two actors (联合, 会同, 携手, 协同).
fn joins_actors(before: &str) -> bool {
    ["联合", "会同", "携手", "协同"].iter().any(|w| before.ends_with(w))
}

/// Whether a 与 or 和 between `before` and `field` joins two fields of a body's name
/// (海洋与渔业局, 自然资源和规划局): two to six Han characters after the conjunction (up to
/// the suffix) that open with no place, two before it, none of them a function word.
fn joins_fields(before: &str, field: &str) -> bool {
    let plain = |c: char| is_han(c) && !function_char(c);
    // (南岭巴士与深圳市交通运输局: a place after the conjunction opens another body's name.)
    (2..=6).contains(&field.chars().count())
        && field.chars().all(plain)
        && before.chars().rev().take(2).filter(|&c| plain(c)).count() == 2
        && LEXICON.place_prefix(field).is_none()
}

/// Whether the suffix `suffix` is a government body's (局, 厅, 委员会).
fn bureau_suffix(suffix: &str) -> bool {
    ["局", "厅", "委员会", "委"].iter().any(|b| suffix.ends_with(b))
}

/// Whether the 控股 at `start..end` is a verb or opens a word of its own, no holding
/// company's name's end: after a name's suffix or a word of manner (间接), before 的 or a
/// bracket, or where jieba has a word of it and the characters after it (控股股东, 控股子公司).
fn holding_verb(text: &str, start: usize, end: usize, jieba: &Jieba) -> bool {
    let after = &text[end..];
    // The ends of the first one to three Han characters after it.
    let ends =
        after.char_indices().take_while(|&(_, c)| is_han(c)).take(3).map(|(i, c)| i + c.len_utf8());
    // (间接控股, 绝对控股: so is one after an adverb or a word of kind, how it holds.)
    let before = &text[..start];
    let two = before.char_indices().rev().nth(1).map_or(before, |(i, _)| &before[i..]);
    let manner = || matches!(jieba.tag(two, false).as_slice(), [t] if matches!(t.tag, "d" | "ad" | "b" | "v"));
    after_name(before)
        || after.starts_with(['的', '（', '('])
        // (某集团控股子公司: so is one before a relation word, the kind of subsidiary.)
        || RELATIONS.prefix(after).is_some_and(|(w, ())| w.ends_with("公司"))
        || ends.into_iter().any(|i| jieba.has_word(&text[start..end + i]))
        || manner()
}

/// Whether `after`, the text after 控股, opens with a place of two to four characters (in the
/// gazetteer, a county's short form or jieba's one place word) and a limited company's legal form.
fn placed_subsidiary(after: &str, jieba: &Jieba) -> bool {
    after.char_indices().skip(2).take(3).any(|(i, _)| {
        let place = &after[..i];
        ["有限公司", "有限责任公司", "股份有限公司"].iter().any(|f| after[i..].starts_with(f))
            && place.chars().all(is_han)
            && (LEXICON.is_place_or_county(place)
                || matches!(jieba.tag(place, true).as_slice(), [t] if t.tag == "ns"))
    })
}

/// Whether `before` ends with a registered name's suffix (…有限公司, …集团).
fn after_name(before: &str) -> bool {
    ["公司", "集团", "有限责任", "合作社", "研究院", "研究所"].iter().any(|s| before.ends_with(s))
}

/// Whether the 和 at `at` belongs to a brand: only a trade word, or common nouns
/// (利和排气控制系统, 湘和有色金属), stand between it and the suffix at `suffix_at` (a name of
/// those and a suffix alone is none), and a Han character that is no function word before it.
fn glued_he(text: &str, at: usize, suffix_at: usize, jieba: &Jieba) -> bool {
    let after = &text[at + '和'.len_utf8()..suffix_at];
    // 安和生物制药（湖北）有限公司: the place in brackets before the suffix is no brand's.
    let after = bracketed_place_end(after).map_or(after, |i| &after[..i]);
    let suffix_at = at + '和'.len_utf8() + after.len();
    if no_conjunct_before(text, at, jieba) && LEXICON.place_prefix(after).is_none() {
        return true;
    }
    // (新疆众和股份有限公司: right before the suffix, or 股份 and the suffix, 和 joins no
    // second name: it ends the brand.)
    let bare = matches!(after, "" | "股份" | "控股" | "集团");
    // 江苏和泰环保: after a place, 和 opens a one-character brand.
    bare && han_before(text, at)
        || glued_character(text, at, suffix_at, jieba)
        || han_before(text, at)
            && (one_char_brand(after) && ends_with_place(&text[..at])
                || brand_he_after_place(text, at, after))
}

/// Where a bracketed place ending `s` opens (生物制药（湖北）): a registered name's region
/// written after the brand. (A county's short form, 福泉 of 福泉市, too: in brackets inside a
/// name it is no ordinary word.)
fn bracketed_place_end(s: &str) -> Option<usize> {
    let inner = s.strip_suffix(['）', ')'])?;
    let open = inner.rfind(['（', '('])?;
    let place = inner[open..].trim_start_matches(['（', '(']);
    LEXICON.is_place_or_county(place).then_some(open)
}

/// Whether a 和 at `at` has no conjunct before it to join, so it opens a brand (和辉光电
/// at a clause's start, 与和邦生物): nothing but a function word or a clause's start before
/// it, or one character of no level or pronoun after one (安和生物; 省和市 joins two), or a
/// lead verb (组织和兴纺织…: a verb is no conjunct, and takes the name as its object).
fn no_conjunct_before(text: &str, at: usize, jieba: &Jieba) -> bool {
    let mut back = text[..at].chars().rev();
    // (TCL和…: a Latin name before it is a conjunct; so is a list's comma, and a closing
    // bracket or quote: 某公司（简称“某某”）和….)
    let closes = |c: char| "、）)”\"」』》".contains(c);
    let opens = |c: char| !is_han(c) && !c.is_alphanumeric() && !closes(c) || function_char(c);
    let opener = |c: Option<char>| c.is_none_or(opens);
    match back.next() {
        None => true,
        // (华为和…: 为 ends a name as often as it is a preposition; only those that take
        // an object right after them open one here.)
        Some(c) if function_char(c) && is_han(c) => "与同跟向对被把将从由在及".contains(c),
        Some(c) if !is_han(c) => opens(c),
        Some(c) => brand_character(c) && opener(back.next()) || lead_verb_before(text, at, jieba),
    }
}

/// Whether a lead verb of two characters or more (组织, 走访, 引进) that jieba tags a verb
/// ends right before `at`.
fn lead_verb_before(text: &str, at: usize, jieba: &Jieba) -> bool {
    LEXICON.lead_verb_words.suffix(&text[..at]).is_some_and(
        |(w, _)| matches!(jieba.tag(w, false).as_slice(), [t] if t.tag == "v" || t.tag == "vn"),
    )
}

/// Whether `c`, alone before a 和, may be a brand's first character: no level (省和市) and
/// no pronoun (我和你).
fn brand_character(c: char) -> bool {
    is_han(c)
        && !function_char(c)
        && !LEVELS.contains(&c)
        && !matches!(c, '镇' | '乡' | '村' | '区' | '我' | '你' | '他' | '她' | '它')
}

/// Whether the function character at `at` (和, 都: three bytes) is a brand's second: only a
/// trade word or common nouns stand between it and the suffix at `suffix_at`, and a Han
/// character that is no function word before it.
fn glued_character(text: &str, at: usize, suffix_at: usize, jieba: &Jieba) -> bool {
    let after = &text[at + '和'.len_utf8()..suffix_at];
    han_before(text, at) && generic_tail(after, jieba)
}

/// Whether a Han character that is no function word stands right before `at`.
fn han_before(text: &str, at: usize) -> bool {
    text[..at].chars().next_back().is_some_and(|p| is_han(p) && !function_char(p))
}

/// Whether the function character at `at` closes a brand of two that jieba reads as one
/// word its dictionary lacks (岚为, 戊己), with only a trade word or common nouns between it
/// and the suffix at `suffix_at`.
fn glued_brand(text: &str, at: usize, suffix_at: usize, jieba: &Jieba) -> bool {
    let Some(first) = text[..at].chars().next_back().filter(|&p| brand_character(p)) else {
        return false;
    };
    let from = at - first.len_utf8();
    let pair_end = at + text[at..].chars().next().map_or(0, char::len_utf8);
    // (公司为科技有限公司, 目前为: the character before it ends a word, no brand's.)
    let opens = text[..from].chars().next_back().is_none_or(|b| !is_han(b) || function_char(b))
        || ends_with_place(&text[..from])
        || lead_verb_before(text, from, jieba);
    opens && !jieba.has_word(&text[from..pair_end]) && glued_character(text, at, suffix_at, jieba)
}

/// Whether `t`, a word of two characters or more that jieba tags as a function word
/// (preposition, conjunction, pronoun, particle) but its dictionary lacks (岚为/p, 戊己/r),
/// is an unknown brand jieba made up and tagged at random.
fn unknown_function_word(t: &Tag, jieba: &Jieba) -> bool {
    matches!(t.tag, "p" | "c" | "r" | "u")
        && t.word.chars().nth(1).is_some()
        && t.word.chars().all(is_han)
        && !jieba.has_word(t.word)
}

/// Whether `s` ends with a place of two or three characters (江苏, 内蒙古).
fn ends_with_place(s: &str) -> bool {
    s.char_indices().rev().take(4).skip(1).any(|(i, _)| LEXICON.is_place(&s[i..]))
}

/// Whether the 和 at `at`, with `after` between it and the name's suffix, is a brand's after
/// a place (内蒙古和发稀土科技…, 包头天和磁材技术…): the place named bare (包头市和甲公司
/// joins two) right before it or one character (天和) before it.
pub(crate) fn brand_he_after_place(text: &str, at: usize, after: &str) -> bool {
    const ADMIN: [char; 10] = ['省', '市', '县', '区', '州', '盟', '旗', '镇', '乡', '村'];
    let before = &text[..at];
    let one_back = before.char_indices().next_back().map(|(i, _)| &before[..i]);
    after.chars().count() >= 2
        && !before.ends_with(ADMIN)
        && (ends_with_place(before) || one_back.is_some_and(ends_with_place))
}

/// Whether `s` opens with a one-character brand before a trade word (岭 + 药业).
fn one_char_brand(s: &str) -> bool {
    s.char_indices().nth(1).is_some_and(|(i, _)| LEXICON.trade_words.prefix(&s[i..]).is_some())
}

/// Whether `rest`, after an 'adverb' opening a registered name (湖南 长远/d 锂科股份有限公司),
/// is a short end of the brand: one to three Han characters of no function word before the
/// form words.
fn short_brand_rest(rest: &str) -> bool {
    let rest = rest.strip_suffix("股份").unwrap_or(rest);
    (1..=3).contains(&rest.chars().count())
        && rest.chars().all(|c| is_han(c) && !function_char(c) && !LEVELS.contains(&c))
}

/// Whether `after` names no brand: a trade word, or common nouns of two characters or more.
fn generic_tail(after: &str, jieba: &Jieba) -> bool {
    LEXICON.trade_words.contains(after)
        || after.chars().count() >= 2
            && jieba.tag(after, false).iter().all(|t| {
                t.word.chars().count() >= 2 && matches!(t.tag, "n" | "vn" | "l" | "an" | "j")
            })
}

/// Relation words (全资子公司, 旗下): a name stands after them.
static RELATIONS: LazyLock<crate::words::Words> =
    LazyLock::new(|| crate::words::Words::parse(include_str!("../data/relation_words.txt")));

/// The length of a relation phrase opening `s` (全资子公司, 公司全资子公司, 其控股子公司), after
/// which a subsidiary's name stands.
/// (旗下全资子公司, 下属控股子公司: relation words in a row make one phrase.)
pub(crate) fn relation_lead(s: &str) -> Option<usize> {
    let owner = ["该公司", "公司", "其"].iter().find(|w| s.starts_with(**w)).map_or(0, |w| w.len());
    let mut end = owner + RELATIONS.prefix(&s[owner..])?.0.len();
    // (At most two: no phrase runs on longer.)
    if let Some((w, _)) = RELATIONS.prefix(&s[end..]) {
        end += w.len();
    }
    Some(end)
}

/// Whether `name` ends in a relation word (公司全资子公司, 其子公司): a phrase, not a name.
pub(crate) fn ends_in_relation(name: &str) -> bool {
    RELATIONS.suffix(name).is_some()
}

/// `s` after its last relation word (全资子公司, 旗下) that leaves two characters: the
/// parent named before it is another company.
fn after_relation(s: &str) -> &str {
    // Every relation word holds 司, 下, 东 or 业: most candidates are settled without a lookup.
    if !s.contains(['司', '下', '东', '业']) || !RELATIONS.may_occur_in(s) {
        return s;
    }
    match RELATIONS.rfind(s) {
        Some((i, w, _)) if s[i + w.len()..].chars().nth(1).is_some() => &s[i + w.len()..],
        _ => s,
    }
}

/// Whether `s` opens with a number and a unit or measure word (25万件, 3.5GW): list items
/// and clauses start so, names do not.
pub(crate) fn starts_with_quantity(s: &str) -> bool {
    quantity_len(s).is_some()
}

/// The length of the number and unit or measure word opening `s` (25万件, 28.6亿元), if one
/// does.
fn quantity_len(s: &str) -> Option<usize> {
    let digits = s.bytes().take_while(|b| b.is_ascii_digit() || *b == b'.').count();
    if digits == 0 {
        return None;
    }
    let rest = s[digits..].trim_start_matches(['十', '百', '千', '万', '亿']);
    let unit = crate::quantity::unit::UNITS.at(rest, 0)?;
    Some(s.len() - rest.len() + unit.text.len())
}

/// Strips what stands before a name inside a candidate: time expressions (`2022年`), the
/// text up to the last list verb (`亲自带领招商专班` → `招商专班`), lead words, and leading
/// multi-character verbs, adverbs, prepositions and time words (jieba POS).
pub(crate) fn strip_leading_words<'a>(s: &'a str, lead: &Leading) -> &'a str {
    let lex = &*LEXICON;
    let jieba = lead.jieba;
    let mut s = after_relation(s);
    // 汪清县吉林森源食品有限公司: a county (or city) before a name that opens with its
    // province is where the company is, no part of its registered name.
    if let Some(p) = lex.place_prefix(s) {
        let level = lex.place_level(&s[..p]);
        let province_after = lex
            .place_prefix(&s[p..])
            .is_some_and(|q| lex.place_level(&s[p..p + q]) == Some("province"));
        if matches!(level, Some("county" | "prefecture")) && province_after {
            s = &s[p..];
        }
    }
    // （记者梁嘉欣）佛山市顺德区统计局, …日电（记者…）…: a bracketed aside opening the
    // candidate, or a byline's anywhere in it, is no part of the name after it.
    if let Some(open) = s.find(['（', '(']) {
        let inner = &s[open + s[open..].chars().next().map_or(1, char::len_utf8)..];
        let byline = ["记者", "通讯员", "本报"].iter().any(|w| inner.starts_with(w));
        if let Some(close) = inner.find(['）', ')']).filter(|_| open == 0 || byline) {
            let rest = &inner[close + inner[close..].chars().next().map_or(1, char::len_utf8)..];
            if rest.chars().nth(1).is_some() {
                s = rest;
            }
        }
    }
    // 港口主要运营企业温州瓯江港务集团有限公司, 主要跨境电商平台厦门鹭海通…有限公司: a generic
    // head (企业, 平台) before a place describes the name after it.
    for head in ["企业", "平台"] {
        let Some(i) = rfind_short(s, head) else { continue };
        let rest = &s[i + head.len()..];
        if i > 0 && lex.place_prefix(rest).is_some() && rest.chars().nth(5).is_some() {
            s = rest;
        }
    }
    // 上市公司某某纸业股份有限公司, 高新技术企业某某有限公司: a class of companies (上市公司, or
    // 企业 after a word that grades it) before a registered name describes it (某某企业管理
    // 有限公司: not before the business the name registers, a verbal noun).
    if s.ends_with("公司") {
        let class_end = |head: &str| {
            let i = rfind_short(s, head)?;
            let graded = head == "上市公司" || super::enterprise::grades_enterprises(&s[..i]);
            let rest = &s[i + head.len()..];
            let body = super::REGISTERED_SUFFIXES.iter().find_map(|x| rest.strip_suffix(x))?;
            let brand =
                || jieba.tag(body, false).first().is_some_and(|t| !matches!(t.tag, "v" | "vn"));
            (graded && body.chars().nth(1).is_some() && !body.ends_with('集') && brand())
                .then_some(i + head.len())
        };
        if let Some(e) = class_end("上市公司").or_else(|| class_end("企业")) {
            s = &s[e..];
        }
    }
    // 晶湖光电系深圳晶湖科技集团…: the copula 系 (is) before a placed name ends the subject
    // before it; so does the share verb 占, which no name holds (园区产值占武进高新区的比重:
    // before any name, placed or not).
    if let Some((i, c)) =
        s.contains(['系', '占']).then(|| s.rmatch_indices(['系', '占']).next()).flatten()
    {
        let rest = &s[i + c.len()..];
        let placed = c == "占" || lex.place_prefix(rest).is_some();
        if i >= 2 * 3 && placed && rest.chars().nth(5).is_some() {
            s = rest;
        }
    }
    // The verb cut is made once: what follows the last verb holds no other that leaves two
    // characters, and later strips only shorten the front.
    let mut verbs_cut = false;
    loop {
        let before = s.len();
        if let Some(t) = crate::period::at_start(s) {
            if s.len() - t.span.end >= 2 * 3 {
                s = &s[t.span.end..];
            }
        }
        if !verbs_cut {
            // The last verb of the lead-word list inside the candidate.
            let mut cut = None;
            // Where jieba's words of `s` start: read once, when a lead word is found inside.
            let starts = std::cell::OnceCell::new();
            // (南港资本有限公司: not a lead word, 港资, that jieba reads across two words of
            // the name, opening inside one, 南港, and ending inside the next, 资本; one ending a
            // word, 紧紧围绕, or opening one still cuts.)
            let straddles = |b: usize, e: usize| {
                let starts = starts.get_or_init(|| {
                    let mut at = 0;
                    let mut v = Vec::new();
                    for t in jieba.cut(s, false) {
                        v.push(at);
                        at += t.word.len();
                    }
                    v
                });
                let next = starts.partition_point(|&x| x <= b);
                starts.binary_search(&b).is_err() && starts.get(next).is_some_and(|&x| x < e)
            };
            // (上合组织（连云港）国际物流园: not before a bracket, which opens no name.)
            // (中储粮南昌直属库有限公司: nor a lead word no verb after a place inside the
            // name, 南昌 + 直属; 江西支持华勤… still cuts.)
            // (可持续发展委员会: nor one after 可, which makes an adjective of it.)
            lex.lead_verbs.overlapping(s, |b, e, _| {
                let placed = || {
                    s[..b].char_indices().rev().skip(1).take(3).any(|(i, _)| lex.is_place(&s[i..b]))
                        && jieba
                            .tag(&s[b..e], false)
                            .first()
                            .is_some_and(|t| !t.tag.starts_with('v'))
                };
                // (襄阳市住房投资建设有限公司: nor one right before the legal form, the
                // business the name registers; a registered suffix other than 集团 alone.)
                if s[e..].chars().count() >= 2
                    && !s[..b].ends_with('可')
                    && !s[e..].starts_with(['（', '('])
                    && (&s[e..] == "集团" || !super::REGISTERED_SUFFIXES.contains(&&s[e..]))
                    && !placed()
                    && !straddles(b, e)
                {
                    cut = cut.max(Some(e));
                }
            });
            if let Some(e) = cut {
                s = &s[e..];
            }
            verbs_cut = true;
        }
        // 和政县, 和田市: a lead character that opens a place in the gazetteer is the place's.
        let stripped = lex.strip_lead(s);
        let stripped =
            if stripped.len() < s.len() && lex.place_prefix(s).is_some() { s } else { stripped };
        // 同和集团: lead characters that would leave the bare suffix, two or more of them
        // read into the name (a 和 glued to the character before it), are its brand: no
        // preposition or conjunction stands before a bare 集团 or 有限公司 alone.
        let bare =
            s.len() - stripped.len() >= 2 * 3 && super::REGISTERED_SUFFIXES.contains(&stripped);
        let stripped = if bare { s } else { stripped };
        // 经济发展局: a one-character lead word (经) that opens a noun with the next is kept
        // (read with two more characters: 经/上海证券交易所 opens no 经上).
        let one_char = s[..s.len() - stripped.len()].chars().nth(1).is_none();
        // (及时雨集团: nor one that opens a set phrase, jieba's idiom, which the name is
        // read whole.)
        let noun_opening = one_char && stripped.len() < s.len() && {
            let four = s.char_indices().nth(4).map_or(s, |(i, _)| &s[..i]);
            matches!(jieba.tag(four, false).first(),
                Some(t) if (t.tag.starts_with('n') || matches!(t.tag, "i" | "l"))
                    && t.word.chars().count() >= 2)
        };
        // 以岭药业: a one-character lead word that leaves a one-character brand before a
        // trade word is the brand's.
        let brand_opening = one_char && stripped.len() < s.len() && one_char_brand(stripped);
        if !noun_opening && !brand_opening {
            s = stripped;
        }
        if s.len() == before {
            break;
        }
    }
    // 投资者应当到上海证券交易所, 项目选址繁昌经济开发区: a verb before a place inside the
    // candidate ends the sentence's part; the name opens with the place.
    if let Some(i) = place_after_verb(s, jieba) {
        s = &s[i..];
    }
    // A word stripped from the front leaves at least two characters: three or fewer keep all.
    if s.chars().count() <= 3 || !lead.starts_strippable(s) {
        return s;
    }
    let whole = s;
    let mut token_start = 0;
    let tags = jieba.tag(whole, false);
    // 建设/vn 恒和新材料（嘉兴）有限公司, 全年服务/vn 某某有限公司: a verbal noun opening a
    // clause before a registered name is the clause's verb, its subject dropped (as a verb
    // is anywhere); before common nouns alone it is the brand (建设/vn 机械/n 有限公司).
    let clause_verb = |k: usize, tag: &str| {
        k == 0 && tag == "vn" && whole.ends_with("公司") && lead.opens_clause(whole)
    };
    for (k, tag) in tags.iter().enumerate() {
        let token_end = token_start + tag.word.len();
        // Only the token at the current start can be stripped.
        if whole.len() - s.len() != token_start {
            break;
        }
        let multi = tag.word.chars().count() >= 2;
        let rest = whole.get(token_end..).unwrap_or("");
        // 安踏/v 体育用品有限公司: a 'verb' before nothing but common nouns, a trade and a
        // company word or a trade word alone, is the brand they need (a verb before a name
        // leaves a proper word: 引进/v 华为/nz 技术有限公司; nor is 成为/v 公司 a name).
        // (现代/t 牧业（集团）有限公司: so is a 'time word', and the brackets of a group
        // written inside the name are no words.)
        // (远航/v 风能装备（盐城）有限公司: nor is the place a registered name holds in
        // brackets.)
        let mut depth = 0usize;
        let after: Vec<_> = tags[k + 1..]
            .iter()
            .filter(|t| match t.word {
                "（" | "(" => {
                    depth += 1;
                    false
                }
                "）" | ")" => {
                    depth = depth.saturating_sub(1);
                    false
                }
                _ => depth == 0,
            })
            .collect();
        // (鼎新/d 光电/j 材料/n 有限公司: so is an 'adverb', before abbreviations too.)
        // (岚为/p 科技/n 有限公司: so is a made-up 'function word'.)
        let verbal = matches!(tag.tag, "v" | "t" | "d")
            || clause_verb(k, tag.tag)
            || unknown_function_word(tag, jieba);
        let brand = verbal
            && (after.len() >= 2
                || after.len() == 1
                    && lex.trade_words.contains(after[0].word)
                    && !matches!(after[0].word, "集团" | "公司"))
            // (联合/v 资信/n 评估/vn 股份/n 有限公司: a verbal noun among them is a trade too.)
            && after.iter().all(|t| {
                (matches!(t.tag, "n" | "vn") || t.tag == "j" && tag.tag == "d")
                    && t.word.chars().count() >= 2
                    && !lex.is_place(t.word)
            });
        // (启明/v 光电/j, 远航/v 新/a 材: so is one before two characters of no proper
        // name, an abbreviated trade; 吸引/v 华为/nr leaves the name.)
        let proper = |t: &&Tag| matches!(t.tag, "nr" | "ns" | "nz" | "nt" | "nrt");
        let brand = brand || verbal && rest.chars().count() == 2 && !after.iter().any(proper);
        // 大连/d 万达集团: a place jieba reads as another word still names the company (兴化/v
        // 现代渔业产业园: a county's short form too).
        // (上合组织/v （连云港）国际物流园: a word before a bracketed place is the name's own;
        // no name opens with a bracket.)
        let before_bracket = rest.starts_with(['（', '(']);
        // (进化/v 镇 茶韵专业合作社: a word before a town's level read alone is the town's.)
        let town = tags.get(k + 1).is_some_and(|t| matches!(t.word, "镇" | "乡" | "村"));
        if multi
            && !town
            && (leading_tag(tag.tag) || clause_verb(k, tag.tag))
            && !brand
            && !before_bracket
            && rest.chars().count() >= 2
            && !lex.is_place(tag.word)
            && !lex.county_forms.contains(tag.word)
        {
            s = lex.strip_lead(rest);
        } else {
            break;
        }
        token_start = token_end;
    }
    s
}

/// Where a place starts in `s` after words that hold a verb (项目选址 + 繁昌经济开发区), if
/// two characters or more of the name follow the place.
fn place_after_verb(s: &str, jieba: &Jieba) -> Option<usize> {
    let lex = &*LEXICON;
    const ZONES: [&str; 4] = ["经济开发区", "经济技术开发区", "高新技术产业开发区", "工业园"];
    let zone = |z: &str| bare_park_word(z) || ZONES.contains(&z);
    // (A county's short form too, right before a zone's words: 繁昌 + 经济开发区.) The zone's
    // words end `s`: a test made once, as few phrases end so.
    let zone_last = s.char_indices().rev().take(9).any(|(k, _)| zone(&s[k..]));
    let county_short = |rest: &str| {
        rest.char_indices()
            .skip(2)
            .take(2)
            .map(|(k, _)| k)
            .find(|&k| zone(&rest[k..]) && lex.county_shorts.contains(&rest[..k]))
    };
    let (i, len) = s.char_indices().skip(2).find_map(|(i, _)| {
        let county = || zone_last.then(|| county_short(&s[i..])).flatten();
        lex.place_prefix(&s[i..]).or_else(county).map(|len| (i, len))
    })?;
    if s[i + len..].chars().nth(1).is_none() || !s[..i].chars().all(is_han) {
        return None;
    }
    // (国药控股湖北有限公司: 控股 before a place and a limited company's legal form is the
    // group's word in its subsidiary's name, no verb.)
    if s[..i].ends_with("控股") && placed_subsidiary(&s[i..], jieba) {
        return None;
    }
    // (打造庐山西海康养度假区: not a place jieba reads across a word's end, 山西 inside
    // 庐山/西海; the place opens a word of the phrase.)
    let mut at = 0;
    let opens_word = jieba.cut(s, false).iter().any(|t| {
        at += t.word.len();
        at == i
    });
    if !opens_word {
        return None;
    }
    // (Not a one-character 'verb' of a brand: 中/f 能/v + 酒泉风力发电; 选址 is tagged a
    // noun.)
    // (供应/vn 宁德…有限公司, 销往/vn 福建…: a verbal noun right before the place is the
    // verb of a supply sentence.)
    let tags = jieba.tag(&s[..i], false);
    let two = |t: &jieba_rs::Tag| t.word.chars().nth(1).is_some();
    let verb = tags.iter().any(|t| t.tag == "v" && two(t) || t.word == "选址")
        || tags.last().is_some_and(|t| t.tag == "vn" && two(t));
    verb.then_some(i)
}

/// What `strip_leading_words` needs of one text: jieba, and what it found at the start of
/// each phrase tested. The recognizers strip phrases that start at one place (a name, the
/// list item it opens) several times: a start's dictionary prefixes are probed once.
pub(crate) struct Leading<'t, 'j> {
    jieba: &'j Jieba,
    text: &'t str,
    /// By a phrase's offset in `text`: what probing its prefixes found so far.
    probed: RefCell<FxMap<usize, Probe>>,
    /// How each dictionary word tagged alone so far may be stripped: a text repeats its
    /// names, and the words they start with are probed at each.
    words: RefCell<FxMap<&'t str, Strip>>,
}

/// How a dictionary word tagged alone may be stripped from a name's front.
#[derive(Clone, Copy, PartialEq)]
enum Strip {
    /// Wherever it stands (a verb, an adverb, a preposition …).
    Always,
    /// Only opening a clause: a verbal noun (建设, 服务), a verb whose subject was dropped.
    ClauseVerb,
    Never,
}

/// The dictionary prefixes probed at one start of the text.
#[derive(Clone, Copy)]
enum Probe {
    /// None strippable among those ending up to this byte.
    Upto(usize),
    /// The first strippable one ends here.
    Found(usize),
}

impl<'t, 'j> Leading<'t, 'j> {
    pub(crate) fn new(text: &'t str, jieba: &'j Jieba) -> Leading<'t, 'j> {
        Leading { jieba, text, probed: RefCell::default(), words: RefCell::default() }
    }

    /// The segmenter.
    pub(crate) fn jieba(&self) -> &'j Jieba {
        self.jieba
    }

    /// Where `s`, a phrase of the text, starts in it (None for a string from elsewhere).
    fn offset_of(&self, s: &str) -> Option<usize> {
        let offset = (s.as_ptr() as usize).wrapping_sub(self.text.as_ptr() as usize);
        let end = offset.checked_add(s.len())?;
        (end <= self.text.len()).then_some(offset)
    }

    /// Whether `s`, a phrase of the text, opens a clause: nothing before it back to a clause's
    /// separator (not a list's comma) or the text's start but a time expression or a lead
    /// word (全年服务…, 同时组织…). Read back up to eight characters.
    fn opens_clause(&self, s: &str) -> bool {
        let Some(before) = self.offset_of(s).and_then(|o| self.text.get(..o)) else {
            return false;
        };
        let mut from = None;
        for (n, (i, c)) in before.char_indices().rev().enumerate() {
            if n > 8 {
                return false;
            }
            if c != '、' && crate::sentence::is_clause_sep(c) {
                from = Some(i + c.len_utf8());
                break;
            }
        }
        let head = &before[from.unwrap_or(0)..];
        head.is_empty()
            || crate::period::at_start(head).is_some_and(|t| t.span.end == head.len())
            || LEXICON.lead_words.contains(head)
    }

    /// Whether `s` starts with a word of jieba's dictionary of two or more characters, that
    /// leaves two after it and that may be stripped: only a dictionary word with a leading
    /// tag can be (an unknown word comes out in single characters, a run of Latin letters or
    /// digits is tagged eng or m). A word that jieba keeps whole when tagged alone gets its
    /// dictionary tag, the tag it has wherever it is a token: tagging the short words at the
    /// start tells whether tagging the whole phrase can strip anything.
    fn starts_strippable(&self, s: &str) -> bool {
        let at = self.offset_of(s);
        // Whether the prefix of `s` ending at `e`, a dictionary word, may be stripped: once
        // per word of the text.
        // (Whether `s` opens a clause depends on its offset alone, as the probes below do.)
        let clause = std::cell::OnceCell::new();
        let strippable = |e: usize| {
            let tagged = || match self.jieba.tag(&s[..e], false).as_slice() {
                [t] if leading_tag(t.tag) => Strip::Always,
                [t] if t.tag == "vn" => Strip::ClauseVerb,
                [_] => Strip::Never,
                _ => Strip::Always,
            };
            let strip = match at.and_then(|o| self.text.get(o..o + e)) {
                Some(w) => *self.words.borrow_mut().entry(w).or_insert_with(tagged),
                None => tagged(),
            };
            strip == Strip::Always
                || strip == Strip::ClauseVerb && *clause.get_or_init(|| self.opens_clause(s))
        };
        // The prefixes end from the second character to the one that leaves two.
        let Some((limit, _)) = s.char_indices().rev().nth(1) else { return false };
        // The first strippable prefix ending after `upto` and up to `limit` (walked by lead
        // bytes: the prefixes are many, and most probes fail).
        let first_after = |upto: usize| {
            let bytes = s.as_bytes();
            let mut e = bytes.first().map_or(0, |&b| crate::normalize::utf8_len(b));
            while e < limit {
                e += crate::normalize::utf8_len(bytes[e]);
                if e > upto && self.jieba.has_word(&s[..e]) && strippable(e) {
                    return Some(e);
                }
            }
            None
        };
        let Some(offset) = at else {
            // Not a phrase of the text: nothing to remember.
            return first_after(0).is_some();
        };
        let mut probed = self.probed.borrow_mut();
        let probe = probed.entry(offset).or_insert(Probe::Upto(0));
        let upto = match *probe {
            // No shorter prefix is strippable.
            Probe::Found(first) => return first <= limit,
            Probe::Upto(upto) if limit <= upto => return false,
            Probe::Upto(upto) => upto,
        };
        let first = first_after(upto);
        *probe = first.map_or(Probe::Upto(limit), Probe::Found);
        first.is_some()
    }
}

/// Tags of the words stripped from the front: verbs, adverbs, prepositions, conjunctions,
/// time words, particles and pronouns.
fn leading_tag(tag: &str) -> bool {
    matches!(tag, "v" | "d" | "p" | "c" | "t" | "ad" | "u" | "r")
}

/// Whether `prefix` ends with a word of scope (省外, 境外, 国内, 区内 …): a level or 境, 国, 海
/// before 内 or 外.
fn scope_end(prefix: &str) -> bool {
    let mut chars = prefix.chars().rev();
    chars.next();
    chars.next().is_some_and(|c| "省市县区州镇乡村境国海园域场厂".contains(c))
}

/// Whether a name prefix reads as a name: no verbs, prepositions, conjunctions or adverbs
/// (`项目建设作为开发区` is a clause, not a park). Organizations may contain verbs
/// (`工业协调服务专班`).
fn proper_words(prefix: &str, kind: EntityKind, jieba: &Jieba) -> bool {
    let lex = &*LEXICON;
    // (兴化/v 现代/t 渔业产业园: a county's short form is its place here.)
    let placed = |w: &str| lex.is_place_or_county(w);
    // 省属七大煤炭集团, 全国十大企业集团: a numeral and 大 count a group, no name.
    let group = prefix.char_indices().any(|(i, c)| {
        matches!(
            c,
            '一' | '二' | '三' | '四' | '五' | '六' | '七' | '八' | '九' | '十' | '两' | '几'
        ) && prefix[i + c.len_utf8()..].starts_with('大')
    });
    if group {
        return false;
    }
    // 上合组织（连云港）国际物流园: a place in brackets inside the words names where the one
    // thing so named is.
    let bracketed_place = prefix.find('（').is_some_and(|i| {
        let inner = &prefix[i + '（'.len_utf8()..];
        i > 0 && inner.find('）').is_some_and(|j| lex.is_place(&inner[..j]))
    });
    if bracketed_place {
        return true;
    }
    let tags = jieba.tag(prefix, false);
    // 可满足公司: a modal opening the words before the suffix makes them a predicate.
    let modal = tags.first().is_some_and(|t| {
        matches!(t.tag, "v" | "d")
            && matches!(t.word, "可" | "能" | "将" | "会" | "要" | "应" | "需" | "拟")
    });
    // 成本上涨可能压缩公司, 关键在于当地银行, 陈述不构成公司: a modal, a copula or a negation
    // anywhere before the suffix makes a clause, no name.
    // (Looked for inside words too: jieba holds 关键在于 whole.)
    let clause = || {
        tags.iter().any(|t| CLAUSE_WORDS.contains(t.word))
            || CLAUSE_WORDS.iter().any(|w| w.chars().nth(1).is_some() && contains_short(prefix, w))
    };
    if modal || clause() {
        return false;
    }
    // 顺丰速运: an unknown brand jieba cuts into single characters, tagged at random.
    // (汕尾 顺丰速运: so is one after its place.)
    let single = |t: &Tag| t.word.chars().nth(1).is_none() && t.word.chars().all(is_han);
    let placed_first = tags.first().is_some_and(|t| t.tag == "ns" || placed(t.word));
    let brand_from = usize::from(placed_first && tags.len() >= 4);
    if kind == EntityKind::Enterprise
        && tags.len() - brand_from >= 3
        && tags[brand_from..].iter().all(single)
    {
        return true;
    }
    let mut at = 0;
    // 中电数科（任丘）智能计算有限公司: the place an enterprise's registered name holds in
    // brackets is read apart by jieba (任/r 丘), but its words are no clause's.
    let mut bracket: Option<usize> = None;
    tags.iter().enumerate().all(|(i, t)| {
        let multi = t.word.chars().count() >= 2;
        at += t.word.len();
        if kind == EntityKind::Enterprise {
            match t.word {
                "（" | "(" => {
                    bracket = Some(at);
                    return true;
                }
                "）" | ")" => {
                    bracket = None;
                    return true;
                }
                _ => {}
            }
            if let Some(open) = bracket {
                let inner = prefix[open..].split(['）', ')']).next().unwrap_or("");
                if (2..=4).contains(&inner.chars().count()) && inner.chars().all(is_han) {
                    return true;
                }
            }
        }
        match t.tag {
            // 嘉和纤维, 智同生物制药: a 和 or 同 inside a brand, after a character of it (no
            // word: 县里和电力) and before its trade word or common nouns.
            // (浙江顺腾环保: after a place, it opens a one-character brand as at the start.)
            // 海洋与渔业局: a bureau of two fields.
            "c" | "p"
                if kind == EntityKind::Organization
                    && matches!(t.word, "与" | "和")
                    && joins_fields(&prefix[..at - t.word.len()], &prefix[at..]) =>
            {
                true
            }
            "c" | "p" if !multi && i > 0 => {
                let prev = &tags[i - 1];
                // (佛山市 顺/p 科 厨卫电器: after a place, with one character, a brand of two
                // before common nouns.)
                let two_char_brand = || {
                    let rest = &prefix[at..];
                    rest.chars()
                        .next()
                        .is_some_and(|c| is_han(c) && generic_tail(&rest[c.len_utf8()..], jieba))
                };
                // (曹/nr 县/zg 顺/p: a place jieba reads apart ends where it stands.)
                let after_place = prev.tag == "ns"
                    || lex.is_place(prev.word)
                    || ends_with_place(&prefix[..at - t.word.len()]);
                // (众/ng 和/c + 股份有限公司: a 和 right before the suffix joins nothing; it
                // ends a brand of two.)
                let closes_brand = t.word == "和"
                    && at == prefix.len()
                    && kind == EntityKind::Enterprise
                    && prev.word.chars().count() == 1
                    && prev
                        .word
                        .chars()
                        .all(|c| is_han(c) && !function_char(c) && !LEVELS.contains(&c));
                (prev.word.chars().nth(1).is_none() && generic_tail(&prefix[at..], jieba))
                    || closes_brand
                    || after_place && (one_char_brand(&prefix[at..]) || two_char_brand())
                    || t.word == "和"
                        && brand_he_after_place(prefix, at - t.word.len(), &prefix[at..])
                    // (鹰和达汽车科技: one character opening the name before 和, which the
                    // name was read over, is the brand's first.)
                    || t.word == "和"
                        && i == 1
                        && kind == EntityKind::Enterprise
                        && prev.word.chars().next().is_some_and(brand_character)
                        && prev.word.chars().nth(1).is_none()
                        && prefix[at..].chars().nth(1).is_some()
            }
            // 同和集团: two function characters alone before the suffix are a brand of two
            // (the 和 after the first closes it, above).
            "c" | "p"
                if i == 0
                    && !multi
                    && kind == EntityKind::Enterprise
                    && prefix.chars().count() == 2
                    && tags.len() == 2
                    && !function_char(prefix.chars().next().unwrap_or('的')) =>
            {
                true
            }
            // 岚为/p 科技, 戊己/r 材料: a made-up 'function word' of an enterprise, opening the
            // words or after a place, before a trade word or common nouns, is its brand.
            "p" | "c" | "r" | "u"
                if kind == EntityKind::Enterprise
                    && unknown_function_word(t, jieba)
                    && (i == 0 || tags[i - 1].tag == "ns" || placed(tags[i - 1].word))
                    && generic_tail(&prefix[at..], jieba) =>
            {
                true
            }
            // (戊/ 己/r 材料: one 'pronoun' of no pointing or person, after one character opening
            // the words, before a trade word or common nouns, closes a brand of two.)
            "r" if i == 1
                && !multi
                && kind == EntityKind::Enterprise
                && tags[0].word.chars().all(brand_character)
                && tags[0].word.chars().nth(1).is_none()
                && !t.word.chars().any(|c| "我你他她它其该本此每各某这那谁您咱".contains(c))
                && generic_tail(&prefix[at..], jieba) =>
            {
                true
            }
            // 以岭药业: a function character opening a one-character brand is the brand's.
            "p" if i == 0 && !multi => one_char_brand(&prefix[at..]),
            // 和辉光电: a 和 the name was read from (no conjunct before it) opens the brand.
            // (和泰集团: before one character too, a brand's, no level or pronoun.)
            "c" | "p" if i == 0 && t.word == "和" && kind == EntityKind::Enterprise => {
                let mut rest = prefix[at..].chars();
                match (rest.next(), rest.next()) {
                    (Some(c), None) => brand_character(c) && !"该其各本此每全".contains(c),
                    (_, second) => second.is_some(),
                }
            }
            // 彩云之南, 天府之星: the literary 之 joins two words of a brand.
            "u" if t.word == "之" && i > 0 && at < prefix.len() => true,
            "p" | "c" | "u" | "uj" | "r" => false,
            // 大连/d 万达, 宁波 均/d 胜: a place jieba misreads, or one character of an
            // unknown brand (tagged at random), is part of the name.
            // (宁波今日食品: a time word right after a place opens the brand.)
            // (华/ns 鼎新/d 材料: a word jieba glued across the brand and its trade word.)
            "d" | "t" => {
                (kind == EntityKind::Enterprise
                    && (!multi
                        || i > 0 && straddles_trade(prefix, at, t.word)
                        || t.tag == "t"
                            && i > 0
                            && (tags[i - 1].tag == "ns" || placed(tags[i - 1].word))))
                    || placed(t.word)
                    // (成都 高新/d 综合保税区: a zone's modifier after its place.)
                    || kind == EntityKind::Park
                        && multi
                        && i > 0
                        && (tags[i - 1].tag == "ns" || placed(tags[i - 1].word))
                    // (融安县 大将/d 镇/n: a town's name read apart before its level.)
                    || tags.get(i + 1).is_some_and(|t| matches!(t.word, "镇" | "乡" | "县"))
                    // (现代/t 牧业, 现代/t 种业产业园: a 'time word' before a trade word is
                    // part of the name.)
                    || t.tag == "t" && lex.trade_words.prefix(&prefix[at..]).is_some()
                    // (合肥 鼎新/d 光电材料: an 'adverb' opening the name or after its place,
                    // before nothing but common nouns, is the brand.)
                    || t.tag == "d"
                        && multi
                        && kind == EntityKind::Enterprise
                        // (武功/nr 县/zg 鼎新/d: a place read apart from its level.)
                        && (i == 0
                            || tags[i - 1].tag == "ns"
                            || placed(tags[i - 1].word)
                            || matches!(tags[i - 1].word, "省" | "市" | "县" | "区" | "州" | "旗"))
                        && (generic_tail(&prefix[at..], jieba) || short_brand_rest(&prefix[at..]))
            }
            // 中铁二十五局, 中国第一汽车: a numeral word inside a name (not digits: 某县2026年
            // 政府工作报告). Opening one, only an enterprise's brand of two digit characters
            // before its trade (九三粮油, 八一钢铁); 三家, 十大 and 两个 count.
            // (克/m 诺尔 新材料: one character jieba tags a numeral, a measure's, is a
            // brand's when it is no numeral.)
            "m" => {
                let no_numeral = !multi
                    && !t.word.chars().all(|c| {
                        crate::period::is_numeral(c) || "几数半多两余百千万亿".contains(c)
                    });
                // (元/m 洪 投资区: so is a park's short name, opening it; 五/m 象 新区, 两江
                // 新区: a numeral too, before no measure word, 三个新区 counting.)
                let numeral_park = || {
                    let mut rest = prefix[at..].chars();
                    t.word.chars().nth(1).is_none()
                        && rest.next().is_some_and(|c| is_han(c) && !counted_word(c))
                };
                !t.word.contains(|c: char| c.is_ascii_digit())
                    && (i > 0
                        || kind == EntityKind::Park
                            && (no_numeral || numeral_park())
                            && prefix.chars().nth(3).is_none()
                        || kind == EntityKind::Enterprise
                            && (numeral_brand(prefix)
                                || no_numeral
                                || numeral_led_brand(t.word, &prefix[at..])))
            }
            // (包头/v 稀土高新技术产业开发区: a place jieba reads as a verb is the place;
            // 新能源装备/n 制造/v 产业园: a verb after a noun, ending the prefix, names the
            // park's industry with it.)
            // (福鼎市 点头/v 白茶产业园: a town's name after its city, read as a verb; 豫东
            // 多式/b 联运/v 物流产业园: a verb after a distinguishing word names the industry.)
            "v" => {
                kind != EntityKind::Park
                    || !multi
                    || placed(t.word)
                    || i > 0 && at == prefix.len() && tags[i - 1].tag == "n"
                    || i > 0
                        && at < prefix.len()
                        && (matches!(tags[i - 1].tag, "ns" | "b" | "k") || placed(tags[i - 1].word))
                        && !ACT_VERBS.contains(t.word)
            }
            _ => true,
        }
    })
}

/// Words that make the words before a suffix a clause: modals, copulas, negations.
static CLAUSE_WORDS: LazyLock<Words> =
    LazyLock::new(|| Words::parse(include_str!("../data/clause_words.txt")));

/// Verbs of founding a body together ([`ACT_VERBS`] act on parks and bodies alike).
const FOUND_VERBS: [&str; 5] = ["共建", "组建", "成立", "设立", "牵头"];

/// Verbs of acting on a park (建设某某产业园, 打造…): after a place they open a clause, not a
/// park's name.
static ACT_VERBS: LazyLock<Words> =
    LazyLock::new(|| Words::parse(include_str!("../data/park_act_verbs.txt")));

/// Whether the numerals opening an enterprise's name `prefix` are a brand: two digit
/// characters and no third (三一重工, 九三集团; not 十大, 两家 or 几个: those count).
fn numeral_brand(prefix: &str) -> bool {
    const DIGITS: &str = "〇零一二三四五六七八九";
    prefix.chars().take_while(|&c| DIGITS.contains(c)).count() == 2
}

/// Whether one digit character `numeral` and `after` it make a brand of two characters
/// before its trade word (九恒 + 木业, 七星 + 电子): the second is no measure or counted word
/// (三家, 五类, 六成).
fn numeral_led_brand(numeral: &str, after: &str) -> bool {
    let single_digit =
        numeral.chars().count() == 1 && numeral.chars().all(|c| "三四五六七八九".contains(c));
    single_digit
        && after.chars().next().is_some_and(|c| is_han(c) && !counted_word(c))
        && one_char_brand(after)
}

/// Whether `c` after a numeral makes it a count or an ordinal (三家, 五类, 六成, 一批, 一二),
/// not a brand's first character.
fn counted_word(c: char) -> bool {
    const MEASURES: &str = "家个大成年项批座条位名类种只台件次倍届期强佳号级所栋层月日天些半";
    MEASURES.contains(c) || crate::period::is_numeral(c)
}

/// Whether `word`, ending at byte `at` of `s`, ends with a character that opens a trade word
/// written on after it (鼎新 + 材料: the brand 华鼎 and 新材料).
fn straddles_trade(s: &str, at: usize, word: &str) -> bool {
    let last = word.chars().next_back().map_or(0, char::len_utf8);
    LEXICON.trade_words.prefix(&s[at - last..]).is_some_and(|(w, _)| w.len() > last)
}

/// Characters that stand for a trade in a group's short name of two characters (钢 for 钢铁,
/// 煤 for 煤炭, 汽 for 汽车, 柴 for 柴油机: 本钢, 一汽, 全柴).
const TRADE_CHARS: &str = "钢铁煤矿油电汽柴机化药纺铝铜锌镍钛锰";

/// Whether the part of `name` before byte `at` (where its suffix starts) may open a name.
fn valid_prefix(name: &str, at: usize, need: Prefix) -> bool {
    let lex = &*LEXICON;
    let (prefix, suffix) = name.split_at(at);
    let chars = prefix.chars().count();
    const ADMIN: [char; 6] = ['省', '市', '县', '区', '州', '镇'];
    // 市发改委, 省工信厅: one administrative character stands for the place.
    // (县委, 市委: a level's party committee, its one character too.)
    let admin_only =
        chars == 1 && prefix.starts_with(ADMIN) && (suffix.chars().count() >= 2 || suffix == "委");
    // (园区管委会: the body of the park the text is about; 园区 alone is no park's name.)
    let park_body = bare_park_word(prefix) && suffix == "管委会";
    if (chars < 2 && !(need == Prefix::Place && admin_only))
        || lex.stopwords.contains(prefix) && !park_body
        || starts_with_quantity(prefix)
        // (新增商会12家: a verb of a flow of bodies before a bare suffix counts them.)
        || crate::quantity::COUNT_VERBS.contains(prefix)
    {
        return false;
    }
    // 茶叶专业合作社: a product word alone before a cooperative's suffix names the kind of
    // cooperative, no one (a registered one holds a place or a brand too: 延丰苹果专业合作社).
    if suffix.starts_with("专业合作社") && chars < 3 {
        return false;
    }
    // (全国排污权登记结算（南京）有限责任公司: a company's registered name may open with 全国.)
    // (一汽解放汽车有限公司, 一心堂药业集团股份有限公司: 一 before a word that is no measure
    // opens a registered name as a brand's first character, not a count: 一家, 一批.)
    // (多彩黔程酒店管理有限公司, 全聚德餐饮有限公司: so do 多 and 全 before no measure word
    // and no scope, 多家, 全市, 全面.)
    let led = |lead: char| {
        prefix.strip_prefix(lead).is_some_and(|rest| {
            rest.chars().next().is_some_and(|c| {
                is_han(c)
                    && !counted_word(c)
                    && !(lead == '全' && "市省区县国年体部面力镇乡州".contains(c))
            }) && chars >= 3
                && suffix.ends_with("公司")
        })
    };
    let one_led = led('一') || led('多') || led('全');
    // (本钢集团, 一汽集团, 全柴集团: a group's short name of two characters, a place's or an
    // ordinal's first character and one standing for the trade, opens with 本, 一 or 全 as a
    // brand; 本集团, 本市, 一流, 全省 hold no trade's character.)
    let trade_short = chars == 2
        && prefix.starts_with(['本', '一', '全'])
        && prefix.chars().nth(1).is_some_and(|c| TRADE_CHARS.contains(c))
        && (suffix.starts_with("集团") || suffix.ends_with("公司"));
    let registered =
        prefix.starts_with("全国") && suffix.ends_with("公司") || one_led || trade_short;
    // (全椒经济开发区, 全南县…: a county whose name opens with 全 is no scope word.)
    let place_first = || {
        lex.place_prefix(prefix).is_some()
            || prefix
                .char_indices()
                .skip(2)
                .take(2)
                .map(|(i, _)| i)
                .chain([prefix.len()])
                .any(|i| lex.county_shorts.contains(&prefix[..i]))
    };
    // (两江新区: a short name of two characters opening with a numeral before no measure
    // word names a zone; 两个新区 counts.)
    let numeral_place = || {
        chars == 2
            && suffix.ends_with('区')
            && prefix.starts_with(['一', '两'])
            && prefix.chars().nth(1).is_some_and(|c| !counted_word(c))
    };
    if !registered
        && !place_first()
        && prefix.starts_with([
            '各', '该', '本', '这', '那', '每', '此', '其', '全', '我', '一', '两', '多', '某',
            '占',
        ])
        && !numeral_place()
    {
        return false;
    }
    // (以自有资金回购公司股份: a verb of buying or holding shares before 公司 makes it the
    // company's own shares, no name.)
    if ["回购", "收购", "增持", "减持", "持有", "入股"].iter().any(|v| prefix.ends_with(v))
    {
        return false;
    }
    // (当地光伏产业园, 外地客商: a word pointing at a place the text names elsewhere.)
    if ["当地", "外地", "异地"].iter().any(|w| prefix.starts_with(w)) && !place_first() {
        return false;
    }
    // (部分景区实施门票减免, 部分园区: a part of them, no name.)
    if ["部分", "一些", "若干", "所有", "其他", "其它"].contains(&prefix) {
        return false;
    }
    // 进出口总额居全省经开区(首位): a scope word inside is a ranking phrase, not a name.
    if prefix.contains('全')
        && !registered
        && ["全省", "全市", "全国", "全县"].iter().any(|w| prefix.contains(w))
    {
        return false;
    }
    // 上市公司, 子公司, 大型企业集团: a generic word + suffix; 报告期内公司, 境外公司: a time
    // or place phrase ending in a locative + suffix. (A partnership registers its name as
    // 某某合伙企业 before its bracketed form: 瑞丰投资合伙企业（有限合伙）.)
    let partnership = prefix.ends_with("合伙企业") && suffix.ends_with("合伙）");
    // (吨煤成本较集团平均水平, 高于集团: a comparison's word before the suffix makes it the
    // base compared with.)
    // (航空公司, 化工集团: a trade word alone before a bare 公司 or 集团 names a kind of
    // company.)
    let kind_of_company = matches!(suffix, "公司" | "集团") && lex.trade_words.contains(prefix);
    // (另一家公司, 两家公司, 每家企业: a count or a pointer before the measure word 家.)
    let counted = prefix.strip_suffix('家').is_some_and(|h| {
        h.ends_with(|c: char| crate::period::is_numeral(c) || "另这那每各某多几".contains(c))
    });
    if lex.stopwords.contains(name)
        || kind_of_company
        || counted
        || prefix.ends_with("企业") && !partnership
        || prefix.ends_with(['较', '比', '于'])
        // (省外公司, 境内上市公司: a scope before the suffix; 红外, a word of its own in a
        // brand, is none: 高德红外股份有限公司.)
        || prefix.ends_with(['内', '外']) && (prefix.chars().count() <= 2 || scope_end(prefix))
    {
        return false;
    }
    // 绿色工业园区, 生态工业园, 智慧园区: a kind alone before the suffix names a class; so
    // does a rank or a role (核心港区, 主要景区, 监测景区).
    if CLASS_KINDS.contains(prefix) {
        return false;
    }
    // 政策性银行, 股份制银行: a kind's word in 性 or 制 alone before the suffix names a class;
    // so does a listing (主板上市公司, 创业板上市公司) or an ownership (国有控股公司, 民营企业).
    let owned = ["控股", "独资", "参股", ""]
        .iter()
        .any(|w| prefix.strip_suffix(w).is_some_and(|o| OWNERSHIP_WORDS.contains(o)));
    if prefix.ends_with(['性', '制']) && prefix.chars().count() <= 4
        || prefix.ends_with("上市")
        || owned
    {
        return false;
    }
    // 长沙、岳阳、郴州三个片区, 南尖岩、神龙谷两个景区: a count before the suffix names several,
    // no one.
    let counted = prefix.strip_suffix('个').is_some_and(|p| {
        p.ends_with(|c: char| c.is_ascii_digit() || crate::period::is_numeral(c) || c == '两')
    });
    if counted {
        return false;
    }
    // 境内上市公司, 海外子公司: a place of scope before a generic name names a class.
    static SCOPES: LazyLock<Words> =
        LazyLock::new(|| Words::parse(include_str!("../data/place_scopes.txt")));
    if SCOPES.prefixes(name).any(|(w, ())| lex.stopwords.contains(&name[w.len()..])) {
        return false;
    }
    // (在国内车企集团中排名: so does one before any words and a bare 集团, 公司 or 企业; a
    // registered name has its legal form.)
    if matches!(suffix, "集团" | "公司" | "企业") && SCOPES.prefix(name).is_some() {
        return false;
    }
    // (两家锂电材料上市公司: so do trade words before one, a class of companies by trade.)
    // (Asked only of names ending in a company's generic word: one hash per position.)
    let generic_end = ["公司", "企业", "集团"].iter().any(|w| name.ends_with(w));
    let trade_class = generic_end
        && name.char_indices().skip(2).any(|(i, _)| {
            lex.stopwords.contains(&name[i..]) && super::trade_words_only(&name[..i])
        });
    if trade_class {
        return false;
    }
    // 主要商业银行, 新开业村镇银行: a generic word before a generic name; 新能源装机占公司:
    // the share verb 占 before the suffix.
    let generic_pair = name
        .char_indices()
        .skip(2)
        .any(|(i, _)| lex.stopwords.contains(&name[..i]) && lex.stopwords.contains(&name[i..]));
    // (5A级景区占监测景区: 占 after a first name's suffix joins two, a share's part and
    // whole.)
    // (吞吐量占全集团: 占 and a scope word before the suffix make the share's whole.)
    let share_of = ["区占", "园占", "港占"].iter().any(|w| contains_short(prefix, w))
        || prefix.rfind('占').is_some_and(|i| prefix[i..].chars().count() <= 2);
    if generic_pair || prefix.ends_with('占') || share_of {
        return false;
    }
    // 省级重点实验室, 国家级经开区, 省级技术创新中心: a level names a class of bodies, not
    // one.
    // (建设国家级一流开发区: a level after a verb is a goal's, no name's.)
    // (西双版纳国家级旅游度假区, 长沙国家级经济技术开发区: a place before the level names one
    // body of that class.)
    // (Only the national level: 湖南省级重点实验室 is the province's class of labs.)
    let level_at = ["省级", "市级", "县级", "区级", "国家级"]
        .iter()
        .filter_map(|l| find_short(prefix, l))
        .min();
    let placed = level_at.is_some_and(|i| {
        let before = &prefix[..i];
        let county = before
            .char_indices()
            .skip(2)
            .take(2)
            .any(|(j, _)| lex.county_shorts.contains(&before[..j]));
        prefix[i..].starts_with("国家级") && (lex.place_prefix(before).is_some() || county)
    });
    // (信用评级有限公司: 评级, rating, is the trade, no level.)
    let level_end = prefix.ends_with('级') && !prefix.ends_with("评级");
    if (level_end || level_at.is_some()) && !placed {
        return false;
    }
    match need {
        Prefix::Any | Prefix::Noun => true,
        Prefix::Place => {
            // (国家药品监督管理局, 自治区林业局: the nation or a region's level.)
            admin_only
                || prefix.starts_with(ADMIN)
                || prefix.starts_with("国家")
                || prefix.starts_with("自治")
                || prefix.ends_with(['省', '市', '县', '区', '州', '镇', '乡', '旗', '盟'])
                || lex.place_prefix(prefix).is_some()
                || lex.county_shorts.contains(prefix)
                // 三江新区经济发展局: a park's own bureau.
                || ["新区", "开发区", "高新区", "经开区", "园区", "保税区"]
                    .iter()
                    .any(|w| prefix.contains(w))
        }
    }
}

/// Words opening the name of a zone's own company after the zone (天府新区投资集团有限公司).
static ZONE_COMPANY_WORDS: LazyLock<Words> =
    LazyLock::new(|| Words::parse(include_str!("../data/zone_company_words.txt")));

/// Joins adjacent organizations into one name: 中国科学院 + 西部能源研究所, 国家统计局 +
/// 营口调查队; and a zone with its own company after it (成都天府新区 + 投资集团有限公司).
pub(crate) fn join_adjacent_organizations<'t>(text: &'t str, cands: &mut Vec<Cand<'t>>) {
    cands.sort_by_key(|c| (c.span.start, std::cmp::Reverse(c.span.end)));
    let mut out: Vec<Cand<'t>> = Vec::with_capacity(cands.len());
    for c in cands.drain(..) {
        if let Some(last) = out.last_mut() {
            let both = last.kind == EntityKind::Organization && c.kind == EntityKind::Organization;
            // (成都天府新区 + 投资集团有限公司: a zone's own investment or development company
            // is registered under the zone's name.)
            // (郑州国际陆港 + 开发 + 建设有限公司: the words of such a company the name read
            // leftwards left out stand between.)
            let gap = text.get(last.span.end..c.span.start).unwrap_or("");
            // (浙江嘉兴港区 + 开发 + 建设管理委员会: so is its committee.)
            let zone_company = last.kind == EntityKind::Park
                && matches!(c.kind, EntityKind::Enterprise | EntityKind::Organization)
                && last.span.end <= c.span.start
                && gap.len() <= 4 * 3
                && gap.chars().all(is_han)
                && ZONE_COMPANY_WORDS.prefix(&text[last.span.end..]).is_some();
            // (芜湖经开区 + 新能源汽车产业园: a park named inside a zone, right after it, is
            // one park by the whole name; the zone is named there too.)
            let sub_park = last.kind == EntityKind::Park
                && c.kind == EntityKind::Park
                && last.name.ends_with('区')
                && last.span.end == c.span.start;
            if sub_park {
                // (西宁经济技术开发区 + 南川工业园区: a park with a name of its own keeps it, the
                // whole a form of it; one named by its trades alone is named by the whole.)
                let whole = NSpan::new(last.span.start, c.span.end);
                let surface = whole.slice(text);
                let generic = LEXICON.trade_words.prefix(c.name).is_some()
                    || bare_park_word(c.name)
                    || matches!(c.name, "自贸试验区" | "自由贸易试验区" | "综合保税区");
                let name = if generic { surface } else { c.name };
                out.push(Cand { span: whole, name, surface, ..c });
                continue;
            }
            if both && last.span.end == c.span.start || zone_company {
                last.span.end = c.span.end;
                last.name = last.span.slice(text);
                last.surface = last.name;
                last.kind = c.kind;
                continue;
            }
        }
        out.push(c);
    }
    // (宜春经开区 + 新能源产业园: a park of trades alone, no name of its own found, right after
    // a zone, is the zone's park by the whole name.)
    let zones = out.iter().filter(|c| c.kind == EntityKind::Park && c.name.ends_with('区'));
    let parks: Vec<Cand<'t>> = zones
        .filter_map(|c| {
            let len = trades_park_after(&text[c.span.end..])?;
            let whole = NSpan::new(c.span.start, c.span.end + len);
            let name = whole.slice(text);
            Some(Cand { span: whole, name, surface: name, ..*c })
        })
        .collect();
    out.extend(parks);
    *cands = out;
}

/// The length of a park named by trade words alone opening `s` (新能源汽车产业园), if one
/// does.
fn trades_park_after(s: &str) -> Option<usize> {
    let trades = &LEXICON.trade_words;
    // (A few trade words at most: a long run of them is no park's name.)
    let mut at = 0;
    for _ in 0..4 {
        let Some((w, _)) = trades.prefix(&s[at..]) else { break };
        at += w.len();
    }
    let suffix = ["产业园区", "产业园", "工业园区", "工业园", "科技园", "创业园"]
        .iter()
        .find(|x| s[at..].starts_with(**x))?;
    (at > 0).then_some(at + suffix.len())
}

/// `（以下简称“X”）`, `（简称X）`, `（证券简称：X）`, with other particulars before or after
/// the declaration inside the brackets (`（以下简称“X”，股票代码：688001）`).
static ALIAS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"[（(](?:[^（）()]{0,30}?[，,；;、])?(?:以下|下文)?(?:[AHB]股)?(?:证券|股票)?(?:简称|下称)[：:]?[“「\x22]?(?P<alias>[^”」\x22）)，,；;：:、或]{1,12})[”」\x22]?(?:(?:或|、)?[“「\x22](?P<alias2>[^”」\x22）)，,；;：:、]{1,12})[”」\x22])?(?:[，,；;、][^（）()]{0,40})?[）)]",
    )
    .unwrap_or_else(|e| panic!("alias regex: {e}"))
});

/// An alias declaration: the declared short form, its span, and where the declaration
/// starts (the named thing ends right before it, possibly before another parenthesis).
pub(crate) struct AliasDecl<'t> {
    pub alias: &'t str,
    pub decl_start: usize,
}

/// The alias declarations of `text`, whose `Cue::Alias` words are in `hits`.
pub(crate) fn alias_declarations<'t>(text: &'t str, hits: &Hits) -> Vec<AliasDecl<'t>> {
    // A declaration holds 简称 or 下称 at most 36 characters after its start: the search
    // starts there before the first (and is not made without one).
    let Some((first, _)) = hits.cues(Cue::Alias).next() else { return Vec::new() };
    let from = text[..first].char_indices().rev().nth(36).map_or(0, |(i, _)| i);
    ALIAS
        .captures_iter(&text[from..])
        .flat_map(|c| {
            // (（以下简称“公司”或“常润新材”）: a second form after 或 or 、, or right after
            // the first's closing quote: “芯澜微”“公司”.)
            let all = c.get(0).map(|m| m.start());
            ["alias", "alias2"].into_iter().filter_map(move |n| {
                let a = c.name(n)?;
                Some(AliasDecl { alias: a.as_str(), decl_start: from + all? })
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `admin_named` matches levels as bytes: it finds what decoding each character found.
    #[test]
    fn admin_named_as_decoded() {
        fn decoded(text: &str) -> FxSet<&str> {
            let mut out = FxSet::default();
            let mut last = [usize::MAX; 3];
            for (i, c) in text.char_indices() {
                if LEVELS.contains(&c) {
                    for &from in &last[..2] {
                        if from != usize::MAX && text[from..i].chars().all(is_han) {
                            out.insert(&text[from..i]);
                        }
                    }
                }
                last = [last[1], last[2], i];
                if !is_han(c) {
                    last = [usize::MAX; 3];
                }
            }
            out
        }
        let pieces = ["市", "县", "旗", "盟", "泉安", "江", "a", "1", "，", "（", "𠀀", "帀", "巿"];
        for text in crate::words::random_texts(&pieces, 11, 400, 12) {
            assert_eq!(admin_named(&text), decoded(&text), "{text:?}");
        }
    }

    /// The pre-check before tagging a whole phrase rests on jieba giving a dictionary word
    /// its dictionary tag wherever it is a token. Were that to change (a jieba upgrade), a
    /// phrase whose first token strips would be passed over: every phrase that tagging
    /// would strip must pass the check.
    #[test]
    fn strippable_check_misses_no_strip() {
        let jieba = crate::segment::build_jieba(&[]).unwrap_or_else(|e| panic!("{e}"));
        let parts = [
            "积极",
            "大力",
            "通过",
            "因为",
            "目前",
            "我们",
            "已经",
            "进一步",
            "加快",
            "推动",
            "全面",
            "重点",
            "依托",
            "围绕",
            "其中",
            "以及",
            "同时",
            "今年",
            "去年",
            "持续",
            "甲乙",
            "新能源",
            "科技",
            "锂业",
            "半导体",
            "有限公司",
            "集团",
            "园区",
            "开发区",
            "项目",
            "建设",
            "实施",
            "引进",
            "丙丁",
            "戊己",
            "光伏",
            "材料",
            "的",
            "和",
            "在",
        ];
        let mut checked = 0;
        for a in parts {
            for b in parts {
                for c in ["", "公司", "产业园", "新材料科技"] {
                    let phrase = format!("{a}{b}{c}");
                    let lead = Leading::new(&phrase, &jieba);
                    let tags = jieba.tag(&phrase, false);
                    let Some(first) = tags.first() else { continue };
                    let rest = phrase[first.word.len()..].chars().count();
                    let strips =
                        first.word.chars().count() >= 2 && leading_tag(first.tag) && rest >= 2;
                    if strips {
                        assert!(lead.starts_strippable(&phrase), "{phrase}: {}", first.word);
                        checked += 1;
                    }
                }
            }
        }
        assert!(checked > 100, "only {checked} phrases strip");
    }
}
