//! Stage 4: word segmentation with jieba-rs, with byte spans.
//!
//! The domain word list (`src/data/domain_words.txt`) keeps metrics whole (规上工业增加值,
//! 固定资产投资) and 个百分点 one word; a number with its unit (`2318.6亿元`) is merged into
//! one token tagged `m`. Tokens tile the normalized text: concatenated, they equal it.

use crate::error::Error;
use crate::quantity::RawQuantity;
use crate::span::NSpan;
use crate::words::WordHasher;
use jieba_rs::Jieba;
use std::cell::RefCell;
use std::collections::HashMap;
use std::hash::BuildHasherDefault;
use std::io::BufReader;

/// A token of the normalized text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct RawToken {
    pub span: NSpan,
    pub tag: String,
}

/// Builds jieba with its default dictionary plus the domain words and any user words.
pub(crate) fn build_jieba(user_words: &[(String, String)]) -> Result<Jieba, Error> {
    let mut jieba = Jieba::new();
    load_words(&mut jieba, include_str!("data/domain_words.txt"), "src/data/domain_words.txt")?;
    for (source, words) in user_words {
        load_words(&mut jieba, words, source)?;
    }
    Ok(jieba)
}

/// Adds a word list in jieba's format (`word [freq] [tag]`, `#` comments) to `jieba`,
/// naming `source` and the line in any error.
pub(crate) fn load_words(jieba: &mut Jieba, words: &str, source: &str) -> Result<(), Error> {
    let mut clean = String::with_capacity(words.len());
    for (n, line) in words.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let bad = |reason: &str| Error::Lexicon {
            source_name: source.to_string(),
            line: n + 1,
            reason: reason.to_string(),
        };
        let mut parts = line.split_whitespace();
        let word = parts.next().ok_or_else(|| bad("empty entry"))?;
        if let Some(freq) = parts.next() {
            if freq.parse::<usize>().is_err() {
                return Err(bad(&format!("frequency {freq:?} is not a whole number")));
            }
        }
        if parts.clone().count() > 1 {
            return Err(bad("expected `word [frequency] [tag]`"));
        }
        if word.chars().any(char::is_control) {
            return Err(bad("word contains a control character"));
        }
        clean.push_str(line);
        clean.push('\n');
    }
    let mut reader = BufReader::new(clean.as_bytes());
    jieba.load_dict(&mut reader).map_err(|e| Error::Lexicon {
        source_name: source.to_string(),
        line: 0,
        reason: e.to_string(),
    })
}

/// Segments normalized `text`; quantities become single `m` tokens.
pub(crate) fn tokens(text: &str, quantities: &[RawQuantity], jieba: &Jieba) -> Vec<RawToken> {
    let mut out: Vec<RawToken> = Vec::new();
    let mut at = 0;
    let mut qi = 0;
    for tag in jieba.tag(text, true) {
        let span = NSpan::new(at, at + tag.word.len());
        at = span.end;
        while qi < quantities.len() && quantities[qi].core.end <= span.start {
            qi += 1;
        }
        if let Some(q) = quantities.get(qi).filter(|q| q.core.overlaps(span)) {
            // Merge into the quantity's token.
            match out.last_mut().filter(|t| t.tag == "m" && t.span.overlaps(q.core)) {
                Some(last) => last.span.end = span.end,
                None => out.push(RawToken { span, tag: "m".into() }),
            }
            continue;
        }
        out.push(RawToken { span, tag: tag.tag.to_string() });
    }
    debug_assert_eq!(out.iter().map(|t| t.span.slice(text)).collect::<String>(), text);
    out
}

/// A word of a phrase and its part-of-speech tag.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Word<'a> {
    pub word: &'a str,
    pub tag: &'a str,
}

/// Byte lengths and tags of a phrase's words.
type Tagging<'j> = Box<[(usize, &'j str)]>;

/// jieba's tagging for one text, remembered by phrase: the recognizers tag the same short
/// phrases again and again (a name read back from several suffixes, a list item seen by two
/// recognizers), and jieba's answer depends only on the phrase.
pub(crate) struct Tagger<'j> {
    jieba: &'j Jieba,
    /// Without and with HMM.
    memo: [RefCell<HashMap<Box<str>, Tagging<'static>, BuildHasherDefault<WordHasher>>>; 2],
}

impl<'j> Tagger<'j> {
    pub(crate) fn new(jieba: &'j Jieba) -> Tagger<'j> {
        Tagger { jieba, memo: Default::default() }
    }

    /// The words of `phrase` with their tags, as `jieba.tag(phrase, hmm)` gives them.
    pub(crate) fn tag<'a>(&self, phrase: &'a str, hmm: bool) -> Vec<Word<'a>>
    where
        'j: 'a,
    {
        let mut memo = self.memo[usize::from(hmm)].borrow_mut();
        if let Some(tagging) = memo.get(phrase) {
            let mut at = 0;
            return tagging
                .iter()
                .map(|&(len, tag)| {
                    let word = phrase.get(at..at + len).unwrap_or("");
                    at += len;
                    Word { word, tag }
                })
                .collect();
        }
        let words: Vec<Word<'a>> =
            self.jieba.tag(phrase, hmm).iter().map(|t| Word { word: t.word, tag: t.tag }).collect();
        // Remembered when every tag is one of jieba's own (a user word may bring another).
        let tagging: Option<Tagging<'static>> =
            words.iter().map(|w| Some((w.word.len(), known_tag(w.tag)?))).collect();
        if let Some(tagging) = tagging {
            memo.insert(phrase.into(), tagging);
        }
        words
    }
}

/// jieba's part-of-speech tags, sorted (its dictionary's, its tagging model's and those it guesses
/// for Latin letters and digits), as static strings a memo can keep.
fn known_tag(tag: &str) -> Option<&'static str> {
    const TAGS: &[&str] = &[
        "a", "ad", "ag", "an", "b", "bg", "c", "d", "df", "dg", "e", "en", "eng", "f", "g", "h",
        "i", "in", "j", "jn", "k", "l", "ln", "m", "mg", "mq", "n", "ng", "nr", "nrfg", "nrt",
        "ns", "nt", "nz", "o", "p", "q", "qe", "qg", "r", "rg", "rr", "rz", "s", "t", "tg", "u",
        "ud", "ug", "uj", "ul", "uv", "uz", "v", "vd", "vg", "vi", "vn", "vq", "w", "x", "y", "yg",
        "z", "zg",
    ];
    TAGS.binary_search(&tag).ok().map(|i| TAGS[i])
}
