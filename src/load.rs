//! Stage 1: read every CSV table of `data/` into raw rows of strings.
//!
//! Only the file format is checked here (encoding, BOM, header, column count);
//! what the values mean is the validator's business.

use crate::diag::Diagnostics;
use crate::model::{CellStr, RawDataset, RawRow, RawTable};
use crate::schema::{self, TableSpec};
use crate::validate::rules;
use std::path::Path;

/// Reads the descriptor of `dir`, then every table it declares. Problems go
/// to `diags`; a table that could not be read at all is left out of the
/// result, and without a usable descriptor there is nothing to read.
pub fn load_dir(dir: &Path, diags: &mut Diagnostics) -> Option<RawDataset> {
    let shown = dir.display().to_string();
    if !dir.is_dir() {
        let what = if dir.exists() {
            "the data path is not a directory"
        } else {
            "the data directory does not exist"
        };
        diags.push(shown.clone(), 0, 0, &rules::MISSING_DIRECTORY, what);
        return None;
    }
    let schema = schema::load(dir, diags)?;
    let tables = schema
        .tables
        .iter()
        .filter_map(|spec| {
            let path = dir.join(spec.file_name());
            let shown = format!("{}/{}", shown.trim_end_matches('/'), spec.file_name());
            match load_file(spec, &shown, &path, diags) {
                Ok(table) => table,
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                    diags.push(
                        shown,
                        0,
                        0,
                        &rules::MISSING_TABLE,
                        "the table file does not exist",
                    );
                    None
                }
                Err(e) => {
                    diags.push(
                        shown,
                        0,
                        0,
                        &rules::IO,
                        format!("cannot read the file: {e}"),
                    );
                    None
                }
            }
        })
        .collect();
    Some(RawDataset { schema, tables })
}

/// Parses one table from its bytes.
pub fn load_table(
    spec: &'static TableSpec,
    shown: &str,
    bytes: &[u8],
    diags: &mut Diagnostics,
) -> Option<RawTable> {
    if bytes.starts_with(&[0xEF, 0xBB, 0xBF]) {
        diags.push(
            shown,
            1,
            1,
            &rules::BOM,
            "the file starts with a UTF-8 byte-order mark; canonical tables are UTF-8 without BOM",
        );
        return None;
    }
    if let Err(e) = std::str::from_utf8(bytes) {
        let offset = e.valid_up_to();
        let line = 1 + bytes[..offset].iter().filter(|&&b| b == b'\n').count();
        diags.push(
            shown,
            line,
            0,
            &rules::ENCODING,
            format!(
                "invalid UTF-8 at byte {offset} (is the file Shift_JIS?); tables must be UTF-8"
            ),
        );
        return None;
    }
    let odd_quotes = bytes.iter().filter(|&&b| b == b'"').count() % 2 == 1;
    let (table, unclosed) = parse_table(spec, shown, bytes, diags)?;
    Some(finish_table(table, unclosed, odd_quotes, diags))
}

/// Reads one table from its file without holding the whole file in memory.
///
/// The encoding check that [`load_table`] does (BOM, UTF-8, and whether the
/// quotes pair up) needs a pass over the whole file before the parse may
/// trust its result. It runs on a thread of its own while this one parses a
/// second reading of the file: the parse is kept only when the check passes,
/// so the diagnostics are those of checking first. The parse stays on this
/// thread so that its rows are allocated where validation frees them.
pub fn load_file(
    spec: &'static TableSpec,
    shown: &str,
    path: &Path,
    diags: &mut Diagnostics,
) -> std::io::Result<Option<RawTable>> {
    // A directory, FIFO or device in place of a table is refused before it
    // is opened (reading a FIFO would wait for a writer for ever).
    let meta = std::fs::metadata(path)?;
    if !meta.is_file() {
        return Err(std::io::Error::new(
            std::io::ErrorKind::InvalidInput,
            "it is not a regular file",
        ));
    }
    let f = std::fs::File::open(path)?;
    std::thread::scope(|scope| {
        let check = scope.spawn(|| check_file(shown, path));
        let mut parse_diags = Diagnostics::new();
        let parsed = parse_table(
            spec,
            shown,
            std::io::BufReader::with_capacity(1 << 16, f),
            &mut parse_diags,
        );
        let checked = check
            .join()
            .unwrap_or_else(|_| Err(std::io::Error::other("the encoding check panicked")))?;
        match checked {
            Checked::Bad(d) => {
                diags.extend(d);
                Ok(None)
            }
            Checked::Good { odd_quotes } => {
                let Some((table, unclosed)) = parsed else {
                    diags.extend(parse_diags);
                    return Ok(None);
                };
                diags.extend(parse_diags);
                Ok(Some(finish_table(table, unclosed, odd_quotes, diags)))
            }
        }
    })
}

/// The outcome of the encoding check of a table file.
enum Checked {
    /// A BOM or invalid UTF-8 (reported in the diagnostics).
    Bad(Diagnostics),
    /// Valid UTF-8; whether the file has an odd number of quote characters.
    Good { odd_quotes: bool },
}

/// The encoding check of [`load_table`], read in blocks from the file.
fn check_file(shown: &str, path: &Path) -> std::io::Result<Checked> {
    use std::io::Read;
    let mut diags = Diagnostics::new();
    let mut f = std::fs::File::open(path)?;
    let mut buf = vec![0u8; 1 << 20];
    // Bytes of an incomplete character carried over from the previous block.
    let mut carry = 0;
    let mut offset = 0; // bytes of the file before `buf[0]`
    let mut newlines = 0;
    let mut quotes = 0usize;
    let mut first = true;
    loop {
        let n = f.read(&mut buf[carry..])?;
        let end = carry + n;
        if first && (end >= 3 || n == 0) {
            first = false;
            if buf[..end].starts_with(&[0xEF, 0xBB, 0xBF]) {
                diags.push(
                    shown,
                    1,
                    1,
                    &rules::BOM,
                    "the file starts with a UTF-8 byte-order mark; canonical tables are UTF-8 without BOM",
                );
                return Ok(Checked::Bad(diags));
            }
        }
        let block = &buf[..end];
        match std::str::from_utf8(block) {
            Ok(_) => carry = 0,
            Err(e) if e.error_len().is_none() && n > 0 => {
                // The block ends inside a character: keep its start for the next one.
                let valid = e.valid_up_to();
                newlines += block[..valid].iter().filter(|&&b| b == b'\n').count();
                carry = end - valid;
                buf.copy_within(valid..end, 0);
                offset += valid;
                continue;
            }
            Err(e) => {
                let valid = e.valid_up_to();
                let line = 1 + newlines + block[..valid].iter().filter(|&&b| b == b'\n').count();
                let at = offset + valid;
                diags.push(
                    shown,
                    line,
                    0,
                    &rules::ENCODING,
                    format!(
                        "invalid UTF-8 at byte {at} (is the file Shift_JIS?); tables must be UTF-8"
                    ),
                );
                return Ok(Checked::Bad(diags));
            }
        }
        if n == 0 {
            break;
        }
        newlines += block.iter().filter(|&&b| b == b'\n').count();
        quotes += block.iter().filter(|&&b| b == b'"').count();
        offset += end;
    }
    Ok(Checked::Good {
        odd_quotes: quotes % 2 == 1,
    })
}

/// A record with a line break inside a field. Whether that is a quote never
/// closed (which swallows the rest of the file) depends on the quote count
/// of the whole file, known only after the parse: see [`finish_table`].
struct Unclosed {
    /// Where the row goes in the table's rows if it is kept.
    at: usize,
    line: usize,
    /// 1-based number of the first field with a line break.
    field: usize,
    /// The row, or `None` when its field count is wrong (`fields` fields).
    row: Option<RawRow>,
    fields: usize,
}

/// Parses the CSV of a table. Rows with a line break inside a field are set
/// aside for [`finish_table`], which needs the file's quote count.
fn parse_table<R: std::io::Read>(
    spec: &'static TableSpec,
    shown: &str,
    input: R,
    diags: &mut Diagnostics,
) -> Option<(RawTable, Vec<Unclosed>)> {
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(input);
    let mut records = reader.records();
    let header = match records.next() {
        Some(Ok(h)) => h,
        Some(Err(e)) => {
            diags.push(shown, 1, 0, &rules::CSV_SYNTAX, e.to_string());
            return None;
        }
        None => {
            diags.push(
                shown,
                0,
                0,
                &rules::EMPTY_TABLE,
                "the file is empty (no header row)",
            );
            return None;
        }
    };
    // Map each schema column to its position in the file.
    let mut positions = Vec::with_capacity(spec.columns.len());
    let mut header_ok = true;
    for (i, name) in header.iter().enumerate() {
        if spec.column_index(name).is_none() {
            diags.push(
                shown,
                1,
                i + 1,
                &rules::UNKNOWN_COLUMN,
                format!("column `{name}` is not part of table `{}`", spec.name),
            );
            header_ok = false;
        }
    }
    for column in spec.columns {
        match header.iter().position(|h| h == column.name) {
            Some(p) => positions.push(p),
            None => {
                diags.push(
                    shown,
                    1,
                    0,
                    &rules::MISSING_COLUMN,
                    format!(
                        "required column `{}` is missing from the header",
                        column.name
                    ),
                );
                header_ok = false;
            }
        }
    }
    if !header_ok {
        return None;
    }
    let width = header.len();
    let mut rows = Vec::new();
    let mut unclosed = Vec::new();
    let mut incomplete = false;
    for record in records {
        let record = match record {
            Ok(r) => r,
            Err(e) => {
                let line = e.position().map_or(0, |p| p.line() as usize);
                diags.push(shown, line, 0, &rules::CSV_SYNTAX, e.to_string());
                incomplete = true;
                continue;
            }
        };
        let line = record.position().map_or(0, |p| p.line() as usize);
        let cells = (record.len() == width).then(|| RawRow {
            line,
            cells: positions
                .iter()
                .map(|&p| {
                    let v = &record[p];
                    (!v.is_empty()).then(|| CellStr::new(v))
                })
                .collect(),
        });
        if let Some(f) = record.iter().position(|f| f.contains('\n')) {
            unclosed.push(Unclosed {
                at: rows.len(),
                line,
                field: f + 1,
                row: cells,
                fields: record.len(),
            });
            continue;
        }
        match cells {
            Some(row) => rows.push(row),
            None => {
                column_count(shown, line, record.len(), width, diags);
                incomplete = true;
            }
        }
    }
    let table = RawTable {
        spec,
        path: shown.to_string(),
        file_columns: positions.iter().map(|p| p + 1).collect(),
        rows,
        incomplete,
    };
    Some((table, unclosed))
}

fn column_count(shown: &str, line: usize, fields: usize, width: usize, diags: &mut Diagnostics) {
    diags.push(
        shown,
        line,
        0,
        &rules::COLUMN_COUNT,
        format!("the row has {fields} fields; the header has {width}"),
    );
}

/// Completes a parsed table once the file's quote count is known: with an
/// odd count, a field with a line break is a quote opened and never closed
/// (the row is reported and dropped); otherwise the row is an ordinary one.
fn finish_table(
    mut table: RawTable,
    unclosed: Vec<Unclosed>,
    odd_quotes: bool,
    diags: &mut Diagnostics,
) -> RawTable {
    let shown = table.path.clone();
    let width = table.file_columns.len();
    let mut kept = Vec::new();
    for u in unclosed {
        if odd_quotes {
            table.incomplete = true;
            diags.push(
                &shown,
                u.line,
                u.field,
                &rules::CSV_SYNTAX,
                "a quoted field opened here is not closed before the end of its line",
            );
            continue;
        }
        match u.row {
            Some(row) => kept.push((u.at, row)),
            None => {
                column_count(&shown, u.line, u.fields, width, diags);
                table.incomplete = true;
            }
        }
    }
    if !kept.is_empty() {
        // Put the rows back in file order (`at` counts the rows before each).
        let rest = std::mem::take(&mut table.rows);
        let mut kept = kept.into_iter().peekable();
        for (i, row) in rest.into_iter().enumerate() {
            while let Some((_, k)) = kept.next_if(|(at, _)| *at == i) {
                table.rows.push(k);
            }
            table.rows.push(row);
        }
        table.rows.extend(kept.map(|(_, k)| k));
    }
    if table.rows.is_empty() && !table.spec.may_be_empty {
        diags.push(
            &shown,
            0,
            0,
            &rules::EMPTY_TABLE,
            "the table has a header but no rows",
        );
    }
    table
}
