//! A zip of a directory that is byte-identical across runs: entries sorted,
//! timestamps fixed, permissions fixed.

use std::io::{self, Write};
use std::path::Path;
use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, DateTime, ZipWriter};

/// Zips every file under `dir` into `target`, inside a top folder `root`.
pub fn zip_dir(dir: &Path, target: &Path, root: &str) -> io::Result<()> {
    let file = std::fs::File::create(target)?;
    let mut z = ZipWriter::new(io::BufWriter::new(file));
    let time = DateTime::from_date_and_time(2000, 1, 1, 0, 0, 0).map_err(io::Error::other)?;
    let options = SimpleFileOptions::default()
        .compression_method(CompressionMethod::Deflated)
        .last_modified_time(time)
        .unix_permissions(0o644);
    for rel in super::list_files(dir)? {
        z.start_file(format!("{root}/{rel}"), options)
            .map_err(io::Error::other)?;
        let mut f = std::fs::File::open(dir.join(&rel))?;
        io::copy(&mut f, &mut z)?;
    }
    let mut inner = z.finish().map_err(io::Error::other)?;
    inner.flush()
}
