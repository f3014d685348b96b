//! A small sketch of a Japanese text from which the similarity of two texts
//! can be estimated without keeping the texts: the release record stores one
//! per record (of its `x-identifying` fields), so that the build can tell an
//! edited record (most of its name or text kept) from a different one.
//!
//! It is a one-permutation MinHash over the text's character bigrams: each
//! bigram is hashed (FNV-1a, then a SplitMix64 finaliser), the top five bits
//! of the hash choose one of 32 bins, and each bin keeps the smallest hash
//! that fell into it, reduced to one byte (1..=255; 0 for an empty bin). The
//! share of bins that agree, among the bins that are not empty in both,
//! estimates the Jaccard similarity of the two sets of bigrams. Written as 64
//! hex digits.

/// Number of bins (and bytes) of a sketch.
pub const BINS: usize = 32;

/// A sketch of one text (see the module documentation).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sketch(pub [u8; BINS]);

fn hash(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in bytes {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    // SplitMix64 finaliser: FNV's high bits are poorly mixed for short keys.
    h = (h ^ (h >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    h = (h ^ (h >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    h ^ (h >> 31)
}

impl Sketch {
    /// The sketch of a text (a one-character text is its own single gram).
    pub fn of(text: &str) -> Sketch {
        let chars: Vec<char> = text.chars().collect();
        let mut min = [u64::MAX; BINS];
        let mut seen = [false; BINS];
        let mut add = |gram: &[char]| {
            let mut buf = [0u8; 8];
            let mut n = 0;
            for c in gram {
                n += c.encode_utf8(&mut buf[n..]).len();
            }
            let h = hash(&buf[..n]);
            let bin = (h >> 59) as usize;
            seen[bin] = true;
            min[bin] = min[bin].min(h);
        };
        if chars.len() == 1 {
            add(&chars);
        }
        for gram in chars.windows(2) {
            add(gram);
        }
        let mut out = [0u8; BINS];
        for i in 0..BINS {
            if seen[i] {
                out[i] = 1 + (min[i] % 255) as u8;
            }
        }
        Sketch(out)
    }

    pub fn to_hex(&self) -> String {
        self.0.iter().map(|b| format!("{b:02x}")).collect()
    }

    pub fn from_hex(s: &str) -> Option<Sketch> {
        if s.len() != 2 * BINS || !s.is_ascii() {
            return None;
        }
        let mut out = [0u8; BINS];
        for (i, o) in out.iter_mut().enumerate() {
            *o = u8::from_str_radix(&s[2 * i..2 * i + 2], 16).ok()?;
        }
        Some(Sketch(out))
    }

    /// Estimated similarity of the two texts, from 0 (nothing in common) to
    /// 1 (the same bigrams); two empty texts are alike.
    pub fn similarity(&self, other: &Sketch) -> f64 {
        let (mut used, mut same) = (0u32, 0u32);
        for (a, b) in self.0.iter().zip(&other.0) {
            if *a != 0 || *b != 0 {
                used += 1;
                if a == b {
                    same += 1;
                }
            }
        }
        if used == 0 {
            1.0
        } else {
            f64::from(same) / f64::from(used)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_edit_is_similar_and_another_text_is_not() {
        let a = Sketch::of("革新的がん医療実用化研究事業");
        let typo = Sketch::of("革新的がん医療実用化研究事業費");
        let other = Sketch::of("医療分野国際科学技術共同研究開発推進事業");
        assert_eq!(a.similarity(&a), 1.0);
        assert!(a.similarity(&typo) > 0.7, "{}", a.similarity(&typo));
        assert!(a.similarity(&other) < 0.3, "{}", a.similarity(&other));
        assert_eq!(Sketch::from_hex(&a.to_hex()), Some(a));
        assert_eq!(Sketch::of("").similarity(&Sketch::of("")), 1.0);
        assert_eq!(Sketch::of("a").0.iter().filter(|b| **b != 0).count(), 1);
    }
}
