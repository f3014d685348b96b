//! `SHA256SUMS`: the SHA-256 of every other file of the package, in the
//! format `sha256sum --check` reads.

use super::hash::Hashes;
use std::io;
use std::path::Path;

/// One line `<hash>  <path>` per file, sorted by path.
pub fn build(pkg: &Path, hashes: &Hashes) -> io::Result<String> {
    let mut out = String::new();
    for rel in crate::emit::list_files(pkg)? {
        if rel == "SHA256SUMS" {
            continue;
        }
        let (_, hash) = hashes.get(&pkg.join(&rel))?;
        out.push_str(&format!("{hash}  {rel}\n"));
    }
    Ok(out)
}
