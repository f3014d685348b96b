//! JSON: the whole dataset nested by its relations (projects -> sections ->
//! appearances -> points, ...), bilingual (`{"ja": ..., "en": ..., "status":
//! ...}` for every record text: the English's review status, and `reviewed`,
//! the date of the review, when it was reviewed) and one file per language,
//! each with a JSON Schema beside it. Every record starts with its IRI
//! (`iri`, see [`Publication::record_iri`]).
//!
//! The data files are streamed row by row so that memory stays flat for large
//! datasets; the schemas are small and built as values.

use crate::l10n::Status;
use crate::labels;
use crate::model::Value;
use crate::publication::{Lang, Publication, Variant};
use crate::schema::{self, Kind, IDENTIFIER_PATTERN};
use serde_json::{json, Map, Value as J};
use std::io::{self, Write};
use std::path::Path;

/// The JSON output: one nested document per language variant, each with its
/// JSON Schema. The child index is built by the first job and dropped after
/// the last one.
#[derive(Default)]
pub struct Json {
    children: SharedChildren,
}

impl super::Output for Json {
    fn name(&self) -> &'static str {
        "json"
    }

    fn jobs(&self) -> Vec<(Variant, u32)> {
        vec![(Variant::Bilingual, 6), (Variant::Ja, 4), (Variant::En, 4)]
    }

    fn write(&self, p: &Publication, v: Variant, dir: &Path) -> io::Result<()> {
        write_variant(p, &self.children, v, &dir.join("json"))
    }

    fn finish(&self) {
        *self.children.lock().unwrap_or_else(|e| e.into_inner()) = None;
    }
}

/// Writes `<stem>.<variant>.json` and `schema/<stem>.<variant>.schema.json`
/// (one job of [`Json`]). `children` is built by the first
/// variant that needs it and shared by the others.
pub fn write_variant(
    p: &Publication,
    children: &SharedChildren,
    v: Variant,
    dir: &Path,
) -> io::Result<()> {
    std::fs::create_dir_all(dir.join("schema"))?;
    let children = {
        let mut shared = children.lock().unwrap_or_else(|e| e.into_inner());
        std::sync::Arc::clone(shared.get_or_insert_with(|| ChildIndex::new(p).into()))
    };
    let stem = super::stem(p);
    let name = format!("{stem}.{}.json", v.code());
    let schema_name = format!("{stem}.{}.schema.json", v.code());
    let mut w = super::BlockWriter::create(&dir.join(&name))?;
    write_document(p, &children, v, &format!("schema/{schema_name}"), &mut w)?;
    w.flush()?;
    let schema = schema_for(p, v);
    let mut bytes = serde_json::to_vec_pretty(&schema).map_err(io::Error::other)?;
    bytes.push(b'\n');
    std::fs::write(dir.join("schema").join(schema_name), bytes)
}

/// The child index, built once for all variants (see [`write_variant`]) and
/// released (set to `None`) after the last one, so that the other outputs
/// written after the JSON do not hold its megabytes.
pub type SharedChildren = std::sync::Mutex<Option<std::sync::Arc<ChildIndex>>>;

impl ChildIndex {
    pub fn shared() -> SharedChildren {
        std::sync::Mutex::new(None)
    }
}

/// For each nesting, the child rows of every parent row, in file order.
///
/// Compressed-row form: the children of parent row `r` are
/// `children[offsets[r]..offsets[r + 1]]`. Parents are found by position,
/// so no key is copied (a map from parent key to children would copy every
/// referenced identifier).
pub struct ChildIndex {
    by_nesting: Vec<Children>,
}

struct Children {
    offsets: Vec<usize>,
    /// `None` when the child rows are already grouped by parent in parent
    /// order (points by appearance, say): the children of a parent are then
    /// the rows `offsets[r]..offsets[r + 1]` themselves, and a list of every
    /// child row (4 MB at a million points) is not needed.
    children: Option<Vec<u32>>,
}

/// The child rows of one parent row.
enum ChildRows<'a> {
    Range(std::ops::Range<usize>),
    List(std::slice::Iter<'a, u32>),
}

impl Iterator for ChildRows<'_> {
    type Item = usize;
    fn next(&mut self) -> Option<usize> {
        match self {
            ChildRows::Range(r) => r.next(),
            ChildRows::List(l) => l.next().map(|&k| k as usize),
        }
    }
    fn size_hint(&self) -> (usize, Option<usize>) {
        match self {
            ChildRows::Range(r) => r.size_hint(),
            ChildRows::List(l) => l.size_hint(),
        }
    }
}

impl ExactSizeIterator for ChildRows<'_> {}

impl Children {
    fn of(&self, parent_row: usize) -> ChildRows<'_> {
        let (Some(&a), Some(&b)) = (
            self.offsets.get(parent_row),
            self.offsets.get(parent_row + 1),
        ) else {
            return ChildRows::Range(0..0);
        };
        match &self.children {
            None => ChildRows::Range(a..b),
            Some(list) => ChildRows::List(list[a..b].iter()),
        }
    }
}

impl ChildIndex {
    fn new(p: &Publication) -> Self {
        let by_nesting = p
            .dataset
            .schema
            .nesting
            .iter()
            .map(|n| {
                let parent = p.dataset.table(n.parent);
                let t = p.dataset.table(n.child);
                let via = t.col(n.via);
                // The parent row of each child row (validation resolved every
                // reference), computed in each of up to two passes rather than
                // stored. Children come grouped by parent: a key equal to the
                // previous row's has the same parent, without another search.
                let parents = || {
                    let mut last: Option<(&str, Option<usize>)> = None;
                    t.rows.iter().map(move |r| {
                        let k = r.cells[via].as_str()?;
                        let pr = match last {
                            Some((prev, pr)) if prev == k => pr,
                            _ => parent.position(k),
                        };
                        last = Some((k, pr));
                        pr
                    })
                };
                let mut offsets = vec![0usize; parent.rows.len() + 1];
                let mut in_order = true;
                let mut previous = 0;
                for pr in parents() {
                    match pr {
                        Some(pr) => {
                            in_order &= pr >= previous;
                            previous = pr;
                            offsets[pr + 1] += 1;
                        }
                        None => in_order = false,
                    }
                }
                for i in 1..offsets.len() {
                    offsets[i] += offsets[i - 1];
                }
                if in_order {
                    return Children {
                        offsets,
                        children: None,
                    };
                }
                let mut next = offsets.clone();
                let mut children = vec![0u32; offsets[parent.rows.len()]];
                for (i, pr) in parents().enumerate() {
                    if let (Some(pr), Ok(i)) = (pr, u32::try_from(i)) {
                        children[next[pr]] = i;
                        next[pr] += 1;
                    }
                }
                Children {
                    offsets,
                    children: Some(children),
                }
            })
            .collect();
        ChildIndex { by_nesting }
    }
}

/// Tables shown at the top level (those not nested under another): the
/// records first, then the code lists.
fn top_level(s: &'static schema::Schema) -> impl Iterator<Item = &'static schema::TableSpec> {
    let shown = |t: &&schema::TableSpec| {
        t.name != "document" && !s.nesting.iter().any(|n| n.child == t.name)
    };
    let records = s.tables.iter().filter(shown).filter(|t| !t.code_list);
    let codes = s.tables.iter().filter(shown).filter(|t| t.code_list);
    records.chain(codes)
}

fn write_document<W: Write>(
    p: &Publication,
    ch: &ChildIndex,
    v: Variant,
    schema: &str,
    w: &mut W,
) -> io::Result<()> {
    w.write_all(b"{\n  \"$schema\": ")?;
    string(w, schema)?;
    w.write_all(b",\n  \"notice\": ")?;
    text_value(
        w,
        v,
        p.label(Lang::Ja, "provisional-translation"),
        p.label(Lang::En, "provisional-translation"),
    )?;
    w.write_all(b",\n  \"unit\": {\"currency\": ")?;
    string(w, p.dataset.doc_str("currency"))?;
    write!(
        w,
        ", \"factor_to_yen\": {}, \"label\": ",
        p.dataset.doc_int("unit_factor")
    )?;
    text_value(
        w,
        v,
        p.label(Lang::Ja, "unit-oku-yen"),
        p.label(Lang::En, "unit-oku-yen"),
    )?;
    w.write_all(b"},\n  \"document\": ")?;
    let doc = p.dataset.schema.table_index("document").unwrap_or(0);
    object(p, ch, v, doc, 0, 1, w)?;
    for t in top_level(p.dataset.schema) {
        w.write_all(b",\n  ")?;
        string(w, t.name)?;
        w.write_all(b": ")?;
        let ti = p.dataset.schema.table_index(t.name).unwrap_or(0);
        array(p, ch, v, ti, 0..p.dataset.tables[ti].rows.len(), 1, w)?;
    }
    w.write_all(b"\n}\n")
}

fn indent<W: Write>(w: &mut W, depth: usize) -> io::Result<()> {
    // One write for the usual depths (the nesting is at most a few levels).
    const SPACES: &[u8] = b"\n                                ";
    match SPACES.get(..1 + 2 * depth) {
        Some(line) => w.write_all(line),
        None => {
            w.write_all(b"\n")?;
            (0..depth).try_for_each(|_| w.write_all(b"  "))
        }
    }
}

/// An integer, as `{n}` formats it, without the formatting machinery (one
/// or two integers in every one of millions of objects).
fn integer<W: Write>(w: &mut W, n: i64) -> io::Result<()> {
    let mut digits = [0u8; 20];
    let mut at = digits.len();
    let mut rest = n.unsigned_abs();
    loop {
        at -= 1;
        digits[at] = b'0' + (rest % 10) as u8;
        rest /= 10;
        if rest == 0 {
            break;
        }
    }
    if n < 0 {
        w.write_all(b"-")?;
    }
    w.write_all(&digits[at..])
}

/// A JSON string. Most strings need no escape (serde_json escapes only `"`,
/// `\` and control characters): those are written as they are, in three
/// writes instead of serde_json's call chain, which showed in profiles at
/// tens of millions of strings.
fn string<W: Write>(w: &mut W, s: &str) -> io::Result<()> {
    if s.bytes().any(|b| b < 0x20 || b == b'"' || b == b'\\') {
        return serde_json::to_writer(&mut *w, s).map_err(io::Error::other);
    }
    w.write_all(b"\"")?;
    w.write_all(s.as_bytes())?;
    w.write_all(b"\"")
}

fn text_value<W: Write>(w: &mut W, v: Variant, ja: &str, en: &str) -> io::Result<()> {
    match v {
        Variant::Ja => string(w, ja),
        Variant::En => string(w, en),
        Variant::Bilingual => {
            w.write_all(b"{\"ja\": ")?;
            string(w, ja)?;
            w.write_all(b", \"en\": ")?;
            string(w, en)?;
            w.write_all(b"}")
        }
    }
}

/// A record's text in the bilingual file: the Japanese, its English and
/// the English's review status, with the date of the review when reviewed
/// (`{"ja": ..., "en": ..., "status": "reviewed", "reviewed": "2026-12-01"}`).
fn translated_text<W: Write>(w: &mut W, ja: &str, en: &str, status: Status) -> io::Result<()> {
    w.write_all(b"{\"ja\": ")?;
    string(w, ja)?;
    w.write_all(b", \"en\": ")?;
    string(w, en)?;
    w.write_all(b", \"status\": ")?;
    string(w, status.name())?;
    if let Some(date) = status.date() {
        w.write_all(b", \"reviewed\": ")?;
        string(w, &date)?;
    }
    w.write_all(b"}")
}

fn array<W: Write>(
    p: &Publication,
    ch: &ChildIndex,
    v: Variant,
    ti: usize,
    rows: impl ExactSizeIterator<Item = usize>,
    depth: usize,
    w: &mut W,
) -> io::Result<()> {
    if rows.len() == 0 {
        return w.write_all(b"[]");
    }
    w.write_all(b"[")?;
    for (i, ri) in rows.enumerate() {
        if i > 0 {
            w.write_all(b",")?;
        }
        indent(w, depth + 1)?;
        object(p, ch, v, ti, ri, depth + 1, w)?;
    }
    indent(w, depth)?;
    w.write_all(b"]")
}

fn object<W: Write>(
    p: &Publication,
    ch: &ChildIndex,
    v: Variant,
    ti: usize,
    ri: usize,
    depth: usize,
    w: &mut W,
) -> io::Result<()> {
    let t = &p.dataset.tables[ti];
    let row = &t.rows[ri];
    w.write_all(b"{")?;
    indent(w, depth + 1)?;
    w.write_all(b"\"iri\": ")?;
    string(w, &p.record_iri(ti, ri))?;
    for (ci, c) in t.spec.columns.iter().enumerate() {
        w.write_all(b",")?;
        indent(w, depth + 1)?;
        string(w, c.name)?;
        w.write_all(b": ")?;
        match (&row.cells[ci], c.kind) {
            (Value::Null, _) => w.write_all(b"null")?,
            (Value::Str(ja), Kind::Text) => {
                let en = p.text(Lang::En, ti, ri, ci).unwrap_or("");
                match v {
                    Variant::Bilingual => {
                        translated_text(w, ja, en, p.en_status(ti, ri, ci).unwrap_or_default())?
                    }
                    _ => text_value(w, v, ja, en)?,
                }
            }
            (Value::Str(s), _) => string(w, s)?,
            (Value::Int(n), _) => integer(w, *n)?,
            (Value::Bool(b), _) => w.write_all(if *b { b"true" } else { b"false" })?,
        }
    }
    for (ni, n) in p.dataset.schema.nesting.iter().enumerate() {
        if n.parent != t.spec.name {
            continue;
        }
        w.write_all(b",")?;
        indent(w, depth + 1)?;
        string(w, n.key)?;
        w.write_all(b": ")?;
        let ci = p.dataset.schema.table_index(n.child).unwrap_or(0);
        let kids = ch.by_nesting[ni].of(ri);
        array(p, ch, v, ci, kids, depth + 1, w)?;
    }
    indent(w, depth)?;
    w.write_all(b"}")
}

fn text_schema(v: Variant) -> J {
    match v {
        Variant::Bilingual => json!({
            "type": "object",
            "properties": {"ja": {"type": "string", "minLength": 1}, "en": {"type": "string", "minLength": 1}},
            "required": ["ja", "en"],
            "additionalProperties": false
        }),
        _ => json!({"type": "string", "minLength": 1}),
    }
}

/// The name, under `$defs`, of the schema of a record's text in the
/// bilingual file (a name no table can have: table names have no `-`).
const TRANSLATED_TEXT: &str = "translated-text";

/// The schema of a record's text in the bilingual file (see
/// [`translated_text`]): `reviewed` is there exactly when the status is.
fn translated_text_schema(p: &Publication, lang: Lang) -> J {
    let date = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$";
    json!({
        "type": "object",
        "properties": {
            "ja": {"type": "string", "minLength": 1},
            "en": {"type": "string", "minLength": 1},
            "status": {
                "enum": crate::emit::status::STATUSES,
                "title": p.label(lang, "json-status"),
                "description": p.label(lang, "json-status-desc"),
            },
            "reviewed": {
                "type": "string",
                "format": "date",
                "pattern": date,
                "title": p.label(lang, "json-reviewed"),
                "description": p.label(lang, "json-reviewed-desc"),
            }
        },
        "required": ["ja", "en", "status"],
        "additionalProperties": false,
        "if": {"properties": {"status": {"const": "reviewed"}}},
        "then": {"required": ["reviewed"]},
        "else": {"not": {"required": ["reviewed"]}}
    })
}

fn column_schema(p: &Publication, v: Variant, table: &str, c: &schema::Column) -> J {
    let mut s = match c.kind {
        Kind::Id => json!({"type": "string", "pattern": IDENTIFIER_PATTERN}),
        Kind::Text if v == Variant::Bilingual => {
            json!({"$ref": format!("#/$defs/{TRANSLATED_TEXT}")})
        }
        Kind::Text => text_schema(v),
        Kind::Verbatim => json!({"type": "string"}),
        Kind::Int => json!({"type": "integer", "minimum": 0}),
        Kind::Bool => json!({"type": "boolean"}),
        Kind::Date => json!({"type": "string", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"}),
        Kind::TableName => {
            json!({"type": "string", "enum": p.dataset.schema.tables.iter().map(|t| t.name).collect::<Vec<_>>()})
        }
        Kind::Ref(target) => {
            let tt = p.dataset.table(target);
            if tt.spec.code_list {
                let codes: Vec<&str> = tt.rows.iter().filter_map(|r| r.cells[0].as_str()).collect();
                json!({"type": "string", "enum": codes})
            } else {
                json!({"type": "string", "pattern": IDENTIFIER_PATTERN})
            }
        }
    };
    if let J::Object(m) = &mut s {
        let lang = v.label_lang();
        m.insert(
            "title".into(),
            J::String(
                p.label(lang, &labels::column_title(table, c.name))
                    .to_string(),
            ),
        );
        m.insert(
            "description".into(),
            J::String(
                p.label(lang, &labels::column_description(table, c.name))
                    .to_string(),
            ),
        );
    }
    if c.required {
        s
    } else {
        json!({"anyOf": [s, {"type": "null"}]})
    }
}

/// A literal for an ECMA-262 regular expression (JSON Schema `pattern`):
/// only the syntax characters are escaped (`\-` and the like are errors in
/// Unicode mode).
fn ecma_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if "\\^$.|?*+()[]{}".contains(c) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

fn row_schema(p: &Publication, v: Variant, t: &schema::TableSpec) -> J {
    let mut props = Map::new();
    let mut required = vec![J::from("iri")];
    let lang = v.label_lang();
    props.insert(
        "iri".into(),
        json!({
            "type": "string",
            "format": "iri",
            "pattern": format!("^{}", ecma_escape(&p.record_iri_prefix(t))),
            "title": p.label(lang, "json-iri"),
            "description": p.label(lang, "json-iri-desc"),
        }),
    );
    for c in t.columns {
        props.insert(c.name.into(), column_schema(p, v, t.name, c));
        required.push(J::String(c.name.into()));
    }
    for n in p
        .dataset
        .schema
        .nesting
        .iter()
        .filter(|n| n.parent == t.name)
    {
        props.insert(
            n.key.into(),
            json!({"type": "array", "items": {"$ref": format!("#/$defs/{}", n.child)}}),
        );
        required.push(J::String(n.key.into()));
    }
    json!({
        "type": "object",
        "title": p.label(lang, &labels::table_title(t.name)),
        "description": p.label(lang, &labels::table_description(t.name)),
        "properties": props,
        "required": required,
        "additionalProperties": false
    })
}

/// The JSON Schema (draft 2020-12) of one variant's file.
pub fn schema_for(p: &Publication, v: Variant) -> J {
    let mut defs = Map::new();
    for t in p.dataset.schema.tables {
        defs.insert(t.name.into(), row_schema(p, v, t));
    }
    if v == Variant::Bilingual {
        defs.insert(
            TRANSLATED_TEXT.into(),
            translated_text_schema(p, v.label_lang()),
        );
    }
    let mut props = Map::new();
    props.insert("$schema".into(), json!({"type": "string"}));
    props.insert("notice".into(), text_schema(v));
    props.insert(
        "unit".into(),
        json!({
            "type": "object",
            "properties": {
                "currency": {"const": p.dataset.doc_str("currency")},
                "factor_to_yen": {"const": p.dataset.doc_int("unit_factor")},
                "label": text_schema(v)
            },
            "required": ["currency", "factor_to_yen", "label"],
            "additionalProperties": false
        }),
    );
    props.insert("document".into(), json!({"$ref": "#/$defs/document"}));
    let mut required = vec![
        J::from("$schema"),
        J::from("notice"),
        J::from("unit"),
        J::from("document"),
    ];
    for t in top_level(p.dataset.schema) {
        props.insert(
            t.name.into(),
            json!({"type": "array", "items": {"$ref": format!("#/$defs/{}", t.name)}}),
        );
        required.push(J::String(t.name.into()));
    }
    let lang = v.label_lang();
    json!({
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": p.label(lang, "release-title"),
        "description": p.label(lang, "release-description"),
        "type": "object",
        "properties": props,
        "required": required,
        "additionalProperties": false,
        "$defs": defs
    })
}
