//! What changed between the Japanese a translation was made from and the
//! Japanese now, character by character (Japanese has no spaces to split
//! words on), for the highlighted cells of the workbook and the notes of
//! the XLIFF file.

/// A run of text of the old or the new Japanese, and whether it changed.
pub type Run = (bool, String);

/// Cells of the table above which the middle (after the common prefix and
/// suffix) is shown changed whole: texts are short, but a cell may hold
/// 32,767 characters.
const MAX_CELLS: usize = 4_000_000;

#[derive(Debug, Clone, Copy, PartialEq)]
enum Op {
    Same,
    Removed,
    Inserted,
}

/// The edit script from `old` to `new`, one op per character.
fn script(old: &[char], new: &[char]) -> Vec<(Op, char)> {
    let prefix = old.iter().zip(new).take_while(|(a, b)| a == b).count();
    let rest = old.len().min(new.len()) - prefix;
    let suffix = old
        .iter()
        .rev()
        .zip(new.iter().rev())
        .take(rest)
        .take_while(|(a, b)| a == b)
        .count();
    let a = &old[prefix..old.len() - suffix];
    let b = &new[prefix..new.len() - suffix];
    let mut out: Vec<(Op, char)> = old[..prefix].iter().map(|&c| (Op::Same, c)).collect();
    if (a.len() + 1).saturating_mul(b.len() + 1) > MAX_CELLS {
        out.extend(a.iter().map(|&c| (Op::Removed, c)));
        out.extend(b.iter().map(|&c| (Op::Inserted, c)));
    } else {
        out.extend(lcs_script(a, b));
    }
    out.extend(old[old.len() - suffix..].iter().map(|&c| (Op::Same, c)));
    out
}

/// Longest common subsequence by dynamic programming (lengths of the
/// suffixes), then one walk from the start.
fn lcs_script(a: &[char], b: &[char]) -> Vec<(Op, char)> {
    let (n, m) = (a.len(), b.len());
    let w = m + 1;
    let mut len = vec![0u32; (n + 1) * w];
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            len[i * w + j] = if a[i] == b[j] {
                len[(i + 1) * w + j + 1] + 1
            } else {
                len[(i + 1) * w + j].max(len[i * w + j + 1])
            };
        }
    }
    let mut out = Vec::with_capacity(n + m);
    let (mut i, mut j) = (0, 0);
    while i < n || j < m {
        if i < n && j < m && a[i] == b[j] {
            out.push((Op::Same, a[i]));
            i += 1;
            j += 1;
        } else if j < m && (i == n || len[i * w + j + 1] > len[(i + 1) * w + j]) {
            out.push((Op::Inserted, b[j]));
            j += 1;
        } else {
            out.push((Op::Removed, a[i]));
            i += 1;
        }
    }
    out
}

fn runs(ops: impl Iterator<Item = (bool, char)>) -> Vec<Run> {
    let mut out: Vec<Run> = Vec::new();
    for (changed, c) in ops {
        match out.last_mut() {
            Some((k, s)) if *k == changed => s.push(c),
            _ => out.push((changed, c.to_string())),
        }
    }
    out
}

/// The old text and the new one as runs, the removed and the inserted
/// characters marked changed.
pub fn runs_of(old: &str, new: &str) -> (Vec<Run>, Vec<Run>) {
    let (a, b): (Vec<char>, Vec<char>) = (old.chars().collect(), new.chars().collect());
    let ops = script(&a, &b);
    let old_runs = runs(
        ops.iter()
            .filter(|(op, _)| *op != Op::Inserted)
            .map(|&(op, c)| (op == Op::Removed, c)),
    );
    let new_runs = runs(
        ops.iter()
            .filter(|(op, _)| *op != Op::Removed)
            .map(|&(op, c)| (op == Op::Inserted, c)),
    );
    (old_runs, new_runs)
}

/// The change in one line: `[-removed-]{+inserted+}` around the changes.
pub fn marked(old: &str, new: &str) -> String {
    let (a, b): (Vec<char>, Vec<char>) = (old.chars().collect(), new.chars().collect());
    let mut out = String::new();
    let mut open: Option<Op> = None;
    let close = |out: &mut String, op: Option<Op>| match op {
        Some(Op::Removed) => out.push_str("-]"),
        Some(Op::Inserted) => out.push_str("+}"),
        _ => {}
    };
    for (op, c) in script(&a, &b) {
        if open != Some(op) {
            close(&mut out, open);
            match op {
                Op::Removed => out.push_str("[-"),
                Op::Inserted => out.push_str("{+"),
                Op::Same => {}
            }
            open = Some(op);
        }
        out.push(c);
    }
    close(&mut out, open);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_changed_word_is_marked_in_both_texts() {
        let (old, new) = runs_of("専門的支援体制", "専門的な支援体制");
        assert_eq!(
            old,
            [(false, "専門的支援体制".to_string())],
            "nothing removed"
        );
        assert_eq!(
            new,
            [
                (false, "専門的".to_string()),
                (true, "な".to_string()),
                (false, "支援体制".to_string())
            ]
        );
        assert_eq!(
            marked("専門的支援体制", "専門的な支援体制"),
            "専門的{+な+}支援体制"
        );
        assert_eq!(marked("AをBに", "AをCに"), "Aを[-B-]{+C+}に");
        assert_eq!(marked("同じ", "同じ"), "同じ");
        assert_eq!(marked("", "新"), "{+新+}");
    }

    #[test]
    fn long_texts_are_shown_changed_whole_between_prefix_and_suffix() {
        let old = format!("前{}後", "あ".repeat(3000));
        let new = format!("前{}後", "い".repeat(3000));
        let (o, n) = runs_of(&old, &new);
        assert_eq!(o.len(), 3);
        assert_eq!(n[1], (true, "い".repeat(3000)));
    }
}
