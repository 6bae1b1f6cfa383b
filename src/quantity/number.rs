//! Numeral parsing: Arabic numbers (optionally scaled by Chinese magnitudes such as `1.4万`
//! or written in the mixed form `1万2千`) and Chinese numerals in 小写 and 大写 forms
//! (`三亿零五百万`, `壹仟贰佰`, `二〇二二`, `九点五`).
//!
//! Every parser accepts a whole string or nothing: callers find the span, this module only
//! says what number it is. Values are built as decimal text and handed to `f64::from_str`, so
//! `2318.6亿` is the correctly rounded `2.3186e11` rather than `2318.6 * 1e8`.

use std::fmt::Write as _;

/// Exact powers of ten up to the largest magnitude run (千万亿 = 10^15).
/// (Up to 千万亿亿, 1e23, the largest magnitude run.)
const POW10: [f64; 24] = [
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
    1e17, 1e18, 1e19, 1e20, 1e21, 1e22, 1e23,
];

/// 万 as an integer.
const WAN: u64 = 10_000;

/// 亿 as an integer.
const YI: u64 = 100_000_000;

/// 兆 as an integer (10^12, the traditional and Japanese reading).
const ZHAO: u64 = 1_000_000_000_000;

/// Parses a whole string as a number. Returns None unless the entire string is one number.
///
/// Arabic forms (`2,745.3`, `-3.5`, `1.4万`, `1万2千`) are tried first, then Chinese numerals
/// (`一百零八`, `三点一四`). Leading or trailing whitespace is not part of a number.
pub fn parse_number(s: &str) -> Option<f64> {
    // 负 is the Chinese minus sign (负三十二, 负1.1).
    if let Some(rest) = s.strip_prefix('负') {
        return parse_number(rest).filter(|v| *v >= 0.0).map(|v| -v);
    }
    // The two grammars start with disjoint characters, so at most one can succeed.
    parse_arabic(s).or_else(|| parse_chinese(s))
}

/// The notations of tables and spreadsheets, as a whole string: scientific (`2e5`,
/// `-1.5E+3`), a decimal without its leading 0 (`.5`), a thousands or millions suffix (`40k`,
/// `2.5M`), a power (`2^5`, `1.1^-2`) and a fraction (`3/5`). None otherwise. Running text
/// does not use these (a `3/5` there is a date or a label); [`parse_number`](crate::parse_number)
/// reads them because its caller says the string is a number.
pub(crate) fn parse_notation(s: &str) -> Option<f64> {
    let v = if let Some((a, b)) = s.split_once(['/', '／']) {
        let (n, d) = (decimal(a)?, decimal(b)?);
        if d == 0.0 {
            return None;
        }
        n / d
    } else if let Some((base, exp)) = s.split_once('^') {
        // The sign belongs to the result: -2^2 = -4.
        let (negative, base) = strip_sign(base);
        let v = decimal(base)?.powi(i32::try_from(integer(exp)?).ok()?);
        if negative { -v } else { v }
    } else if let Some(x) = s.strip_suffix(['k', 'K']) {
        decimal(x)? * 1e3
    } else if let Some(x) = s.strip_suffix('M') {
        decimal(x)? * 1e6
    } else if let Some((m, e)) = s.split_once(['e', 'E']) {
        let _ = (decimal(m)?, integer(e)?);
        s.parse().ok()?
    } else if s.contains('.') {
        decimal(s)?
    } else {
        return None;
    };
    finite(v)
}

/// A whole number, a space and a fraction: `1 3/5` = 1.6, `-1 1/2` = -1.5.
pub(crate) fn parse_mixed_fraction(s: &str) -> Option<f64> {
    let (w, f) = s.split_once(char::is_whitespace)?;
    let (negative, digits) = strip_sign(w);
    let w = integer(digits)? as f64;
    let f = parse_notation(f.trim_start()).filter(|_| f.contains(['/', '／']))?;
    Some(if negative { -(w + f) } else { w + f })
}

/// `-`/`+` at the start: whether it is a minus, and the rest.
fn strip_sign(s: &str) -> (bool, &str) {
    match s.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, s.strip_prefix('+').unwrap_or(s)),
    }
}

/// A signed integer of ASCII digits.
fn integer(s: &str) -> Option<i64> {
    let (negative, digits) = strip_sign(s);
    if digits.is_empty() || digits.len() > 18 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let v: i64 = digits.parse().ok()?;
    Some(if negative { -v } else { v })
}

/// A signed decimal of ASCII digits, the leading 0 optional (`.5`): no grouping, no exponent.
fn decimal(s: &str) -> Option<f64> {
    let (_, body) = strip_sign(s);
    let (int, frac) = body.split_once('.').unwrap_or((body, ""));
    let digits = |p: &str| p.bytes().all(|b| b.is_ascii_digit());
    if int.len() + frac.len() == 0 || !digits(int) || !digits(frac) || body.ends_with('.') {
        return None;
    }
    s.parse().ok()
}

/// Parses a Chinese numeral (小写 and 大写) only; None if any char is not part of one.
///
/// Accepted: positional numerals with the standard 零 rules (`一百零八`, `一万零一十`,
/// `三亿零五百万`), a bare leading unit (`十二`, `百亿`, `万`), 两 as a coefficient,
/// 廿/卅/卌 for 20/30/40, the shorthand tail `一万五` = 15000, digit-by-digit numerals
/// (`二〇二二`), and a fraction after 点 (`三点一四一六`). Common informal spellings are
/// read too, where they have one reading: a bare 十 after 零 (`一千零十二`), a gap without
/// 零 (`一千五十`, `一万二百五十`), a redundant 零 after 万 or 亿 (`四千万零六千`), 万万 for
/// 亿 (`一万万`), and 兆 = 10^12 inside a numeral (`五兆六十二亿`; at the end, as in `五十兆瓦`,
/// 兆 is the SI prefix mega and not part of the number).
///
/// Rejected: places out of order (`百千`), a redundant 零 inside a section (`一千零五百`), a
/// bare unit after the start (`一百十`), a shorthand tail before 点 (`一万五点五`) or after a
/// gap (`一亿两千五`: 1.25亿 or 100002500?).
pub(crate) fn parse_chinese(s: &str) -> Option<f64> {
    let mut toks = Toks::default();
    for c in s.chars() {
        let t = token(c)?;
        // 万万 is an old spelling of 亿.
        if t == Tok::Wan && toks.last() == Some(Tok::Wan) {
            toks.replace_last(Tok::Yi);
        } else {
            toks.push(t);
        }
    }
    let toks = toks.as_slice();
    let (int, frac) = match toks.iter().position(|&t| t == Tok::Point) {
        Some(i) => (&toks[..i], Some(&toks[i + 1..])),
        None => (toks, None),
    };
    if int.is_empty() {
        return None;
    }
    if let Some(z) = int.iter().position(|&t| t == Tok::Zhao) {
        // 兆 = 10^12 with more numeral after it; the part below is an ordinary numeral.
        let (hi, lo) = (&int[..z], &int[z + 1..]);
        if lo.is_empty() || frac.is_some() {
            return None;
        }
        let hi = if hi.is_empty() { 1 } else { below_yi(hi, true, false)? };
        let lo = match lo {
            [Tok::Digit(0), rest @ ..] => int_value(rest, true)?,
            _ => int_value(lo, true)?,
        };
        if lo >= ZHAO {
            return None;
        }
        return finite(hi.checked_mul(ZHAO)?.checked_add(lo)? as f64);
    }
    let digit_by_digit = int.iter().all(|t| matches!(t, Tok::Digit(_) | Tok::Liang));
    // A whole number that fits a u64 needs no text: converted, it rounds as the parse of
    // its decimal digits below would.
    if frac.is_none() {
        if !digit_by_digit {
            return finite(int_value(int, true)? as f64);
        }
        if int.len() == 1 || (int.len() < 20 && !int.contains(&Tok::Liang)) {
            let v = int.iter().fold(0u64, |v, &t| v * 10 + u64::from(coefficient(t)));
            return finite(v as f64);
        }
    }
    let mut buf = String::with_capacity(toks.len() + 20);
    if digit_by_digit {
        // Digit-by-digit (二〇二二) or a lone digit. 两 is a quantity word, never a digit
        // in a sequence, so it may only stand alone.
        if int.len() > 1 && int.contains(&Tok::Liang) {
            return None;
        }
        buf.extend(int.iter().map(|&t| ascii_digit(coefficient(t))));
    } else {
        // 一万五点五 is ambiguous (15000.5? 10005.5?), so the shorthand needs no fraction.
        let value = int_value(int, frac.is_none())?;
        write!(buf, "{value}").ok()?;
    }
    if let Some(frac) = frac {
        if frac.is_empty() {
            return None;
        }
        buf.push('.');
        for &t in frac {
            match t {
                Tok::Digit(d) => buf.push(ascii_digit(d)),
                _ => return None,
            }
        }
    }
    finite(buf.parse().ok()?)
}

/// Parses an Arabic number (ASCII or full-width digits, `,`/`，` thousands separators in
/// groups of three, `.`/`．` decimal point, leading +/-/−/－ sign) with optional trailing
/// Chinese magnitudes (十 百 千 万 亿, combined: 千万 百万 十万 万亿 千亿 百亿) and the mixed
/// form `1万2千`, `3万5`; None otherwise.
///
/// In the mixed form every part is an integer without leading zeros, magnitudes strictly
/// descend, and each part fits below the previous magnitude (`2亿3000万`, not `2亿30000万`).
/// A trailing lone digit is one step below the last magnitude (`3万5` = 35000); any other
/// trailing number (`1万20`) is rejected as ambiguous.
pub(crate) fn parse_arabic(s: &str) -> Option<f64> {
    if let Some(v) = plain_decimal(s) {
        return Some(v);
    }
    let mut cur = Cursor { s, pos: 0 };
    let negative = matches!(cur.peek(), Some('-' | '−' | '－'));
    if negative || matches!(cur.peek(), Some('+' | '＋')) {
        cur.bump();
    }

    // The first part keeps its fraction and is scaled by editing the exponent, so the
    // result is the correctly rounded value of the decimal the text denotes.
    let mut buf = String::with_capacity(s.len() + 8);
    cur.digits(&mut buf)?;
    let has_fraction = matches!(cur.peek(), Some('.' | '．'));
    if has_fraction {
        cur.bump();
        buf.push('.');
        cur.fraction(&mut buf)?;
    }
    let mut last = if cur.at_end() { 0 } else { cur.magnitude()? };
    write!(buf, "e{last}").ok()?;
    let mut value: f64 = buf.parse().ok()?;

    // Mixed form: 1万2千, 2亿3000万, 3万5, 1千零20, 3万4000, 2千零30万.
    while !cur.at_end() {
        if has_fraction {
            return None;
        }
        // 零 marks a gap before the part (1千零20, 1亿零500万).
        let zero = cur.peek() == Some('零');
        if zero {
            cur.bump();
        }
        buf.clear();
        let len = cur.digits(&mut buf)?;
        if buf.starts_with('0') {
            return None;
        }
        let part: u64 = buf.parse().ok()?;
        if cur.at_end() {
            let fits = match len {
                // 3万5 = 35000, like 一万五.
                1 if !zero => {
                    value += part as f64 * POW10[last.checked_sub(1)?];
                    break;
                }
                // 1千零20 = 1020: after 零 the part leaves a gap; 3万4000: without, it
                // fills every place below the magnitude. 1万20 is ambiguous.
                _ if zero => len < last,
                _ => len == last,
            };
            if !fits {
                return None;
            }
            value += part as f64;
        } else {
            let exp = cur.magnitude()?;
            let units = if zero { len < last } else { len == last };
            if exp >= last && cur.at_end() && matches!(exp, 4 | 8) && units && value < POW10[4] {
                // 2千零30万 = 2030万: a number below 万 in places, then its magnitude.
                value = (value + part as f64) * POW10[exp];
                break;
            }
            // `part` must fit in the places between the two magnitudes.
            if exp >= last || len > last - exp {
                return None;
            }
            value += part as f64 * POW10[exp];
            last = exp;
        }
    }
    finite(if negative { -value } else { value })
}

/// The common case of [`parse_arabic`] without building text: ASCII digits with an optional
/// fraction (`2318.6`), at most 15 digits in all. The digits as an integer and the power of
/// ten are both exact in an `f64`, so one division rounds correctly, as parsing does.
fn plain_decimal(s: &str) -> Option<f64> {
    // One pass over the bytes: the numbers are a few bytes long, shorter than a search for
    // the point would take to set up.
    let b = s.as_bytes();
    let digits = |from: usize| b[from..].iter().take_while(|b| b.is_ascii_digit()).count();
    let int = digits(0);
    let frac = match b.get(int) {
        None => 0,
        // A point needs digits after it, and nothing after them.
        Some(b'.') => Some(digits(int + 1)).filter(|&f| f > 0 && int + 1 + f == b.len())?,
        Some(_) => return None,
    };
    if int == 0 || int + frac > 15 {
        return None;
    }
    let mantissa =
        b.iter().filter(|b| b.is_ascii_digit()).fold(0u64, |m, b| m * 10 + u64::from(b - b'0'));
    Some(mantissa as f64 / POW10[frac])
}

/// The value of a single Chinese magnitude run such as "万", "亿", "千万", "万亿" (None otherwise).
///
/// A run is an optional 十/百/千 followed by an optional 万 and an optional 亿 (大写 and
/// traditional forms included), so `十亿` = 1e9 and `千万亿` = 1e15; `万万` (1e8) and `亿亿`
/// (1e16) close a run; `亿万` is none.
pub(crate) fn magnitude(s: &str) -> Option<f64> {
    magnitude_exp(s).map(|e| POW10[e])
}

/// The power of ten of a magnitude run (see [`magnitude`]).
fn magnitude_exp(s: &str) -> Option<usize> {
    let mut chars = s.chars().peekable();
    let mut exp = 0;
    if let Some(e) = chars.peek().copied().and_then(small_unit_exp) {
        chars.next();
        exp += e;
    }
    if chars.next_if(|&c| matches!(c, '万' | '萬')).is_some() {
        exp += 4;
        // 万万, an old spelling of 亿 (10万万 = 10亿); nothing may follow it.
        if chars.next_if(|&c| matches!(c, '万' | '萬')).is_some() {
            return chars.next().is_none().then_some(exp + 4);
        }
    }
    if chars.next_if(|&c| matches!(c, '亿' | '億')).is_some() {
        exp += 8;
        // 亿亿 (每秒1000亿亿次, 1e16: computing power); nothing may follow it.
        if chars.next_if(|&c| matches!(c, '亿' | '億')).is_some() {
            return chars.next().is_none().then_some(exp + 8);
        }
    }
    (exp > 0 && chars.next().is_none()).then_some(exp)
}

/// The power of ten of 十/百/千 and their 大写 forms.
fn small_unit_exp(c: char) -> Option<usize> {
    match c {
        '十' | '拾' => Some(1),
        '百' | '佰' => Some(2),
        '千' | '仟' => Some(3),
        _ => None,
    }
}

/// Whether `c` can be part of a magnitude run.
fn is_magnitude_char(c: char) -> bool {
    small_unit_exp(c).is_some() || matches!(c, '万' | '萬' | '亿' | '億')
}

/// Keeps only finite values: a 400-digit number overflows to infinity.
fn finite(v: f64) -> Option<f64> {
    v.is_finite().then_some(v)
}

/// The ASCII character of a decimal digit value.
fn ascii_digit(d: u8) -> char {
    char::from(b'0' + d)
}

/// A position in an Arabic number being scanned.
struct Cursor<'a> {
    /// The whole input.
    s: &'a str,
    /// Byte offset of the next char (always on a char boundary).
    pos: usize,
}

impl Cursor<'_> {
    /// The next char, if any.
    fn peek(&self) -> Option<char> {
        self.s[self.pos..].chars().next()
    }

    /// Steps over the next char.
    fn bump(&mut self) {
        if let Some(c) = self.peek() {
            self.pos += c.len_utf8();
        }
    }

    /// Whether the whole input has been consumed.
    fn at_end(&self) -> bool {
        self.pos == self.s.len()
    }

    /// Reads an integer with optional thousands separators into `buf` as ASCII digits and
    /// returns its digit count; None if there is no digit or the grouping is wrong.
    fn digits(&mut self, buf: &mut String) -> Option<usize> {
        let start = buf.len();
        let mut group = 0; // digits since the last separator
        let mut separated = false;
        while let Some(c) = self.peek() {
            if let Some(d) = arabic_digit(c) {
                buf.push(ascii_digit(d));
                group += 1;
            } else if matches!(c, ',' | '，') {
                // The first group has 1–3 digits, every later one exactly 3.
                if group == 0 || group > 3 || (separated && group != 3) {
                    return None;
                }
                separated = true;
                group = 0;
            } else {
                break;
            }
            self.bump();
        }
        // A grouped number does not start with 0 (`0,123` is not a thousands grouping).
        if group == 0 || (separated && (group != 3 || buf[start..].starts_with('0'))) {
            return None;
        }
        Some(buf.len() - start)
    }

    /// Reads the digits after a decimal point (no separators) into `buf`.
    fn fraction(&mut self, buf: &mut String) -> Option<()> {
        let start = buf.len();
        while let Some(d) = self.peek().and_then(arabic_digit) {
            buf.push(ascii_digit(d));
            self.bump();
        }
        (buf.len() > start).then_some(())
    }

    /// Reads a magnitude run and returns its power of ten.
    fn magnitude(&mut self) -> Option<usize> {
        let start = self.pos;
        while self.peek().is_some_and(is_magnitude_char) {
            self.bump();
        }
        magnitude_exp(&self.s[start..self.pos])
    }
}

/// The value of an ASCII or full-width digit.
fn arabic_digit(c: char) -> Option<u8> {
    match c {
        '0'..='9' => Some(c as u8 - b'0'),
        '０'..='９' => u8::try_from(u32::from(c) - u32::from('０')).ok(),
        _ => None,
    }
}

/// The tokens of a numeral: on the stack up to [`Toks::INLINE`] (real numerals are shorter;
/// see `MAX_NUMERAL_CHARS`), on the heap beyond, so that most reads allocate nothing.
// The inline variant is the large one on purpose: it is a stack buffer.
#[allow(clippy::large_enum_variant)]
enum Toks {
    Inline([Tok; Toks::INLINE], usize),
    Heap(Vec<Tok>),
}

impl Default for Toks {
    fn default() -> Toks {
        Toks::Inline([Tok::Point; Toks::INLINE], 0)
    }
}

impl Toks {
    const INLINE: usize = 32;

    fn push(&mut self, t: Tok) {
        match self {
            Toks::Inline(buf, n) if *n < Toks::INLINE => {
                buf[*n] = t;
                *n += 1;
            }
            Toks::Inline(buf, n) => {
                let mut v = buf[..*n].to_vec();
                v.push(t);
                *self = Toks::Heap(v);
            }
            Toks::Heap(v) => v.push(t),
        }
    }

    fn as_slice(&self) -> &[Tok] {
        match self {
            Toks::Inline(buf, n) => &buf[..*n],
            Toks::Heap(v) => v,
        }
    }

    fn last(&self) -> Option<Tok> {
        self.as_slice().last().copied()
    }

    /// Replaces the last token; there must be one.
    fn replace_last(&mut self, t: Tok) {
        let last = match self {
            Toks::Inline(buf, n) => buf[..*n].last_mut(),
            Toks::Heap(v) => v.last_mut(),
        };
        if let Some(last) = last {
            *last = t;
        }
    }
}

/// One character of a Chinese numeral.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Tok {
    /// 零〇 and 一…九 (小写, 大写 and traditional forms).
    Digit(u8),
    /// 两: 2 as a coefficient or on its own, but never within a digit sequence or fraction,
    /// nor as the last digit after a unit (三十两 is 30 两 of weight).
    Liang,
    /// 十 百 千: a place within a section, as its value.
    Unit(u64),
    /// 廿 卅 卌: a number of tens with the coefficient built in.
    Tens(u64),
    /// 万: separates the 万 section from the units section.
    Wan,
    /// 亿: separates the 亿 part from the rest.
    Yi,
    /// 兆 (10^12), only before more numeral (see [`parse_chinese`]).
    Zhao,
    /// 点: the decimal point.
    Point,
}

/// Classifies one character; None if it cannot be part of a Chinese numeral.
fn token(c: char) -> Option<Tok> {
    Some(match c {
        // ○ (white circle) is a common stand-in for 〇 in typeset years.
        '零' | '〇' | '○' => Tok::Digit(0),
        '一' | '壹' => Tok::Digit(1),
        '二' | '贰' | '貳' => Tok::Digit(2),
        '三' | '叁' | '參' => Tok::Digit(3),
        '四' | '肆' => Tok::Digit(4),
        '五' | '伍' => Tok::Digit(5),
        '六' | '陆' | '陸' => Tok::Digit(6),
        '七' | '柒' => Tok::Digit(7),
        '八' | '捌' => Tok::Digit(8),
        '九' | '玖' => Tok::Digit(9),
        '两' | '兩' | '倆' | '俩' => Tok::Liang,
        '十' | '拾' => Tok::Unit(10),
        '百' | '佰' => Tok::Unit(100),
        '千' | '仟' => Tok::Unit(1000),
        '廿' => Tok::Tens(2),
        '卅' => Tok::Tens(3),
        '卌' => Tok::Tens(4),
        '万' | '萬' => Tok::Wan,
        '亿' | '億' => Tok::Yi,
        '兆' => Tok::Zhao,
        '点' | '點' => Tok::Point,
        _ => return None,
    })
}

/// The digit value of a digit token (two for 两).
fn coefficient(t: Tok) -> u8 {
    match t {
        Tok::Digit(d) => d,
        Tok::Liang => 2,
        _ => 0,
    }
}

/// The index of the only `sep` in `toks`: Some(None) if absent, None if repeated.
fn single(toks: &[Tok], sep: Tok) -> Option<Option<usize>> {
    let mut found = toks.iter().enumerate().filter(|&(_, &t)| t == sep).map(|(i, _)| i);
    match (found.next(), found.next()) {
        (first, None) => Some(first),
        _ => None,
    }
}

/// The integer part of a positional numeral: `[below_yi 亿] [tail]`, below 10^16.
fn int_value(toks: &[Tok], shorthand: bool) -> Option<u64> {
    match single(toks, Tok::Yi)? {
        None => below_yi(toks, true, shorthand),
        Some(i) => {
            // A bare 亿 opens the number: 亿 = 1e8, 万亿 = 1e12.
            let hi = if i == 0 { 1 } else { below_yi(&toks[..i], true, false)? };
            Some(hi * YI + tail(&toks[i + 1..], YI, shorthand, below_yi)?)
        }
    }
}

/// A numeral below 亿: `[section 万] [tail]`.
///
/// `leading` allows a bare unit at the start (十万, 万); `shorthand` allows a lone final
/// digit one step below the last unit (一万五, 三千二).
fn below_yi(toks: &[Tok], leading: bool, shorthand: bool) -> Option<u64> {
    match single(toks, Tok::Wan)? {
        None => section(toks, leading, shorthand),
        Some(i) => {
            let hi = if i == 0 && leading { 1 } else { section(&toks[..i], leading, false)? };
            Some(hi * WAN + tail(&toks[i + 1..], WAN, shorthand, section)?)
        }
    }
}

/// The part after a magnitude `mag` (万 or 亿), parsed by `below`.
///
/// Normally it fills the place just below `mag` (一万五千), or 零 marks a gap (一万零五十).
/// Informal text also drops the 零 of a gap (一万二百五十) or writes a redundant one
/// (四千万零六千); both are read, but a gap without 零 takes no shorthand tail (一亿两千五 is
/// ambiguous). A lone digit is the shorthand 一万五 = 15000; after 零 a bare 十 opens the
/// rest (一万零十二).
fn tail(
    toks: &[Tok],
    mag: u64,
    shorthand: bool,
    below: fn(&[Tok], bool, bool) -> Option<u64>,
) -> Option<u64> {
    match toks {
        [] => Some(0),
        // 两 never ends a numeral (两万两 is 20000 两 of weight), see `section`.
        [t @ Tok::Digit(1..=9)] => shorthand.then(|| u64::from(coefficient(*t)) * (mag / 10)),
        [Tok::Liang] => None,
        [Tok::Digit(0), rest @ ..] => {
            let bare_ten = rest.first() == Some(&Tok::Unit(10));
            below(rest, bare_ten, shorthand).filter(|&v| v < mag)
        }
        _ => below(toks, false, shorthand).filter(|&v| v >= mag / 10).or_else(|| {
            // After a gap, a shorthand tail is only clear below a 万 of its own
            // (六十二亿四万五千二).
            below(toks, false, shorthand && toks.contains(&Tok::Wan)).filter(|&v| v < mag / 10)
        }),
    }
}

/// A section below 万: coefficient–unit pairs in descending 千 百 十 order, then units.
///
/// Places must be consecutive unless 零 marks the gap, and 零 must skip at least one place,
/// so every value has exactly one spelling (plus the shorthand tail). Returns a value in
/// 1..10000; None for an empty section.
fn section(toks: &[Tok], leading: bool, shorthand: bool) -> Option<u64> {
    let mut value = 0;
    let mut last: Option<u64> = None; // place of the previous unit
    let mut pending: Option<u64> = None; // a digit waiting for its unit
    let mut zero = false; // 零 seen since the previous unit
    for (i, &t) in toks.iter().enumerate() {
        match t {
            Tok::Digit(0) => {
                // 零 only follows a unit, once.
                if last.is_none() || zero || pending.is_some() {
                    return None;
                }
                zero = true;
            }
            Tok::Digit(_) | Tok::Liang => {
                if pending.is_some() {
                    return None;
                }
                pending = Some(u64::from(coefficient(t)));
            }
            Tok::Unit(place) => {
                // 一千零十二, 一百零十: a bare 十 after 零, informal for (零)一十.
                let informal_ten = pending.is_none() && zero && place == 10;
                let c = match pending.take() {
                    Some(c) => c,
                    // 十二, 百亿: a bare unit only opens the number.
                    None if leading && i == 0 => 1,
                    None if informal_ten => 1,
                    None => return None,
                };
                value += c * place;
                last = Some(next_place(last, zero && !informal_ten, place)?);
                zero = false;
            }
            Tok::Tens(c) if pending.is_none() => {
                value += c * 10;
                last = Some(next_place(last, zero, 10)?);
                zero = false;
            }
            _ => return None,
        }
    }
    // 两 is a coefficient (两百, 两万) and never the last digit after a unit: 三十两 and
    // 三千两百两 end in 两 of weight (50 g), not in the numeral 二.
    if last.is_some() && toks.last() == Some(&Tok::Liang) {
        return None;
    }
    match (pending, last) {
        (None, _) if zero => None,
        (None, _) => (value > 0).then_some(value),
        (Some(d), None) => Some(d),
        // 一百零八: the units follow a gap.
        (Some(d), Some(l)) if zero => (l >= 100).then_some(value + d),
        (Some(d), Some(10)) => Some(value + d),
        // 三千二 = 3200.
        (Some(d), Some(l)) => shorthand.then_some(value + d * (l / 10)),
    }
}

/// Checks that `place` may follow the unit at `last` and returns it.
fn next_place(last: Option<u64>, zero: bool, place: u64) -> Option<u64> {
    let ok = match last {
        None => true,
        Some(l) if zero => place * 10 < l,
        // 一千五十: a gap without 零, informal but unambiguous.
        Some(l) => place < l,
    };
    ok.then_some(place)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Asserts every case, reporting all failures at once.
    fn check(name: &str, f: fn(&str) -> Option<f64>, cases: &[(&str, Option<f64>)]) {
        let failures: Vec<String> = cases
            .iter()
            .filter(|&&(s, want)| f(s) != want)
            .map(|&(s, want)| format!("{name}({s:?}) = {:?}, want {want:?}", f(s)))
            .collect();
        assert!(failures.is_empty(), "{}", failures.join("\n"));
    }

    #[test]
    fn fu_is_a_minus_sign() {
        assert_eq!(parse_number("负三"), Some(-3.0));
        assert_eq!(parse_number("负1.5"), Some(-1.5));
        assert_eq!(parse_number("负负三"), None);
        assert_eq!(parse_chinese("负三"), None);
    }

    #[test]
    fn arabic_valid() {
        let cases: &[(&str, f64)] = &[
            ("0", 0.0),
            ("7", 7.0),
            ("007", 7.0),
            ("0.5", 0.5),
            ("2318.6", 2318.6),
            ("2,745.3", 2745.3),
            ("3，560", 3560.0),
            ("1,234,567", 1_234_567.0),
            ("12,345.678", 12_345.678),
            ("２３．６", 23.6),
            ("２，３４５", 2345.0),
            ("-3.5", -3.5),
            ("+3.5", 3.5),
            ("−3.5", -3.5),
            ("－3.5", -3.5),
            ("＋2", 2.0),
            ("1.4万", 14_000.0),
            ("3千万", 3e7),
            ("2318.6亿", 2.3186e11),
            ("6.3万亿", 6.3e12),
            ("1.5千", 1500.0),
            ("5百", 500.0),
            ("3十", 30.0),
            ("2百万", 2e6),
            ("4十万", 4e5),
            ("7千亿", 7e11),
            ("8百亿", 8e10),
            ("9十亿", 9e9),
            ("1千万亿", 1e15),
            ("1,000万", 1e7),
            ("２万", 20_000.0),
            ("3萬", 30_000.0),
            ("3億", 3e8),
            ("-1.4万", -14_000.0),
            ("1万2千", 12_000.0),
            ("3万5", 35_000.0),
            ("3千5", 3500.0),
            ("3十5", 35.0),
            ("1万2千5", 12_500.0),
            ("1万2千3百4十5", 12_345.0),
            ("1亿2千万", 1.2e8),
            ("2亿3000万", 2.3e8),
            ("2亿3,000万", 2.3e8),
            ("1亿500万", 1.05e8),
            ("1千零1", 1001.0),
            ("1千零20", 1020.0),
            ("1亿零500万", 1.05e8),
            ("3万4000", 34_000.0),
            ("2千零30万", 2.03e7),
            ("1千200万", 1.2e7),
            ("1万亿2000亿", 1.2e12),
            ("-1万2千", -12_000.0),
            ("1万1", 11_000.0),
            ("100000000000000000000000000000", 1e29),
        ];
        let cases: Vec<_> = cases.iter().map(|&(s, v)| (s, Some(v))).collect();
        check("parse_arabic", parse_arabic, &cases);
        check("parse_number", parse_number, &cases);
    }

    #[test]
    fn plain_decimals_read_as_parsed() {
        for s in ["0", "007", "2318.6", "0.1", "123456789012345", "99999.9999999999", "5.00"] {
            assert_eq!(plain_decimal(s), s.parse().ok(), "{s}");
        }
        for s in ["", ".5", "5.", "1.2.3", "1234567890123456", "1,234", "-1", "１"] {
            assert_eq!(plain_decimal(s), None, "{s}");
        }
    }

    #[test]
    fn arabic_invalid() {
        let cases = [
            "",
            "-",
            "+",
            ".",
            "..",
            "1.",
            ".5",
            "-.5",
            "1..2",
            "1.2.3",
            "1,23",
            "12,3456",
            "1,,234",
            ",123",
            "1,234,",
            "1234,567",
            "0,123",
            "1.234,5",
            "1e5",
            "1 000",
            " 1",
            "1 ",
            "1万 ",
            "1亿万",
            "1万0",
            "1万20",
            "1千2万",
            "1千零2000",
            "1万2千零3万",
            "1万05千",
            "1万12千",
            "1千2万",
            "1万2千3万",
            "1万2万",
            "2亿30000万",
            "1.5万3千",
            "1万2.5千",
            "3万五千",
            "1x",
            "--1",
            "+-1",
            "1-",
            "1亿-2千万",
            "1十十",
            "1百千",
            "-三",
            "1.5万五",
        ];
        let cases: Vec<_> = cases.iter().map(|&s| (s, None)).collect();
        check("parse_arabic", parse_arabic, &cases);
        check("parse_number", parse_number, &cases);
        // Chinese numerals are not Arabic ones.
        check("parse_arabic", parse_arabic, &[("三", None), ("万", None), ("十五", None)]);
    }

    #[test]
    fn notations() {
        check(
            "parse_notation",
            parse_notation,
            &[
                ("2e5", Some(2e5)),
                ("-1.5E+3", Some(-1500.0)),
                (".5", Some(0.5)),
                ("-.5", Some(-0.5)),
                ("40k", Some(40_000.0)),
                ("2.5M", Some(2.5e6)),
                ("2^5", Some(32.0)),
                ("-2^2", Some(-4.0)),
                ("2^-1", Some(0.5)),
                ("3/5", Some(0.6)),
                ("-3/2", Some(-1.5)),
                ("1/0", None),
                ("1e", None),
                ("e5", None),
                (".", None),
                ("5.", None),
                ("inf", None),
                ("NaN", None),
                ("1,000", None),
                ("2^--3", None),
                ("1e999", None),
                ("12", None),
            ],
        );
        check(
            "parse_mixed_fraction",
            parse_mixed_fraction,
            &[("1 3/5", Some(1.6)), ("-1 1/2", Some(-1.5)), ("1 3", None), ("1.5 1/2", None)],
        );
    }

    #[test]
    fn arabic_overflow_is_none() {
        let huge = "9".repeat(400);
        assert_eq!(parse_arabic(&huge), None);
        assert_eq!(parse_arabic(&format!("{}亿", "9".repeat(305))), None);
        assert_eq!(parse_number(&format!("-{huge}")), None);
    }

    #[test]
    fn chinese_valid() {
        let cases: &[(&str, f64)] = &[
            ("零", 0.0),
            ("〇", 0.0),
            ("三", 3.0),
            ("两", 2.0),
            ("十", 10.0),
            ("十二", 12.0),
            ("一十二", 12.0),
            ("二十", 20.0),
            ("二十五", 25.0),
            ("一百", 100.0),
            ("一百零八", 108.0),
            ("一百一十", 110.0),
            ("三千六百七十八", 3678.0),
            ("一千零五", 1005.0),
            ("一千零五十", 1050.0),
            ("一千零一十", 1010.0),
            ("一万零一", 10_001.0),
            ("一万零一十", 10_010.0),
            // Informal spellings with one reading.
            ("一万零十二", 10_012.0),
            ("一千零十二", 1012.0),
            ("一百零十万", 1_100_000.0),
            ("一百零一万零三千零十二", 1_013_012.0),
            ("一千五十", 1050.0),
            ("一万二百五十", 10_250.0),
            ("七十八万五百零六", 780_506.0),
            ("四千万零六千", 40_006_000.0),
            ("一万零五千", 15_000.0),
            ("一亿零五千万", 150_000_000.0),
            ("一亿五百万", 105_000_000.0),
            ("一万万", 1e8),
            ("十万万", 1e9),
            ("俩千两百二十二", 2222.0),
            ("五兆六十二亿四万五千二", 5_006_200_045_200.0),
            ("四十九兆九千五百九十二亿", 49_959_200_000_000.0),
            ("一兆零五", 1e12 + 5.0),
            ("十万", 1e5),
            ("十二万", 120_000.0),
            ("一百万", 1e6),
            ("三亿零五百万", 305_000_000.0),
            ("一千五百亿", 1.5e11),
            ("五亿六千万", 5.6e8),
            ("一亿零一万", 100_010_000.0),
            ("一亿零一", 100_000_001.0),
            ("十亿", 1e9),
            ("三万亿", 3e12),
            ("一万二千亿", 1.2e12),
            ("一万亿零三", 1e12 + 3.0),
            ("两百", 200.0),
            ("两千", 2000.0),
            ("两万", 20_000.0),
            ("两亿", 2e8),
            ("二〇二二", 2022.0),
            ("二○二二", 2022.0),
            ("一九四九", 1949.0),
            ("〇〇七", 7.0),
            ("一零零零", 1000.0),
            ("一百〇五", 105.0),
            ("壹", 1.0),
            ("壹贰叁肆伍陆柒捌玖", 123_456_789.0),
            ("壹拾", 10.0),
            ("拾", 10.0),
            ("壹佰", 100.0),
            ("壹仟贰佰叁拾肆", 1234.0),
            ("玖萬", 90_000.0),
            ("叁億", 3e8),
            ("伍仟萬", 5e7),
            ("貳拾參", 23.0),
            ("廿", 20.0),
            ("卅", 30.0),
            ("卌", 40.0),
            ("廿三", 23.0),
            ("卅一", 31.0),
            ("三百廿", 320.0),
            ("九点五", 9.5),
            // 3.1416, spelled so that clippy does not take it for π.
            ("三点一四一六", 31_416.0 / 1e4),
            ("零点五", 0.5),
            ("零点零五", 0.05),
            ("十点五", 10.5),
            ("一百点二五", 100.25),
            ("一万点五", 10_000.5),
            ("二〇二二点五", 2022.5),
            ("两点五", 2.5),
            ("五點五", 5.5),
            ("百亿", 1e10),
            ("万亿", 1e12),
            ("千万", 1e7),
            ("十万", 1e5),
            ("百万", 1e6),
            ("千亿", 1e11),
            ("百", 100.0),
            ("千", 1000.0),
            ("万", 10_000.0),
            ("亿", 1e8),
            ("一万五", 15_000.0),
            ("三千二", 3200.0),
            ("两百五", 250.0),
            ("一百二", 120.0),
            ("一亿五", 1.5e8),
            ("十二万三", 123_000.0),
            ("一万三千二", 13_200.0),
            ("一万零三百五", 10_350.0),
            ("一亿两千五百万", 1.25e8),
            // 10^16 − 1 rounds to 1e16 as an f64.
            ("九千九百九十九万九千九百九十九亿九千九百九十九万九千九百九十九", 1e16),
        ];
        let cases: Vec<_> = cases.iter().map(|&(s, v)| (s, Some(v))).collect();
        check("parse_chinese", parse_chinese, &cases);
        check("parse_number", parse_number, &cases);
    }

    #[test]
    fn chinese_long_digit_sequence() {
        let digits = "一二三四五六七八九〇".repeat(3);
        let want: f64 = "123456789012345678901234567890".parse().ok().unwrap_or(f64::NAN);
        assert_eq!(parse_chinese(&digits), Some(want));
        assert_eq!(parse_number(&digits), Some(want));
    }

    #[test]
    fn chinese_whole_numbers_round_as_their_decimals() {
        // Read without text up to 19 digits: the same f64 as the decimal parsed (2^53 + 1 rounds).
        let cases = [
            ("九八七六五四三二一九八七六五四三二一九", "9876543219876543219"),
            ("九八七六五四三二一九八七六五四三二一九八", "98765432198765432198"),
            ("九千零七万一千九百九十二亿五千四百七十四万零九百九十三", "9007199254740993"),
        ];
        for (cn, decimal) in cases {
            assert_eq!(parse_chinese(cn), decimal.parse().ok(), "{cn}");
        }
    }

    #[test]
    fn chinese_invalid() {
        let cases = [
            "",
            "点",
            "點五",
            "点五",
            "五点",
            "零零点",
            "一点二点三",
            "十十",
            "百千",
            "二十十",
            "十百",
            "一百零",
            "一千零零五",
            "一千零五百",
            "一百十",
            "一万十",
            "一亿两千五",
            "亿万",
            "一亿万",
            "亿亿",
            "一万一万",
            "三千二万",
            "一万五亿",
            "一万五点五",
            "两百五点五",
            "零一百",
            "零十",
            "十零五",
            "两两",
            "二两",
            "三十两",
            "两万两",
            "三千两百两",
            "一百零两",
            "一点两",
            "九点十",
            "九点五万",
            "二廿",
            "廿十",
            "廿廿",
            "一二十",
            "十二三",
            "三x",
            "三 ",
            " 三",
        ];
        let cases: Vec<_> = cases.iter().map(|&s| (s, None)).collect();
        check("parse_chinese", parse_chinese, &cases);
        check("parse_number", parse_number, &cases);
        // Arabic numbers are not Chinese ones.
        check("parse_chinese", parse_chinese, &[("3", None), ("1万", None), ("1.5", None)]);
    }

    #[test]
    fn magnitudes() {
        let cases: &[(&str, Option<f64>)] = &[
            ("十", Some(10.0)),
            ("百", Some(100.0)),
            ("千", Some(1000.0)),
            ("万", Some(1e4)),
            ("萬", Some(1e4)),
            ("亿", Some(1e8)),
            ("億", Some(1e8)),
            ("十万", Some(1e5)),
            ("百万", Some(1e6)),
            ("千万", Some(1e7)),
            ("十亿", Some(1e9)),
            ("百亿", Some(1e10)),
            ("千亿", Some(1e11)),
            ("万亿", Some(1e12)),
            ("十万亿", Some(1e13)),
            ("千万亿", Some(1e15)),
            ("仟萬", Some(1e7)),
            ("", None),
            ("万万", Some(1e8)),
            ("亿万", None),
            ("亿亿", Some(1e16)),
            ("百亿亿", Some(1e18)),
            ("亿亿万", None),
            ("千百", None),
            ("十十", None),
            ("万千", None),
            ("一万", None),
            ("万一", None),
            ("1万", None),
        ];
        check("magnitude", magnitude, cases);
    }

    /// 小写 digits by value.
    const DIGITS: [char; 10] = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

    /// Writes 1..=9999 as a section; `leading` drops the 一 of 一十 at the start of a number.
    fn write_section(n: u64, leading: bool, out: &mut String) {
        let mut started = false;
        let mut zero = false;
        for (place, unit) in [(1000, "千"), (100, "百"), (10, "十"), (1, "")] {
            let d = n / place % 10;
            if d == 0 {
                zero |= started;
                continue;
            }
            if zero {
                out.push('零');
                zero = false;
            }
            if !(d == 1 && place == 10 && !started && leading) {
                out.push(DIGITS[d as usize]);
            }
            out.push_str(unit);
            started = true;
        }
    }

    /// Writes 1..10^8 as `[section 万] [零] [section]`.
    fn write_below_yi(n: u64, leading: bool, out: &mut String) {
        if n < WAN {
            return write_section(n, leading, out);
        }
        write_section(n / WAN, leading, out);
        out.push('万');
        let rest = n % WAN;
        if rest > 0 {
            if rest < 1000 {
                out.push('零');
            }
            write_section(rest, false, out);
        }
    }

    /// Reference converter: the standard reading of `n` < 10^16 (10 = 十, 105 = 一百零五,
    /// 10010 = 一万零一十, 100000000 = 一亿).
    fn to_chinese(n: u64) -> String {
        assert!(n < 10_u64.pow(16));
        let mut out = String::new();
        if n == 0 {
            out.push('零');
        } else if n < YI {
            write_below_yi(n, true, &mut out);
        } else {
            write_below_yi(n / YI, true, &mut out);
            out.push('亿');
            let rest = n % YI;
            if rest > 0 {
                if rest < YI / 10 {
                    out.push('零');
                }
                write_below_yi(rest, false, &mut out);
            }
        }
        out
    }

    /// The 大写 spelling of a 小写 numeral, char by char.
    fn to_daxie(s: &str) -> String {
        s.chars()
            .map(|c| match c {
                '零' => '零',
                '一' => '壹',
                '二' => '贰',
                '三' => '叁',
                '四' => '肆',
                '五' => '伍',
                '六' => '陆',
                '七' => '柒',
                '八' => '捌',
                '九' => '玖',
                '十' => '拾',
                '百' => '佰',
                '千' => '仟',
                '万' => '萬',
                '亿' => '億',
                other => other,
            })
            .collect()
    }

    /// A deterministic pseudo-random sequence (Knuth's MMIX LCG, high bits).
    struct Lcg(u64);

    impl Lcg {
        fn next(&mut self) -> u64 {
            self.0 = self
                .0
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            self.0 >> 16
        }
    }

    /// 0..=20000, the powers of ten, round numbers, and 200,000 LCG values below 10^9.
    fn sample() -> Vec<u64> {
        let mut rng = Lcg(0x5eed);
        let mut out: Vec<u64> = (0..=20_000).collect();
        out.extend((0..16).map(|e| 10_u64.pow(e)));
        for e in 0..15 {
            out.extend((10..100).map(|m| m * 10_u64.pow(e)));
        }
        out.extend((0..200_000).map(|_| rng.next() % 1_000_000_000));
        out
    }

    #[test]
    fn reference_converter_spellings() {
        let cases = [
            (0, "零"),
            (10, "十"),
            (15, "十五"),
            (105, "一百零五"),
            (110, "一百一十"),
            (1005, "一千零五"),
            (10_010, "一万零一十"),
            (100_000, "十万"),
            (100_000_000, "一亿"),
            (100_000_001, "一亿零一"),
            (100_010_000, "一亿零一万"),
            (305_000_000, "三亿零五百万"),
            (1_000_000_000_000, "一万亿"),
        ];
        for (n, want) in cases {
            assert_eq!(to_chinese(n), want, "to_chinese({n})");
        }
    }

    #[test]
    fn round_trip_xiaoxie_and_daxie() {
        let sample = sample();
        for &n in &sample {
            let s = to_chinese(n);
            assert_eq!(parse_chinese(&s), Some(n as f64), "{s}");
            let d = to_daxie(&s);
            assert_eq!(parse_chinese(&d), Some(n as f64), "{d}");
        }
        assert!(sample.len() > 220_000);
    }

    #[test]
    fn round_trip_above_yi() {
        // Up to 10^16 the 亿 part itself has 万 sections (一万二千亿); values above 2^53
        // round like `as f64` does.
        let mut rng = Lcg(42);
        for _ in 0..50_000 {
            let n = rng.next() % 10_u64.pow(16);
            let s = to_chinese(n);
            assert_eq!(parse_chinese(&s), Some(n as f64), "{s}");
        }
    }

    #[test]
    fn round_trip_shorthand_tail() {
        // Dropping the last unit of a standard spelling ending in 数+百/千 right after another
        // unit (一万五千 → 一万五, 三千二百 → 三千二), or 数+千万 after 亿, keeps the value.
        let mut checked = 0;
        for n in sample() {
            let s = to_chinese(n);
            let chars: Vec<char> = s.chars().collect();
            let cut = match chars.as_slice() {
                [.., '亿', d, '千', '万'] if *d != '零' => 2,
                [.., u, d, '百' | '千'] if !DIGITS.contains(u) && *d != '零' => 1,
                _ => 0,
            };
            if cut == 0 {
                continue;
            }
            let short: String = chars[..chars.len() - cut].iter().collect();
            assert_eq!(parse_chinese(&short), Some(n as f64), "{short} (from {s})");
            checked += 1;
        }
        assert!(checked > 1000, "only {checked} shorthand cases");
    }

    #[test]
    fn round_trip_arabic() {
        let mut rng = Lcg(7);
        for _ in 0..50_000 {
            let n = rng.next() % 10_u64.pow(15);
            let plain = n.to_string();
            assert_eq!(parse_arabic(&plain), Some(n as f64), "{plain}");
            // Thousands separators, alternating ASCII and full-width commas.
            let mut grouped = String::new();
            for (i, c) in plain.chars().enumerate() {
                let left = plain.len() - i;
                if i > 0 && left % 3 == 0 {
                    grouped.push(if left % 2 == 0 { ',' } else { '，' });
                }
                grouped.push(c);
            }
            assert_eq!(parse_arabic(&grouped), Some(n as f64), "{grouped}");
            let full: String = grouped
                .chars()
                .map(|c| match c.to_digit(10) {
                    Some(d) => char::from_u32(u32::from('０') + d).unwrap_or(c),
                    None => c,
                })
                .collect();
            assert_eq!(parse_arabic(&full), Some(n as f64), "{full}");
            let neg = format!("-{n}.25");
            assert_eq!(parse_arabic(&neg), Some(-(n as f64 + 0.25)), "{neg}");
        }
    }

    #[test]
    fn arbitrary_input_never_panics_or_returns_non_finite() {
        let alphabet: Vec<char> =
            "0123456789０９,，.．+-−－一二三五九十百千万亿零〇两点廿卅壹拾佰仟萬億x "
                .chars()
                .collect();
        let mut rng = Lcg(1);
        let mut accepted = 0;
        for _ in 0..300_000 {
            let len = rng.next() % 9;
            let s: String =
                (0..len).map(|_| alphabet[(rng.next() % alphabet.len() as u64) as usize]).collect();
            let results = [parse_number(&s), parse_arabic(&s), parse_chinese(&s), magnitude(&s)];
            for v in results.into_iter().flatten() {
                assert!(v.is_finite(), "{s:?} -> {v}");
            }
            // The grammars are disjoint.
            assert!(parse_arabic(&s).is_none() || parse_chinese(&s).is_none(), "{s:?}");
            accepted += usize::from(results[0].is_some());
        }
        assert!(accepted > 100, "only {accepted} accepted");
    }
}
