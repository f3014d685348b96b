//! Stage 4: write every output from the [`Publication`], into a staging
//! directory that replaces `out/` only when everything was written.

pub mod csv;
pub mod json;
pub mod package;
pub mod xlsx;
pub mod zip;

use crate::publication::Publication;
use std::io;
use std::path::{Path, PathBuf};

/// What a build wrote, for the summary line.
#[derive(Debug, Default)]
pub struct Summary {
    pub files: usize,
    pub bytes: u64,
    pub rows: usize,
    /// Wall time per output format, in order.
    pub timings: Vec<(&'static str, std::time::Duration)>,
}

/// Datasets with more records than this are written the fast way: deflate
/// at level 1 (xlsx containers and the package zip) and one cell format per
/// workbook column instead of one per cell (see `xlsx::data_sheet`).
///
/// Deflate at the default level took about half of a 1M-point build, while
/// level 1 costs only some per cent in size on this repetitive text. The rule
/// depends on the input alone, so outputs stay deterministic, and the real
/// dataset (a few hundred records) keeps its byte-identical outputs.
pub const LARGE_ROWS: usize = 100_000;

/// Whether the dataset is large (see [`LARGE_ROWS`]).
pub fn is_large(p: &Publication) -> bool {
    p.dataset.row_count() > LARGE_ROWS
}

/// The deflate level for this dataset: `Some(1)` when it is large, `None`
/// (the library default) otherwise.
pub fn compression_level(p: &Publication) -> Option<u8> {
    is_large(p).then_some(1)
}

/// The stem of the release's file names (the document's identifier).
pub fn stem(p: &Publication) -> String {
    p.dataset.doc_str("id").to_string()
}

/// Writes every output under `dir` (which must exist and be empty).
///
/// The workbooks are written on a thread of their own while JSON, CSV and
/// the package (which links the CSV) are written one after the other beside
/// it: the workbooks take about as long as all the rest together, so the two
/// halves keep two cores busy. Each stage's time is its own wall time.
pub fn write_all(p: &Publication, dir: &Path) -> io::Result<Summary> {
    let mut s = Summary {
        rows: p.dataset.row_count(),
        ..Default::default()
    };
    fn timed(f: impl FnOnce() -> io::Result<()>) -> io::Result<std::time::Duration> {
        let t = std::time::Instant::now();
        f()?;
        Ok(t.elapsed())
    }
    let (xlsx_time, rest) = std::thread::scope(|scope| {
        let xlsx = scope.spawn(|| timed(|| xlsx::write(p, &dir.join("xlsx"))));
        let rest = (|| {
            let json = timed(|| json::write(p, &dir.join("json")))?;
            let csv = timed(|| csv::write(p, &dir.join("csv"), &dir.join("csv-excel")))?;
            let package = timed(|| {
                let pkg = dir.join("package");
                package::write(p, &pkg)?;
                zip::zip_dir(
                    &pkg,
                    &dir.join(format!("{}-package.zip", stem(p))),
                    &stem(p),
                    compression_level(p),
                )
            })?;
            Ok::<_, io::Error>((json, csv, package))
        })();
        let xlsx = xlsx
            .join()
            .unwrap_or_else(|_| Err(io::Error::other("the workbook thread panicked")));
        (xlsx, rest)
    });
    let (json, csv, package) = rest?;
    let xlsx = xlsx_time?;
    s.timings = vec![
        ("json", json),
        ("csv", csv),
        ("xlsx", xlsx),
        ("package", package),
    ];
    let (files, bytes) = tally(dir)?;
    s.files = files;
    s.bytes = bytes;
    Ok(s)
}

fn tally(dir: &Path) -> io::Result<(usize, u64)> {
    let mut files = 0;
    let mut bytes = 0;
    for f in list_files(dir)? {
        files += 1;
        bytes += std::fs::metadata(dir.join(f))?.len();
    }
    Ok((files, bytes))
}

/// Every file under `dir`, as sorted relative paths with `/` separators.
pub fn list_files(dir: &Path) -> io::Result<Vec<String>> {
    fn walk(base: &Path, d: &Path, out: &mut Vec<String>) -> io::Result<()> {
        for e in std::fs::read_dir(d)? {
            let p = e?.path();
            if p.is_dir() {
                walk(base, &p, out)?;
            } else if let Ok(rel) = p.strip_prefix(base) {
                let parts: Vec<String> = rel
                    .components()
                    .map(|c| c.as_os_str().to_string_lossy().into_owned())
                    .collect();
                out.push(parts.join("/"));
            }
        }
        Ok(())
    }
    let mut out = Vec::new();
    walk(dir, dir, &mut out)?;
    out.sort();
    Ok(out)
}

/// An I/O error with the path it concerns.
fn ctx(path: &Path, what: &str, e: io::Error) -> io::Error {
    io::Error::new(e.kind(), format!("{what} `{}`: {e}", path.display()))
}

/// Builds into a staging directory beside `out` and swaps it in only when
/// every file was written: a failed build leaves `out` as it was.
pub fn build_atomic(p: &Publication, out: &Path) -> io::Result<Summary> {
    if out.exists() && !out.is_dir() {
        return Err(io::Error::new(
            io::ErrorKind::NotADirectory,
            format!(
                "the output `{}` exists and is not a directory",
                out.display()
            ),
        ));
    }
    let name = out
        .file_name()
        .map_or_else(|| "out".to_string(), |n| n.to_string_lossy().into_owned());
    let parent = match out.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let staging = parent.join(format!(".{name}.staging"));
    let old = parent.join(format!(".{name}.old"));
    for d in [&staging, &old] {
        if d.exists() {
            std::fs::remove_dir_all(d).map_err(|e| ctx(d, "cannot remove", e))?;
        }
    }
    std::fs::create_dir_all(&staging).map_err(|e| ctx(&staging, "cannot create", e))?;
    let summary = match write_all(p, &staging) {
        Ok(s) => s,
        Err(e) => {
            let _ = std::fs::remove_dir_all(&staging);
            return Err(ctx(&staging, "cannot write the outputs into", e));
        }
    };
    if out.exists() {
        if let Err(e) = std::fs::rename(out, &old) {
            let _ = std::fs::remove_dir_all(&staging);
            return Err(ctx(out, "cannot move aside the previous output", e));
        }
    }
    if let Err(e) = std::fs::rename(&staging, out) {
        if old.exists() {
            let _ = std::fs::rename(&old, out);
        }
        let _ = std::fs::remove_dir_all(&staging);
        return Err(ctx(out, "cannot put the new output in place at", e));
    }
    if old.exists() {
        std::fs::remove_dir_all(&old).map_err(|e| ctx(&old, "cannot remove", e))?;
    }
    Ok(summary)
}

/// Runs `f` for each item on its own thread (the items are independent
/// outputs) and returns the first error, in item order.
pub fn parallel<T: Sync, F>(items: &[T], f: F) -> io::Result<()>
where
    F: Fn(&T) -> io::Result<()> + Sync,
{
    std::thread::scope(|s| {
        let handles: Vec<_> = items.iter().map(|item| s.spawn(|| f(item))).collect();
        handles
            .into_iter()
            .map(|h| {
                h.join()
                    .unwrap_or_else(|_| Err(io::Error::other("an output thread panicked")))
            })
            .collect::<Vec<_>>()
            .into_iter()
            .collect::<io::Result<()>>()
    })
}

/// Writes a file, creating its directory.
pub fn write_file(path: &Path, bytes: &[u8]) -> io::Result<()> {
    if let Some(d) = path.parent() {
        std::fs::create_dir_all(d)?;
    }
    std::fs::write(path, bytes)
}
