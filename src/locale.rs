//! Stage 3: read the Fluent locales, check them against the dataset, and
//! produce the English for every record text and the interface labels.
//!
//! Layout: `locales/{ja,en}/*.ftl` hold interface labels; `locales/en/data/<table>.ftl`
//! hold the English of the records of `data/<table>.csv`, one message per record and
//! text column, with id `<record id>__<column>`. Each English message carries a
//! fingerprint of the Japanese it translates (`# ja-sha256: <16 hex>`) so that a
//! change in the Japanese marks the translation stale.

use crate::diag::Diagnostics;
use crate::model::{Dataset, Value};
use crate::schema::{self, Kind};
use crate::validate::rules;
use fluent::{FluentBundle, FluentResource};
use fluent_syntax::ast;
use sha2::{Digest, Sha256};
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::{Path, PathBuf};

pub const STAMP: &str = "ja-sha256:";

/// The fingerprint recorded next to a translation: 16 hex digits of SHA-256.
pub fn fingerprint(japanese: &str) -> String {
    // Called once per record text (a million times at 1M points): hex digits
    // are pushed into one string rather than formatted one `String` a byte.
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let digest = Sha256::digest(japanese.as_bytes());
    let mut out = String::with_capacity(16);
    for b in digest.iter().take(8) {
        out.push(char::from(HEX[usize::from(b >> 4)]));
        out.push(char::from(HEX[usize::from(b & 0xf)]));
    }
    out
}

/// One message of a Fluent file, with what the checks need.
#[derive(Debug)]
pub struct FtlMessage {
    pub id: String,
    pub line: usize,
    /// Placeables (`$var`, message and term references) and attribute names.
    pub shape: BTreeSet<String>,
    pub fingerprint: Option<String>,
    /// `# source:` lines of the message comment.
    pub sources: Vec<String>,
    pub has_value: bool,
}

/// A parsed Fluent file and its formatted messages.
pub struct FtlFile {
    pub shown: String,
    pub path: PathBuf,
    pub messages: Vec<FtlMessage>,
    /// Each message formatted without variables: the text a fingerprint is
    /// taken of (a label's `{ $fiscal_year }` stays as written, so a new
    /// year in the data does not make every translation stale).
    pub formatted: HashMap<String, String>,
    /// Interface labels only: each message formatted with the label
    /// variables (see [`LabelVars`]), the text the outputs show.
    pub values: HashMap<String, String>,
}

/// The fingerprint (`# ja-sha256:`) and official-name sources (`# source:`)
/// in the comment lines of a message.
fn comment_meta(comment: &[&str]) -> (Option<String>, Vec<String>) {
    let field = |l: &&str, key: &str| l.trim().strip_prefix(key).map(|s| s.trim().to_string());
    let fingerprint = comment.iter().find_map(|l| field(l, STAMP));
    let sources = comment.iter().filter_map(|l| field(l, "source:")).collect();
    (fingerprint, sources)
}

/// Byte offset -> (line, column), both 1-based, column in characters.
fn line_col(source: &str, offset: usize) -> (usize, usize) {
    let offset = offset.min(source.len());
    let before = &source[..source.floor_char_boundary(offset)];
    let line = before.matches('\n').count() + 1;
    let col = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, col)
}

/// The id of a line that starts a message (`id =`), if it does.
fn message_start(line: &str) -> Option<&str> {
    let end = line
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == '-'))
        .unwrap_or(line.len());
    let (id, rest) = line.split_at(end);
    let ok =
        id.starts_with(|c: char| c.is_ascii_alphabetic()) && rest.trim_start().starts_with('=');
    ok.then_some(id)
}

fn shape_of_pattern(p: &ast::Pattern<&str>, out: &mut BTreeSet<String>) {
    for el in &p.elements {
        if let ast::PatternElement::Placeable { expression } = el {
            out.insert(shape_of_expression(expression));
        }
    }
}

fn shape_of_expression(e: &ast::Expression<&str>) -> String {
    match e {
        ast::Expression::Select { selector, .. } => format!("select {}", shape_of_inline(selector)),
        ast::Expression::Inline(i) => shape_of_inline(i),
    }
}

fn shape_of_inline(i: &ast::InlineExpression<&str>) -> String {
    match i {
        ast::InlineExpression::VariableReference { id } => format!("${}", id.name),
        ast::InlineExpression::MessageReference { id, .. } => id.name.to_string(),
        ast::InlineExpression::TermReference { id, .. } => format!("-{}", id.name),
        ast::InlineExpression::FunctionReference { id, .. } => format!("{}()", id.name),
        ast::InlineExpression::Placeable { expression } => shape_of_expression(expression),
        _ => "literal".to_string(),
    }
}

/// Reads a Fluent file as UTF-8 without BOM; reports a BOM or bad encoding
/// with its line, like the CSV loader does.
fn read_utf8(path: &Path, shown: &str, diags: &mut Diagnostics) -> Option<String> {
    let bytes = match std::fs::read(path) {
        Ok(b) => b,
        Err(e) => {
            diags.push(
                shown,
                0,
                0,
                &rules::IO,
                format!("cannot read the file: {e}"),
            );
            return None;
        }
    };
    if bytes.starts_with(&[0xEF, 0xBB, 0xBF]) {
        diags.push(
            shown,
            1,
            1,
            &rules::BOM,
            "the file starts with a UTF-8 byte-order mark; Fluent files are UTF-8 without BOM",
        );
        return None;
    }
    match String::from_utf8(bytes) {
        Ok(s) => Some(s),
        Err(e) => {
            let offset = e.utf8_error().valid_up_to();
            let line = 1 + e.as_bytes()[..offset]
                .iter()
                .filter(|&&b| b == b'\n')
                .count();
            diags.push(
                shown,
                line,
                0,
                &rules::ENCODING,
                format!("invalid UTF-8 at byte {offset} (is the file Shift_JIS?); Fluent files must be UTF-8"),
            );
            None
        }
    }
}

/// Parses and formats one Fluent file, reporting syntax errors, junk,
/// duplicate ids and formatting errors.
///
/// For a record-text file (`data`), a message with placeables gets one
/// `placeable-mismatch` from the checks, not also a formatting error.
pub fn read_ftl(
    path: &Path,
    shown: &str,
    lang: &str,
    data: bool,
    vars: Option<&LabelVars>,
    diags: &mut Diagnostics,
) -> Option<FtlFile> {
    let source = read_utf8(path, shown, diags)?;
    let resource = match fluent_syntax::parser::parse(source.as_str()) {
        Ok(r) => r,
        Err((r, errors)) => {
            for e in errors {
                let (line, col) = line_col(&source, e.pos.start);
                diags.push(shown, line, col, &rules::FLUENT_SYNTAX, e.to_string());
            }
            r
        }
    };
    // Line of each message start, in order, to give messages a location.
    let starts: Vec<(usize, &str)> = source
        .lines()
        .enumerate()
        .filter_map(|(i, l)| message_start(l).map(|id| (i + 1, id)))
        .collect();
    let mut cursor = 0;
    let mut messages = Vec::new();
    let mut seen: HashMap<String, usize> = HashMap::new();
    for entry in &resource.body {
        let ast::Entry::Message(m) = entry else {
            continue;
        };
        let id = m.id.name.to_string();
        let line = match starts[cursor..].iter().position(|(_, s)| *s == id) {
            Some(p) => {
                cursor += p + 1;
                starts[cursor - 1].0
            }
            None => 0,
        };
        if let Some(first) = seen.get(&id) {
            diags.push(
                shown,
                line,
                1,
                &rules::DUPLICATE_MESSAGE,
                format!("message `{id}` is already defined on line {first}"),
            );
            continue;
        }
        seen.insert(id.clone(), line);
        let mut shape = BTreeSet::new();
        if let Some(v) = &m.value {
            shape_of_pattern(v, &mut shape);
        }
        for a in &m.attributes {
            shape.insert(format!(".{}", a.id.name));
            shape_of_pattern(&a.value, &mut shape);
        }
        let comment: Vec<&str> = m
            .comment
            .as_ref()
            .map(|c| c.content.clone())
            .unwrap_or_default();
        let (fingerprint, sources) = comment_meta(&comment);
        messages.push(FtlMessage {
            id,
            line,
            shape,
            fingerprint,
            sources,
            has_value: m.value.is_some(),
        });
    }
    let (formatted, values) = format_all(&source, shown, lang, data, &messages, vars, diags);
    Some(FtlFile {
        shown: shown.to_string(),
        path: path.to_path_buf(),
        messages,
        formatted,
        values,
    })
}

fn format_all(
    source: &str,
    shown: &str,
    lang: &str,
    data: bool,
    messages: &[FtlMessage],
    vars: Option<&LabelVars>,
    diags: &mut Diagnostics,
) -> (HashMap<String, String>, HashMap<String, String>) {
    let resource = match FluentResource::try_new(source.to_string()) {
        Ok(r) => r,
        Err((r, _)) => r, // syntax errors were reported by the full parser
    };
    let langid = lang.parse().unwrap_or_default();
    let mut bundle = FluentBundle::new(vec![langid]);
    bundle.set_use_isolating(false);
    let _ = bundle.add_resource(resource); // duplicates were reported above
    let mut out = HashMap::with_capacity(messages.len());
    let mut values = HashMap::new();
    let args = vars.map(LabelVars::args);
    for m in messages {
        let Some(pattern) = bundle.get_message(&m.id).and_then(|msg| msg.value()) else {
            continue;
        };
        let mut errors = Vec::new();
        if let Some(args) = &args {
            let value = bundle.format_pattern(pattern, Some(args), &mut errors);
            values.insert(m.id.clone(), value.into_owned());
        }
        let mut unset = Vec::new();
        let text = bundle.format_pattern(pattern, None, &mut unset);
        if args.is_none() {
            errors = unset;
        }
        if data && !m.shape.is_empty() {
            errors.clear();
        }
        for e in errors {
            diags.push(
                shown,
                m.line,
                1,
                &rules::FLUENT_FORMAT,
                format!("message `{}`: {e}", m.id),
            );
        }
        out.insert(m.id.clone(), text.into_owned());
    }
    (out, values)
}

/// The variables every interface label may use, taken from the dataset in
/// the label's language, so that no fiscal year, phase or title is written
/// into a label: `$fiscal_year` (2026), `$fiscal_year_era` (令和8年度 /
/// FY2026 (Reiwa 8)), `$phase` (概算要求 / budget request), `$title` and
/// `$publisher` (of the source document).
#[derive(Debug, Clone, Default)]
pub struct LabelVars {
    pub vars: Vec<(&'static str, String)>,
}

impl LabelVars {
    /// The names of the variables, as they appear in a label (`$name`).
    pub const NAMES: [&'static str; 5] = [
        "fiscal_year",
        "fiscal_year_era",
        "phase",
        "title",
        "publisher",
    ];

    /// The variables in one language: the Japanese from the data, or its English.
    pub fn new(ds: &Dataset, english: Option<&Translations>) -> Self {
        let doc = ds.table("document");
        let di = ds.schema.table_index("document").unwrap_or(0);
        let text = |column: &str| -> String {
            let ci = doc.col(column);
            match english {
                Some(tr) => tr.en[di].get(0, ci).unwrap_or_default().to_string(),
                None => ds.doc_str(column).to_string(),
            }
        };
        let phase_code = ds.doc_str("phase");
        let phases = ds.table("budget_phases");
        let pi = ds.schema.table_index("budget_phases").unwrap_or(0);
        let phase = phases
            .position(phase_code)
            .and_then(|ri| match english {
                Some(tr) => tr.en[pi].get(ri, phases.col("label")).map(str::to_string),
                None => phases.rows[ri].cells[phases.col("label")]
                    .as_str()
                    .map(str::to_string),
            })
            .unwrap_or_default();
        LabelVars {
            vars: vec![
                ("fiscal_year", ds.doc_int("fiscal_year").to_string()),
                ("fiscal_year_era", text("fiscal_year_era")),
                ("phase", phase),
                ("title", text("title")),
                ("publisher", text("publisher")),
            ],
        }
    }

    fn args(&self) -> fluent::FluentArgs<'_> {
        let mut args = fluent::FluentArgs::new();
        for (k, v) in &self.vars {
            args.set(*k, v.as_str());
        }
        args
    }

    /// Whether a placeable of a label's shape is one of these variables.
    fn is_var(shape: &str) -> bool {
        shape
            .strip_prefix('$')
            .is_some_and(|n| Self::NAMES.contains(&n))
    }
}

/// The message id of a record's text column.
pub fn message_id(record: &str, column: &str) -> String {
    format!("{record}__{column}")
}

/// The English of one table's record texts.
///
/// One flat slot per row and `Text` column (`row * n_text + k`), rather than
/// a vector per row with a slot for every column: at a million rows the
/// per-row vectors alone cost more than 200 MB.
#[derive(Debug, Default)]
pub struct EnglishTable {
    /// For each schema column, its position among the table's `Text` columns.
    slot: Vec<Option<usize>>,
    n_text: usize,
    texts: Vec<Option<Box<str>>>,
}

impl EnglishTable {
    fn new(spec: &schema::TableSpec, rows: usize) -> Self {
        let mut n_text = 0;
        let slot = spec
            .columns
            .iter()
            .map(|c| {
                (c.kind == Kind::Text).then(|| {
                    n_text += 1;
                    n_text - 1
                })
            })
            .collect();
        EnglishTable {
            slot,
            n_text,
            texts: std::iter::repeat_with(|| None)
                .take(rows * n_text)
                .collect(),
        }
    }

    fn index(&self, row: usize, col: usize) -> Option<usize> {
        let k = (*self.slot.get(col)?)?;
        Some(row * self.n_text + k)
    }

    /// The English of a row's text column, if it has one.
    pub fn get(&self, row: usize, col: usize) -> Option<&str> {
        self.texts.get(self.index(row, col)?)?.as_deref()
    }

    fn set(&mut self, row: usize, col: usize, text: Box<str>) {
        if let Some(slot) = self.index(row, col).and_then(|i| self.texts.get_mut(i)) {
            *slot = Some(text);
        }
    }

    fn clear(&mut self) {
        self.texts.iter_mut().for_each(|t| *t = None);
    }
}

/// What localisation hands on: the English of every record text and the
/// interface labels in both languages.
#[derive(Debug, Default)]
pub struct Translations {
    /// Per table (schema order): English for its `Text` columns.
    pub en: Vec<EnglishTable>,
    pub ui_ja: BTreeMap<String, String>,
    pub ui_en: BTreeMap<String, String>,
    /// Where each interface label is defined: (language, id) -> (file, line).
    pub ui_where: BTreeMap<(&'static str, String), (String, usize)>,
    /// Official-name sources of English record texts (message id -> URLs), per table.
    pub sources: Vec<BTreeMap<String, Vec<String>>>,
    /// The variables the labels were formatted with: Japanese, English.
    pub label_vars: [LabelVars; 2],
}

/// Per-file counts for the translators' report.
#[derive(Debug, Default, Clone)]
pub struct Coverage {
    pub file: String,
    pub expected: usize,
    pub translated: usize,
    pub missing: usize,
    pub stale: usize,
    pub obsolete: usize,
    /// Present but unusable: untranslated, or with placeables the Japanese lacks.
    pub broken: usize,
}

/// A Japanese text that an English message translates, and where it lives.
/// Borrows from the dataset: no copy of the texts.
struct Expected<'a> {
    japanese: &'a str,
    file: &'a str,
    line: usize,
    column: usize,
    table: usize,
    row: usize,
    col: usize,
}

/// The Japanese each English message of one table's file must translate.
fn expected_table(ds: &Dataset, ti: usize) -> BTreeMap<String, Expected<'_>> {
    let t = &ds.tables[ti];
    let mut m = BTreeMap::new();
    if !t.spec.has_text() {
        return m;
    }
    for (ri, row) in t.rows.iter().enumerate() {
        let key = t.key_of(row);
        for (ci, col) in t.spec.columns.iter().enumerate() {
            if col.kind != Kind::Text {
                continue;
            }
            if let Some(ja) = row.cells[ci].as_str() {
                m.insert(
                    message_id(&key, col.name),
                    Expected {
                        japanese: ja,
                        file: &t.path,
                        line: row.line,
                        column: t.file_columns[ci],
                        table: ti,
                        row: ri,
                        col: ci,
                    },
                );
            }
        }
    }
    m
}

/// How many texts a table has (the messages its English file must hold).
fn text_count(t: &crate::model::Table) -> usize {
    let cols = t.spec.text_columns();
    t.rows
        .iter()
        .map(|r| cols.iter().filter(|&&c| r.cells[c] != Value::Null).count())
        .sum()
}

fn ftl_files(dir: &Path) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|rd| {
            rd.filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.extension().is_some_and(|e| e == "ftl"))
                .collect()
        })
        .unwrap_or_default();
    v.sort();
    v
}

fn shown_path(root: &Path, p: &Path) -> String {
    let base = root.display().to_string();
    let rel = p.strip_prefix(root).unwrap_or(p).display().to_string();
    format!("{}/{}", base.trim_end_matches('/'), rel)
}

/// Checks the locales against the dataset and the interface keys the outputs
/// need. Returns the translations and the per-file coverage; problems go to `diags`.
pub fn localise(
    ds: &Dataset,
    locales: &Path,
    ui_keys: &[String],
    diags: &mut Diagnostics,
) -> (Translations, Vec<Coverage>) {
    let mut tr = Translations {
        en: ds
            .tables
            .iter()
            .map(|t| EnglishTable::new(t.spec, t.rows.len()))
            .collect(),
        sources: vec![BTreeMap::new(); ds.tables.len()],
        ..Default::default()
    };
    let mut coverage = Vec::new();
    if !locales.is_dir() {
        let what = if locales.exists() {
            "the locales path is not a directory"
        } else {
            "the locales directory does not exist"
        };
        diags.push(
            locales.display().to_string(),
            0,
            0,
            &rules::MISSING_DIRECTORY,
            what,
        );
        return (tr, coverage);
    }
    // Record texts, one file per table.
    let data_dir = locales.join("en").join("data");
    let mut files_by_table: HashMap<String, PathBuf> = HashMap::new();
    for p in ftl_files(&data_dir) {
        let stem = p
            .file_stem()
            .and_then(|s| s.to_str())
            .unwrap_or("")
            .to_string();
        if ds
            .schema
            .table_index(&stem)
            .is_none_or(|i| !ds.tables[i].spec.has_text())
        {
            diags.push(
                shown_path(locales, &p),
                0,
                0,
                &rules::OBSOLETE,
                format!("`{stem}` is not a table with text columns"),
            );
            continue;
        }
        files_by_table.insert(stem, p);
    }
    for (ti, table) in ds.tables.iter().enumerate() {
        if !table.spec.has_text() {
            continue;
        }
        let path = data_dir.join(format!("{}.ftl", table.spec.name));
        let shown = shown_path(locales, &path);
        let mut cov = Coverage {
            file: shown.clone(),
            expected: text_count(table),
            ..Default::default()
        };
        let present = files_by_table.contains_key(table.spec.name);
        // Clean files (the usual case) are streamed; anything unusual goes
        // through the full Fluent parser and bundle below.
        if present && stream_data_file(ds, ti, &path, &shown, &mut tr, &mut cov, diags) {
            coverage.push(cov);
            continue;
        }
        let expected = expected_table(ds, ti);
        let file = if present {
            read_ftl(&path, &shown, "en", true, None, diags)
        } else {
            diags.push(
                &shown,
                0,
                0,
                &rules::MISSING_TRANSLATION,
                format!("no English file for table `{}`", table.spec.name),
            );
            None
        };
        check_data_file(
            &expected,
            file.as_ref(),
            &shown,
            &mut tr,
            &mut cov,
            ti,
            diags,
        );
        coverage.push(cov);
    }
    // Interface labels.
    let ja_vars = LabelVars::new(ds, None);
    let en_vars = LabelVars::new(ds, Some(&tr));
    let (ja, ja_cov) = read_ui(locales, "ja", ui_keys, &ja_vars, None, diags);
    let (en, en_cov) = read_ui(locales, "en", ui_keys, &en_vars, Some(&ja), diags);
    coverage.push(ja_cov);
    coverage.push(en_cov);
    for (lang, labels) in [("ja", &ja), ("en", &en)] {
        for (k, l) in labels {
            tr.ui_where
                .insert((lang, k.clone()), (l.file.clone(), l.line));
        }
    }
    tr.ui_ja = ja.into_iter().map(|(k, l)| (k, l.value)).collect();
    tr.ui_en = en.into_iter().map(|(k, l)| (k, l.value)).collect();
    tr.label_vars = [ja_vars, en_vars];
    (tr, coverage)
}

/// Size of the pieces an English data file is parsed in.
const CHUNK: usize = 4 << 20;

/// One message of a clean data file, as the checks need it.
struct Plain {
    /// Owned, so that a piece's messages can be handed to another thread.
    id: String,
    line: usize,
    fingerprint: Option<String>,
    sources: Vec<String>,
    value: String,
}

/// Streams one English data file in pieces, checking each message against
/// the dataset as it goes and moving its English into `tr`, so that neither
/// the file nor a second copy of the English is ever held whole.
///
/// Only for clean files: every entry a message or comment, no syntax error,
/// no duplicate id, no placeable and no attribute. The value of such a
/// message is the concatenation of its text elements, which is exactly what
/// the Fluent bundle formats. On anything else this returns `false` with
/// `tr`, `cov` and `diags` as they were, and the caller takes the full path.
fn stream_data_file(
    ds: &Dataset,
    ti: usize,
    path: &Path,
    shown: &str,
    tr: &mut Translations,
    cov: &mut Coverage,
    diags: &mut Diagnostics,
) -> bool {
    let mut local = Diagnostics::new();
    let mut work = cov.clone();
    let ok = stream_checks(ds, ti, path, shown, tr, &mut work, &mut local).is_some();
    if ok {
        *cov = work;
        diags.extend(local);
    } else {
        tr.en[ti].clear();
        tr.sources[ti].clear();
    }
    ok
}

fn stream_checks(
    ds: &Dataset,
    ti: usize,
    path: &Path,
    shown: &str,
    tr: &mut Translations,
    cov: &mut Coverage,
    diags: &mut Diagnostics,
) -> Option<()> {
    let t = &ds.tables[ti];
    let text_cols = t.spec.text_columns();
    // Which texts have their message: one flag per row and text column.
    let mut found = vec![false; t.rows.len() * text_cols.len()];
    let mut obsolete_seen: BTreeSet<String> = BTreeSet::new();
    let mut next_row = 0;
    let file = std::fs::File::open(path).ok()?;
    // Reading and parsing the pieces (about half of the work) stays on this
    // thread; the checks run on another, a few pieces behind. They see the
    // messages in file order, so the diagnostics are the same.
    let (found_ref, next_row, obsolete_seen) = (&mut found, &mut next_row, &mut obsolete_seen);
    let (cols, tr, checked_cov, checked_diags) = (&text_cols, &mut *tr, &mut *cov, &mut *diags);
    std::thread::scope(|scope| {
        let (send, receive) = std::sync::mpsc::sync_channel::<Vec<Plain>>(2);
        let checker = scope.spawn(move || {
            for batch in receive {
                for m in batch {
                    check_plain(
                        t,
                        ti,
                        cols,
                        m,
                        found_ref,
                        next_row,
                        obsolete_seen,
                        shown,
                        tr,
                        checked_cov,
                        checked_diags,
                    )?;
                }
            }
            Some(())
        });
        // A failed check drops the receiver, which stops the reading.
        let read = read_plain_pieces(file, &send);
        drop(send);
        checker.join().ok().flatten().and(read)
    })?;
    // Texts without a message.
    for (ri, row) in t.rows.iter().enumerate() {
        for (k, &ci) in text_cols.iter().enumerate() {
            if row.cells[ci] == Value::Null || found[ri * text_cols.len() + k] {
                continue;
            }
            cov.missing += 1;
            diags.push(
                &t.path,
                row.line,
                t.file_columns[ci],
                &rules::MISSING_TRANSLATION,
                format!(
                    "no English message `{}` in {shown}",
                    message_id(&t.key_of(row), t.spec.columns[ci].name)
                ),
            );
        }
    }
    Some(())
}

/// Reads a data file in pieces of about [`CHUNK`] bytes, each cut before a
/// line at column 0 that follows a blank line (always the start of a new
/// entry), parses each piece and sends its messages on. `None` when the file
/// cannot be read, has a BOM or is not clean, or the receiver hung up.
fn read_plain_pieces(
    file: std::fs::File,
    send: &std::sync::mpsc::SyncSender<Vec<Plain>>,
) -> Option<()> {
    use std::io::BufRead;
    let mut reader = std::io::BufReader::with_capacity(1 << 16, file);
    let mut chunk: Vec<u8> = Vec::with_capacity(CHUNK + (1 << 16));
    let mut line: Vec<u8> = Vec::new();
    let mut first_line = 1; // line number of the chunk's first line
    let mut lines_in_chunk = 0;
    let mut prev_blank = false;
    let mut at_start = true;
    loop {
        line.clear();
        let n = reader.read_until(b'\n', &mut line).ok()?;
        if at_start && line.starts_with(&[0xEF, 0xBB, 0xBF]) {
            return None;
        }
        at_start = false;
        let boundary = n == 0
            || (chunk.len() >= CHUNK
                && prev_blank
                && line
                    .first()
                    .is_some_and(|b| b.is_ascii_alphabetic() || *b == b'#'));
        if boundary && !chunk.is_empty() {
            let source = std::str::from_utf8(&chunk).ok()?;
            send.send(plain_messages(source, first_line)?).ok()?;
            first_line += lines_in_chunk;
            lines_in_chunk = 0;
            chunk.clear();
        }
        if n == 0 {
            return Some(());
        }
        prev_blank = line.iter().all(|b| b.is_ascii_whitespace());
        chunk.extend_from_slice(&line);
        lines_in_chunk += 1;
    }
}

/// The messages of a clean piece of a Fluent file; `None` when it is not clean.
fn plain_messages(source: &str, first_line: usize) -> Option<Vec<Plain>> {
    let resource = fluent_syntax::parser::parse(source).ok()?;
    let starts: Vec<(usize, &str)> = source
        .lines()
        .enumerate()
        .filter_map(|(i, l)| message_start(l).map(|id| (i + first_line, id)))
        .collect();
    let mut cursor = 0;
    let mut out = Vec::with_capacity(resource.body.len());
    for entry in resource.body {
        let m = match entry {
            ast::Entry::Message(m) => m,
            ast::Entry::Comment(_)
            | ast::Entry::GroupComment(_)
            | ast::Entry::ResourceComment(_) => continue,
            _ => return None,
        };
        if !m.attributes.is_empty() {
            return None;
        }
        let pattern = m.value?;
        let mut value = String::new();
        for el in pattern.elements {
            match el {
                ast::PatternElement::TextElement { value: v } => value.push_str(v),
                ast::PatternElement::Placeable { .. } => return None,
            }
        }
        let id = m.id.name;
        let line = match starts[cursor..].iter().position(|(_, s)| *s == id) {
            Some(p) => {
                cursor += p + 1;
                starts[cursor - 1].0
            }
            None => 0,
        };
        let comment: Vec<&str> = m.comment.map(|c| c.content).unwrap_or_default();
        let (fingerprint, sources) = comment_meta(&comment);
        out.push(Plain {
            id: id.to_string(),
            line,
            fingerprint,
            sources,
            value,
        });
    }
    Some(out)
}

/// The checks of [`check_data_file`] on one message of a clean file.
/// Where a record text lives: the Japanese and its place in data/.
struct Source<'a> {
    japanese: &'a str,
    file: &'a str,
    line: usize,
}

/// The checks every English record message gets, on either path: a value,
/// no Japanese left, and a fingerprint of the current Japanese. `broken`
/// says an earlier check (placeables) already failed. Returns whether the
/// message has a value (and so goes into the translations).
#[allow(clippy::too_many_arguments)]
fn check_english(
    id: &str,
    line: usize,
    value: &str,
    stamp: Option<&str>,
    ja: &Source<'_>,
    mut broken: bool,
    shown: &str,
    cov: &mut Coverage,
    diags: &mut Diagnostics,
) -> bool {
    if value.trim().is_empty() {
        cov.missing += 1;
        let why = format!("message `{id}` has no value");
        diags.push(shown, line, 1, &rules::MISSING_TRANSLATION, why);
        return false;
    }
    if schema::has_japanese(value) || value == ja.japanese {
        broken = true;
        let why = format!("message `{id}` still contains Japanese script or repeats the Japanese");
        diags.push(shown, line, 1, &rules::UNTRANSLATED, why);
    }
    cov.broken += usize::from(broken);
    let why = match stamp {
        Some(f) if f == fingerprint(ja.japanese) => {
            cov.translated += usize::from(!broken);
            return true;
        }
        Some(_) => format!(
            "message `{id}`: the Japanese at {}:{} changed since it was translated; review it, then run `restamp`",
            ja.file, ja.line
        ),
        None => format!("message `{id}` has no `# {STAMP}` fingerprint; review it, then run `restamp`"),
    };
    cov.stale += 1;
    diags.push(shown, line, 1, &rules::STALE_TRANSLATION, why);
    true
}

/// A message for a record text that does not exist.
fn report_obsolete(
    id: &str,
    line: usize,
    shown: &str,
    cov: &mut Coverage,
    diags: &mut Diagnostics,
) {
    cov.obsolete += 1;
    let why = format!("message `{id}` matches no record text");
    diags.push(shown, line, 1, &rules::OBSOLETE, why);
}

#[allow(clippy::too_many_arguments)]
fn check_plain(
    t: &crate::model::Table,
    ti: usize,
    text_cols: &[usize],
    m: Plain,
    found: &mut [bool],
    next_row: &mut usize,
    obsolete_seen: &mut BTreeSet<String>,
    shown: &str,
    tr: &mut Translations,
    cov: &mut Coverage,
    diags: &mut Diagnostics,
) -> Option<()> {
    // `<record id>__<column>`: identifiers have no `_`, so the first `__` splits.
    let target = m.id.split_once("__").and_then(|(record, column)| {
        let ri = t.position_from(record, *next_row)?;
        let ci = t.spec.column_index(column)?;
        let k = text_cols.iter().position(|&c| c == ci)?;
        let ja = t.rows[ri].cells[ci].as_str()?;
        Some((ri, ci, k, ja))
    });
    if let Some((ri, ..)) = target {
        // The next message is most likely for the same or the next row.
        *next_row = ri + usize::from(text_cols.len() == 1);
    }
    let Some((ri, ci, k, japanese)) = target else {
        if !obsolete_seen.insert(m.id.to_string()) {
            return None; // a duplicate: the full path reports it
        }
        report_obsolete(&m.id, m.line, shown, cov, diags);
        return Some(());
    };
    let flag = &mut found[ri * text_cols.len() + k];
    if *flag {
        return None; // a duplicate: the full path reports it
    }
    *flag = true;
    let ja = Source {
        japanese,
        file: &t.path,
        line: t.rows[ri].line,
    };
    let stamp = m.fingerprint.as_deref();
    if !check_english(
        &m.id, m.line, &m.value, stamp, &ja, false, shown, cov, diags,
    ) {
        return Some(());
    }
    if !m.sources.is_empty() {
        tr.sources[ti].insert(m.id.to_string(), m.sources);
    }
    // Copied rather than moved: the parse that built `m` is allocated and
    // freed piece by piece on the reading thread, and English kept from
    // there would pin the freed space around it for the whole run.
    tr.en[ti].set(ri, ci, Box::from(m.value.as_str()));
    Some(())
}

fn check_data_file(
    expected: &BTreeMap<String, Expected<'_>>,
    file: Option<&FtlFile>,
    shown: &str,
    tr: &mut Translations,
    cov: &mut Coverage,
    ti: usize,
    diags: &mut Diagnostics,
) {
    let mut found: BTreeSet<&str> = BTreeSet::new();
    if let Some(f) = file {
        for m in &f.messages {
            let Some(exp) = expected.get(&m.id) else {
                report_obsolete(&m.id, m.line, shown, cov, diags);
                continue;
            };
            found.insert(exp_key(expected, &m.id));
            let mut broken = false;
            if !m.shape.is_empty() {
                broken = true;
                diags.push(
                    shown,
                    m.line,
                    1,
                    &rules::PLACEABLE_MISMATCH,
                    format!(
                        "message `{}` has {} that the Japanese text does not have",
                        m.id,
                        m.shape.iter().cloned().collect::<Vec<_>>().join(", ")
                    ),
                );
            }
            let en = f.formatted.get(&m.id).map_or("", String::as_str);
            let ja = Source {
                japanese: exp.japanese,
                file: exp.file,
                line: exp.line,
            };
            let stamp = m.fingerprint.as_deref();
            if !check_english(&m.id, m.line, en, stamp, &ja, broken, shown, cov, diags) {
                continue;
            }
            tr.en[exp.table].set(exp.row, exp.col, en.into());
            if !m.sources.is_empty() {
                tr.sources[ti].insert(m.id.clone(), m.sources.clone());
            }
        }
    }
    for (id, exp) in expected {
        if !found.contains(id.as_str()) && file.is_some() {
            cov.missing += 1;
            diags.push(
                exp.file,
                exp.line,
                exp.column,
                &rules::MISSING_TRANSLATION,
                format!("no English message `{id}` in {shown}"),
            );
        }
    }
    if file.is_none() {
        cov.missing = expected.len();
    }
}

fn exp_key<'a>(expected: &'a BTreeMap<String, Expected<'_>>, id: &str) -> &'a str {
    expected.get_key_value(id).map_or("", |(k, _)| k.as_str())
}

/// An interface label as read: its value, placeables and where it is defined.
#[derive(Debug, Clone)]
pub struct UiLabel {
    /// The label as the outputs show it (variables filled in).
    pub value: String,
    /// The label formatted without variables: what fingerprints are taken of.
    pub plain: String,
    shape: BTreeSet<String>,
    pub file: String,
    pub line: usize,
}

type Ui = BTreeMap<String, UiLabel>;

/// Reads `locales/<lang>/*.ftl`. For English, `ja` is the Japanese to check
/// placeables and fingerprints against.
fn read_ui(
    locales: &Path,
    lang: &str,
    keys: &[String],
    vars: &LabelVars,
    ja: Option<&Ui>,
    diags: &mut Diagnostics,
) -> (Ui, Coverage) {
    let dir = locales.join(lang);
    let mut ui: Ui = BTreeMap::new();
    let mut cov = Coverage {
        file: format!(
            "{}/{lang}/*.ftl",
            locales.display().to_string().trim_end_matches('/')
        ),
        expected: keys.len(),
        ..Default::default()
    };
    let wanted: BTreeSet<&str> = keys.iter().map(String::as_str).collect();
    let mut unreadable = false;
    for p in ftl_files(&dir) {
        let shown = shown_path(locales, &p);
        let Some(f) = read_ftl(&p, &shown, lang, false, Some(vars), diags) else {
            unreadable = true;
            continue;
        };
        for m in &f.messages {
            if let Some(first) = ui.get(&m.id) {
                diags.push(
                    &shown,
                    m.line,
                    1,
                    &rules::DUPLICATE_MESSAGE,
                    format!(
                        "message `{}` is already defined at {}:{}",
                        m.id, first.file, first.line
                    ),
                );
                continue;
            }
            let plain = f.formatted.get(&m.id).cloned().unwrap_or_default();
            let value = f.values.get(&m.id).cloned().unwrap_or_default();
            if !wanted.contains(m.id.as_str()) {
                cov.obsolete += 1;
                diags.push(
                    &shown,
                    m.line,
                    1,
                    &rules::OBSOLETE,
                    format!("label `{}` is not used by any output", m.id),
                );
                continue;
            }
            let mut ok = true;
            if value.trim().is_empty() {
                ok = false;
                diags.push(
                    &shown,
                    m.line,
                    1,
                    &rules::MISSING_LABEL,
                    format!("label `{}` has no value", m.id),
                );
            }
            if let Some(ja_label) = ja.and_then(|ja| ja.get(&m.id)) {
                ok &= check_en_label(m, &value, ja_label, &shown, &mut cov, diags);
            }
            cov.translated += usize::from(ok);
            ui.insert(
                m.id.clone(),
                UiLabel {
                    value,
                    plain,
                    shape: m.shape.clone(),
                    file: shown.clone(),
                    line: m.line,
                },
            );
        }
    }
    if unreadable {
        // The unreadable file was reported; its labels would only repeat it.
        return (ui, cov);
    }
    for k in keys {
        if !ui.contains_key(k) {
            cov.missing += 1;
            diags.push(
                format!(
                    "{}/{lang}",
                    locales.display().to_string().trim_end_matches('/')
                ),
                0,
                0,
                &rules::MISSING_LABEL,
                format!("interface label `{k}` is missing in `{lang}`"),
            );
        }
    }
    (ui, cov)
}

/// Checks an English label against its Japanese: placeables, script,
/// fingerprint. Returns whether it is usable and current.
fn check_en_label(
    m: &FtlMessage,
    value: &str,
    ja: &UiLabel,
    shown: &str,
    cov: &mut Coverage,
    diags: &mut Diagnostics,
) -> bool {
    let mut ok = true;
    // The label variables may differ between the languages ("FY{ $fiscal_year }"
    // against "{ $fiscal_year_era }"); every other placeable must match.
    let own = |shape: &BTreeSet<String>| -> BTreeSet<String> {
        shape
            .iter()
            .filter(|p| !LabelVars::is_var(p))
            .cloned()
            .collect()
    };
    if own(&ja.shape) != own(&m.shape) {
        ok = false;
        cov.broken += 1;
        diags.push(
            shown,
            m.line,
            1,
            &rules::PLACEABLE_MISMATCH,
            format!(
                "label `{}`: placeables and attributes differ from the Japanese at {}:{}",
                m.id, ja.file, ja.line
            ),
        );
    }
    if schema::has_japanese(value) {
        ok = false;
        cov.broken += 1;
        diags.push(
            shown,
            m.line,
            1,
            &rules::UNTRANSLATED,
            format!("label `{}` still contains Japanese script", m.id),
        );
    }
    let stamp = fingerprint(&ja.plain);
    let why = match m.fingerprint.as_deref() {
        Some(f) if f == stamp => return ok,
        Some(_) => "the Japanese label changed since it was translated",
        None => "it has no `# ja-sha256:` fingerprint",
    };
    cov.stale += 1;
    diags.push(
        shown,
        m.line,
        1,
        &rules::STALE_TRANSLATION,
        format!(
            "label `{}`: {why} (Japanese at {}:{}); review it, then run `restamp`",
            m.id, ja.file, ja.line
        ),
    );
    false
}

/// Rewrites the fingerprints of every English message that translates a known
/// Japanese text. Returns how many messages were stamped.
pub fn restamp(ds: &Dataset, locales: &Path) -> std::io::Result<usize> {
    let mut count = 0;
    for (ti, t) in ds.tables.iter().enumerate() {
        let path = locales
            .join("en")
            .join("data")
            .join(format!("{}.ftl", t.spec.name));
        if !path.exists() {
            continue;
        }
        let expected = expected_table(ds, ti);
        let map: HashMap<&str, String> = expected
            .iter()
            .map(|(k, e)| (k.as_str(), fingerprint(e.japanese)))
            .collect();
        count += restamp_file(&path, &map)?;
    }
    // Interface labels: fingerprints of the Japanese labels.
    let mut diags = Diagnostics::new();
    let mut ja: HashMap<String, String> = HashMap::new();
    for p in ftl_files(&locales.join("ja")) {
        if let Some(f) = read_ftl(&p, "", "ja", false, None, &mut diags) {
            ja.extend(f.formatted.into_iter().map(|(k, v)| (k, fingerprint(&v))));
        }
    }
    let map: HashMap<&str, String> = ja.iter().map(|(k, v)| (k.as_str(), v.clone())).collect();
    for p in ftl_files(&locales.join("en")) {
        count += restamp_file(&p, &map)?;
    }
    Ok(count)
}

fn restamp_file(path: &Path, stamps: &HashMap<&str, String>) -> std::io::Result<usize> {
    let source = std::fs::read_to_string(path)?;
    let mut out: Vec<String> = Vec::new();
    let mut count = 0;
    for line in source.lines() {
        if let Some(stamp) = message_start(line).and_then(|id| stamps.get(id)) {
            // Drop an old fingerprint from the comment block right above.
            let mut i = out.len();
            while i > 0 && out[i - 1].starts_with('#') && !out[i - 1].starts_with("##") {
                i -= 1;
            }
            let mut j = i;
            while j < out.len() {
                if out[j].trim_start_matches('#').trim().starts_with(STAMP) {
                    out.remove(j);
                } else {
                    j += 1;
                }
            }
            out.push(format!("# {STAMP} {stamp}"));
            count += 1;
        }
        out.push(line.to_string());
    }
    let mut text = out.join("\n");
    text.push('\n');
    if text != source {
        std::fs::write(path, text)?;
    }
    Ok(count)
}
