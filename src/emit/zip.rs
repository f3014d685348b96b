//! A zip of a directory that is byte-identical across runs: entries sorted,
//! timestamps fixed, permissions fixed.
//!
//! Deflating is the slowest step of a large build, so the entries are
//! compressed on several threads, each into a part archive of its own, and
//! then copied in their sorted order into the target without recompressing.
//! A raw copy writes the same local header, data and central-directory
//! record as compressing the entry in place, so the result does not depend on
//! the number of threads.

use std::io::{self, Write};
use std::path::{Path, PathBuf};
use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, DateTime, ZipArchive, ZipWriter};

/// Entry options; `level` is the deflate level (`None`: the library default).
fn options(level: Option<u8>) -> io::Result<SimpleFileOptions> {
    let time = DateTime::from_date_and_time(2000, 1, 1, 0, 0, 0).map_err(io::Error::other)?;
    Ok(SimpleFileOptions::default()
        .compression_method(CompressionMethod::Deflated)
        .compression_level(level.map(i64::from))
        .last_modified_time(time)
        .unix_permissions(0o644))
}

/// Zips every file under `dir` into `target`, inside a top folder `root`,
/// at deflate level `level` (`None`: the default).
pub fn zip_dir(dir: &Path, target: &Path, root: &str, level: Option<u8>) -> io::Result<()> {
    let files = super::list_files(dir)?;
    let threads = rayon::current_num_threads();
    if threads < 2 || files.len() < 2 {
        return zip_files(dir, &files, target, root, level);
    }
    // Deal the files, largest first, to the least-loaded part.
    let mut sized: Vec<(u64, usize)> = files
        .iter()
        .enumerate()
        .map(|(i, rel)| Ok((std::fs::metadata(dir.join(rel))?.len(), i)))
        .collect::<io::Result<_>>()?;
    sized.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    let parts = threads.min(files.len());
    let mut load = vec![0u64; parts];
    let mut part_of = vec![0usize; files.len()];
    let mut members: Vec<Vec<String>> = vec![Vec::new(); parts];
    for (len, i) in sized {
        let k = (0..parts).min_by_key(|&k| load[k]).unwrap_or(0);
        load[k] += len;
        part_of[i] = k;
        members[k].push(files[i].clone());
    }
    for m in &mut members {
        m.sort();
    }
    let part_paths: Vec<PathBuf> = (0..parts)
        .map(|k| {
            let mut name = target.as_os_str().to_owned();
            name.push(format!(".part{k}"));
            PathBuf::from(name)
        })
        .collect();
    let jobs: Vec<(&Vec<String>, &PathBuf)> = members.iter().zip(&part_paths).collect();
    let result =
        super::parallel(&jobs, |(m, p)| zip_files(dir, m, p, root, level)).and_then(|_| {
            let mut archives = part_paths
                .iter()
                .map(|p| ZipArchive::new(std::fs::File::open(p)?).map_err(io::Error::other))
                .collect::<io::Result<Vec<_>>>()?;
            let file = std::fs::File::create(target)?;
            let mut z = ZipWriter::new(io::BufWriter::new(file));
            for (i, rel) in files.iter().enumerate() {
                let entry = archives[part_of[i]]
                    .by_name(&format!("{root}/{rel}"))
                    .map_err(io::Error::other)?;
                z.raw_copy_file(entry).map_err(io::Error::other)?;
            }
            let mut inner = z.finish().map_err(io::Error::other)?;
            inner.flush()
        });
    for p in &part_paths {
        let _ = std::fs::remove_file(p);
    }
    result
}

/// Compresses `files` (relative to `dir`, in this order) into `target`.
fn zip_files(
    dir: &Path,
    files: &[String],
    target: &Path,
    root: &str,
    level: Option<u8>,
) -> io::Result<()> {
    let file = std::fs::File::create(target)?;
    let mut z = ZipWriter::new(io::BufWriter::new(file));
    let options = options(level)?;
    for rel in files {
        z.start_file(format!("{root}/{rel}"), options)
            .map_err(io::Error::other)?;
        let mut f = std::fs::File::open(dir.join(rel))?;
        io::copy(&mut f, &mut z)?;
    }
    let mut inner = z.finish().map_err(io::Error::other)?;
    inner.flush()
}
