//! Word lists from `src/data/` (one entry per line, `#` comments), parsed once, with the
//! lookups the recognizers need: membership, and the longest word a text starts or ends
//! with. Lookups hash the text's prefixes or suffixes of each length the list has (a few),
//! where scanning the list compared every word.

/// The entries of a list file: trimmed lines, without blank lines and `#` comments.
pub(crate) fn lines(src: &'static str) -> impl Iterator<Item = &'static str> {
    src.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// The rows of a tab-separated table file (`#` comments and blank lines skipped), each with
/// exactly `N` columns, and the 1-based line number of each for the caller's own errors.
pub(crate) fn rows<const N: usize>(
    src: &'static str,
) -> Result<Vec<(usize, [&'static str; N])>, String> {
    let data = src.lines().enumerate().filter(|(_, l)| !l.trim().is_empty() && !l.starts_with('#'));
    data.map(|(n, line)| {
        let cols: Vec<&'static str> = line.split('\t').collect();
        let row: [&'static str; N] = cols
            .try_into()
            .map_err(|c: Vec<_>| format!("line {}: {} columns, expected {N}", n + 1, c.len()))?;
        Ok((n + 1, row))
    })
    .collect()
}

/// The entries of a `word<TAB>label` list, the label read by `label` (None: an error in an
/// embedded file, caught by the unit tests).
pub(crate) fn labelled<V>(
    src: &'static str,
    label: impl Fn(&str) -> Option<V>,
) -> impl Iterator<Item = (&'static str, V)> {
    lines(src).map(move |l| {
        let (word, tag) = l.split_once('\t').unwrap_or((l, ""));
        let value = label(tag.trim()).unwrap_or_else(|| panic!("bad label in word list: {l:?}"));
        (word.trim(), value)
    })
}

/// A word list with a value per word (`()` for plain lists).
pub(crate) struct Words<V: Copy = ()> {
    /// In file order.
    list: Vec<(&'static str, V)>,
    map: FxMap<&'static str, V>,
    /// Distinct byte lengths of the words, longest first.
    lens: Vec<usize>,
    /// The words' first and last characters: most positions of a text start (or end) no
    /// word, and this rules them out before any hashing.
    firsts: CharFilter,
    lasts: CharFilter,
}

/// A set of characters that may answer "maybe" for a character not in it (a bitmap of the
/// low twelve bits of the code point: with fewer, a list of a few hundred words let most
/// Chinese characters pass), and never "no" for one in it.
struct CharFilter([u64; 64]);

impl Default for CharFilter {
    fn default() -> CharFilter {
        CharFilter([0; 64])
    }
}

impl CharFilter {
    fn insert(&mut self, c: char) {
        let b = c as usize & 0xFFF;
        self.0[b >> 6] |= 1 << (b & 63);
    }

    #[inline]
    fn may_hold(&self, c: Option<char>) -> bool {
        c.is_some_and(|c| {
            let b = c as usize & 0xFFF;
            self.0[b >> 6] & (1 << (b & 63)) != 0
        })
    }
}

impl Words<()> {
    /// A plain list from a list file.
    pub(crate) fn parse(src: &'static str) -> Words {
        Words::new(lines(src).map(|w| (w, ())))
    }
}

impl<V: Copy> Words<V> {
    /// The list of `entries`; the first entry of a repeated word wins, and an empty word
    /// (which would match everywhere) is left out.
    pub(crate) fn new(entries: impl IntoIterator<Item = (&'static str, V)>) -> Words<V> {
        let list: Vec<(&'static str, V)> =
            entries.into_iter().filter(|(w, _)| !w.is_empty()).collect();
        let mut map = FxMap::default();
        for &(w, v) in &list {
            map.entry(w).or_insert(v);
        }
        let mut lens: Vec<usize> = list.iter().map(|(w, _)| w.len()).collect();
        lens.sort_unstable_by(|a, b| b.cmp(a));
        lens.dedup();
        let (mut firsts, mut lasts) = (CharFilter::default(), CharFilter::default());
        for (w, _) in &list {
            w.chars().next().into_iter().for_each(|c| firsts.insert(c));
            w.chars().next_back().into_iter().for_each(|c| lasts.insert(c));
        }
        Words { list, map, lens, firsts, lasts }
    }

    /// The byte length of the longest word.
    pub(crate) fn longest(&self) -> usize {
        self.lens.first().copied().unwrap_or(0)
    }

    /// The words in file order.
    pub(crate) fn iter(&self) -> impl Iterator<Item = &'static str> + '_ {
        self.list.iter().map(|(w, _)| *w)
    }

    /// The words and their values, in file order.
    pub(crate) fn entries(&self) -> &[(&'static str, V)] {
        &self.list
    }

    pub(crate) fn contains(&self, s: &str) -> bool {
        self.map.contains_key(s)
    }

    fn entry(&self, s: Option<&str>) -> Option<(&'static str, V)> {
        self.map.get_key_value(s?).map(|(w, v)| (*w, *v))
    }

    /// `entry` for a prefix of a text, after a test of its last character (a text's prefixes
    /// are tried at each length of the list: most end in no word's last character).
    #[inline]
    fn prefix_entry(&self, p: Option<&str>) -> Option<(&'static str, V)> {
        self.entry(p.filter(|p| self.lasts.may_hold(p.chars().next_back())))
    }

    /// `entry` for a suffix of a text, after a test of its first character.
    #[inline]
    fn suffix_entry(&self, p: Option<&str>) -> Option<(&'static str, V)> {
        self.entry(p.filter(|p| self.firsts.may_hold(p.chars().next())))
    }

    /// The longest word that `s` starts with and that leaves a rest accepted by `ok`.
    #[inline]
    pub(crate) fn prefix_where(
        &self,
        s: &str,
        ok: impl Fn(&str) -> bool,
    ) -> Option<(&'static str, V)> {
        // The first-character test in the caller: most texts fail it, and then without a call.
        if !self.firsts.may_hold(s.chars().next()) {
            return None;
        }
        self.prefix_lookup(s, ok)
    }

    /// `prefix_where` after its first-character test.
    #[inline(never)]
    fn prefix_lookup(&self, s: &str, ok: impl Fn(&str) -> bool) -> Option<(&'static str, V)> {
        self.lens
            .iter()
            .find_map(|&l| self.prefix_entry(s.get(..l)).filter(|_| s.get(l..).is_some_and(&ok)))
    }

    /// All the words that `s` starts with, longest first.
    pub(crate) fn prefixes<'s>(
        &'s self,
        s: &'s str,
    ) -> impl Iterator<Item = (&'static str, V)> + 's {
        let lens = if self.firsts.may_hold(s.chars().next()) { &self.lens[..] } else { &[] };
        lens.iter().filter_map(move |&l| self.prefix_entry(s.get(..l)))
    }

    /// The longest word that `s` starts with.
    #[inline]
    pub(crate) fn prefix(&self, s: &str) -> Option<(&'static str, V)> {
        self.prefix_where(s, |_| true)
    }

    /// The longest word that `s` ends with and that leaves a head accepted by `ok`.
    #[inline]
    pub(crate) fn suffix_where(
        &self,
        s: &str,
        ok: impl Fn(&str) -> bool,
    ) -> Option<(&'static str, V)> {
        // As in `prefix_where`: the last-character test without a call.
        if !self.lasts.may_hold(s.chars().next_back()) {
            return None;
        }
        self.suffix_lookup(s, ok)
    }

    /// `suffix_where` after its last-character test.
    #[inline(never)]
    fn suffix_lookup(&self, s: &str, ok: impl Fn(&str) -> bool) -> Option<(&'static str, V)> {
        self.lens.iter().find_map(|&l| {
            let at = s.len().checked_sub(l)?;
            self.suffix_entry(s.get(at..)).filter(|_| s.get(..at).is_some_and(&ok))
        })
    }

    /// The longest word that `s` ends with.
    #[inline]
    pub(crate) fn suffix(&self, s: &str) -> Option<(&'static str, V)> {
        self.suffix_where(s, |_| true)
    }

    /// The start of the last occurrence of a word in `s`, that word (the longest starting
    /// there) and its value.
    pub(crate) fn rfind(&self, s: &str) -> Option<(usize, &'static str, V)> {
        // The first-character filter, tested on the character at hand, passes over most
        // positions without a call.
        s.char_indices()
            .rev()
            .filter(|&(_, c)| self.firsts.may_hold(Some(c)))
            .find_map(|(i, _)| self.prefix(&s[i..]).map(|(w, v)| (i, w, v)))
    }

    /// Whether any word occurs in `s`.
    pub(crate) fn occurs_in(&self, s: &str) -> bool {
        s.char_indices()
            .any(|(i, c)| self.firsts.may_hold(Some(c)) && self.prefix(&s[i..]).is_some())
    }

    /// Whether a word may occur in `s`: false when no character of `s` may start one, a
    /// cheap test (no lookups) before [`Words::rfind`] or [`Words::occurs_in`].
    pub(crate) fn may_occur_in(&self, s: &str) -> bool {
        s.chars().any(|c| self.firsts.may_hold(Some(c)))
    }
}

/// A hash map with rustc's FxHash: the keys are short words, for which SipHash (the std
/// default, built against collision attacks on untrusted keys) costs more than the lookup.
pub(crate) type FxMap<K, V> = rustc_hash::FxHashMap<K, V>;

/// A hash set with FxHash (see [`FxMap`]).
pub(crate) type FxSet<K> = rustc_hash::FxHashSet<K>;

/// A set of twelve-bit keys: the low twelve bits of a character's code point, which for a
/// three-byte UTF-8 character are the low six bits of its second and third bytes. A test on
/// the bytes, without decoding or hashing, that rules most characters out before a lookup
/// (other characters share a key, so a hit is only a maybe).
#[derive(Clone, Copy)]
pub(crate) struct LowBits([u64; 64]);

impl LowBits {
    /// No key.
    pub(crate) const EMPTY: LowBits = LowBits([0; 64]);
    /// Every key.
    pub(crate) const ALL: LowBits = LowBits([u64::MAX; 64]);

    /// The set with the key of `c` added.
    pub(crate) const fn with(mut self, c: char) -> LowBits {
        let key = c as usize & 0xFFF;
        self.0[key >> 6] |= 1 << (key & 63);
        self
    }

    /// The key of the two bytes after a lead byte.
    fn bytes_key(b1: u8, b2: u8) -> usize {
        usize::from(b1 & 0x3F) << 6 | usize::from(b2 & 0x3F)
    }

    /// Adds the key of the two bytes after a lead byte.
    pub(crate) fn insert_bytes(&mut self, b1: u8, b2: u8) {
        let key = Self::bytes_key(b1, b2);
        self.0[key >> 6] |= 1 << (key & 63);
    }

    /// Whether the key of the two bytes after a lead byte is in the set.
    #[inline]
    pub(crate) fn has_bytes(&self, b1: u8, b2: u8) -> bool {
        let key = Self::bytes_key(b1, b2);
        self.0[key >> 6] >> (key & 63) & 1 == 1
    }

    /// Whether the key of `c` is in the set.
    #[inline]
    pub(crate) fn has(&self, c: char) -> bool {
        let key = c as usize & 0xFFF;
        self.0[key >> 6] >> (key & 63) & 1 == 1
    }
}

/// Deterministic pseudo-random texts for the differential tests: `count` texts, each of fewer
/// than `max_pieces` pieces drawn from `pieces` by a linear congruential generator.
#[cfg(test)]
pub(crate) fn random_texts(
    pieces: &[&str],
    seed: u32,
    count: usize,
    max_pieces: u32,
) -> Vec<String> {
    let mut seed = seed;
    (0..count)
        .map(|_| {
            let mut text = String::new();
            for _ in 0..(seed >> 8) % max_pieces {
                seed = seed.wrapping_mul(1_664_525).wrapping_add(1_013_904_223);
                text.push_str(pieces[(seed >> 16) as usize % pieces.len()]);
            }
            text
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_rows_name_their_lines() {
        let table = rows::<2>("# header\n\na\t1\nb\t2\n").unwrap();
        assert_eq!(table, vec![(3, ["a", "1"]), (4, ["b", "2"])]);
        assert_eq!(rows::<2>("a\t1\nb\n").unwrap_err(), "line 2: 1 columns, expected 2");
    }

    #[test]
    fn longest_prefix_and_suffix() {
        let w = Words::new([("增长", 1), ("同比增长", 2), ("同比", 3), ("长", 4)]);
        assert_eq!(w.suffix("产值同比增长"), Some(("同比增长", 2)));
        assert_eq!(w.suffix("产值增长"), Some(("增长", 1)));
        assert_eq!(w.prefix("同比增长"), Some(("同比增长", 2)));
        assert_eq!(w.prefix_where("同比增长", |rest| !rest.is_empty()), Some(("同比", 3)));
        assert_eq!(w.suffix_where("增长", |head| !head.is_empty()), Some(("长", 4)));
        assert_eq!(w.prefix("产值"), None);
        let all: Vec<_> = w.prefixes("同比增长").map(|(w, _)| w).collect();
        assert_eq!(all, ["同比增长", "同比"]);
        assert_eq!(w.prefixes("产值").count(), 0);
        assert!(w.occurs_in("产值同比"));
        assert!(!w.occurs_in("产值"));
        assert!(w.contains("同比") && !w.contains("同"));
        // The first- and last-character filters never hide a word.
        let w = Words::new([("比上年", ()), ("", ())]);
        assert!(w.occurs_in("增长比上年") && w.suffix("同比上年").is_some());
        assert!(w.prefix("").is_none() && w.suffix("上年").is_none());
    }

    #[test]
    fn low_bits_of_chars_and_bytes() {
        let bits = LowBits::EMPTY.with('增');
        let mut buf = [0; 4];
        let b = '增'.encode_utf8(&mut buf).as_bytes();
        assert!(bits.has('增') && bits.has_bytes(b[1], b[2]) && !bits.has('长'));
        let mut from_bytes = LowBits::EMPTY;
        from_bytes.insert_bytes(b[1], b[2]);
        assert!(from_bytes.has('增') && !LowBits::EMPTY.has('增') && LowBits::ALL.has('长'));
    }
}
