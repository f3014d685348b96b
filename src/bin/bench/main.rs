//! `make bench`: builds the real dataset and synthetic ones of 10k, 100k and
//! 1M points with the release CLI as a child process, and prints a Markdown
//! table of wall time, peak RSS, bytes written, rows per second and the
//! pipeline's own per-stage times, then whether the performance targets hold.
//!
//! Usage: `bench [--sizes 10000,100000,1000000] [--seed N] [--runs N] [--no-real]`
//! (run from the repository root, after `cargo build --release --bins`).
//! Synthetic inputs go to `target/bench/<points>/{data,locales}` and are reused
//! when `synth.stamp` shows the same generator version, seed and size.

mod synth;

use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode, Stdio};
use std::time::{Duration, Instant};
use synth::Config;

const CLI: &str = "target/release/amed-budget";
const TIME: &str = "/usr/bin/time";
const DEFAULT_SEED: u64 = 0x00A3_ED20_2600_0001;
const DEFAULT_SIZES: &[usize] = &[10_000, 100_000, 1_000_000];
const STAGES: &[&str] = &[
    "load",
    "validate",
    "localise",
    "history",
    "json",
    "csv",
    "csv-views",
    "xlsx",
    "changelog",
    "status",
    "package",
    "site",
];

struct Args {
    sizes: Vec<usize>,
    seed: u64,
    runs: usize,
    real: bool,
}

fn parse_args() -> Result<Args, String> {
    let mut a = Args {
        sizes: DEFAULT_SIZES.to_vec(),
        seed: DEFAULT_SEED,
        runs: 5,
        real: true,
    };
    let mut it = std::env::args().skip(1);
    while let Some(arg) = it.next() {
        let mut value = |name: &str| it.next().ok_or(format!("{name} needs a value"));
        match arg.as_str() {
            "--sizes" => {
                a.sizes = value("--sizes")?
                    .split(',')
                    .filter(|s| !s.is_empty())
                    .map(|s| s.trim().replace('_', "").parse::<usize>())
                    .collect::<Result<_, _>>()
                    .map_err(|e| format!("--sizes: {e}"))?;
            }
            "--seed" => {
                a.seed = value("--seed")?
                    .parse()
                    .map_err(|e| format!("--seed: {e}"))?
            }
            "--runs" => {
                a.runs = value("--runs")?
                    .parse()
                    .map_err(|e| format!("--runs: {e}"))?
            }
            "--no-real" => a.real = false,
            "-h" | "--help" => {
                return Err(
                    "usage: bench [--sizes 10000,100000,1000000] [--seed N] [--runs N] [--no-real]"
                        .into(),
                )
            }
            other => return Err(format!("unknown argument `{other}`")),
        }
    }
    a.runs = a.runs.max(1);
    Ok(a)
}

/// One measured build.
#[derive(Clone)]
struct Measure {
    wall: Duration,
    /// Peak resident set size of the child, in KiB.
    peak_kib: Option<u64>,
    rss_how: &'static str,
    records: usize,
    bytes: u64,
    stages: Vec<(String, f64)>,
}

struct Row {
    name: String,
    points: usize,
    m: Measure,
}

fn main() -> ExitCode {
    let args = match parse_args() {
        Ok(a) => a,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::from(2);
        }
    };
    if !Path::new(CLI).is_file() {
        eprintln!(
            "error: {CLI} not found; run `cargo build --release --bins` from the repository root"
        );
        return ExitCode::from(2);
    }
    let time_ok = time_works();
    eprintln!(
        "peak RSS from {}",
        if time_ok {
            "`/usr/bin/time` (wait4 rusage ru_maxrss)"
        } else {
            "polling /proc/<pid>/status VmHWM"
        }
    );
    let root = PathBuf::from("target/bench");
    let mut rows = Vec::new();
    if args.real {
        let out = root.join("real").join("out");
        match measure_real(
            Path::new("data"),
            Path::new("locales"),
            &out,
            args.runs,
            time_ok,
        ) {
            Ok(m) => rows.push(Row {
                name: "real".into(),
                points: count_records(Path::new("data/points.csv")),
                m,
            }),
            Err(e) => {
                eprintln!("error: real dataset: {e}");
                return ExitCode::FAILURE;
            }
        }
    }
    for &n in &args.sizes {
        let cfg = Config {
            points: n,
            seed: args.seed,
        };
        let dir = root.join(n.to_string());
        if synth::is_generated(&dir, &cfg) {
            eprintln!("{n} points: reusing {}", dir.display());
        } else {
            let t = Instant::now();
            eprint!("{n} points: generating into {} ... ", dir.display());
            match std::fs::create_dir_all(&dir)
                .and_then(|_| synth::generate(&dir, Path::new("locales"), &cfg))
            {
                Ok(s) => eprintln!(
                    "{} rows, {} texts, {:.1} MB in {:.1} s",
                    s.rows,
                    s.texts,
                    s.bytes as f64 / 1e6,
                    t.elapsed().as_secs_f64()
                ),
                Err(e) => {
                    eprintln!("failed: {e}");
                    return ExitCode::FAILURE;
                }
            }
        }
        eprintln!("{n} points: building ...");
        match run_build(
            &dir.join("data"),
            &dir.join("locales"),
            &dir.join("out"),
            time_ok,
        ) {
            Ok(m) => {
                eprintln!("{n} points: {:.2} s", m.wall.as_secs_f64());
                rows.push(Row {
                    name: format!("synthetic {}", human(n)),
                    points: n,
                    m,
                });
            }
            Err(e) => {
                eprintln!("error: {n} points: {e}");
                return ExitCode::FAILURE;
            }
        }
    }
    print_table(&rows, args.runs);
    print_targets(&rows);
    ExitCode::SUCCESS
}

fn human(n: usize) -> String {
    if n >= 1_000_000 && n.is_multiple_of(1_000_000) {
        format!("{}M", n / 1_000_000)
    } else if n >= 1000 && n.is_multiple_of(1000) {
        format!("{}k", n / 1000)
    } else {
        n.to_string()
    }
}

fn count_records(path: &Path) -> usize {
    csv::Reader::from_path(path)
        .map(|mut r| r.records().count())
        .unwrap_or(0)
}

/// The real dataset is small: one warm-up, then the median of `runs` builds.
fn measure_real(
    data: &Path,
    locales: &Path,
    out: &Path,
    runs: usize,
    time_ok: bool,
) -> Result<Measure, String> {
    run_build(data, locales, out, time_ok)?;
    let mut all = Vec::with_capacity(runs);
    for _ in 0..runs {
        all.push(run_build(data, locales, out, time_ok)?);
    }
    all.sort_by_key(|m| m.wall);
    Ok(all[all.len() / 2].clone())
}

/// Whether GNU time is there and writes `%M` to a file.
fn time_works() -> bool {
    let tmp = std::env::temp_dir().join(format!("bench-time-probe-{}", std::process::id()));
    let ok = Command::new(TIME)
        .args(["-f", "%M", "-o"])
        .arg(&tmp)
        .arg("true")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success())
        && std::fs::read_to_string(&tmp).is_ok_and(|s| s.trim().parse::<u64>().is_ok());
    let _ = std::fs::remove_file(&tmp);
    ok
}

/// Runs `amed-budget build` once and measures it.
fn run_build(data: &Path, locales: &Path, out: &Path, time_ok: bool) -> Result<Measure, String> {
    if let Some(d) = out.parent() {
        std::fs::create_dir_all(d).map_err(|e| e.to_string())?;
    }
    let cli_args = [
        "build".as_ref(),
        "--data".as_ref(),
        data.as_os_str(),
        "--locales".as_ref(),
        locales.as_os_str(),
        "--out".as_ref(),
        out.as_os_str(),
    ];
    let rusage_file = std::env::temp_dir().join(format!("bench-rusage-{}", std::process::id()));
    let mut cmd = if time_ok {
        let mut c = Command::new(TIME);
        c.args(["-f", "%M", "-o"]).arg(&rusage_file).arg(CLI);
        c
    } else {
        Command::new(CLI)
    };
    cmd.args(cli_args)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let start = Instant::now();
    let child = cmd
        .spawn()
        .map_err(|e| format!("cannot start {CLI}: {e}"))?;
    let (output, polled) = if time_ok {
        (child.wait_with_output().map_err(|e| e.to_string())?, None)
    } else {
        wait_polling(child)?
    };
    let wall = start.elapsed();
    let stdout = String::from_utf8_lossy(&output.stdout);
    if !output.status.success() {
        return Err(format!(
            "the build failed ({}):\n{}{}",
            output.status,
            stdout,
            String::from_utf8_lossy(&output.stderr)
        ));
    }
    let (peak_kib, rss_how) = if time_ok {
        let v = std::fs::read_to_string(&rusage_file)
            .ok()
            .and_then(|s| s.lines().last().and_then(|l| l.trim().parse().ok()));
        let _ = std::fs::remove_file(&rusage_file);
        (v, "ru_maxrss")
    } else {
        (polled, "VmHWM")
    };
    let records = stdout
        .lines()
        .find_map(|l| l.strip_prefix("built "))
        .and_then(|l| {
            let before = l.split(" records").next()?;
            before.rsplit(' ').next()?.parse().ok()
        })
        .unwrap_or(0);
    let stages = stdout
        .lines()
        .find_map(|l| l.strip_prefix("stages: "))
        .map(parse_stages)
        .unwrap_or_default();
    let bytes = tree_bytes(out).map_err(|e| format!("cannot measure {}: {e}", out.display()))?;
    Ok(Measure {
        wall,
        peak_kib,
        rss_how,
        records,
        bytes,
        stages,
    })
}

/// Without GNU time: poll the child's high-water mark until it exits.
fn wait_polling(
    mut child: std::process::Child,
) -> Result<(std::process::Output, Option<u64>), String> {
    let status_path = format!("/proc/{}/status", child.id());
    let mut stdout = child.stdout.take();
    let mut stderr = child.stderr.take();
    // Drain the pipes on threads so the child never blocks on a full pipe.
    let out_t = std::thread::spawn(move || {
        let mut v = Vec::new();
        if let Some(s) = stdout.as_mut() {
            let _ = std::io::Read::read_to_end(s, &mut v);
        }
        v
    });
    let err_t = std::thread::spawn(move || {
        let mut v = Vec::new();
        if let Some(s) = stderr.as_mut() {
            let _ = std::io::Read::read_to_end(s, &mut v);
        }
        v
    });
    let mut peak: Option<u64> = None;
    let status = loop {
        if let Some(kib) = std::fs::read_to_string(&status_path).ok().and_then(|s| {
            s.lines()
                .find_map(|l| l.strip_prefix("VmHWM:"))
                .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<u64>().ok())
        }) {
            peak = Some(peak.map_or(kib, |p: u64| p.max(kib)));
        }
        if let Some(s) = child.try_wait().map_err(|e| e.to_string())? {
            break s;
        }
        std::thread::sleep(Duration::from_millis(2));
    };
    let stdout = out_t.join().unwrap_or_default();
    let stderr = err_t.join().unwrap_or_default();
    Ok((
        std::process::Output {
            status,
            stdout,
            stderr,
        },
        peak,
    ))
}

/// `load 1.1 ms, validate 0.2 ms, ...` -> [(load, 1.1), ...]
fn parse_stages(line: &str) -> Vec<(String, f64)> {
    line.split(", ")
        .filter_map(|part| {
            let mut it = part.split_whitespace();
            let name = it.next()?.to_string();
            let ms = it.next()?.parse().ok()?;
            Some((name, ms))
        })
        .collect()
}

/// Bytes of the files under `dir`, each file once: the site's downloads are
/// hard links to the files of the release, not copies.
fn tree_bytes(dir: &Path) -> std::io::Result<u64> {
    let mut seen = std::collections::HashSet::new();
    tree_bytes_once(dir, &mut seen)
}

fn tree_bytes_once(
    dir: &Path,
    seen: &mut std::collections::HashSet<(u64, u64)>,
) -> std::io::Result<u64> {
    use std::os::unix::fs::MetadataExt;
    let mut n = 0;
    for e in std::fs::read_dir(dir)? {
        let e = e?;
        let t = e.file_type()?;
        if t.is_dir() {
            n += tree_bytes_once(&e.path(), seen)?;
        } else {
            let m = e.metadata()?;
            if seen.insert((m.dev(), m.ino())) {
                n += m.len();
            }
        }
    }
    Ok(n)
}

fn stage_ms(m: &Measure, name: &str) -> Option<f64> {
    m.stages.iter().find(|(n, _)| n == name).map(|(_, v)| *v)
}

fn print_table(rows: &[Row], runs: usize) {
    let mut head = vec![
        "dataset".to_string(),
        "points".into(),
        "rows".into(),
        "wall s".into(),
        "peak RSS MB".into(),
        "bytes written".into(),
        "rows/s".into(),
    ];
    head.extend(STAGES.iter().map(|s| format!("{s} ms")));
    println!();
    println!("| {} |", head.join(" | "));
    println!(
        "|{}",
        head.iter()
            .enumerate()
            .map(|(i, _)| if i == 0 { "---|" } else { "---:|" })
            .collect::<String>()
    );
    for r in rows {
        let m = &r.m;
        let secs = m.wall.as_secs_f64();
        let mut cells = vec![
            r.name.clone(),
            r.points.to_string(),
            m.records.to_string(),
            format!("{secs:.3}"),
            m.peak_kib
                .map_or("?".into(), |k| format!("{:.1}", k as f64 / 1024.0)),
            m.bytes.to_string(),
            format!("{:.0}", m.records as f64 / secs),
        ];
        cells.extend(STAGES.iter().map(|s| {
            stage_ms(m, s).map_or("–".into(), |v| {
                if v >= 100.0 {
                    format!("{v:.0}")
                } else {
                    format!("{v:.1}")
                }
            })
        }));
        println!("| {} |", cells.join(" | "));
    }
    println!();
    println!(
        "wall = spawn to exit of `{CLI} build` (real: median of {runs} runs after a warm-up; synthetic: one run); \
         peak RSS = {} of the child; MB = MiB; bytes written = sum of file sizes under the output directory, a hard-linked file once; \
         – = the stage did not run (history: no release recorded for synthetic data).",
        rows.first().map_or("ru_maxrss", |r| r.m.rss_how)
    );
}

fn print_targets(rows: &[Row]) {
    println!();
    println!("Targets:");
    let verdict = |ok: bool| if ok { "HOLDS" } else { "MISSED" };
    if let Some(r) = rows.iter().find(|r| r.name == "real") {
        let ms = r.m.wall.as_secs_f64() * 1000.0;
        println!(
            "- real dataset, whole build < 100 ms: {} ({ms:.1} ms)",
            verdict(ms < 100.0)
        );
    } else {
        println!("- real dataset, whole build < 100 ms: not measured");
    }
    let big = rows
        .iter()
        .find(|r| r.points == 1_000_000 && r.name != "real");
    match big {
        Some(r) => {
            let s = r.m.wall.as_secs_f64();
            println!("- 1M points < 30 s: {} ({s:.2} s)", verdict(s < 30.0));
            match r.m.peak_kib {
                Some(k) => {
                    let mib = k as f64 / 1024.0;
                    println!(
                        "- 1M points < 1 GB peak RSS: {} ({mib:.0} MiB)",
                        verdict(mib < 1024.0)
                    );
                }
                None => println!("- 1M points < 1 GB peak RSS: not measured"),
            }
        }
        None => println!("- 1M points: not measured"),
    }
    let mid = rows
        .iter()
        .find(|r| r.points == 100_000 && r.name != "real");
    match (mid, big) {
        (Some(a), Some(b)) => {
            let x = b.m.wall.as_secs_f64() / a.m.wall.as_secs_f64();
            println!(
                "- scaling 100k -> 1M at most 11x time: {} ({x:.2}x)",
                verdict(x <= 11.0)
            );
        }
        _ => println!("- scaling 100k -> 1M: not measured"),
    }
}
