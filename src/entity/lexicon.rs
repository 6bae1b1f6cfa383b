//! Word lists behind entity recognition, parsed once from `src/data/` (and user lexicons).

use super::names::NameSet;
use crate::report::EntityKind;
use crate::words::FxSet;
use crate::words::{Words, lines};
use std::collections::HashMap;
use std::sync::LazyLock;

/// How much of a name an organization or park suffix needs before it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Prefix {
    /// Any proper name of two or more characters (西宁 + 经济技术开发区, 招商 + 专班).
    Any,
    /// A place (东莞市 + 统计局, 重庆市 + 人民政府).
    Place,
    /// A proper name that ends in no verb (洞庭湖 + 实验室; 某某共建 + 联合实验室 is a joint
    /// lab of someone's, no name).
    Noun,
}

/// One suffix that ends a name.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Suffix {
    pub kind: EntityKind,
    pub prefix: Prefix,
}

/// A place in the gazetteer.
#[derive(Clone, Debug)]
pub(crate) struct Place {
    /// The full name (东莞市); short forms map to it.
    pub name: &'static str,
    /// county, prefecture, province, country.
    pub level: &'static str,
}

/// The word lists searched in every whole text, found together (`Lexicon::hits`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum List {
    /// Places, ids into `place_info`.
    Place,
    /// Organization, park and enterprise suffixes, ids into `suffix_info`.
    Suffix,
    /// Organizations named bare.
    OrgName,
    Trade,
    Title,
    /// Visit verbs, ids into `visit_verbs`.
    Visit,
    /// Words whose occurrences one recognizer needs, ids into `CUES`.
    Cue,
    /// Counties' short forms, ids into `county_form_places`.
    CountyForm,
}

/// What a cue word tells.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Cue {
    /// A byline may name reporters.
    Byline,
    /// A person's name may stand before it.
    Honorific,
    /// The end of an enumeration (`A、B、C等`).
    Enumeration,
    /// A number closing an enumeration as a group (`A、B、C三大运营商`, `A、B两家企业`).
    Group,
    /// `在X带动下`: the driver of growth.
    Driver,
    /// `（以下简称“开发区”）`: an alias declaration.
    Alias,
}

/// The cue words (`src/data/cue_words.tsv`): found with the lists, where each recognizer
/// searched the whole text for its own.
pub(crate) static CUES: LazyLock<Vec<(&'static str, Cue)>> = LazyLock::new(|| {
    crate::words::labelled(include_str!("../data/cue_words.tsv"), |l| match l {
        "byline" => Some(Cue::Byline),
        "honorific" => Some(Cue::Honorific),
        "enumeration" => Some(Cue::Enumeration),
        "group" => Some(Cue::Group),
        "driver" => Some(Cue::Driver),
        "alias" => Some(Cue::Alias),
        _ => None,
    })
    .collect()
});

/// How many `List`s there are.
const LISTS: usize = 8;

/// All occurrences of the words of the `List`s in one text, list by list, each list's
/// (start, end, id in the list) by start, then longest first: the recognizers each read one
/// list, and skip none of the others' hits.
pub(crate) struct Hits([Vec<(usize, usize, usize)>; LISTS]);

impl Hits {
    /// The non-overlapping leftmost-longest matches of `list`, (start, end, id), as
    /// `aho_corasick::MatchKind::LeftmostLongest` reports them.
    pub(crate) fn leftmost_longest(
        &self,
        list: List,
    ) -> impl Iterator<Item = (usize, usize, usize)> + '_ {
        let mut next = 0;
        // The first hit of the list at a start is its longest there.
        self.all(list).filter(move |&(start, end, _)| {
            let take = start >= next;
            if take {
                next = end;
            }
            take
        })
    }

    /// Every occurrence of a word of `list`, overlaps included: (start, end, id).
    pub(crate) fn all(&self, list: List) -> impl Iterator<Item = (usize, usize, usize)> + '_ {
        self.0[list as usize].iter().copied()
    }

    /// The occurrences of a word of `list` starting at `at` or later, by start.
    pub(crate) fn starting_from(
        &self,
        list: List,
        at: usize,
    ) -> impl Iterator<Item = (usize, usize, usize)> + '_ {
        let hits = &self.0[list as usize];
        hits[hits.partition_point(|h| h.0 < at)..].iter().copied()
    }

    /// Every occurrence of a cue word of the kind `cue`, by start: (start, end).
    pub(crate) fn cues(&self, cue: Cue) -> impl Iterator<Item = (usize, usize)> + '_ {
        self.all(List::Cue).filter(move |&(_, _, id)| CUES[id].1 == cue).map(|(s, e, _)| (s, e))
    }
}

pub(crate) struct Lexicon {
    /// The words of all `List`s, to find them in one pass over a text.
    lists: NameSet<'static>,
    /// The list and the index in it of each word of `lists`.
    owners: Vec<(List, usize)>,
    pub suffix_info: Vec<Suffix>,
    /// Place names and short forms.
    places: NameSet<'static>,
    pub place_info: Vec<Place>,
    pub place_set: FxSet<&'static str>,
    /// Counties' names without their level (凭祥, 东兴): too often ordinary words to be
    /// places of their own, but a body named for its place (东兴海关) may open with one.
    pub county_shorts: FxSet<&'static str>,
    /// The short forms places.tsv gives counties (栖霞 of 栖霞市), not the bare names it
    /// marks as common words (长安 of 长安区).
    pub county_forms: FxSet<&'static str>,
    /// For each county short form of the `CountyForm` list, the counties (ids into
    /// `place_info`) it may stand for: a place only where the text names one in full.
    pub county_form_places: Vec<Vec<usize>>,
    /// Organizations named bare (国务院).
    pub org_name_list: Vec<&'static str>,
    pub trade_words: Words,
    /// Trade words that also name a product (电池 of PERC电池).
    pub product_trades: FxSet<&'static str>,
    /// Products whose name opens with a trade word (新能源汽车).
    pub trade_compounds: Words,
    /// Verbs that name a body's field (计算 of 智能计算实验室).
    pub field_verbs: FxSet<&'static str>,
    /// Verbs that open a list of places and companies visited.
    pub visit_verbs: Words,
    pub stopwords: FxSet<&'static str>,
    /// Lead words.
    pub lead_words: Words,
    /// The lead words of two or more characters that may stand before a short name (not
    /// those ending in 建设).
    pub lead_verb_words: Words,
    /// The lead words of two or more characters (verbs such as 带领, 成立), to find them all.
    pub lead_verbs: NameSet<'static>,
    pub enum_heads: Words,
    pub titles: Words,
    pub surnames: Words,
}

fn longest_first(mut v: Vec<&'static str>) -> Vec<&'static str> {
    v.sort_by_key(|w| std::cmp::Reverse(w.len()));
    v
}

pub(crate) static LEXICON: LazyLock<Lexicon> = LazyLock::new(Lexicon::load);

impl Lexicon {
    fn load() -> Lexicon {
        let mut suffix_words = Vec::new();
        let mut suffix_info = Vec::new();
        for line in lines(include_str!("../data/org_suffixes.tsv")) {
            let cols: Vec<&str> = line.split('\t').collect();
            let (kind, prefix) = match (cols.get(1), cols.get(2)) {
                (Some(&"park"), _) => (EntityKind::Park, Prefix::Any),
                (Some(_), Some(&"place")) => (EntityKind::Organization, Prefix::Place),
                (Some(_), Some(&"noun")) => (EntityKind::Organization, Prefix::Noun),
                _ => (EntityKind::Organization, Prefix::Any),
            };
            suffix_words.push(cols[0]);
            suffix_info.push(Suffix { kind, prefix });
        }
        for s in lines(include_str!("../data/enterprise_suffixes.txt")) {
            suffix_words.push(s);
            suffix_info.push(Suffix { kind: EntityKind::Enterprise, prefix: Prefix::Any });
        }

        let mut place_words: Vec<&'static str> = Vec::new();
        let mut place_info = Vec::new();
        let mut seen = HashMap::new();
        let mut county_shorts = FxSet::default();
        let mut county_forms = FxSet::default();
        let mut county_form_of: Vec<(&'static str, &'static str)> = Vec::new();
        for line in lines(include_str!("../data/places.tsv")) {
            let cols: Vec<&'static str> = line.split('\t').collect();
            let [name, level, short] = cols[..] else { continue };
            if level == "county" {
                let bare = name.strip_suffix(['市', '县', '区', '旗']).unwrap_or(name);
                let forms = short.split(',').filter(|s| *s != "-").chain([bare]);
                county_shorts.extend(forms.filter(|s| s.chars().nth(1).is_some()));
                let forms = short.split(',').filter(|s| *s != "-" && s.chars().nth(1).is_some());
                county_forms.extend(forms.clone());
                county_form_of.extend(forms.map(|f| (f, name)));
            }
            let place = Place { name, level };
            if seen.insert(name, ()).is_none() {
                place_words.push(name);
                place_info.push(place.clone());
            }
            // Short forms only for provinces, prefectures and countries: county short forms
            // are too often ordinary words. A form of several is its own (海南州 is the
            // prefecture, though 海南 alone is the province).
            for short in short.split(',') {
                let short_ok = short != "-" && short.chars().count() >= 2 && level != "county";
                if short_ok && seen.insert(short, ()).is_none() {
                    place_words.push(short);
                    place_info.push(place.clone());
                }
                // An autonomous county is usually written as its short form and 县 (丰宁县 for
                // 丰宁满族自治县), a form no ordinary word has. Built once for the shared
                // lexicon, so leaking the few strings costs nothing later.
                let level_char = ["自治县", "自治旗"].iter().find(|s| name.ends_with(*s));
                if let Some(lc) = level_char.filter(|_| short != "-" && level == "county") {
                    let form: &'static str =
                        Box::leak(format!("{short}{}", &lc[lc.len() - 3..]).into_boxed_str());
                    if seen.insert(form, ()).is_none() {
                        place_words.push(form);
                        place_info.push(place.clone());
                    }
                }
            }
        }
        let place_set = place_words.iter().copied().collect();
        // Each county short form once, with every county it may stand for (one form may
        // name counties of two provinces); a form that is a place word of its own is that.
        let place_id: HashMap<&str, usize> =
            place_info.iter().enumerate().map(|(i, p)| (p.name, i)).collect();
        let mut county_form_words: Vec<&'static str> = Vec::new();
        let mut county_form_places: Vec<Vec<usize>> = Vec::new();
        let mut form_id: HashMap<&str, usize> = HashMap::new();
        for (form, name) in county_form_of {
            let Some(&place) = place_id.get(name) else { continue };
            if seen.contains_key(form) {
                continue;
            }
            let id = *form_id.entry(form).or_insert_with(|| {
                county_form_words.push(form);
                county_form_places.push(Vec::new());
                county_form_words.len() - 1
            });
            if !county_form_places[id].contains(&place) {
                county_form_places[id].push(place);
            }
        }

        let org_name_list: Vec<&'static str> =
            lines(include_str!("../data/org_names.txt")).collect();
        // (包括, 包含, 涵盖 open a list of a class's members: the verbs the enumerations and
        // the indicator stage's listed class read, one list.)
        let including = super::enterprise::INCLUDING_WORDS.iter();
        let lead_words =
            longest_first(lines(include_str!("../data/lead_words.txt")).chain(including).collect());
        let long_leads = || lead_words.iter().copied().filter(|w| w.chars().count() >= 2);
        let lead_verbs = NameSet::new(long_leads());
        // (…建设 strips from a registered name, 加快建设新疆…有限公司, but opens no short
        // one: what is built is more often a park, 加快建设盛泽纺织科技创业园.)
        let lead_verb_words =
            Words::new(long_leads().filter(|w| !w.ends_with("建设")).map(|w| (w, ())));
        let trade_words = longest_first(lines(include_str!("../data/trade_words.txt")).collect());
        let titles = longest_first(lines(include_str!("../data/person_titles.txt")).collect());
        let visit_verbs = Words::parse(include_str!("../data/visit_verbs.txt"));
        let all: [(List, &[&'static str]); LISTS] = [
            (List::Place, &place_words),
            (List::Suffix, &suffix_words),
            (List::OrgName, &org_name_list),
            (List::Trade, &trade_words),
            (List::Title, &titles),
            (List::Visit, &visit_verbs.iter().collect::<Vec<_>>()),
            (List::Cue, &CUES.iter().map(|&(w, _)| w).collect::<Vec<_>>()),
            (List::CountyForm, &county_form_words),
        ];
        let owners =
            all.iter().flat_map(|(list, words)| (0..words.len()).map(|id| (*list, id))).collect();
        Lexicon {
            lists: NameSet::new(all.iter().flat_map(|(_, words)| words.iter().copied())),
            owners,
            suffix_info,
            places: NameSet::new(place_words.iter().copied()),
            place_info,
            place_set,
            county_shorts,
            county_forms,
            county_form_places,
            org_name_list,
            visit_verbs,
            trade_words: Words::new(trade_words.into_iter().map(|w| (w, ()))),
            product_trades: lines(include_str!("../data/product_trades.txt")).collect(),
            trade_compounds: Words::parse(include_str!("../data/trade_compounds.txt")),
            field_verbs: lines(include_str!("../data/field_verbs.txt")).collect(),
            stopwords: lines(include_str!("../data/name_stopwords.txt")).collect(),
            lead_words: Words::new(lead_words.into_iter().map(|w| (w, ()))),
            lead_verb_words,
            lead_verbs,
            enum_heads: Words::parse(include_str!("../data/enum_heads.txt")),
            titles: Words::new(titles.into_iter().map(|w| (w, ()))),
            surnames: Words::parse(include_str!("../data/surnames.txt")),
        }
    }

    /// The words of all `List`s in `text`, found in one pass.
    pub(crate) fn hits(&self, text: &str) -> Hits {
        let mut hits: [Vec<(usize, usize, usize)>; LISTS] = Default::default();
        self.lists.overlapping(text, |start, end, i| {
            let (list, id) = self.owners[i];
            hits[list as usize].push((start, end, id));
        });
        Hits(hits)
    }

    /// Strips lead words (指导, 其中, 前往 …) from the start of `s`, repeatedly.
    pub(crate) fn strip_lead<'a>(&self, mut s: &'a str) -> &'a str {
        // The longest lead word that keeps at least two characters: 和记, 以岭 are names too.
        // (经开区…: the 经 of a zone's abbreviation, 经济开发区, is no lead word.)
        let keeps = |rest: &str| rest.chars().count() >= 2 && !rest.starts_with("开区");
        while let Some((w, _)) = self.lead_words.prefix_where(s, keeps) {
            s = &s[w.len()..];
        }
        s
    }

    /// The trade word that `s` ends with, if the part before it is long enough to be a brand.
    pub(crate) fn trade_ending(&self, s: &str) -> Option<&'static str> {
        self.trade_words.suffix_where(s, |head| head.chars().count() >= 2).map(|(w, _)| w)
    }

    /// Whether `s` is a place in the gazetteer (full name or short form).
    pub(crate) fn is_place(&self, s: &str) -> bool {
        self.place_set.contains(s)
    }

    /// Whether `s` is a place of the gazetteer or a county's short form (都昌 of 都昌县),
    /// which is no place alone in prose but names one before a site, plant or bracket.
    pub(crate) fn is_place_or_county(&self, s: &str) -> bool {
        self.is_place(s) || self.county_forms.contains(s)
    }

    /// The gazetteer's entry for the place `s`, written in full or short (河北省 for 河北).
    pub(crate) fn place_entry(&self, s: &str) -> Option<&Place> {
        let (end, id) = self.places.longest_at(s, 0)?;
        (end == s.len()).then(|| &self.place_info[id])
    }

    /// The gazetteer level (`country`, `province`, `prefecture`, `county`) of the place `s`.
    pub(crate) fn place_level(&self, s: &str) -> Option<&'static str> {
        self.place_entry(s).map(|p| p.level)
    }

    /// `name` with each province or city inside it (not opening it) written without its
    /// level character where that short form is a place too: 国网江西省电力有限公司 →
    /// 国网江西电力有限公司, the form a short name is cut from. None when nothing changes.
    pub(crate) fn short_places_inside(&self, name: &str) -> Option<String> {
        let mut out = String::new();
        let mut copied = 0;
        let mut at = name.char_indices().nth(1).map_or(name.len(), |(i, _)| i);
        while at < name.len() {
            if let Some((end, _)) = self.places.longest_at(name, at) {
                let level = name[..end].ends_with(['省', '市']);
                if level && self.is_place(&name[at..end - '省'.len_utf8()]) {
                    out.push_str(&name[copied..end - '省'.len_utf8()]);
                    copied = end;
                }
                at = end;
            } else {
                at += name[at..].chars().next().map_or(1, char::len_utf8);
            }
        }
        (copied > 0).then(|| {
            out.push_str(&name[copied..]);
            out
        })
    }

    /// A place name at the start of `s`: its byte length.
    pub(crate) fn place_prefix(&self, s: &str) -> Option<usize> {
        self.places.longest_at(s, 0).map(|(end, _)| end)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inner_places_written_short() {
        let lex = &*LEXICON;
        assert_eq!(
            lex.short_places_inside("国网江西省电力有限公司").as_deref(),
            Some("国网江西电力有限公司")
        );
        // A place opening the name keeps its level; a name with none inside is unchanged.
        assert_eq!(lex.short_places_inside("江西省电力有限公司"), None);
        assert_eq!(lex.short_places_inside("华为技术有限公司"), None);
    }

    #[test]
    fn lists_load() {
        let l = &*LEXICON;
        assert!(l.place_info.len() > 3000);
        assert!(l.is_place("江苏"));
        assert_eq!(l.strip_lead("指导甲乙科技"), "甲乙科技");
        assert_eq!(l.trade_ending("甲乙半导体"), Some("半导体"));
        assert_eq!(l.trade_ending("半导体"), None);
        assert!(l.surnames.contains("欧阳"));
    }
}
