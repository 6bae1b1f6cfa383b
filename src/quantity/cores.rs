//! Number cores, the starting points of the quantity scanner, read by hand. The grammar:
//!
//! ```text
//! core    = (百分之 | 千分之)? numeral (分之 numeral)?
//! numeral = [0-9]+ (,[0-9]{3})* (\.[0-9]+)?
//!         | cn_digit+ (点 decimal_digit+ [万亿]*)?
//! ```
//!
//! matched at the leftmost position and greedily, as a backtracking regex would: everything
//! after the first numeral is optional, so the greedy reading is always the match. (It was a
//! regex with named captures; reading it by hand costs a few instructions per character
//! instead of a thousand or so per core.)

use crate::span::NSpan;

/// One core: the whole match and its parts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Core {
    pub span: NSpan,
    /// `百分之` or `千分之`.
    pub pct: Option<NSpan>,
    /// The (first) numeral.
    pub num: NSpan,
    /// The numeral after `分之`.
    pub frac: Option<NSpan>,
}

/// The first core at or after `pos`.
pub(crate) fn find(text: &str, pos: usize) -> Option<Core> {
    // Every numeral character starts a core, so the first one is where the match starts.
    // Scanned on bytes: a character whose first two bytes no Chinese numeral character has
    // is passed over at once, the others are looked up in a bitmap rather than decoded.
    let bytes = text.as_bytes();
    let mut i = pos;
    while let Some(&b) = bytes.get(i) {
        match b {
            b'0'..=b'9' => return at(text, i),
            // Three bytes long, as most characters of Chinese text are.
            0xe2..=0xe9 => {
                let second = bytes.get(i + 1).map_or(0, |s| s & 0x3f);
                if CN_DIGIT_PREFIXES[usize::from(b - 0xe2)] >> second & 1 == 1
                    && bytes.get(i + 1..i + 3).is_some_and(|t| cn_digit_bytes(b, t[0], t[1]))
                {
                    return at(text, i);
                }
                i += 3;
            }
            _ => i += crate::normalize::utf8_len(b),
        }
    }
    None
}

/// The core starting exactly at `start`, if one does.
pub(crate) fn at(text: &str, start: usize) -> Option<Core> {
    let rest = text.get(start..)?;
    // 百分之 without a numeral after it is no prefix: its 百 is a numeral itself.
    let pct = ["百分之", "千分之"]
        .into_iter()
        .filter(|p| rest.starts_with(p))
        .map(|p| NSpan::new(start, start + p.len()))
        .find(|p| numeral_end(text, p.end).is_some());
    let num_start = pct.map_or(start, |p| p.end);
    let num = NSpan::new(num_start, numeral_end(text, num_start)?);
    let frac = text[num.end..].starts_with("分之").then_some(num.end + "分之".len()).and_then(
        |frac_start| numeral_end(text, frac_start).map(|end| NSpan::new(frac_start, end)),
    );
    let end = frac.map_or(num.end, |f| f.end);
    Some(Core { span: NSpan::new(start, end), pct, num, frac })
}

/// The end of the numeral starting at `at`, if one does.
fn numeral_end(text: &str, at: usize) -> Option<usize> {
    let rest = text.get(at..)?;
    if rest.starts_with(|c: char| c.is_ascii_digit()) {
        return Some(at + arabic_len(rest.as_bytes()));
    }
    let run = prefix_len(rest, is_cn_digit);
    (run > 0).then(|| at + run + decimal_tail_len(&rest[run..]))
}

/// `[0-9]+(,[0-9]{3})*(\.[0-9]+)?` at the start of `b`, which starts with a digit.
fn arabic_len(b: &[u8]) -> usize {
    let digits = |from: usize| {
        b.get(from..).map_or(0, |d| d.iter().take_while(|x| x.is_ascii_digit()).count())
    };
    let mut n = digits(0);
    while b.get(n) == Some(&b',')
        && b.get(n + 1..n + 4).is_some_and(|g| g.iter().all(u8::is_ascii_digit))
    {
        n += 4;
    }
    if b.get(n) == Some(&b'.') {
        let fraction = digits(n + 1);
        if fraction > 0 {
            n += 1 + fraction;
        }
    }
    n
}

/// `点[零〇一…九壹…玖]+[万亿]*` at the start of `s`, or 0.
fn decimal_tail_len(s: &str) -> usize {
    let Some(after) = s.strip_prefix('点') else { return 0 };
    let digits = prefix_len(after, is_decimal_digit);
    if digits == 0 {
        return 0;
    }
    let magnitudes = prefix_len(&after[digits..], |c| matches!(c, '万' | '亿'));
    '点'.len_utf8() + digits + magnitudes
}

/// The byte length of the run of characters at the start of `s` that satisfy `f`.
fn prefix_len(s: &str, f: impl Fn(char) -> bool) -> usize {
    s.char_indices().find(|&(_, c)| !f(c)).map_or(s.len(), |(i, _)| i)
}

/// The Chinese numeral characters are all three bytes long, from U+25CB (○, E2 97 8B) to
/// U+96F6 (零, E9 9B B6): a bitmap of U+2000–U+9FFF, the characters whose first byte is
/// E2–E9, holds them (4 KiB, one bit per character).
static CN_DIGITS: [u64; 512] = {
    let mut bits = [0u64; 512];
    let mut cp = 0x2000;
    while cp < 0xa000 {
        if let Some(c) = char::from_u32(cp) {
            if is_cn_digit(c) {
                bits[(cp - 0x2000) as usize >> 6] |= 1 << (cp & 0x3f);
            }
        }
        cp += 1;
    }
    bits
};

/// Bit `s & 0x3f` of entry `f - 0xe2`: some numeral character starts with the bytes `f s`.
/// Each such two-byte prefix covers one 64-character block of [`CN_DIGITS`].
static CN_DIGIT_PREFIXES: [u64; 8] = {
    let mut bits = [0u64; 8];
    let mut block = 0;
    while block < CN_DIGITS.len() {
        if CN_DIGITS[block] != 0 {
            let prefix = 0x80 + block; // (cp >> 6) for the block's characters
            bits[(prefix >> 6) - 2] |= 1 << (prefix & 0x3f);
        }
        block += 1;
    }
    bits
};

/// Whether the three-byte character `b0 b1 b2`, `b0` in E2–E9, is a Chinese numeral.
#[inline]
fn cn_digit_bytes(b0: u8, b1: u8, b2: u8) -> bool {
    let cp = usize::from(b0 & 0x0f) << 12 | usize::from(b1 & 0x3f) << 6 | usize::from(b2 & 0x3f);
    CN_DIGITS[(cp - 0x2000) >> 6] >> (cp & 0x3f) & 1 == 1
}

/// A character of a Chinese numeral: digits (小写, 大写, 〇/○, 两/俩, 廿/卅) and places.
pub(crate) const fn is_cn_digit(c: char) -> bool {
    matches!(
        c,
        '零' | '〇'
            | '○'
            | '一'
            | '二'
            | '两'
            | '俩'
            | '三'
            | '四'
            | '五'
            | '六'
            | '七'
            | '八'
            | '九'
            | '十'
            | '百'
            | '千'
            | '万'
            | '亿'
            | '兆'
            | '壹'
            | '贰'
            | '叁'
            | '肆'
            | '伍'
            | '陆'
            | '柒'
            | '捌'
            | '玖'
            | '拾'
            | '佰'
            | '仟'
            | '廿'
            | '卅'
    )
}

/// A digit after 点 in a Chinese decimal.
fn is_decimal_digit(c: char) -> bool {
    matches!(
        c,
        '零' | '〇'
            | '一'
            | '二'
            | '三'
            | '四'
            | '五'
            | '六'
            | '七'
            | '八'
            | '九'
            | '壹'
            | '贰'
            | '叁'
            | '肆'
            | '伍'
            | '陆'
            | '柒'
            | '捌'
            | '玖'
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numeral_prefixes_cover_every_numeral() {
        for c in ('\u{2000}'..='\u{9fff}').filter(|&c| is_cn_digit(c)) {
            let mut buf = [0u8; 4];
            let b = c.encode_utf8(&mut buf).as_bytes();
            assert!(CN_DIGIT_PREFIXES[usize::from(b[0] - 0xe2)] >> (b[1] & 0x3f) & 1 == 1, "{c}");
            assert!(cn_digit_bytes(b[0], b[1], b[2]), "{c}");
        }
    }
    use proptest::prelude::*;
    use regex::Regex;

    /// The grammar as the regex it replaces: the reference for the reader.
    fn reference() -> Regex {
        let cn = "零〇○一二两俩三四五六七八九十百千万亿兆壹贰叁肆伍陆柒捌玖拾佰仟廿卅";
        let arabic = r"[0-9]+(?:,[0-9]{3})*(?:\.[0-9]+)?";
        let chinese = format!("[{cn}]+(?:点[零〇一二三四五六七八九壹贰叁肆伍陆柒捌玖]+[万亿]*)?");
        let num = format!("{arabic}|{chinese}");
        Regex::new(&format!("(百分之|千分之)?({num})(?:分之({num}))?")).unwrap()
    }

    fn by_regex(re: &Regex, text: &str, pos: usize) -> Option<Core> {
        let caps = re.captures_at(text, pos)?;
        let span = |m: regex::Match<'_>| NSpan::new(m.start(), m.end());
        Some(Core {
            span: span(caps.get(0)?),
            pct: caps.get(1).map(span),
            num: span(caps.get(2)?),
            frac: caps.get(3).map(span),
        })
    }

    proptest! {
        #[test]
        fn reads_as_the_regex(text in "[0-9,.点百千分之一两○〇万亿零壹玖九年%a ]{0,14}") {
            let re = reference();
            for (pos, _) in text.char_indices() {
                prop_assert_eq!(find(&text, pos), by_regex(&re, &text, pos), "{:?} at {}", text, pos);
            }
        }
    }

    #[test]
    fn numeral_bitmap_is_exact() {
        for c in (0x2000..0xa000).filter_map(char::from_u32) {
            let mut buf = [0u8; 4];
            let b = c.encode_utf8(&mut buf).as_bytes();
            assert_eq!(cn_digit_bytes(b[0], b[1], b[2]), is_cn_digit(c), "{c}");
        }
    }

    #[test]
    fn parts() {
        let c = find("增长百分之七点五", 0).unwrap();
        assert_eq!((c.pct.unwrap().slice("增长百分之七点五"), c.num.start), ("百分之", 15));
        let t = "约三分之一";
        let c = find(t, 0).unwrap();
        assert_eq!((c.num.slice(t), c.frac.unwrap().slice(t)), ("三", "一"));
        assert_eq!(find("1,2345.6万", 0).unwrap().num.end, 5);
        assert_eq!(find("百分之比", 0).unwrap().span.slice("百分之比"), "百");
        assert!(at("年12", 0).is_none());
        assert_eq!(find("第○号", 0).map(|c| c.num.start), Some(3));
    }
}
