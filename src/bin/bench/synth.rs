//! A deterministic generator of synthetic, valid inputs of any size, for
//! benchmarks: a `data/` directory of every table of the schema and a
//! `locales/` directory with the English of every Japanese text (stamped with
//! the fingerprint of the Japanese) and copies of the real interface labels.
//!
//! The same seed and size always give byte-identical files. Everything the
//! validator and the locale checks require holds: unique, well-formed
//! identifiers; every reference resolves; appearances belong to a section of
//! their own project; programme parents form no cycle; each budget line's
//! basis matches how many programmes it covers; budget lines reconcile with
//! the project totals whenever `lines_cover_total` is true; errata point at
//! real records and corrected Japanese is present in the data.

use amed_budget::l10n::fingerprint;
use std::fs::File;
use std::io::{self, BufWriter, Write};
use std::path::Path;

/// What to generate.
#[derive(Debug, Clone, Copy)]
pub struct Config {
    /// Number of records of `points` (the largest table).
    pub points: usize,
    pub seed: u64,
}

impl Config {
    /// Projects and programmes grow with the number of points (a few hundred at 1M).
    pub fn projects(&self) -> usize {
        8 + self.points / 4000
    }
    pub fn programmes(&self) -> usize {
        40 + self.points / 2000
    }
    /// Five points per appearance on average.
    pub fn appearances(&self) -> usize {
        self.points.div_ceil(POINTS_PER_APPEARANCE).max(1)
    }
    /// A line that identifies the generator version, seed and size.
    pub fn stamp(&self) -> String {
        format!(
            "amed-budget synth v{VERSION} seed={} points={}\n",
            self.seed, self.points
        )
    }
}

/// Bumped whenever the generated files change for the same seed and size.
pub const VERSION: u32 = 2;
/// The file written last into the target directory: [`Config::stamp`].
pub const STAMP_FILE: &str = "synth.stamp";
const POINTS_PER_APPEARANCE: usize = 5;

/// Counts of what was written.
#[derive(Debug, Default, Clone)]
pub struct Stats {
    pub rows: usize,
    pub texts: usize,
    pub bytes: u64,
}

/// splitmix64: small, fast and good enough for test data.
#[derive(Debug, Clone)]
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Rng(seed)
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
        lo + self.below(hi - lo + 1)
    }
    /// True with probability `pct` percent.
    pub fn chance(&mut self, pct: usize) -> bool {
        self.below(100) < pct
    }
    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

/// Kanji compounds of the budget-overview vocabulary.
const KANJI: &[&str] = &[
    "研究",
    "開発",
    "医療",
    "医薬品",
    "創薬",
    "臨床",
    "試験",
    "基盤",
    "整備",
    "推進",
    "支援",
    "体制",
    "構築",
    "実用化",
    "革新的",
    "技術",
    "活用",
    "疾患",
    "治療",
    "診断",
    "予防",
    "患者",
    "情報",
    "解析",
    "評価",
    "手法",
    "製造",
    "産業",
    "国際",
    "連携",
    "強化",
    "充実",
    "事業",
    "成果",
    "社会",
    "実装",
    "早期",
    "迅速",
    "確実",
    "人材",
    "育成",
    "拠点",
    "機器",
    "細胞",
    "遺伝子",
    "再生",
    "感染症",
    "難病",
    "希少",
    "新規",
    "拡充",
    "効率化",
    "最適化",
    "標準化",
    "大規模",
    "分野",
    "融合",
    "先端",
    "基礎",
    "応用",
    "橋渡し",
    "加速",
    "戦略",
    "展開",
    "管理",
    "安全性",
    "有効性",
    "品質",
    "保健",
    "健康",
    "長寿",
    "高齢者",
    "小児",
    "精神",
    "神経",
    "免疫",
    "薬剤",
    "耐性",
    "検査",
    "機能",
    "構造",
    "生命",
    "科学",
    "環境",
    "制度",
    "規制",
    "審査",
    "承認",
    "課題",
    "解決",
    "目標",
    "達成",
    "継続",
    "実施",
    "調査",
    "分析",
    "設計",
    "試作",
];
/// Katakana loanwords.
const KATAKANA: &[&str] = &[
    "モダリティ",
    "データ",
    "シーズ",
    "プラットフォーム",
    "ゲノム",
    "オミクス",
    "バイオ",
    "ヘルスケア",
    "システム",
    "デジタル",
    "ネットワーク",
    "レジストリ",
    "コホート",
    "ワクチン",
    "エコシステム",
    "スタートアップ",
    "イノベーション",
    "ロボティクス",
    "プログラム",
];
/// Particles and endings between the content words.
const KANA: &[&str] = &[
    "の",
    "を",
    "に",
    "や",
    "と",
    "における",
    "に向けた",
    "を通じて",
    "による",
    "に関する",
    "等の",
    "及び",
    "並びに",
    "を活用した",
    "を目指す",
    "のための",
];
const ENDINGS: &[&str] = &[
    "を推進する",
    "を行う",
    "を目指す",
    "を支援する",
    "を強化する",
    "に取り組む",
    "を図る",
];
/// Words of the English translations.
const WORDS: &[&str] = &[
    "research",
    "development",
    "medical",
    "pharmaceutical",
    "drug",
    "discovery",
    "clinical",
    "trials",
    "platform",
    "support",
    "system",
    "promote",
    "practical",
    "application",
    "innovative",
    "technology",
    "disease",
    "treatment",
    "diagnosis",
    "prevention",
    "patients",
    "data",
    "analysis",
    "evaluation",
    "methods",
    "manufacturing",
    "industry",
    "international",
    "collaboration",
    "strengthen",
    "enhance",
    "program",
    "results",
    "society",
    "early",
    "rapid",
    "reliable",
    "human",
    "resources",
    "centers",
    "devices",
    "cells",
    "genes",
    "regenerative",
    "infectious",
    "rare",
    "new",
    "expanded",
    "efficiency",
    "optimization",
    "standards",
    "large-scale",
    "fields",
    "advanced",
    "basic",
    "translational",
    "strategy",
    "safety",
    "efficacy",
    "quality",
    "health",
    "aging",
    "children",
    "mental",
    "neural",
    "immune",
    "resistance",
    "testing",
    "function",
    "life",
    "science",
    "regulation",
    "review",
    "approval",
    "modalities",
    "genomics",
    "registry",
    "cohort",
    "vaccines",
    "ecosystem",
    "startups",
];
const FAMILY: &[&str] = &[
    "佐藤", "鈴木", "高橋", "田中", "伊藤", "渡辺", "山本", "中村", "小林", "加藤", "吉田", "山田",
];
const GIVEN: &[&str] = &[
    "博行",
    "進",
    "秀樹",
    "健一",
    "裕子",
    "直樹",
    "美穂",
    "隆",
    "恵子",
    "誠",
    "和也",
    "真由美",
];
const FAMILY_EN: &[&str] = &[
    "Sato",
    "Suzuki",
    "Takahashi",
    "Tanaka",
    "Ito",
    "Watanabe",
    "Yamamoto",
    "Nakamura",
    "Kobayashi",
    "Kato",
    "Yoshida",
    "Yamada",
];
const GIVEN_EN: &[&str] = &[
    "Hiroyuki", "Susumu", "Hideki", "Kenichi", "Yuko", "Naoki", "Miho", "Takashi", "Keiko",
    "Makoto", "Kazuya", "Mayumi",
];

/// A Japanese sentence-like text of `lo..=hi` characters, ending in `。`
/// when long enough.
pub fn japanese(rng: &mut Rng, lo: usize, hi: usize) -> String {
    let target = rng.range(lo, hi);
    let mut s = String::with_capacity(target * 3 + 16);
    let mut n = 0;
    fn push(s: &mut String, w: &str, n: &mut usize) {
        s.push_str(w);
        *n += w.chars().count();
    }
    while n < target {
        let w = if rng.chance(20) {
            rng.pick(KATAKANA)
        } else {
            rng.pick(KANJI)
        };
        push(&mut s, w, &mut n);
        if n >= target {
            break;
        }
        let k = rng.below(10);
        if k < 6 {
            let w = KANA[rng.below(KANA.len())];
            push(&mut s, w, &mut n);
        } else if k < 7 {
            push(&mut s, "・", &mut n);
        } else if k < 8 && target > 40 {
            let w = ENDINGS[rng.below(ENDINGS.len())];
            push(&mut s, w, &mut n);
            push(&mut s, if rng.chance(50) { "。" } else { "、" }, &mut n);
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
    let mut s = String::with_capacity(chars + 16);
    let mut first = true;
    while s.len() < chars.max(4) {
        if !first {
            s.push(if rng.chance(8) { ',' } else { ' ' });
            if s.ends_with(',') {
                s.push(' ');
            }
        }
        let w = rng.pick(WORDS);
        if first {
            let mut c = w.chars();
            if let Some(f) = c.next() {
                s.extend(f.to_uppercase());
                s.push_str(c.as_str());
            }
        } else {
            s.push_str(w);
        }
        first = false;
    }
    s.push('.');
    s
}

/// English of about twice the Japanese length in characters, as real translations run.
fn english_for(rng: &mut Rng, ja: &str) -> String {
    let n = ja.chars().count();
    english(rng, n * 2)
}

/// A CSV table writer plus the Fluent file of its English.
struct Out {
    csv: csv::Writer<BufWriter<File>>,
    ftl: Option<BufWriter<File>>,
    stats: Stats,
}

impl Out {
    fn new(data: &Path, locales: &Path, table: &str, header: &[&str]) -> io::Result<Self> {
        let spec = schema()?
            .tables
            .iter()
            .find(|t| t.name == table)
            .ok_or_else(|| io::Error::other(format!("no table {table}")))?;
        let names: Vec<&str> = spec.columns.iter().map(|c| c.name).collect();
        if names != header {
            return Err(io::Error::other(format!(
                "synth: header of {table} is out of date with the schema"
            )));
        }
        let f = BufWriter::with_capacity(1 << 16, File::create(data.join(spec.file_name()))?);
        let mut csv = csv::WriterBuilder::new()
            .terminator(csv::Terminator::Any(b'\n'))
            .from_writer(f);
        csv.write_record(header)?;
        let ftl = if spec.has_text() {
            let path = locales.join("en").join("data").join(format!("{table}.ftl"));
            let mut w = BufWriter::with_capacity(1 << 16, File::create(path)?);
            writeln!(w, "# English of data/{table}.csv (synthetic).\n")?;
            Some(w)
        } else {
            None
        };
        Ok(Out {
            csv,
            ftl,
            stats: Stats::default(),
        })
    }

    fn row(&mut self, cells: &[&str]) -> io::Result<()> {
        self.stats.rows += 1;
        self.csv.write_record(cells)?;
        Ok(())
    }

    /// The English message of a Japanese text of record `id`.
    /// Writes a generated English for `ja` (nothing for an empty optional text).
    fn translate(&mut self, rng: &mut Rng, id: &str, column: &str, ja: &str) -> io::Result<()> {
        if ja.is_empty() {
            return Ok(());
        }
        let en = english_for(rng, ja);
        self.en(id, column, ja, &en)
    }

    fn en(&mut self, id: &str, column: &str, ja: &str, en: &str) -> io::Result<()> {
        self.stats.texts += 1;
        let w = self
            .ftl
            .as_mut()
            .ok_or_else(|| io::Error::other("table has no text"))?;
        writeln!(
            w,
            "# {} {}\n{id}__{column} = {en}\n",
            amed_budget::l10n::STAMP,
            fingerprint(ja)
        )
    }

    fn finish(self, total: &mut Stats) -> io::Result<()> {
        let mut w = self.csv.into_inner().map_err(|e| e.into_error())?;
        w.flush()?;
        if let Some(mut f) = self.ftl {
            f.flush()?;
        }
        total.rows += self.stats.rows;
        total.texts += self.stats.texts;
        Ok(())
    }
}

/// A code list: identifiers, Japanese labels and their English (as in the real data).
fn code_list(
    data: &Path,
    locales: &Path,
    table: &str,
    codes: &[(&str, &str, &str)],
    total: &mut Stats,
) -> io::Result<()> {
    let mut o = Out::new(data, locales, table, &["id", "label"])?;
    for (id, ja, en) in codes {
        o.row(&[id, ja])?;
        o.en(id, "label", ja, en)?;
    }
    o.finish(total)
}

pub const PHASES: &[(&str, &str, &str)] = &[("request", "概算要求", "Budget request")];
pub const POINT_TAGS: &[(&str, &str, &str)] = &[
    ("new", "新規", "New"),
    ("expanded", "拡充", "Expanded"),
    ("new-expanded", "新規・拡充", "New and expanded"),
    ("none", "表示なし", "No tag"),
];
pub const EXPENSES: &[(&str, &str, &str)] = &[
    (
        "amed",
        "日本医療研究開発機構対象経費",
        "AMED-covered expenses",
    ),
    (
        "inhouse",
        "インハウス研究機関経費",
        "In-house research institution expenses",
    ),
];
pub const BASES: &[(&str, &str, &str)] = &[
    ("single", "1事業の額", "Amount for a single program"),
    (
        "combined",
        "複数事業の合計額",
        "Combined amount for several programs",
    ),
    (
        "shared",
        "複数事業で共有する額(内数)",
        "Amount shared by several programs (included within)",
    ),
    (
        "unattributed",
        "事業を特定できない額",
        "Amount not attributable to a specific program",
    ),
];
pub const ENTRY_KINDS: &[(&str, &str, &str)] = &[
    ("programme", "事業", "Program"),
    ("related-programme", "関連事業", "Related program"),
    ("organisation", "組織・拠点", "Organization or center"),
    ("support", "支援体制", "Support system"),
    ("note", "注記", "Note"),
];
pub const ERRATUM_STATUSES: &[(&str, &str, &str)] = &[
    ("corrected", "修正済み", "Corrected"),
    ("suspected", "疑義あり(未修正)", "Suspected (not corrected)"),
];
/// id, mark, name and their English.
pub const MINISTRIES: &[(&str, &str, &str, &str, &str)] = &[
    (
        "mext",
        "文",
        "文部科学省",
        "MEXT",
        "Ministry of Education, Culture, Sports, Science and Technology",
    ),
    (
        "mhlw",
        "厚",
        "厚生労働省",
        "MHLW",
        "Ministry of Health, Labour and Welfare",
    ),
    (
        "meti",
        "経",
        "経済産業省",
        "METI",
        "Ministry of Economy, Trade and Industry",
    ),
    ("cao", "内", "内閣府", "Cabinet Office", "Cabinet Office"),
    (
        "mic",
        "総",
        "総務省",
        "MIC",
        "Ministry of Internal Affairs and Communications",
    ),
    (
        "cfa",
        "こ",
        "こども家庭庁",
        "CFA",
        "Children and Families Agency",
    ),
    (
        "hmsd",
        "健",
        "内閣府 健康・医療戦略推進事務局",
        "HMSD",
        "Healthcare and Medical Strategy Promotion Secretariat, Cabinet Office",
    ),
];
/// id, abbreviation, name and its English.
pub const ROLES: &[(&str, &str, &str, &str)] = &[
    ("pd", "PD", "プログラムディレクター", "Program Director"),
    (
        "dc",
        "DC",
        "疾患領域コーディネーター",
        "Disease Area Coordinator",
    ),
];

fn copy_ui(real_locales: &Path, locales: &Path) -> io::Result<()> {
    for lang in ["ja", "en"] {
        let from = real_locales.join(lang);
        let to = locales.join(lang);
        for e in std::fs::read_dir(&from)? {
            let p = e?.path();
            if p.is_file() && p.extension().is_some_and(|x| x == "ftl") {
                if let Some(name) = p.file_name() {
                    std::fs::copy(&p, to.join(name))?;
                }
            }
        }
    }
    Ok(())
}

fn point_id(i: usize) -> String {
    format!("pt{i}")
}

/// The schema of the real dataset (`data/datapackage.json`), which the
/// synthetic tables follow and whose descriptor they are published with.
fn schema() -> io::Result<&'static amed_budget::schema::Schema> {
    static SCHEMA: std::sync::OnceLock<Option<&'static amed_budget::schema::Schema>> =
        std::sync::OnceLock::new();
    SCHEMA
        .get_or_init(|| {
            let mut diags = amed_budget::diag::Diagnostics::new();
            amed_budget::schema::load(Path::new(REAL_DATA), &mut diags)
        })
        .ok_or_else(|| {
            io::Error::other(format!(
                "synth: cannot read {REAL_DATA}/{}",
                amed_budget::schema::DESCRIPTOR
            ))
        })
}

/// The real dataset, run from the repository root.
const REAL_DATA: &str = "data";

/// Whether `dir` already holds what `generate(dir, _, cfg)` would write.
pub fn is_generated(dir: &Path, cfg: &Config) -> bool {
    std::fs::read_to_string(dir.join(STAMP_FILE)).is_ok_and(|s| s == cfg.stamp())
}

/// Writes `dir/data/` and `dir/locales/` (replacing them), copying the
/// interface labels from `real_locales/{ja,en}/*.ftl`, then `dir/synth.stamp`.
pub fn generate(dir: &Path, real_locales: &Path, cfg: &Config) -> io::Result<Stats> {
    let data = dir.join("data");
    let locales = dir.join("locales");
    let _ = std::fs::remove_file(dir.join(STAMP_FILE));
    for d in [&data, &locales] {
        if d.exists() {
            std::fs::remove_dir_all(d)?;
        }
    }
    std::fs::create_dir_all(&data)?;
    std::fs::create_dir_all(locales.join("ja"))?;
    std::fs::create_dir_all(locales.join("en").join("data"))?;
    copy_ui(real_locales, &locales)?;
    schema()?;
    std::fs::copy(
        Path::new(REAL_DATA).join(amed_budget::schema::DESCRIPTOR),
        data.join(amed_budget::schema::DESCRIPTOR),
    )?;

    let mut rng = Rng::new(cfg.seed);
    let mut total = Stats::default();
    let (np, ng, na, nn) = (
        cfg.projects(),
        cfg.programmes(),
        cfg.appearances(),
        cfg.points,
    );

    code_list(&data, &locales, "budget_phases", PHASES, &mut total)?;
    code_list(&data, &locales, "point_tags", POINT_TAGS, &mut total)?;
    code_list(&data, &locales, "expense_types", EXPENSES, &mut total)?;
    code_list(&data, &locales, "line_bases", BASES, &mut total)?;
    code_list(&data, &locales, "entry_kinds", ENTRY_KINDS, &mut total)?;
    code_list(
        &data,
        &locales,
        "erratum_statuses",
        ERRATUM_STATUSES,
        &mut total,
    )?;

    // The document.
    let mut o = Out::new(
        &data,
        &locales,
        "document",
        &[
            "id",
            "title",
            "fiscal_year",
            "fiscal_year_era",
            "phase",
            "publisher",
            "currency",
            "unit",
            "unit_factor",
            "source_file",
            "release_version",
            "release_date",
            "base_url",
        ],
    )?;
    let doc_id = format!("amed-synth-{nn}");
    let base = format!("https://example.jp/opendata/{doc_id}/");
    let title = "令和8年度概算要求における統合プロジェクトの概要(合成データ)";
    o.row(&[
        &doc_id,
        title,
        "2026",
        "令和8年度",
        "request",
        "内閣府 健康・医療戦略推進事務局",
        "JPY",
        "億円",
        "100000000",
        "synthetic.txt",
        "1.0.0",
        "2026-11-24",
        &base,
    ])?;
    o.en(
        &doc_id,
        "title",
        title,
        "Overview of the integrated projects in the FY2026 budget request (synthetic data)",
    )?;
    o.en(&doc_id, "fiscal_year_era", "令和8年度", "FY2026 (Reiwa 8)")?;
    o.en(
        &doc_id,
        "publisher",
        "内閣府 健康・医療戦略推進事務局",
        "Healthcare and Medical Strategy Promotion Secretariat, Cabinet Office",
    )?;
    o.en(&doc_id, "unit", "億円", "100 million yen")?;
    o.finish(&mut total)?;

    let mut o = Out::new(&data, &locales, "ministries", &["id", "mark", "name"])?;
    for (id, mark, name, mark_en, name_en) in MINISTRIES {
        o.row(&[id, mark, name])?;
        o.en(id, "mark", mark, mark_en)?;
        o.en(id, "name", name, name_en)?;
    }
    o.finish(&mut total)?;

    let mut o = Out::new(&data, &locales, "roles", &["id", "abbreviation", "name"])?;
    for (id, abbr, name, name_en) in ROLES {
        o.row(&[id, abbr, name])?;
        o.en(id, "name", name, name_en)?;
    }
    o.finish(&mut total)?;

    // Budget lines first (in memory: a few per project) so that the project
    // totals can be their sums.
    struct Line {
        project: usize,
        seq: usize,
        amount: u64,
        expense: &'static str,
        basis: &'static str,
        programmes: Vec<usize>,
    }
    let mut lines: Vec<Line> = Vec::new();
    let mut totals = vec![(0u64, 0u64); np];
    for (p, total) in totals.iter_mut().enumerate() {
        for seq in 1..=rng.range(3, 12) {
            let basis = *rng.pick(&[
                "single",
                "single",
                "single",
                "combined",
                "shared",
                "unattributed",
            ]);
            let links = match basis {
                "single" => 1,
                "unattributed" => 0,
                _ => rng.range(2, 3),
            };
            let mut programmes = Vec::with_capacity(links);
            while programmes.len() < links {
                let g = rng.below(ng);
                if !programmes.contains(&g) {
                    programmes.push(g);
                }
            }
            let expense = if rng.chance(15) { "inhouse" } else { "amed" };
            let amount = rng.range(1, 99) as u64;
            if expense == "amed" {
                total.0 += amount;
            } else {
                total.1 += amount;
            }
            lines.push(Line {
                project: p,
                seq,
                amount,
                expense,
                basis,
                programmes,
            });
        }
    }

    // Projects.
    let mut o = Out::new(
        &data,
        &locales,
        "projects",
        &[
            "id",
            "number",
            "name",
            "summary",
            "amed_amount",
            "inhouse_amount",
            "toc_page",
            "lines_cover_total",
        ],
    )?;
    for (p, &(amed, inhouse)) in totals.iter().enumerate() {
        let id = format!("pj{}", p + 1);
        let cover = !rng.chance(20);
        let amed = if cover {
            amed
        } else {
            amed + rng.range(10, 500) as u64
        };
        let inhouse = match (cover, inhouse) {
            (true, 0) => String::new(),
            (true, n) => n.to_string(),
            (false, n) if rng.chance(50) => (n + rng.range(0, 20) as u64).to_string(),
            (false, _) => String::new(),
        };
        let name = format!(
            "{}プロジェクト",
            japanese(&mut rng, 6, 14).trim_end_matches('。')
        );
        let summary = japanese(&mut rng, 80, 200);
        o.row(&[
            &id,
            &(p + 1).to_string(),
            &name,
            &summary,
            &amed.to_string(),
            &inhouse,
            &(3 + p * 4).to_string(),
            if cover { "true" } else { "false" },
        ])?;
        o.en(
            &id,
            "name",
            &name,
            &format!("{} Project", english(&mut rng, 20)),
        )?;
        o.translate(&mut rng, &id, "summary", &summary)?;
    }
    o.finish(&mut total)?;

    // Sections: two to four per project.
    let mut o = Out::new(
        &data,
        &locales,
        "sections",
        &["id", "project", "seq", "heading"],
    )?;
    let mut sections: Vec<usize> = Vec::with_capacity(np);
    for p in 0..np {
        let n = rng.range(2, 4);
        sections.push(n);
        for s in 1..=n {
            let id = format!("pj{}-s{s}", p + 1);
            let heading = japanese(&mut rng, 20, 60);
            o.row(&[&id, &format!("pj{}", p + 1), &s.to_string(), &heading])?;
            o.translate(&mut rng, &id, "heading", &heading)?;
        }
    }
    o.finish(&mut total)?;

    // Programmes: a parent always comes earlier, so there is no cycle.
    let mut o = Out::new(
        &data,
        &locales,
        "programmes",
        &["id", "name", "acronym", "fund", "parent", "note"],
    )?;
    for g in 0..ng {
        let id = format!("prg{g}");
        let name = format!("{}事業", japanese(&mut rng, 8, 24).trim_end_matches('。'));
        let acronym = if rng.chance(15) {
            format!("P{}X", g % 1000)
        } else {
            String::new()
        };
        let parent = if g > 0 && rng.chance(20) {
            format!("prg{}", rng.below(g))
        } else {
            String::new()
        };
        let note = if rng.chance(10) {
            japanese(&mut rng, 20, 80)
        } else {
            String::new()
        };
        o.row(&[
            &id,
            &name,
            &acronym,
            if rng.chance(10) { "true" } else { "false" },
            &parent,
            &note,
        ])?;
        o.en(
            &id,
            "name",
            &name,
            &format!("{} Program", english(&mut rng, 24)),
        )?;
        o.translate(&mut rng, &id, "note", &note)?;
    }
    o.finish(&mut total)?;

    let mut o = Out::new(
        &data,
        &locales,
        "programme_ministries",
        &["programme", "ministry", "seq"],
    )?;
    for g in 0..ng {
        let first = rng.below(MINISTRIES.len());
        let n = if rng.chance(25) { 2 } else { 1 };
        for k in 0..n {
            let m = MINISTRIES[(first + k * 3) % MINISTRIES.len()].0;
            o.row(&[&format!("prg{g}"), m, &(k + 1).to_string()])?;
        }
    }
    o.finish(&mut total)?;

    // Appearances: spread over the projects, each in a section of its project.
    let mut o = Out::new(
        &data,
        &locales,
        "appearances",
        &["id", "project", "section", "seq", "programme", "heading"],
    )?;
    for a in 0..na {
        let p = a % np;
        let id = format!("ap{a}");
        let s = rng.range(1, sections[p]);
        let heading = format!("{}事業", japanese(&mut rng, 10, 30).trim_end_matches('。'));
        o.row(&[
            &id,
            &format!("pj{}", p + 1),
            &format!("pj{}-s{s}", p + 1),
            &(a / np + 1).to_string(),
            &format!("prg{}", rng.below(ng)),
            &heading,
        ])?;
        o.translate(&mut rng, &id, "heading", &heading)?;
    }
    o.finish(&mut total)?;

    // Points: the bulk of the data.
    let mut o = Out::new(
        &data,
        &locales,
        "points",
        &["id", "appearance", "seq", "tag", "subprogramme", "text"],
    )?;
    let mut first_text = String::new();
    for i in 0..nn {
        let id = point_id(i);
        let text = japanese(&mut rng, 80, 200);
        let sub = if rng.chance(10) {
            format!("prg{}", rng.below(ng))
        } else {
            String::new()
        };
        o.row(&[
            &id,
            &format!("ap{}", i / POINTS_PER_APPEARANCE),
            &(i % POINTS_PER_APPEARANCE + 1).to_string(),
            rng.pick(POINT_TAGS).0,
            &sub,
            &text,
        ])?;
        o.translate(&mut rng, &id, "text", &text)?;
        if i == 0 {
            first_text = text;
        }
    }
    o.finish(&mut total)?;

    let mut o = Out::new(
        &data,
        &locales,
        "budget_lines",
        &[
            "id", "project", "seq", "amount", "expense", "basis", "label", "note",
        ],
    )?;
    for l in &lines {
        let id = format!("pj{}-b{}", l.project + 1, l.seq);
        let label = format!("概算要求額 {}億円", l.amount);
        let note = if rng.chance(20) {
            japanese(&mut rng, 20, 60)
        } else {
            String::new()
        };
        o.row(&[
            &id,
            &format!("pj{}", l.project + 1),
            &l.seq.to_string(),
            &l.amount.to_string(),
            l.expense,
            l.basis,
            &label,
            &note,
        ])?;
        o.en(
            &id,
            "label",
            &label,
            &format!("Requested amount: {} hundred million yen", l.amount),
        )?;
        o.translate(&mut rng, &id, "note", &note)?;
    }
    o.finish(&mut total)?;

    let mut o = Out::new(
        &data,
        &locales,
        "budget_line_programmes",
        &["budget_line", "programme", "seq"],
    )?;
    for l in &lines {
        for (k, g) in l.programmes.iter().enumerate() {
            o.row(&[
                &format!("pj{}-b{}", l.project + 1, l.seq),
                &format!("prg{g}"),
                &(k + 1).to_string(),
            ])?;
        }
    }
    o.finish(&mut total)?;

    let mut o = Out::new(
        &data,
        &locales,
        "diagram_entries",
        &[
            "id",
            "project",
            "seq",
            "kind",
            "programme",
            "label",
            "description",
        ],
    )?;
    for p in 0..np {
        for seq in 1..=rng.range(3, 8) {
            let id = format!("pj{}-d{seq}", p + 1);
            let kind = rng.pick(ENTRY_KINDS).0;
            let programme = if matches!(kind, "programme" | "related-programme") {
                format!("prg{}", rng.below(ng))
            } else {
                String::new()
            };
            let label = japanese(&mut rng, 10, 40);
            let description = if rng.chance(60) {
                japanese(&mut rng, 40, 120)
            } else {
                String::new()
            };
            o.row(&[
                &id,
                &format!("pj{}", p + 1),
                &seq.to_string(),
                kind,
                &programme,
                &label,
                &description,
            ])?;
            o.translate(&mut rng, &id, "label", &label)?;
            o.translate(&mut rng, &id, "description", &description)?;
        }
    }
    o.finish(&mut total)?;

    let areas = 3 + np / 20;
    let mut o = Out::new(&data, &locales, "disease_areas", &["id", "seq", "name"])?;
    for d in 0..areas {
        let id = format!("area{}", d + 1);
        let name = japanese(&mut rng, 3, 10);
        o.row(&[&id, &(d + 1).to_string(), &name])?;
        o.translate(&mut rng, &id, "name", &name)?;
    }
    o.finish(&mut total)?;

    let mut o = Out::new(
        &data,
        &locales,
        "coordinators",
        &["id", "disease_area", "role", "name"],
    )?;
    for d in 0..areas {
        for k in 0..rng.range(1, 2) {
            let id = format!("coord{}-{}", d + 1, k + 1);
            let (f, g) = (rng.below(FAMILY.len()), rng.below(GIVEN.len()));
            let name = format!("{} {}", FAMILY[f], GIVEN[g]);
            let role = if k == 0 { "dc" } else { "pd" };
            o.row(&[&id, &format!("area{}", d + 1), role, &name])?;
            o.en(
                &id,
                "name",
                &name,
                &format!("{} {}", GIVEN_EN[g], FAMILY_EN[f]),
            )?;
        }
    }
    o.finish(&mut total)?;

    // Errata on the first point: one corrected (the correction is in its text)
    // and one suspected.
    let mut o = Out::new(
        &data,
        &locales,
        "errata",
        &[
            "id",
            "table",
            "record",
            "field",
            "status",
            "original_ja",
            "corrected_ja",
            "reason",
        ],
    )?;
    let fixed: String = first_text.chars().take(6).collect();
    let original: String = fixed.chars().rev().collect();
    let pid = point_id(0);
    let errata: [(&str, &str, &str, &str, &str); 2] = [
        (
            "e01",
            "corrected",
            &original,
            &fixed,
            "PDFからの抽出で文字の順序が入れ替わっていた。",
        ),
        (
            "e02",
            "suspected",
            &fixed,
            "",
            "原文を確認できないため日本語は修正していない。",
        ),
    ];
    for (id, status, orig, corr, reason) in errata {
        o.row(&[id, "points", &pid, "text", status, orig, corr, reason])?;
        let en = english(&mut rng, 60);
        o.en(id, "reason", reason, &en)?;
    }
    o.finish(&mut total)?;

    total.bytes = dir_bytes(dir)?;
    std::fs::write(dir.join(STAMP_FILE), cfg.stamp())?;
    Ok(total)
}

/// Total size of the files under `dir`.
pub fn dir_bytes(dir: &Path) -> io::Result<u64> {
    let mut n = 0;
    for e in std::fs::read_dir(dir)? {
        let e = e?;
        let t = e.file_type()?;
        if t.is_dir() {
            n += dir_bytes(&e.path())?;
        } else if t.is_file() {
            n += e.metadata()?.len();
        }
    }
    Ok(n)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rng_is_deterministic() {
        let (mut a, mut b) = (Rng::new(7), Rng::new(7));
        for _ in 0..100 {
            assert_eq!(a.next_u64(), b.next_u64());
        }
    }

    #[test]
    fn texts_have_the_requested_shape() {
        let mut rng = Rng::new(1);
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
    }
}
