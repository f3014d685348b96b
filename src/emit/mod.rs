//! Stage 4: write every output from the [`Publication`], into a staging
//! directory that replaces `out/` only when everything was written.

pub mod csv;
pub mod json;
pub mod package;
pub mod xlsx;
pub mod zip;

use crate::publication::{Publication, Variant};
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

/// One piece of output work for [`write_all`].
#[derive(Debug, Clone, Copy)]
enum Job {
    Xlsx(Variant),
    Json(Variant),
    Csv(Variant),
    /// The package and its zip: run right after the last CSV job (it links
    /// the canonical CSV files).
    Package,
}

/// The stages as reported, in order, and the stage of each job.
const STAGES: [&str; 4] = ["json", "csv", "xlsx", "package"];

impl Job {
    fn stage(self) -> usize {
        match self {
            Job::Json(_) => 0,
            Job::Csv(_) => 1,
            Job::Xlsx(_) => 2,
            Job::Package => 3,
        }
    }
}

/// Every job but the package, longest first: a worker takes the next job
/// when it is free, so the long ones (the bilingual workbook above all) start
/// first and the short ones fill in at the end. This keeps every core busy to
/// the end, where fixed halves (workbooks against the rest) left the last
/// workbook running alone on one core for seconds at 1M points.
const JOBS: [Job; 9] = [
    Job::Xlsx(Variant::Bilingual),
    Job::Xlsx(Variant::Ja),
    Job::Xlsx(Variant::En),
    Job::Json(Variant::Bilingual),
    Job::Csv(Variant::Bilingual),
    Job::Json(Variant::Ja),
    Job::Json(Variant::En),
    Job::Csv(Variant::Ja),
    Job::Csv(Variant::En),
];

/// Writes every output under `dir` (which must exist and be empty).
///
/// The outputs are split into jobs (one per format and variant, and the
/// package) taken from [`JOBS`] by one worker thread per core. Each stage's
/// time is the wall time from its first job's start to its last job's end.
pub fn write_all(p: &Publication, dir: &Path) -> io::Result<Summary> {
    use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
    use std::time::Instant;
    let mut s = Summary {
        rows: p.dataset.row_count(),
        ..Default::default()
    };
    let next = AtomicUsize::new(0);
    let count = |f: fn(&Job) -> bool| AtomicUsize::new(JOBS.iter().filter(|j| f(j)).count());
    let csv_left = count(|j| matches!(j, Job::Csv(_)));
    let json_left = count(|j| matches!(j, Job::Json(_)));
    let failed = AtomicBool::new(false);
    let spans: std::sync::Mutex<[Option<(Instant, Instant)>; 4]> = Default::default();
    let children = json::ChildIndex::shared();
    let run = |job: Job| -> io::Result<()> {
        let start = Instant::now();
        match job {
            Job::Xlsx(v) => xlsx::write_variant(p, v, &dir.join("xlsx"))?,
            Job::Json(v) => {
                json::write_variant(p, &children, v, &dir.join("json"))?;
                if json_left.fetch_sub(1, Ordering::AcqRel) == 1 {
                    *children.lock().unwrap_or_else(|e| e.into_inner()) = None;
                }
            }
            Job::Csv(v) => csv::write_variant(p, v, &dir.join("csv"), &dir.join("csv-excel"))?,
            Job::Package => {
                let pkg = dir.join("package");
                package::write(p, &pkg)?;
                zip::zip_dir(
                    &pkg,
                    &dir.join(format!("{}-package.zip", stem(p))),
                    &stem(p),
                    compression_level(p),
                )?;
            }
        }
        let end = Instant::now();
        let mut spans = spans.lock().unwrap_or_else(|e| e.into_inner());
        let span = &mut spans[job.stage()];
        *span = Some(match *span {
            Some((a, b)) => (a.min(start), b.max(end)),
            None => (start, end),
        });
        Ok(())
    };
    let worker = || -> io::Result<()> {
        while !failed.load(Ordering::Relaxed) {
            let Some(&job) = JOBS.get(next.fetch_add(1, Ordering::Relaxed)) else {
                break;
            };
            let done = run(job).and_then(|()| {
                let last_csv =
                    matches!(job, Job::Csv(_)) && csv_left.fetch_sub(1, Ordering::AcqRel) == 1;
                if last_csv {
                    run(Job::Package)?;
                }
                Ok(())
            });
            if done.is_err() {
                failed.store(true, Ordering::Relaxed);
                return done;
            }
        }
        Ok(())
    };
    let workers = std::thread::available_parallelism().map_or(1, |n| n.get());
    let results: Vec<io::Result<()>> = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..workers).map(|_| scope.spawn(worker)).collect();
        handles
            .into_iter()
            .map(|h| {
                h.join()
                    .unwrap_or_else(|_| Err(io::Error::other("an output thread panicked")))
            })
            .collect()
    });
    results.into_iter().collect::<io::Result<()>>()?;
    let spans = spans.into_inner().unwrap_or_else(|e| e.into_inner());
    s.timings = STAGES
        .iter()
        .zip(spans)
        .map(|(&name, span)| (name, span.map_or_else(Default::default, |(a, b)| b - a)))
        .collect();
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
        remove_tree(&old).map_err(|e| ctx(&old, "cannot remove", e))?;
    }
    Ok(summary)
}

/// Removes a directory tree, its top-level entries on parallel threads.
///
/// Removing a previous large output (gigabytes still in the page cache) is
/// system time proportional to its size, at the very end of a build where
/// nothing else runs beside it; the top-level folders are of similar size.
fn remove_tree(dir: &Path) -> io::Result<()> {
    let entries = std::fs::read_dir(dir)?
        .map(|e| e.map(|e| e.path()))
        .collect::<io::Result<Vec<PathBuf>>>()?;
    parallel(&entries, |p| {
        if p.is_dir() {
            std::fs::remove_dir_all(p)
        } else {
            std::fs::remove_file(p)
        }
    })?;
    std::fs::remove_dir(dir)
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

/// A buffered file writer that hands the kernel whole blocks only.
///
/// `std::io::BufWriter` writes out whatever it holds when the next piece does
/// not fit, so the writes of a multi-gigabyte output land at arbitrary file
/// offsets. Each write that starts or ends inside a fresh page-cache folio
/// makes the kernel zero the rest of that folio first (`zero_user_segments`),
/// which was several seconds of system time at 1M points. Writing only full
/// [`BLOCK`]s keeps every write aligned; only the last one is short.
pub struct BlockWriter<W: io::Write> {
    inner: W,
    buf: Vec<u8>,
}

/// Size of every write but the last: a multiple of any page or folio size.
const BLOCK: usize = 1 << 18;

impl<W: io::Write> BlockWriter<W> {
    pub fn new(inner: W) -> Self {
        BlockWriter {
            inner,
            buf: Vec::with_capacity(BLOCK),
        }
    }
}

impl BlockWriter<std::fs::File> {
    /// Creates (or truncates) the file at `path`.
    pub fn create(path: &Path) -> io::Result<Self> {
        Ok(BlockWriter::new(std::fs::File::create(path)?))
    }
}

impl<W: io::Write> io::Write for BlockWriter<W> {
    fn write(&mut self, data: &[u8]) -> io::Result<usize> {
        let n = data.len().min(BLOCK - self.buf.len());
        self.buf.extend_from_slice(&data[..n]);
        if self.buf.len() == BLOCK {
            self.inner.write_all(&self.buf)?;
            self.buf.clear();
        }
        Ok(n)
    }

    fn write_all(&mut self, mut data: &[u8]) -> io::Result<()> {
        while !data.is_empty() {
            let n = self.write(data)?;
            data = &data[n..];
        }
        Ok(())
    }

    /// Writes out what is buffered (a short write: call it at the end only).
    fn flush(&mut self) -> io::Result<()> {
        self.inner.write_all(&self.buf)?;
        self.buf.clear();
        self.inner.flush()
    }
}
