//! SHA-256 of the package's files, for `datapackage.json`, `dcat.jsonld` and
//! `SHA256SUMS`.

use sha2::{Digest, Sha256};
use std::collections::HashMap;
use std::io::{self, Read};
use std::path::{Path, PathBuf};
use std::sync::{Mutex, MutexGuard};

/// The SHA-256 of `bytes`, in lower-case hexadecimal.
pub fn sha256_hex(bytes: &[u8]) -> String {
    hex::encode(Sha256::digest(bytes))
}

/// Size and SHA-256 of a file, read in pieces.
fn file_hash(path: &Path) -> io::Result<(u64, String)> {
    let mut f = std::fs::File::open(path)?;
    let mut h = Sha256::new();
    let mut buf = vec![0u8; 1 << 16];
    let mut n = 0u64;
    loop {
        let k = f.read(&mut buf)?;
        if k == 0 {
            break;
        }
        h.update(&buf[..k]);
        n += k as u64;
    }
    Ok((n, hex::encode(h.finalize())))
}

/// Size and SHA-256 of the package's files, computed once per file (files
/// are never rewritten once the metadata starts describing them).
#[derive(Default)]
pub struct Hashes {
    known: Mutex<HashMap<PathBuf, (u64, String)>>,
}

impl Hashes {
    /// Size in bytes and SHA-256 of the file at `path`.
    pub fn get(&self, path: &Path) -> io::Result<(u64, String)> {
        if let Some(v) = self.lock().get(path) {
            return Ok(v.clone());
        }
        let v = file_hash(path)?;
        self.lock().insert(path.to_path_buf(), v.clone());
        Ok(v)
    }

    fn lock(&self) -> MutexGuard<'_, HashMap<PathBuf, (u64, String)>> {
        self.known.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Hashes every file now under `dir`, spread over the available cores.
    pub fn prefill(&self, dir: &Path) -> io::Result<()> {
        let threads = rayon::current_num_threads();
        let mut files: Vec<(u64, PathBuf)> = crate::emit::list_files(dir)?
            .into_iter()
            .map(|rel| {
                let path = dir.join(rel);
                Ok((std::fs::metadata(&path)?.len(), path))
            })
            .collect::<io::Result<_>>()?;
        // Largest first, dealt to the least-loaded thread.
        files.sort_by_key(|f| std::cmp::Reverse(f.0));
        let mut groups: Vec<(u64, Vec<PathBuf>)> = vec![(0, Vec::new()); threads];
        for (len, path) in files {
            if let Some(g) = groups.iter_mut().min_by_key(|g| g.0) {
                g.0 += len;
                g.1.push(path);
            }
        }
        crate::emit::parallel(&groups, |(_, paths)| {
            for path in paths {
                self.get(path)?;
            }
            Ok(())
        })
    }
}
