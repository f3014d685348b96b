//! The generic generator: each table from its columns' kinds, a group of
//! rows at a time (see the parent module for the rules it keeps).

use super::knobs::{Col, Knob, Rows};
use super::text::{self, Rng};
use super::{error, knob_of, Config, Out, Stats, CHUNK, REAL_DATA};
use amed_budget::schema::{Kind, Schema, TableSpec};
use std::collections::{HashMap, HashSet};
use std::fmt::Write as _;
use std::io;
use std::path::{Path, PathBuf};

/// A cell of a row being generated.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Cell {
    Empty,
    /// The row's own index (an id) or the index of the row referred to.
    Idx(u32),
    Int(u64),
    Bool(bool),
    Str(String),
    /// Japanese and its English.
    Text(String, String),
}

/// What is kept of a cell for the tables that others refer to.
#[derive(Debug, Clone, Copy)]
enum Val {
    None,
    Idx(u32),
    Int(u64),
    Bool(bool),
}

impl Val {
    fn of(c: &Cell) -> Val {
        match *c {
            Cell::Idx(i) => Val::Idx(i),
            Cell::Int(n) => Val::Int(n),
            Cell::Bool(b) => Val::Bool(b),
            Cell::Empty | Cell::Str(_) | Cell::Text(..) => Val::None,
        }
    }
    fn cell(self) -> Cell {
        match self {
            Val::Idx(i) => Cell::Idx(i),
            Val::Int(n) => Cell::Int(n),
            Val::Bool(b) => Cell::Bool(b),
            Val::None => Cell::Empty,
        }
    }
}

/// Rows generated together: the rows of one parent row, or a chunk of a
/// table that is not nested.
pub struct Group {
    pub spec: &'static TableSpec,
    /// The parent row's index in the parent table.
    pub parent: Option<usize>,
    pub rows: Vec<Vec<Cell>>,
}

impl Group {
    pub fn col(&self, name: &str) -> io::Result<usize> {
        self.spec
            .column_index(name)
            .ok_or_else(|| error(format!("`{}` has no column `{name}`", self.spec.name)))
    }
}

/// A Japanese text already written, for errata and supplied facts to point at.
pub struct Pointed {
    pub table: &'static str,
    pub record: String,
    pub column: &'static str,
    pub text: String,
}

#[derive(Default)]
enum Ids {
    #[default]
    None,
    /// `<prefix><row index>`.
    Numbered(String),
    /// Copied from the real data.
    Listed(Vec<String>),
}

/// What is known of a table once (or while) it is generated.
#[derive(Default)]
struct State {
    ids: Ids,
    rows: usize,
    /// The nesting parent: its table and the column of this table that names it.
    parent: Option<(usize, usize)>,
    /// For a nested table, the first row and row count of each parent row.
    groups: Vec<(u32, u32)>,
    /// Whether another table refers to this one: then `stored` holds the
    /// non-text values of every row.
    keep: bool,
    stored: Vec<Val>,
    /// Text columns whose first text is remembered in [`Gen::texts`].
    remembered: Vec<bool>,
}

/// The generator: the schema, what each table generated so far holds, and
/// the texts that errata and supplied facts can point at.
pub struct Gen {
    cfg: Config,
    schema: &'static Schema,
    /// `locales/en/data/` of the real data.
    real_en: PathBuf,
    states: Vec<State>,
    /// For each table and column, the table a reference names (itself otherwise).
    targets: Vec<Vec<usize>>,
    texts: Vec<Pointed>,
}

impl Gen {
    pub(super) fn new(cfg: Config, schema: &'static Schema, real_en: PathBuf) -> io::Result<Gen> {
        let index = |name: &str| {
            schema
                .table_index(name)
                .ok_or_else(|| error(format!("no table `{name}`")))
        };
        let mut targets = Vec::with_capacity(schema.tables.len());
        for (ti, t) in schema.tables.iter().enumerate() {
            let cols = t.columns.iter().map(|c| match c.kind {
                Kind::Ref(target) => index(target),
                _ => Ok(ti),
            });
            targets.push(cols.collect::<io::Result<Vec<_>>>()?);
        }
        let prefixes = id_prefixes(schema);
        let mut states = Vec::with_capacity(schema.tables.len());
        for (ti, t) in schema.tables.iter().enumerate() {
            let parent = match schema.nesting.iter().find(|n| n.child == t.name) {
                Some(n) => Some((
                    index(n.parent)?,
                    t.column_index(n.via)
                        .ok_or_else(|| error(format!("no column `{}.{}`", t.name, n.via)))?,
                )),
                None => None,
            };
            let keep = targets
                .iter()
                .enumerate()
                .any(|(other, cols)| other != ti && cols.contains(&ti));
            states.push(State {
                ids: if t.has_id() {
                    Ids::Numbered(prefixes[ti].clone())
                } else {
                    Ids::None
                },
                parent,
                keep,
                remembered: vec![false; t.columns.len()],
                ..State::default()
            });
        }
        Ok(Gen {
            cfg,
            schema,
            real_en,
            states,
            targets,
            texts: Vec::new(),
        })
    }

    fn index(&self, table: &str) -> io::Result<usize> {
        self.schema
            .table_index(table)
            .ok_or_else(|| error(format!("no table `{table}`")))
    }

    /// The Japanese texts written so far that errata and supplied facts can point at.
    pub fn texts(&self) -> &[Pointed] {
        &self.texts
    }

    /// A non-text value of a row of a table that other tables refer to.
    pub fn value(&self, table: &str, row: usize, column: &str) -> io::Result<Cell> {
        let ti = self.index(table)?;
        let spec = &self.schema.tables[ti];
        let ci = spec
            .column_index(column)
            .ok_or_else(|| error(format!("no column `{table}.{column}`")))?;
        let st = &self.states[ti];
        st.stored
            .get(row * spec.columns.len() + ci)
            .map(|v| v.cell())
            .ok_or_else(|| error(format!("no stored row {row} of `{table}`")))
    }

    /// The id a reference of a row names (a code, say).
    pub fn code(&self, table: &str, row: usize, column: &str) -> Option<String> {
        let ti = self.index(table).ok()?;
        let ci = self.schema.tables[ti].column_index(column)?;
        let Ok(Cell::Idx(i)) = self.value(table, row, column) else {
            return None;
        };
        let mut s = String::new();
        self.push_id(self.targets[ti][ci], i, &mut s);
        Some(s)
    }

    /// The row index of a code of a copied code list.
    pub fn code_index(&self, table: &str, code: &str) -> io::Result<u32> {
        let ti = self.index(table)?;
        let found = match &self.states[ti].ids {
            Ids::Listed(ids) => ids.iter().position(|c| c == code),
            _ => None,
        };
        found
            .map(|i| i as u32)
            .ok_or_else(|| error(format!("`{table}` has no code `{code}`")))
    }

    fn push_id(&self, ti: usize, i: u32, buf: &mut String) {
        match &self.states[ti].ids {
            Ids::Numbered(prefix) => {
                buf.push_str(prefix);
                let _ = write!(buf, "{i}");
            }
            Ids::Listed(ids) => buf.push_str(&ids[i as usize]),
            Ids::None => {}
        }
    }

    /// Generates (or copies) one table and writes it.
    pub(super) fn table(
        &mut self,
        ti: usize,
        data: &Path,
        locales: &Path,
        total: &mut Stats,
    ) -> io::Result<()> {
        let spec = &self.schema.tables[ti];
        let knob = knob_of(spec.name);
        let mut out = Out::new(data, locales, spec)?;
        let mut rng = Rng::for_table(self.cfg.seed, spec.name);
        match knob.rows {
            Rows::Real => self.copy_real(ti, knob, &mut out, &mut rng)?,
            Rows::Auto if spec.code_list => self.copy_real(ti, knob, &mut out, &mut rng)?,
            _ => self.fill(ti, knob, &mut out, &mut rng)?,
        }
        out.finish(total)
    }

    /// The rows of the real table, with the `Col::Set` columns replaced, and
    /// their English from the real locales.
    fn copy_real(
        &mut self,
        ti: usize,
        knob: &Knob,
        out: &mut Out,
        rng: &mut Rng,
    ) -> io::Result<()> {
        let spec = &self.schema.tables[ti];
        let path = Path::new(REAL_DATA).join(spec.file_name());
        let mut rd = csv::Reader::from_path(&path).map_err(io::Error::other)?;
        let header = rd.headers().map_err(io::Error::other)?.clone();
        let at =
            spec.columns
                .iter()
                .map(|c| {
                    header.iter().position(|h| h == c.name).ok_or_else(|| {
                        error(format!("{} has no column `{}`", path.display(), c.name))
                    })
                })
                .collect::<io::Result<Vec<_>>>()?;
        let english = if spec.has_text() {
            read_messages(&self.real_en.join(format!("{}.ftl", spec.name)))?
        } else {
            HashMap::new()
        };
        let id_col = spec.has_id().then(|| spec.column_index("id")).flatten();
        let (mut rows, mut ids) = (Vec::new(), Vec::new());
        for rec in rd.records() {
            let rec = rec.map_err(io::Error::other)?;
            let real_id = id_col.map_or("", |c| &rec[at[c]]);
            let mut row = Vec::with_capacity(spec.columns.len());
            for (ci, col) in spec.columns.iter().enumerate() {
                let (value, en) = match knob.col(col.name) {
                    Some(Col::Set(f, en)) => (f(&self.cfg), en.map(String::from)),
                    _ => (
                        rec[at[ci]].to_string(),
                        english.get(&format!("{real_id}__{}", col.name)).cloned(),
                    ),
                };
                row.push(if value.is_empty() {
                    Cell::Empty
                } else if col.kind == Kind::Text {
                    let en = en.unwrap_or_else(|| text::english_for(rng, &value));
                    Cell::Text(value, en)
                } else {
                    Cell::Str(value)
                });
            }
            if let Some(c) = id_col {
                ids.push(match &row[c] {
                    Cell::Str(s) => s.clone(),
                    _ => String::new(),
                });
            }
            rows.push(row);
        }
        if id_col.is_some() {
            self.states[ti].ids = Ids::Listed(ids);
        }
        let group = Group {
            spec,
            parent: None,
            rows,
        };
        self.emit(ti, knob, group, out, rng)
    }

    /// Generates a table: parent row by parent row when nested, else in chunks.
    fn fill(&mut self, ti: usize, knob: &Knob, out: &mut Out, rng: &mut Rng) -> io::Result<()> {
        let spec = &self.schema.tables[ti];
        let points = self.cfg.points;
        let key_cols = if spec.has_id() {
            Vec::new()
        } else {
            spec.key_indices()
        };
        let mut keys = HashSet::new();
        if let Some((pt, via)) = self.states[ti].parent {
            let parents = self.states[pt].rows;
            for p in 0..parents {
                let n = match knob.rows {
                    Rows::Total(f) => {
                        let t = f(points);
                        (p + 1) * t / parents - p * t / parents
                    }
                    Rows::PerParent(lo, hi) => rng.range(lo, hi),
                    Rows::ByParent(f) => {
                        let (lo, hi) = f(self, p);
                        rng.range(lo, hi)
                    }
                    Rows::Auto | Rows::Real => rng.range(1, 3),
                };
                if key_cols.contains(&via) {
                    keys.clear();
                }
                let start = self.states[ti].rows;
                let ancestors = self.ancestors(pt, p);
                let at = Place {
                    parent: Some(p),
                    first: start,
                    start,
                    ancestors: &ancestors,
                };
                let group = self.group(ti, knob, &at, n, &key_cols, &mut keys, rng)?;
                let len = group.rows.len() as u32;
                self.emit(ti, knob, group, out, rng)?;
                self.states[ti].groups.push((start as u32, len));
            }
        } else {
            let total = match knob.rows {
                Rows::Total(f) => f(points),
                _ => 8,
            };
            while self.states[ti].rows < total {
                let start = self.states[ti].rows;
                let at = Place {
                    parent: None,
                    first: 0,
                    start,
                    ancestors: &[],
                };
                let n = CHUNK.min(total - start);
                let group = self.group(ti, knob, &at, n, &key_cols, &mut keys, rng)?;
                if group.rows.is_empty() {
                    break;
                }
                self.emit(ti, knob, group, out, rng)?;
            }
        }
        for (ci, col) in spec.columns.iter().enumerate() {
            let target = self.targets[ti][ci];
            if matches!(knob.col(col.name), Some(Col::Cover))
                && self.states[ti].rows < self.states[target].rows
            {
                return Err(error(format!(
                    "{} rows of `{}` cannot name all {} rows of `{}`",
                    self.states[ti].rows,
                    spec.name,
                    self.states[target].rows,
                    self.schema.tables[target].name
                )));
            }
        }
        Ok(())
    }

    /// The row of `table` and its ancestors in the nesting, nearest first.
    fn ancestors(&self, table: usize, row: usize) -> Vec<(usize, usize)> {
        let (mut t, mut i) = (table, row);
        let mut out = vec![(t, i)];
        while let Some((pt, via)) = self.states[t].parent {
            let ncols = self.schema.tables[t].columns.len();
            match self.states[t].stored.get(i * ncols + via) {
                Some(Val::Idx(j)) => {
                    (t, i) = (pt, *j as usize);
                    out.push((t, i));
                }
                _ => break,
            }
        }
        out
    }

    /// Generates `n` rows (fewer when a link table runs out of distinct keys).
    #[allow(clippy::too_many_arguments)]
    fn group(
        &self,
        ti: usize,
        knob: &Knob,
        at: &Place,
        n: usize,
        key_cols: &[usize],
        keys: &mut HashSet<Vec<Cell>>,
        rng: &mut Rng,
    ) -> io::Result<Group> {
        let spec = &self.schema.tables[ti];
        let mut rows = Vec::with_capacity(n);
        'rows: for _ in 0..n {
            let row_at = at.start + rows.len();
            for _attempt in 0..32 {
                let row = (0..spec.columns.len())
                    .map(|ci| self.cell(ti, ci, knob, at, row_at, rng))
                    .collect::<io::Result<Vec<Cell>>>()?;
                if key_cols.is_empty()
                    || keys.insert(key_cols.iter().map(|&k| row[k].clone()).collect())
                {
                    rows.push(row);
                    continue 'rows;
                }
            }
        }
        Ok(Group {
            spec,
            parent: at.parent,
            rows,
        })
    }

    /// The generic value of column `ci` of row `row` (its index in the table).
    fn cell(
        &self,
        ti: usize,
        ci: usize,
        knob: &Knob,
        at: &Place,
        row: usize,
        rng: &mut Rng,
    ) -> io::Result<Cell> {
        let col = &self.schema.tables[ti].columns[ci];
        let k = knob.col(col.name);
        let opt = match k {
            Some(Col::Opt(p)) => *p,
            _ => 20,
        };
        // Optional cells are filled in `pct` percent of the rows.
        let present = |rng: &mut Rng, pct: usize| col.required || rng.chance(pct);
        let cell = match (col.kind, k) {
            (Kind::Text, Some(Col::Set(f, en))) => {
                let ja = f(&self.cfg);
                let en = en.map_or_else(|| text::english_for(rng, &ja), String::from);
                Cell::Text(ja, en)
            }
            (_, Some(Col::Set(f, _))) => Cell::Str(f(&self.cfg)),
            (Kind::Id, _) => Cell::Idx(row as u32),
            (Kind::Ref(_), _) => self
                .pick(ti, ci, k, at, row, rng)?
                .map_or(Cell::Empty, Cell::Idx),
            (Kind::Int, Some(Col::Serial)) => Cell::Int(row as u64 + 1),
            (Kind::Int, _) if col.name == "seq" => Cell::Int((row - at.first) as u64 + 1),
            (Kind::Int, _) => {
                let (lo, hi, pct) = match k {
                    Some(&Col::Int { lo, hi, pct }) => (lo, hi, pct),
                    _ => (1, 999, opt),
                };
                if present(rng, pct) {
                    Cell::Int(rng.range(lo, hi) as u64)
                } else {
                    Cell::Empty
                }
            }
            (Kind::Bool, _) => {
                let pct = match k {
                    Some(Col::Bool(p)) => *p,
                    _ => 50,
                };
                if present(rng, opt) {
                    Cell::Bool(rng.chance(pct))
                } else {
                    Cell::Empty
                }
            }
            (Kind::Date, _) if present(rng, opt) => Cell::Str(text::date(rng)),
            (Kind::Verbatim, _) if present(rng, opt) => Cell::Str(text::token(rng)),
            (Kind::TableName, _) if present(rng, opt) => {
                Cell::Str(rng.pick(self.schema.tables).name.to_string())
            }
            (Kind::Date | Kind::Verbatim | Kind::TableName, _) => Cell::Empty,
            (Kind::Text, _) => {
                let (lo, hi, pct, suffix) = match k {
                    Some(&Col::Text {
                        lo,
                        hi,
                        pct,
                        suffix,
                    }) => (lo, hi, pct, suffix),
                    _ if col.required => (8, 40, 100, None),
                    _ => (20, 80, 25, None),
                };
                if !present(rng, pct) {
                    return Ok(Cell::Empty);
                }
                let mut ja = text::japanese(rng, lo, hi);
                let mut en = text::english_for(rng, &ja);
                if let Some((ja_suffix, en_suffix)) = suffix {
                    ja = format!("{}{ja_suffix}", ja.trim_end_matches('。'));
                    en = format!("{} {en_suffix}", en.trim_end_matches('.'));
                }
                Cell::Text(ja, en)
            }
        };
        Ok(cell)
    }

    /// The row a reference names, following the rules in the module comment.
    fn pick(
        &self,
        ti: usize,
        ci: usize,
        k: Option<&Col>,
        at: &Place,
        row: usize,
        rng: &mut Rng,
    ) -> io::Result<Option<u32>> {
        let col = &self.schema.tables[ti].columns[ci];
        let tt = self.targets[ti][ci];
        if let Some(&(_, i)) = at.ancestors.iter().find(|a| a.0 == tt) {
            return Ok(Some(i as u32));
        }
        if tt != ti && matches!(k, Some(Col::Cover)) && row < self.states[tt].rows {
            return Ok(Some(row as u32));
        }
        let pct = match k {
            Some(Col::Opt(p)) => *p,
            _ => 20,
        };
        if !col.required && !rng.chance(pct) {
            return Ok(None);
        }
        let target = &self.states[tt];
        let (lo, hi) = if tt == ti {
            (at.first, row)
        } else {
            let under = target
                .parent
                .and_then(|(pt, _)| at.ancestors.iter().find(|a| a.0 == pt))
                .and_then(|&(_, a)| target.groups.get(a));
            match under {
                Some(&(s, n)) => (s as usize, (s + n) as usize),
                None => (0, target.rows),
            }
        };
        if lo < hi {
            Ok(Some((lo + rng.below(hi - lo)) as u32))
        } else if col.required {
            Err(error(format!(
                "nothing for `{}.{}` to refer to",
                self.schema.tables[ti].name, col.name
            )))
        } else {
            Ok(None)
        }
    }

    /// Runs the table's fix-up on a group, writes it and keeps what later tables need.
    fn emit(
        &mut self,
        ti: usize,
        knob: &Knob,
        mut group: Group,
        out: &mut Out,
        rng: &mut Rng,
    ) -> io::Result<()> {
        if let Some(fixup) = knob.fixup {
            fixup(self, &mut group, rng)?;
        }
        let spec = group.spec;
        let id_col = spec.has_id().then(|| spec.column_index("id")).flatten();
        if spec.has_text() && id_col.is_none() {
            return Err(error(format!("`{}` has texts but no id", spec.name)));
        }
        let (mut id, mut buf) = (String::new(), String::new());
        for row in &group.rows {
            id.clear();
            if let Some(c) = id_col {
                self.push_cell(ti, c, &row[c], &mut id);
            }
            for (ci, cell) in row.iter().enumerate() {
                buf.clear();
                self.push_cell(ti, ci, cell, &mut buf);
                out.csv.write_field(buf.as_bytes())?;
            }
            out.csv.write_record(None::<&[u8]>)?;
            out.stats.rows += 1;
            for (ci, cell) in row.iter().enumerate() {
                if let Cell::Text(ja, en) = cell {
                    let column = spec.columns[ci].name;
                    out.en(&id, column, ja, en)?;
                    let st = &mut self.states[ti];
                    if !st.remembered[ci]
                        && amed_budget::schema::has_japanese(ja)
                        && ja.trim() == ja
                    {
                        st.remembered[ci] = true;
                        self.texts.push(Pointed {
                            table: spec.name,
                            record: id.clone(),
                            column,
                            text: ja.clone(),
                        });
                    }
                }
            }
        }
        let st = &mut self.states[ti];
        if st.keep {
            for row in &group.rows {
                st.stored.extend(row.iter().map(Val::of));
            }
        }
        st.rows += group.rows.len();
        Ok(())
    }

    fn push_cell(&self, ti: usize, ci: usize, cell: &Cell, buf: &mut String) {
        match cell {
            Cell::Empty => {}
            Cell::Idx(i) => self.push_id(self.targets[ti][ci], *i, buf),
            Cell::Int(n) => {
                let _ = write!(buf, "{n}");
            }
            Cell::Bool(b) => buf.push_str(if *b { "true" } else { "false" }),
            Cell::Str(s) | Cell::Text(s, _) => buf.push_str(s),
        }
    }
}

/// Where a group of rows goes.
struct Place<'a> {
    parent: Option<usize>,
    /// The index of the first row of the parent (0 for a table that is not
    /// nested): `seq` counts from it, and self-references point between it
    /// and the row.
    first: usize,
    /// The index of the group's first row in its table.
    start: usize,
    /// The parent row and its ancestors: (table, row).
    ancestors: &'a [(usize, usize)],
}

/// The prefix of each table's ids: the initials of a name of several words,
/// else its first two letters, lengthened until it differs from the prefixes
/// of the tables before (`points` -> `po`, `diagram_entries` -> `de`,
/// `projects` -> `pr`, then `programmes` -> `pro`).
pub(super) fn id_prefixes(schema: &Schema) -> Vec<String> {
    let mut out: Vec<String> = Vec::with_capacity(schema.tables.len());
    for t in schema.tables {
        let words: Vec<&str> = t.name.split('_').filter(|w| !w.is_empty()).collect();
        let mut prefix: String = if words.len() > 1 {
            words.iter().filter_map(|w| w.chars().next()).collect()
        } else {
            t.name.chars().take(2).collect()
        };
        let mut more = t.name.chars().filter(|c| *c != '_').skip(prefix.len());
        while out.contains(&prefix) {
            match more.next() {
                Some(c) => prefix.push(c),
                None => prefix.push('x'),
            }
        }
        out.push(prefix);
    }
    out
}

/// `<id>__<column> = <English>` of a real `locales/en/data/<table>.ftl` (none when absent).
fn read_messages(path: &Path) -> io::Result<HashMap<String, String>> {
    let text = match std::fs::read_to_string(path) {
        Ok(t) => t,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(HashMap::new()),
        Err(e) => return Err(e),
    };
    Ok(text
        .lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| l.split_once(" = "))
        .map(|(k, v)| (k.trim().to_string(), v.to_string()))
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prefixes_are_distinct_identifiers() {
        let schema = super::super::schema().expect("the real descriptor");
        let prefixes = id_prefixes(schema);
        let of = |name| &prefixes[schema.table_index(name).expect("table")];
        assert_eq!(of("points"), "po");
        assert_eq!(of("diagram_entries"), "de");
        assert_ne!(of("projects"), of("programmes"));
        for (i, p) in prefixes.iter().enumerate() {
            assert!(amed_budget::schema::valid_identifier(&format!("{p}0")));
            assert!(!prefixes[..i].contains(p), "{p} twice");
        }
    }
}
