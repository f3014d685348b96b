//! Random values: a small deterministic generator, Japanese text of the
//! budget-overview vocabulary, English of about the length real translations
//! have, and the plain values of the other column kinds.

/// splitmix64: small, fast and good enough for test data.
#[derive(Debug, Clone)]
pub struct Rng(u64);

impl Rng {
    /// A generator of its own for each table, so that a column added to one
    /// table leaves the values of the others as they were.
    pub fn for_table(seed: u64, table: &str) -> Self {
        // FNV-1a of the table name.
        let h = table.bytes().fold(0xCBF2_9CE4_8422_2325_u64, |h, b| {
            (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01B3)
        });
        Rng(seed ^ h)
    }
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    /// Uniform in `0..n` (`n > 0`).
    pub fn below(&mut self, n: usize) -> usize {
        (((self.next_u64() >> 11) as u128 * n as u128) >> 53) as usize
    }
    /// Uniform in `lo..=hi`.
    pub fn range(&mut self, lo: usize, hi: usize) -> usize {
        lo + self.below(hi.max(lo) - lo + 1)
    }
    /// True with probability `pct` percent.
    pub fn chance(&mut self, pct: usize) -> bool {
        self.below(100) < pct
    }
    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
    fn word(&mut self, words: &[&'static str]) -> &'static str {
        words[self.below(words.len())]
    }
}

/// Kanji compounds of the budget-overview vocabulary.
const KANJI: &str = "研究 開発 医療 医薬品 創薬 臨床 試験 基盤 整備 推進 支援 体制 構築 実用化 革新的 \
    技術 活用 疾患 治療 診断 予防 患者 情報 解析 評価 手法 製造 産業 国際 連携 強化 充実 事業 成果 \
    社会 実装 早期 迅速 確実 人材 育成 拠点 機器 細胞 遺伝子 再生 感染症 難病 希少 新規 拡充 効率化 \
    最適化 標準化 大規模 分野 融合 先端 基礎 応用 橋渡し 加速 戦略 展開 管理 安全性 有効性 品質 保健 \
    健康 長寿 高齢者 小児 精神 神経 免疫 薬剤 耐性 検査 機能 構造 生命 科学 環境 制度 規制 審査 承認 \
    課題 解決 目標 達成 継続 実施 調査 分析 設計 試作";
/// Katakana loanwords.
const KATAKANA: &str =
    "モダリティ データ シーズ プラットフォーム ゲノム オミクス バイオ ヘルスケア \
    システム デジタル ネットワーク レジストリ コホート ワクチン エコシステム スタートアップ \
    イノベーション ロボティクス プログラム";
/// Particles and endings between the content words.
const KANA: &str = "の を に や と における に向けた を通じて による に関する 等の 及び 並びに \
    を活用した を目指す のための";
const ENDINGS: &str = "を推進する を行う を目指す を支援する を強化する に取り組む を図る";
/// Words of the English translations.
const WORDS: &str = "research development medical pharmaceutical drug discovery clinical trials \
    platform support system promote practical application innovative technology disease treatment \
    diagnosis prevention patients data analysis evaluation methods manufacturing industry \
    international collaboration strengthen enhance program results society early rapid reliable \
    human resources centers devices cells genes regenerative infectious rare new expanded \
    efficiency optimization standards large-scale fields advanced basic translational strategy \
    safety efficacy quality health aging children mental neural immune resistance testing function \
    life science regulation review approval modalities genomics registry cohort vaccines ecosystem \
    startups";

/// The word lists, split once.
struct Words {
    kanji: Vec<&'static str>,
    katakana: Vec<&'static str>,
    kana: Vec<&'static str>,
    endings: Vec<&'static str>,
    english: Vec<&'static str>,
}

fn words() -> &'static Words {
    static WORDS_: std::sync::OnceLock<Words> = std::sync::OnceLock::new();
    WORDS_.get_or_init(|| {
        let split = |s: &'static str| s.split_whitespace().collect();
        Words {
            kanji: split(KANJI),
            katakana: split(KATAKANA),
            kana: split(KANA),
            endings: split(ENDINGS),
            english: split(WORDS),
        }
    })
}

/// A Japanese sentence-like text of `lo..=hi` characters, ending in `。`
/// when long enough.
pub fn japanese(rng: &mut Rng, lo: usize, hi: usize) -> String {
    let w = words();
    let target = rng.range(lo, hi).max(1);
    let mut s = String::with_capacity(target * 3 + 16);
    let mut n = 0;
    let mut push = |s: &mut String, x: &str| {
        s.push_str(x);
        n += x.chars().count();
        n
    };
    loop {
        let x = if rng.chance(20) {
            rng.word(&w.katakana)
        } else {
            rng.word(&w.kanji)
        };
        if push(&mut s, x) >= target {
            break;
        }
        let k = rng.below(10);
        let len = if k < 6 {
            push(&mut s, rng.word(&w.kana))
        } else if k < 7 {
            push(&mut s, "・")
        } else if k < 8 && target > 40 {
            push(&mut s, rng.word(&w.endings));
            push(&mut s, if rng.chance(50) { "。" } else { "、" })
        } else {
            0
        };
        if len >= target {
            break;
        }
    }
    // Cut to the target length on a character boundary and end cleanly.
    if let Some((i, _)) = s.char_indices().nth(target) {
        s.truncate(i);
    }
    while s.ends_with(['、', '・', '。']) {
        s.pop();
    }
    if target >= 20 {
        s.push('。');
    }
    s
}

/// An English text of about `chars` characters (never Japanese).
pub fn english(rng: &mut Rng, chars: usize) -> String {
    let w = &words().english;
    let mut s = String::with_capacity(chars + 16);
    while s.len() < chars.max(4) {
        let word = rng.word(w);
        if s.is_empty() {
            let mut c = word.chars();
            if let Some(f) = c.next() {
                s.extend(f.to_uppercase());
                s.push_str(c.as_str());
            }
        } else {
            s.push_str(if rng.chance(8) { ", " } else { " " });
            s.push_str(word);
        }
    }
    s.push('.');
    s
}

/// English of about twice the Japanese length in characters, as real translations run.
pub fn english_for(rng: &mut Rng, ja: &str) -> String {
    english(rng, ja.chars().count() * 2)
}

/// A value published as it is: an upper-case code with a number (`QXB42`).
pub fn token(rng: &mut Rng) -> String {
    let mut s: String = (0..rng.range(2, 4))
        .map(|_| char::from(b'A' + rng.below(26) as u8))
        .collect();
    s.push_str(&rng.range(1, 999).to_string());
    s
}

/// A date of the last few years, `YYYY-MM-DD`.
pub fn date(rng: &mut Rng) -> String {
    format!(
        "{}-{:02}-{:02}",
        rng.range(2020, 2026),
        rng.range(1, 12),
        rng.range(1, 28)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rng_is_deterministic() {
        let (mut a, mut b) = (Rng::for_table(7, "t"), Rng::for_table(7, "t"));
        for _ in 0..100 {
            assert_eq!(a.next_u64(), b.next_u64());
        }
        let (mut a, mut b) = (Rng::for_table(7, "points"), Rng::for_table(7, "projects"));
        assert_ne!(a.next_u64(), b.next_u64());
    }

    #[test]
    fn texts_have_the_requested_shape() {
        let mut rng = Rng::for_table(1, "t");
        for _ in 0..200 {
            let ja = japanese(&mut rng, 80, 200);
            let n = ja.chars().count();
            assert!((78..=201).contains(&n), "{n}: {ja}");
            assert!(amed_budget::schema::has_japanese(&ja));
            assert_eq!(ja.trim(), ja);
            let en = english_for(&mut rng, &ja);
            assert!(!amed_budget::schema::has_japanese(&en));
            assert!(!en.contains(['{', '}', '\n']));
        }
        for _ in 0..200 {
            let ja = japanese(&mut rng, 1, 6);
            assert!(amed_budget::schema::has_japanese(&ja), "{ja}");
            assert!(amed_budget::schema::valid_identifier(
                &token(&mut rng).to_lowercase()
            ));
        }
    }
}
