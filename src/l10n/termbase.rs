//! The termbase, `locales/en/termbase/`: official English names with their
//! sources (`official.csv`), fixed glossary terms (`glossary.csv`) and the
//! messages allowed not to use a glossary term (`glossary-allow.csv`).
//!
//! `check`/`build` read it and enforce the official names (rules
//! `termbase`, `official-name`, `unused-official-name`); the glossary is only
//! reviewed, by `report` (see [`super::consistency`]). A locales directory
//! without `en/termbase/` has no termbase, and nothing is checked.
//!
//! An official name applies to every record text whose Japanese is the name
//! (the English must be the name's English, and the message must carry the
//! name's source in a `# source:` line) or contains it (the English must
//! contain the name's English). Several rows may give the same Japanese
//! (a full name and its abbreviation): any one of them will do. Terms are
//! found leftmost-longest, so a name inside a longer name (or a glossary term
//! inside an official name) is not looked for on its own.

use super::{message_id, shown_path, Translations};
use crate::diag::Diagnostics;
use crate::model::Dataset;
use crate::schema;
use crate::validate::rules;
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::{Path, PathBuf};

/// The header of `official.csv`.
const OFFICIAL_HEADER: &[&str] = &["ja", "en", "scope", "source", "checked", "note"];
/// The header of `glossary.csv`.
const GLOSSARY_HEADER: &[&str] = &["ja", "en", "note"];
/// The header of `glossary-allow.csv`.
const ALLOW_HEADER: &[&str] = &["message", "ja", "reason"];

/// An official English name (a row of `official.csv`).
#[derive(Debug, Clone)]
pub(super) struct Official {
    pub ja: String,
    pub en: String,
    pub source: String,
    pub line: usize,
}

/// A glossary term (a row of `glossary.csv`).
#[derive(Debug, Clone)]
pub(super) struct Term {
    pub ja: String,
    pub en: String,
}

/// A message allowed not to use a glossary term (a row of `glossary-allow.csv`).
#[derive(Debug, Clone)]
pub(super) struct Exception {
    pub message: String,
    pub ja: String,
    pub line: usize,
}

/// The three files of the termbase, as read (rows with problems left out).
#[derive(Debug, Default)]
pub(super) struct Termbase {
    pub official: Vec<Official>,
    pub glossary: Vec<Term>,
    pub allow: Vec<Exception>,
    /// The files as diagnostics name them: official, glossary, allow.
    pub shown: [String; 3],
}

/// Reads and checks the termbase; `None` when the locales have none.
pub(super) fn read(ds: &Dataset, locales: &Path, diags: &mut Diagnostics) -> Option<Termbase> {
    let dir = locales.join("en").join("termbase");
    if !dir.exists() {
        return None;
    }
    let names = ["official.csv", "glossary.csv", "glossary-allow.csv"];
    let shown = names.map(|n| shown_path(locales, &dir.join(n)));
    let mut tb = Termbase {
        shown: shown.clone(),
        ..Default::default()
    };
    if !dir.is_dir() {
        let at = shown_path(locales, &dir);
        diags.push(at, 0, 0, &rules::IO, "the termbase path is not a directory");
        return Some(tb);
    }
    let rows = read_csv(&dir.join(names[0]), &shown[0], OFFICIAL_HEADER, diags);
    tb.official = official_rows(rows, &shown[0], diags);
    let rows = read_csv(&dir.join(names[1]), &shown[1], GLOSSARY_HEADER, diags);
    tb.glossary = glossary_rows(rows, &shown[1], &tb.official, diags);
    let rows = read_csv(&dir.join(names[2]), &shown[2], ALLOW_HEADER, diags);
    tb.allow = allow_rows(ds, rows, &shown[2], &tb.glossary, diags);
    Some(tb)
}

/// One data row of a termbase file: its line and fields (as many as the header).
type CsvRow = (usize, Vec<String>);

/// Reads a termbase file: UTF-8 without BOM, the given header, rows of as
/// many fields, each without line breaks, invisible characters or
/// surrounding spaces. Rows with a problem are reported and left out.
fn read_csv(path: &Path, shown: &str, header: &[&str], diags: &mut Diagnostics) -> Vec<CsvRow> {
    let bytes = match std::fs::metadata(path) {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            diags.push(
                shown,
                0,
                0,
                &rules::TERMBASE,
                "the file does not exist (the termbase has three files)",
            );
            return Vec::new();
        }
        Ok(m) if !m.is_file() => Err(std::io::Error::other("it is not a regular file")),
        _ => std::fs::read(path),
    };
    let bytes = match bytes {
        Ok(b) => b,
        Err(e) => {
            let why = format!("cannot read the file: {e}");
            diags.push(shown, 0, 0, &rules::IO, why);
            return Vec::new();
        }
    };
    if bytes.starts_with(&[0xEF, 0xBB, 0xBF]) {
        let why =
            "the file starts with a UTF-8 byte-order mark; termbase files are UTF-8 without BOM";
        diags.push(shown, 1, 1, &rules::BOM, why);
        return Vec::new();
    }
    if let Err(e) = std::str::from_utf8(&bytes) {
        let offset = e.valid_up_to();
        let line = 1 + bytes[..offset].iter().filter(|&&b| b == b'\n').count();
        let why = format!(
            "invalid UTF-8 at byte {offset} (is the file Shift_JIS?); termbase files must be UTF-8"
        );
        diags.push(shown, line, 0, &rules::ENCODING, why);
        return Vec::new();
    }
    let odd_quotes = bytes.iter().filter(|&&b| b == b'"').count() % 2 == 1;
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(bytes.as_slice());
    let mut records = reader.records();
    let want = header.join(",");
    match records.next() {
        Some(Ok(h)) if h.iter().eq(header.iter().copied()) => {}
        Some(Ok(h)) => {
            let found: Vec<&str> = h.iter().collect();
            let why = format!("the header is `{}`; it must be `{want}`", found.join(","));
            diags.push(shown, 1, 0, &rules::TERMBASE, why);
            return Vec::new();
        }
        Some(Err(e)) => {
            diags.push(shown, 1, 0, &rules::CSV_SYNTAX, e.to_string());
            return Vec::new();
        }
        None => {
            let why = format!("the file is empty; it needs the header `{want}`");
            diags.push(shown, 0, 0, &rules::TERMBASE, why);
            return Vec::new();
        }
    }
    let mut rows = Vec::new();
    for record in records {
        let record = match record {
            Ok(r) => r,
            Err(e) => {
                let line = e.position().map_or(0, |p| p.line() as usize);
                diags.push(shown, line, 0, &rules::CSV_SYNTAX, e.to_string());
                continue;
            }
        };
        let line = record.position().map_or(0, |p| p.line() as usize);
        if let Some(f) = record.iter().position(|f| f.contains(['\n', '\r'])) {
            let (rule, why) = if odd_quotes {
                (
                    &rules::CSV_SYNTAX,
                    "a quoted field opened here is not closed before the end of its line",
                )
            } else {
                (&rules::LINE_BREAK, "the field holds a line break")
            };
            diags.push(shown, line, f + 1, rule, why);
            continue;
        }
        if record.len() != header.len() {
            let why = format!(
                "the row has {} fields; the header has {}",
                record.len(),
                header.len()
            );
            diags.push(shown, line, 0, &rules::COLUMN_COUNT, why);
            continue;
        }
        let mut ok = true;
        for (i, field) in record.iter().enumerate() {
            if let Some((pos, c)) = crate::text::forbidden(field) {
                let why = format!(
                    "`{}` contains {} at character {pos}",
                    header[i],
                    crate::text::describe(c)
                );
                diags.push(shown, line, i + 1, &rules::FORBIDDEN_CHARACTER, why);
                ok = false;
            } else if field.trim() != field {
                let why = format!("`{}` has leading or trailing spaces", header[i]);
                diags.push(shown, line, i + 1, &rules::WHITESPACE, why);
                ok = false;
            }
        }
        if ok {
            rows.push((line, record.iter().map(str::to_string).collect()));
        }
    }
    rows
}

/// Reports an empty required field; `true` when every one is filled in.
fn filled(
    shown: &str,
    line: usize,
    fields: &[String],
    header: &[&str],
    required: &[usize],
    diags: &mut Diagnostics,
) -> bool {
    let mut ok = true;
    for &i in required {
        if fields[i].is_empty() {
            let why = format!("`{}` is empty", header[i]);
            diags.push(shown, line, i + 1, &rules::TERMBASE, why);
            ok = false;
        }
    }
    ok
}

/// Reports English that still holds Japanese script; `true` when it has none.
fn english(shown: &str, line: usize, col: usize, en: &str, diags: &mut Diagnostics) -> bool {
    let ok = !schema::has_japanese(en);
    if !ok {
        let why = format!("`en` holds Japanese script: `{en}`");
        diags.push(shown, line, col, &rules::TERMBASE, why);
    }
    ok
}

fn official_rows(rows: Vec<CsvRow>, shown: &str, diags: &mut Diagnostics) -> Vec<Official> {
    let h = OFFICIAL_HEADER;
    let mut seen: HashMap<(String, String), usize> = HashMap::new();
    let mut out = Vec::new();
    for (line, f) in rows {
        let mut ok = filled(shown, line, &f, h, &[0, 1, 2, 3, 4], diags);
        ok &= english(shown, line, 2, &f[1], diags);
        let source = &f[3];
        if !source.is_empty() && !is_https(source) {
            let why = format!(
                "`source` is `{source}`: an official name needs the https:// address where it is published"
            );
            diags.push(shown, line, 4, &rules::TERMBASE, why);
            ok = false;
        }
        let checked = &f[4];
        if !checked.is_empty() && !is_date(checked) {
            let why = format!(
                "`checked` is `{checked}`: write the date the source was checked as YYYY-MM-DD"
            );
            diags.push(shown, line, 5, &rules::TERMBASE, why);
            ok = false;
        }
        if let Some(first) = seen.get(&(f[0].clone(), f[1].clone())) {
            let why = format!("`{}` = `{}` is already on line {first}", f[0], f[1]);
            diags.push(shown, line, 1, &rules::TERMBASE, why);
            continue;
        }
        seen.insert((f[0].clone(), f[1].clone()), line);
        if ok {
            let [ja, en, _, source, ..] = <[String; 6]>::try_from(f).unwrap_or_default();
            out.push(Official {
                ja,
                en,
                source,
                line,
            });
        }
    }
    out
}

fn glossary_rows(
    rows: Vec<CsvRow>,
    shown: &str,
    official: &[Official],
    diags: &mut Diagnostics,
) -> Vec<Term> {
    let h = GLOSSARY_HEADER;
    let official: HashMap<&str, usize> = official.iter().map(|o| (o.ja.as_str(), o.line)).collect();
    let mut seen: HashMap<String, usize> = HashMap::new();
    let mut out = Vec::new();
    for (line, f) in rows {
        let mut ok = filled(shown, line, &f, h, &[0, 1], diags);
        ok &= english(shown, line, 2, &f[1], diags);
        if let Some(first) = seen.get(&f[0]) {
            let why = format!("`{}` is already on line {first}", f[0]);
            diags.push(shown, line, 1, &rules::TERMBASE, why);
            continue;
        }
        seen.insert(f[0].clone(), line);
        if let Some(at) = official.get(f[0].as_str()) {
            let why = format!(
                "`{}` is an official name (official.csv line {at}): keep it there only",
                f[0]
            );
            diags.push(shown, line, 1, &rules::TERMBASE, why);
            ok = false;
        }
        if ok {
            let [ja, en, _] = <[String; 3]>::try_from(f).unwrap_or_default();
            out.push(Term { ja, en });
        }
    }
    out
}

fn allow_rows(
    ds: &Dataset,
    rows: Vec<CsvRow>,
    shown: &str,
    glossary: &[Term],
    diags: &mut Diagnostics,
) -> Vec<Exception> {
    let h = ALLOW_HEADER;
    let terms: BTreeSet<&str> = glossary.iter().map(|t| t.ja.as_str()).collect();
    let mut seen: HashMap<(String, String), usize> = HashMap::new();
    let mut out = Vec::new();
    for (line, f) in rows {
        let mut ok = filled(shown, line, &f, h, &[0, 1, 2], diags);
        if !f[0].is_empty() && !is_record_text(ds, &f[0]) {
            let why = format!("`{}` is the message of no record text", f[0]);
            diags.push(shown, line, 1, &rules::TERMBASE, why);
            ok = false;
        }
        if !f[1].is_empty() && !terms.contains(f[1].as_str()) {
            let why = format!("`{}` is not a term of glossary.csv", f[1]);
            diags.push(shown, line, 2, &rules::TERMBASE, why);
            ok = false;
        }
        if let Some(first) = seen.get(&(f[0].clone(), f[1].clone())) {
            let why = format!("the exception is already on line {first}");
            diags.push(shown, line, 1, &rules::TERMBASE, why);
            continue;
        }
        seen.insert((f[0].clone(), f[1].clone()), line);
        if ok {
            let [message, ja, _] = <[String; 3]>::try_from(f).unwrap_or_default();
            out.push(Exception { message, ja, line });
        }
    }
    out
}

fn is_https(s: &str) -> bool {
    s.strip_prefix("https://")
        .is_some_and(|rest| !rest.is_empty() && !rest.contains(char::is_whitespace))
}

fn is_date(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 10
        && b.iter().enumerate().all(|(i, c)| {
            if i == 4 || i == 7 {
                *c == b'-'
            } else {
                c.is_ascii_digit()
            }
        })
        && s.parse::<jiff::civil::Date>().is_ok()
}

/// Whether `id` is the message id of a record text (`<record id>__<column>`).
fn is_record_text(ds: &Dataset, id: &str) -> bool {
    let Some((record, column)) = id.split_once("__") else {
        return false;
    };
    ds.tables.iter().any(|t| {
        t.spec.has_id()
            && t.spec
                .column_index(column)
                .is_some_and(|c| t.spec.text_columns().contains(&c))
            && t.find(record).is_some_and(|r| {
                t.spec
                    .column_index(column)
                    .is_some_and(|c| r.cells[c].as_str().is_some())
            })
    })
}

/// Finds terms in Japanese text, leftmost-longest: at each position the
/// longest term that starts there, and the search goes on after it. A term
/// that starts or ends with an ASCII letter or digit matches only where it
/// is not part of a longer ASCII word (`AI` is not found in `AIMGAIN`).
pub(super) struct Matcher {
    /// Per first character: term indices, longest first.
    by_first: HashMap<char, Vec<usize>>,
    terms: Vec<String>,
}

impl Matcher {
    pub(super) fn new(terms: Vec<String>) -> Self {
        let mut by_first: HashMap<char, Vec<usize>> = HashMap::new();
        for (i, t) in terms.iter().enumerate() {
            if let Some(c) = t.chars().next() {
                by_first.entry(c).or_default().push(i);
            }
        }
        for v in by_first.values_mut() {
            v.sort_by(|&a, &b| terms[b].len().cmp(&terms[a].len()).then(a.cmp(&b)));
        }
        Matcher { by_first, terms }
    }

    /// The terms found in `text`, by index, each once, in order of first occurrence.
    pub(super) fn find(&self, text: &str) -> Vec<usize> {
        let mut found = Vec::new();
        let mut i = 0;
        let word = |c: Option<char>| c.is_some_and(|c| c.is_ascii_alphanumeric());
        'scan: while let Some(c) = text[i..].chars().next() {
            if let Some(cands) = self.by_first.get(&c) {
                let before = text[..i].chars().next_back();
                for &t in cands {
                    let term = &self.terms[t];
                    if !text[i..].starts_with(term.as_str()) {
                        continue;
                    }
                    let after = text[i + term.len()..].chars().next();
                    let first = term.chars().next();
                    let last = term.chars().next_back();
                    if (word(first) && word(before)) || (word(last) && word(after)) {
                        continue;
                    }
                    if !found.contains(&t) {
                        found.push(t);
                    }
                    i += term.len();
                    continue 'scan;
                }
            }
            i += c.len_utf8();
        }
        found
    }
}

/// Whether `en` contains `name` exactly, not as part of a longer word.
pub(super) fn contains_name(en: &str, name: &str) -> bool {
    let word = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
    let starts_word = word(name.chars().next());
    let ends_word = word(name.chars().next_back());
    en.match_indices(name).any(|(at, _)| {
        let joined_before = starts_word && word(en[..at].chars().next_back());
        let joined_after = ends_word && word(en[at + name.len()..].chars().next());
        !(joined_before || joined_after)
    })
}

/// A word of English as the glossary compares it: lower case, a simple
/// plural made singular (`hospitals` -> `hospital`, `studies` -> `study`).
pub(super) fn fold_word(w: &str) -> String {
    let w = w.to_lowercase();
    if w.chars().count() <= 3 || w.ends_with("ss") {
        w
    } else if let Some(stem) = w.strip_suffix("ies") {
        format!("{stem}y")
    } else if let Some(stem) = w.strip_suffix('s') {
        stem.to_string()
    } else {
        w
    }
}

/// The words of a text (runs of letters and digits) with their byte ranges.
pub(super) fn words(text: &str) -> Vec<(usize, usize, String)> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text
        .char_indices()
        .chain(std::iter::once((text.len(), ' ')))
    {
        match (c.is_alphanumeric(), start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                out.push((s, i, fold_word(&text[s..i])));
                start = None;
            }
            _ => {}
        }
    }
    out
}

/// Whether `en` has the glossary rendering `term`: its words in order, in
/// any case, singular or plural.
pub(super) fn has_rendering(en: &[(usize, usize, String)], term: &str) -> bool {
    let want: Vec<String> = words(term).into_iter().map(|w| w.2).collect();
    !want.is_empty()
        && en
            .windows(want.len())
            .any(|w| w.iter().zip(&want).all(|(a, b)| a.2 == *b))
}

/// Calls `f` with each record text: table index, row, column, its Japanese.
pub(super) fn for_each_text(ds: &Dataset, mut f: impl FnMut(usize, usize, usize, &str)) {
    for (ti, t) in ds.tables.iter().enumerate() {
        let cols = t.spec.text_columns();
        for (ri, row) in t.rows.iter().enumerate() {
            for &ci in &cols {
                if let Some(ja) = row.cells[ci].as_str() {
                    f(ti, ri, ci, ja);
                }
            }
        }
    }
}

/// The English file of a table and its path as diagnostics name it.
pub(super) fn english_file(ds: &Dataset, locales: &Path, ti: usize) -> (PathBuf, String) {
    let p = locales
        .join("en")
        .join("data")
        .join(format!("{}.ftl", ds.tables[ti].spec.name));
    let shown = shown_path(locales, &p);
    (p, shown)
}

/// The message id of a record text.
pub(super) fn text_id(ds: &Dataset, ti: usize, ri: usize, ci: usize) -> String {
    let t = &ds.tables[ti];
    message_id(&t.key_of(&t.rows[ri]), t.spec.columns[ci].name)
}

/// The lines where messages start, for the ids asked for (first definition).
pub(super) fn message_lines(path: &Path, ids: &BTreeSet<&str>) -> HashMap<String, usize> {
    let mut out = HashMap::new();
    let Ok(text) = std::fs::read_to_string(path) else {
        return out;
    };
    for (i, line) in text.lines().enumerate() {
        if let Some(id) = super::read::message_start(line) {
            if ids.contains(id) && !out.contains_key(id) {
                out.insert(id.to_string(), i + 1);
            }
        }
    }
    out
}

/// Problems found in record texts, reported at their messages' lines.
#[derive(Default)]
pub(super) struct AtMessages {
    /// (table, message id) -> what is wrong, in order found.
    items: BTreeMap<(usize, String), Vec<String>>,
}

impl AtMessages {
    pub(super) fn add(&mut self, ti: usize, id: String, why: String) {
        self.items.entry((ti, id)).or_default().push(why);
    }

    /// Reports every problem at `file:line:1` of its message, under `rule`.
    pub(super) fn report(
        self,
        ds: &Dataset,
        locales: &Path,
        rule: &'static rules::Rule,
        diags: &mut Diagnostics,
    ) {
        let mut by_table: BTreeMap<usize, Vec<(String, Vec<String>)>> = BTreeMap::new();
        for ((ti, id), whys) in self.items {
            by_table.entry(ti).or_default().push((id, whys));
        }
        for (ti, items) in by_table {
            let (path, shown) = english_file(ds, locales, ti);
            let ids: BTreeSet<&str> = items.iter().map(|(id, _)| id.as_str()).collect();
            let lines = message_lines(&path, &ids);
            for (id, whys) in &items {
                let line = lines.get(id).copied().unwrap_or(0);
                for why in whys {
                    diags.push(&shown, line, usize::from(line > 0), rule, why.clone());
                }
            }
        }
    }
}

/// The gate run by `check` and `build`: reads the termbase and checks every
/// record text against its official names.
pub(super) fn check(ds: &Dataset, locales: &Path, tr: &Translations, diags: &mut Diagnostics) {
    let Some(tb) = read(ds, locales, diags) else {
        return;
    };
    check_official(ds, locales, tr, &tb, diags);
}

fn check_official(
    ds: &Dataset,
    locales: &Path,
    tr: &Translations,
    tb: &Termbase,
    diags: &mut Diagnostics,
) {
    // One group per Japanese name: the rows that give it.
    let mut groups: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    for (i, o) in tb.official.iter().enumerate() {
        groups.entry(o.ja.as_str()).or_default().push(i);
    }
    let names: Vec<&str> = groups.keys().copied().collect();
    let rows_of: Vec<&Vec<usize>> = groups.values().collect();
    let matcher = Matcher::new(names.iter().map(|s| s.to_string()).collect());
    let mut printed = vec![false; names.len()];
    // Names with a text whose English is missing, broken or wrong: already
    // reported, so not reported again as unused.
    let mut blocked = vec![false; names.len()];
    let mut used = vec![false; tb.official.len()];
    let mut wrong = AtMessages::default();
    for_each_text(ds, |ti, ri, ci, ja| {
        let found = matcher.find(ja);
        if found.is_empty() {
            return;
        }
        let table = &ds.tables[ti];
        let english = |c: usize| tr.en[ti].get(ri, c);
        for &g in &found {
            printed[g] = true;
            // A sibling text of the record (a mark, an abbreviation) that is
            // exactly a variant uses that variant.
            for &r in rows_of[g] {
                let sibling = table
                    .spec
                    .text_columns()
                    .into_iter()
                    .any(|c| c != ci && english(c) == Some(tb.official[r].en.as_str()));
                used[r] |= sibling;
            }
        }
        // Missing, untranslated or invisible-character English is reported
        // by the Fluent checks.
        let usable = |en: &&str| !schema::has_japanese(en) && crate::text::forbidden(en).is_none();
        let Some(en) = english(ci).filter(usable) else {
            for &g in &found {
                blocked[g] = true;
            }
            return;
        };
        let id = text_id(ds, ti, ri, ci);
        for &g in &found {
            let whole = ja == names[g];
            let ok: Vec<usize> = rows_of[g]
                .iter()
                .copied()
                .filter(|&r| {
                    let name = tb.official[r].en.as_str();
                    if whole {
                        en == name
                    } else {
                        contains_name(en, name)
                    }
                })
                .collect();
            for &r in &ok {
                used[r] = true;
            }
            let variants = || {
                rows_of[g]
                    .iter()
                    .map(|&r| format!("`{}`", tb.official[r].en))
                    .collect::<Vec<_>>()
                    .join(" or ")
            };
            let at = || {
                let lines: Vec<String> = rows_of[g]
                    .iter()
                    .map(|&r| tb.official[r].line.to_string())
                    .collect();
                format!("{}:{}", tb.shown[0], lines.join(","))
            };
            if ok.is_empty() {
                blocked[g] = true;
                let why = if whole {
                    format!(
                        "message `{id}`: {} is an official name: its English is {} ({}), not `{en}`",
                        names[g],
                        variants(),
                        at()
                    )
                } else {
                    format!(
                        "message `{id}`: the Japanese contains the official name {}, but the English lacks {} ({})",
                        names[g],
                        variants(),
                        at()
                    )
                };
                wrong.add(ti, id.clone(), why);
                continue;
            }
            if !whole {
                continue;
            }
            // The message of the name itself cites where it is published.
            let sources = tr.sources[ti].get(&id).map(Vec::as_slice).unwrap_or(&[]);
            let cited = ok.iter().any(|&r| {
                let want = tb.official[r].source.as_str();
                sources
                    .iter()
                    .any(|s| s.split_whitespace().next() == Some(want))
            });
            if !cited {
                let want: Vec<&str> = ok.iter().map(|&r| tb.official[r].source.as_str()).collect();
                let why = format!(
                    "message `{id}` renders the official name {} but has no `# source: {}` line ({})",
                    names[g],
                    want.join(" | "),
                    at()
                );
                wrong.add(ti, id.clone(), why);
            }
        }
    });
    wrong.report(ds, locales, &rules::OFFICIAL_NAME, diags);
    for (g, name) in names.iter().enumerate() {
        for &r in rows_of[g] {
            if used[r] || blocked[g] {
                continue;
            }
            let o = &tb.official[r];
            let why = if printed[g] {
                format!(
                    "`{}` is not the English of any text that prints {name} (nor of another text of its record): correct the row or remove it",
                    o.en
                )
            } else {
                format!("{name} is printed in no text of the data: correct its Japanese or remove the row")
            };
            diags.push(&tb.shown[0], o.line, 1, &rules::UNUSED_OFFICIAL_NAME, why);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn terms_are_found_leftmost_longest() {
        let m = Matcher::new(
            ["臨床試験", "分散型臨床試験", "治験", "AI", "DDS"]
                .map(String::from)
                .to_vec(),
        );
        assert_eq!(m.find("分散型臨床試験と臨床試験"), [1, 0]);
        assert_eq!(m.find("AIMGAINとAI、DDS技術"), [3, 4]);
        assert_eq!(m.find("医師主導治験"), [2]);
        assert!(m.find("なし").is_empty());
    }

    #[test]
    fn names_and_renderings_match_as_words() {
        assert!(contains_name("Practical Research (MEXT)", "MEXT"));
        assert!(!contains_name("MEXTS", "MEXT"));
        assert!(contains_name("U.S.-Japan Program", "U.S.-Japan Program"));
        let en = words("Core clinical research hospital and clinical study");
        assert!(has_rendering(&en, "core clinical research hospitals"));
        assert!(has_rendering(&en, "clinical studies"));
        assert!(!has_rendering(&en, "clinical trials"));
        assert!(!has_rendering(&words("returning results"), "return"));
    }

    #[test]
    fn dates_and_addresses() {
        assert!(is_date("2026-12-01"));
        assert!(!is_date("2026-02-30"));
        assert!(!is_date("2026-1-01"));
        assert!(is_https("https://www.amed.go.jp/en/"));
        assert!(!is_https("http://www.soumu.go.jp/"));
        assert!(!is_https("https://"));
    }
}
