//! jieba's part-of-speech tags of the windows of one document, each window tagged once.

use crate::segment::DOMAIN_TAGS;
use crate::words::FxMap;
use jieba_rs::Jieba;
use std::collections::hash_map::Entry;
use std::ops::Range;

/// Characters that stand alone as function words: never part of a run of single characters
/// read as one unknown word.
const FUNCTION_CHARS: &str = "的地得和与及或在为是对向从由于比占把被将已并而且也都又再还就才共约近超达至到以等各每其该本之所了着过较更最很";

/// A word of a window and its jieba part-of-speech tag.
#[derive(Clone, Copy)]
pub(super) struct Tagged<'t> {
    pub(super) word: &'t str,
    pub(super) tag: &'t str,
}

/// jieba's tags of the windows of one document, each window tagged once: tables and
/// repeated phrasings (约占全省, 全年新增…) give many quantities the same window.
pub(super) struct Tagger<'t> {
    pub(super) jieba: &'t Jieba,
    /// The tagged words of all windows so far, window after window.
    pub(super) words: Vec<Tagged<'t>>,
    /// Each window's run in `words`.
    seen: FxMap<&'t str, Range<usize>>,
}

impl<'t> Tagger<'t> {
    /// A tagger for about `windows` windows, sized for them rather than regrown.
    pub(super) fn new(jieba: &'t Jieba, windows: usize) -> Tagger<'t> {
        let seen = FxMap::with_capacity_and_hasher(windows, Default::default());
        Tagger { jieba, words: Vec::new(), seen }
    }

    /// Where the tagged words of `s` are in `words`.
    pub(super) fn tag(&mut self, s: &'t str) -> Range<usize> {
        match self.seen.entry(s) {
            Entry::Occupied(e) => e.get().clone(),
            Entry::Vacant(e) => {
                let start = self.words.len();
                let tags = self.jieba.tag(s, false);
                // A run of single content characters is a word jieba's dictionary lacks
                // (算/力, 奖/补, 均/重, 土/zg 储/zg): one noun, as its HMM would have joined it.
                // (疏/v 港/j 铁路: an abbreviation's character is one of them.)
                let single = |t: &jieba_rs::Tag<'_>| {
                    // Locatives (建成后), adverbs, prepositions, numerals… stand alone.
                    let content = matches!(
                        t.tag,
                        "n" | "v" | "a" | "b" | "ng" | "vg" | "ag" | "nr" | "ns" | "j"
                    );
                    if !(content || t.tag == "zg") {
                        return false;
                    }
                    let mut chars = t.word.chars();
                    chars
                        .next()
                        .is_some_and(|c| crate::normalize::is_han(c) && !FUNCTION_CHARS.contains(c))
                        && chars.next().is_none()
                };
                let (mut i, mut at) = (0, 0);
                while i < tags.len() {
                    let run = tags[i..].iter().take_while(|t| single(t)).count();
                    if run >= 2 {
                        let len: usize = tags[i..i + run].iter().map(|t| t.word.len()).sum();
                        self.words.push(Tagged { word: &s[at..at + len], tag: "n" });
                        at += len;
                        i += run;
                    } else {
                        let t = &tags[i];
                        // (Only over an idiom's or a set phrase's tag: the rules read
                        // jieba's own tags of the others, 年产/j among them.)
                        // (青年: jieba's dictionary has it a time word, `t`, as an idiom's
                        // tag, the domain list's tag stands; 紧盯, a status word `z` there,
                        // is the list's verb; 进度, an adverb `d` there, the list's noun.)
                        let set_phrase = matches!(t.tag, "i" | "l" | "t" | "z" | "d");
                        let domain = DOMAIN_TAGS.get(t.word).filter(|_| set_phrase);
                        let tag = domain.copied().unwrap_or(t.tag);
                        self.words.push(Tagged { word: t.word, tag });
                        at += t.word.len();
                        i += 1;
                    }
                }
                e.insert(start..self.words.len()).clone()
            }
        }
    }
}
