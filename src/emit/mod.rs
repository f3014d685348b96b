//! Stage 4: write every output from the [`Publication`], into a staging
//! directory that replaces `out/` only when everything was written.

pub mod atomic;
pub mod changelog;
pub mod csv;
pub mod json;
pub mod package;
pub mod site;
pub mod status;
pub mod views_csv;
pub mod xlsx;
pub mod zip;

use crate::diag::Diagnostics;
use crate::publication::{Publication, Variant};
use std::io;
use std::path::Path;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// What a build wrote, for the summary line.
#[derive(Debug, Default)]
pub struct Summary {
    pub files: usize,
    pub bytes: u64,
    pub rows: usize,
    /// Wall time per output format, in order.
    pub timings: Vec<(&'static str, Duration)>,
    /// What went wrong after the new release was in place (it is still
    /// complete and current): leftovers that could not be removed.
    pub warnings: Vec<String>,
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

pub use atomic::build_atomic;

/// The stem of the release's file names (the document's identifier).
pub fn stem(p: &Publication) -> String {
    p.dataset.doc_str("id").to_string()
}

/// One output format: files written from the read-only [`Publication`].
///
/// An output splits its work into independent jobs (for example one per
/// language variant) so that the build can run them side by side.
pub trait Output: Sync {
    /// The name reported with the stage times of the build.
    fn name(&self) -> &'static str;

    /// The jobs of this output, each with its estimated relative cost
    /// (the longest jobs start first, so every core stays busy to the end).
    fn jobs(&self) -> Vec<(Variant, u32)> {
        Variant::ALL.iter().map(|&v| (v, 1)).collect()
    }

    /// Writes one job's files under `dir` (the whole release's directory).
    fn write(&self, p: &Publication, job: Variant, dir: &Path) -> io::Result<()>;

    /// Reports, before anything is written, every input that this output
    /// could not write (an over-long sheet name, say), so that `check`
    /// finds what `build` would fail on.
    fn check(&self, _p: &Publication, _diags: &mut Diagnostics) {}

    /// Called once after the last job of this output has finished.
    fn finish(&self) {}

    /// Outputs whose files this one reads: it starts when they are done.
    fn after(&self) -> &'static [&'static str] {
        &[]
    }
}

/// Every output of a release, in the order the build summary reports them.
///
/// To add an output format, write one module with a type implementing
/// [`Output`] and add one line here.
pub fn outputs() -> Vec<Box<dyn Output>> {
    // The analyst views, computed once and shared by the outputs that publish them.
    let views = std::sync::Arc::new(crate::views::Shared::default());
    vec![
        Box::new(json::Json::default()),
        Box::new(csv::Csv),
        Box::new(views_csv::ViewsCsv(views.clone())),
        Box::new(xlsx::Xlsx(views)),
        Box::new(changelog::Changelog),
        Box::new(status::StatusTable),
        Box::new(package::Package),
        Box::new(site::Site::default()),
    ]
}

/// Writes every output under `dir` (which must exist and be empty).
///
/// Every job of every output goes onto the thread pool, longest first; an
/// output that reads another's files (see [`Output::after`]) is queued when
/// the last of them is done. Each output's time is the wall time from its
/// first job's start to its last job's end.
pub fn write_all(p: &Publication, dir: &Path) -> io::Result<Summary> {
    let outputs = outputs();
    let run = Run::new(p, dir, &outputs);
    let first: Vec<usize> = (0..outputs.len())
        .filter(|&o| outputs[o].after().is_empty())
        .collect();
    rayon::scope_fifo(|s| run.spawn(s, &first));
    let timings = run.timings()?;
    let (files, bytes) = tally(dir)?;
    Ok(Summary {
        files,
        bytes,
        rows: p.dataset.row_count(),
        timings,
        warnings: Vec::new(),
    })
}

/// The shared state of [`write_all`]'s jobs.
struct Run<'a> {
    p: &'a Publication<'a>,
    dir: &'a Path,
    outputs: &'a [Box<dyn Output>],
    jobs: Vec<Vec<(Variant, u32)>>,
    /// Jobs not yet finished, per output.
    left: Vec<AtomicUsize>,
    /// Outputs not yet finished that each output waits for.
    waiting: Vec<AtomicUsize>,
    /// First start and last end of each output's jobs.
    spans: Vec<Mutex<Option<(Instant, Instant)>>>,
    failed: AtomicBool,
    error: Mutex<Option<io::Error>>,
}

impl<'a> Run<'a> {
    fn new(p: &'a Publication<'a>, dir: &'a Path, outputs: &'a [Box<dyn Output>]) -> Self {
        let jobs: Vec<Vec<(Variant, u32)>> = outputs.iter().map(|o| o.jobs()).collect();
        Run {
            p,
            dir,
            outputs,
            left: jobs.iter().map(|j| AtomicUsize::new(j.len())).collect(),
            waiting: outputs
                .iter()
                .map(|o| AtomicUsize::new(o.after().len()))
                .collect(),
            spans: outputs.iter().map(|_| Mutex::new(None)).collect(),
            jobs,
            failed: AtomicBool::new(false),
            error: Mutex::new(None),
        }
    }

    /// Queues every job of the `ready` outputs, longest first (ties in
    /// registry order).
    fn spawn<'s>(&'s self, s: &rayon::ScopeFifo<'s>, ready: &[usize]) {
        let mut queue: Vec<(usize, Variant, u32)> = ready
            .iter()
            .flat_map(|&o| self.jobs[o].iter().map(move |&(v, cost)| (o, v, cost)))
            .collect();
        queue.sort_by_key(|&(o, _, cost)| (std::cmp::Reverse(cost), o));
        for (o, v, _) in queue {
            s.spawn_fifo(move |s| self.job(s, o, v));
        }
    }

    fn job<'s>(&'s self, s: &rayon::ScopeFifo<'s>, o: usize, v: Variant) {
        if self.failed.load(Ordering::Relaxed) {
            return;
        }
        let start = Instant::now();
        if let Err(e) = self.outputs[o].write(self.p, v, self.dir) {
            self.failed.store(true, Ordering::Relaxed);
            // Every error says which output it comes from.
            let name = self.outputs[o].name();
            let e = io::Error::new(e.kind(), format!("{name} ({}): {e}", v.code()));
            lock(&self.error).get_or_insert(e);
            return;
        }
        let end = Instant::now();
        {
            let mut span = lock(&self.spans[o]);
            *span = Some(span.map_or((start, end), |(a, b)| (a.min(start), b.max(end))));
        }
        if self.left[o].fetch_sub(1, Ordering::AcqRel) != 1 {
            return;
        }
        self.outputs[o].finish();
        let name = self.outputs[o].name();
        let ready: Vec<usize> = (0..self.outputs.len())
            .filter(|&d| self.outputs[d].after().contains(&name))
            .filter(|&d| self.waiting[d].fetch_sub(1, Ordering::AcqRel) == 1)
            .collect();
        self.spawn(s, &ready);
    }

    /// Each output's wall time, or the first error of the run.
    fn timings(self) -> io::Result<Vec<(&'static str, Duration)>> {
        if let Some(e) = lock(&self.error).take() {
            return Err(e);
        }
        Ok(self
            .outputs
            .iter()
            .zip(&self.spans)
            .map(|(o, span)| {
                let span = *lock(span);
                (o.name(), span.map_or_else(Default::default, |(a, b)| b - a))
            })
            .collect())
    }
}

/// Locks a mutex whose holder cannot have left it inconsistent.
fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|e| e.into_inner())
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

/// Runs `f` for each item on the thread pool (the items are independent
/// outputs) and returns the first error, in item order.
pub fn parallel<T: Sync, F>(items: &[T], f: F) -> io::Result<()>
where
    F: Fn(&T) -> io::Result<()> + Sync,
{
    use rayon::prelude::*;
    let results: Vec<io::Result<()>> = items.par_iter().map(&f).collect();
    results.into_iter().collect()
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
