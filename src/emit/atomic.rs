//! Replacing the output directory so that it is always a whole release.
//!
//! A build writes into a staging directory of its own beside the output
//! (`.<out>.staging-<pid>-<nanos>`), holding an exclusive lock on
//! `.<out>.lock` for the whole build, and swaps the staging directory with
//! the output in one atomic exchange (`renameat2(RENAME_EXCHANGE)` on
//! Linux). The previous release then sits under the staging name and is
//! removed. So:
//!
//! - the output is at every moment the complete old or the complete new
//!   release, even if the build is killed (a killed build leaves at most a
//!   staging directory, which the next build removes under the lock);
//! - two builds into the same output run one after the other: the second
//!   waits for the lock (and says so);
//! - where the exchange is not supported (another OS, or a filesystem
//!   without it) the fallback is two renames, output aside then staging in,
//!   with a window of a few microseconds where the output is missing.
//!
//! Only a previous output of this tool is replaced: it carries the marker
//! file [`MARKER`]. An output path that is a symlink, or an existing
//! directory with other content and no marker, is refused. Files are
//! written with modes 0644 and directories 0755 whatever the umask.

use super::{write_all, Summary};
use crate::publication::Publication;
use std::io;
use std::path::{Path, PathBuf};

/// The file that marks a directory as an output of this tool.
pub const MARKER: &str = ".amed-budget-output";

const MARKER_TEXT: &str = "This directory is written by `amed-budget build` and replaced whole by \
each build. Do not keep other files in it.\n";

/// An I/O error with the path it concerns.
fn ctx(path: &Path, what: &str, e: io::Error) -> io::Error {
    io::Error::new(e.kind(), format!("{what} `{}`: {e}", path.display()))
}

fn refuse(out: &Path, kind: io::ErrorKind, why: &str) -> io::Error {
    io::Error::new(
        kind,
        format!("refusing to replace `{}`: {why}", out.display()),
    )
}

/// The output's parent directory and name.
fn split(out: &Path) -> (PathBuf, String) {
    let name = out
        .file_name()
        .map_or_else(|| "out".to_string(), |n| n.to_string_lossy().into_owned());
    let parent = match out.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    };
    (parent, name)
}

/// Refuses an output that is not a directory this tool may replace.
fn check_target(out: &Path) -> io::Result<()> {
    let Ok(meta) = std::fs::symlink_metadata(out) else {
        return Ok(()); // does not exist yet
    };
    if meta.file_type().is_symlink() {
        return Err(refuse(
            out,
            io::ErrorKind::InvalidInput,
            "it is a symbolic link; give the real directory as --out",
        ));
    }
    if !meta.is_dir() {
        return Err(io::Error::new(
            io::ErrorKind::NotADirectory,
            format!(
                "the output `{}` exists and is not a directory",
                out.display()
            ),
        ));
    }
    let mut entries = std::fs::read_dir(out).map_err(|e| ctx(out, "cannot read", e))?;
    let empty = entries.next().is_none();
    if !empty && !out.join(MARKER).is_file() {
        return Err(refuse(
            out,
            io::ErrorKind::InvalidInput,
            &format!(
                "it is not an output of amed-budget (it has no `{MARKER}` file); \
                 remove it or choose another --out"
            ),
        ));
    }
    Ok(())
}

/// Takes the exclusive lock of the output, waiting for another build that
/// holds it. The lock is released when the returned file is dropped (or the
/// process ends, however it ends).
fn lock(parent: &Path, name: &str) -> io::Result<std::fs::File> {
    let path = parent.join(format!(".{name}.lock"));
    let file = std::fs::OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(&path)
        .map_err(|e| ctx(&path, "cannot open the lock file", e))?;
    match file.try_lock() {
        Ok(()) => {}
        Err(std::fs::TryLockError::WouldBlock) => {
            eprintln!(
                "waiting for another build of `{}` to finish...",
                parent.join(name).display()
            );
            file.lock().map_err(|e| ctx(&path, "cannot lock", e))?;
        }
        Err(std::fs::TryLockError::Error(e)) => return Err(ctx(&path, "cannot lock", e)),
    }
    Ok(file)
}

/// Removes what killed builds left beside the output (only ever called
/// with the lock held, so no other build is using them). Returns what
/// could not be removed.
fn clean_leftovers(parent: &Path, name: &str) -> Vec<PathBuf> {
    let prefix = format!(".{name}.staging-");
    let mut left = Vec::new();
    let Ok(entries) = std::fs::read_dir(parent) else {
        return left;
    };
    for e in entries.flatten() {
        let is_ours = e
            .file_name()
            .to_str()
            .is_some_and(|n| n.starts_with(&prefix));
        if is_ours && remove_tree(&e.path()).is_err() {
            left.push(e.path());
        }
    }
    left
}

/// Builds into a staging directory beside `out` and swaps it in only when
/// every file was written: a failed build leaves `out` as it was.
pub fn build_atomic(p: &Publication, out: &Path) -> io::Result<Summary> {
    check_target(out)?;
    let (parent, name) = split(out);
    let _lock = lock(&parent, &name)?;
    let mut warnings: Vec<String> = clean_leftovers(&parent, &name)
        .into_iter()
        .map(|d| {
            format!(
                "could not remove `{}` left by an earlier build",
                d.display()
            )
        })
        .collect();
    // Checked again under the lock: another build may have changed it.
    check_target(out)?;
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.subsec_nanos());
    let staging = parent.join(format!(".{name}.staging-{}-{nanos}", std::process::id()));
    std::fs::create_dir(&staging).map_err(|e| ctx(&staging, "cannot create", e))?;
    let written = std::fs::write(staging.join(MARKER), MARKER_TEXT)
        .and_then(|()| write_all(p, &staging))
        .and_then(|s| {
            fix_modes(&staging)?;
            Ok(s)
        });
    let mut summary = match written {
        Ok(s) => s,
        Err(e) => {
            let _ = remove_tree(&staging);
            return Err(ctx(&staging, "cannot write the outputs into", e));
        }
    };
    if let Err(e) = swap(&staging, out) {
        let _ = remove_tree(&staging);
        return Err(ctx(out, "cannot put the new output in place at", e));
    }
    // `staging` now holds the previous release, if there was one.
    if staging.exists() && remove_tree(&staging).is_err() {
        warnings.push(format!(
            "the new release is in place, but the previous one could not be removed from `{}`",
            staging.display()
        ));
    }
    summary.warnings = warnings;
    Ok(summary)
}

/// Puts `staging` in place of `out`: one atomic exchange when `out` exists
/// (afterwards `staging` holds the previous output), else a rename.
fn swap(staging: &Path, out: &Path) -> io::Result<()> {
    if std::fs::symlink_metadata(out).is_err() {
        return std::fs::rename(staging, out);
    }
    #[cfg(target_os = "linux")]
    {
        use rustix::fs::{renameat_with, RenameFlags, CWD};
        match renameat_with(CWD, staging, CWD, out, RenameFlags::EXCHANGE) {
            Ok(()) => return Ok(()),
            Err(e) if e == rustix::io::Errno::INVAL || e == rustix::io::Errno::NOSYS => {}
            Err(e) => return Err(e.into()),
        }
    }
    // Fallback: the output is missing between the two renames.
    let (parent, name) = split(out);
    let aside = parent.join(format!(".{name}.old-{}", std::process::id()));
    std::fs::rename(out, &aside)?;
    if let Err(e) = std::fs::rename(staging, out) {
        let _ = std::fs::rename(&aside, out);
        return Err(e);
    }
    std::fs::rename(&aside, staging)
}

/// Files 0644, directories 0755, whatever the umask of the build.
fn fix_modes(dir: &Path) -> io::Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o755))?;
        for e in std::fs::read_dir(dir)? {
            let e = e?;
            let path = e.path();
            if e.file_type()?.is_dir() {
                fix_modes(&path)?;
            } else {
                std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644))?;
            }
        }
    }
    Ok(())
}

/// Removes a directory tree, its top-level entries in parallel.
///
/// Removing a previous large output (gigabytes still in the page cache) is
/// system time proportional to its size, at the very end of a build where
/// nothing else runs beside it; the top-level folders are of similar size.
fn remove_tree(dir: &Path) -> io::Result<()> {
    let entries = std::fs::read_dir(dir)?
        .map(|e| e.map(|e| e.path()))
        .collect::<io::Result<Vec<PathBuf>>>()?;
    super::parallel(&entries, |p| {
        if p.is_dir() {
            std::fs::remove_dir_all(p)
        } else {
            std::fs::remove_file(p)
        }
    })?;
    std::fs::remove_dir(dir)
}
