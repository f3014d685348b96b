//! Horizontal bar charts as inline SVG, laid out at build time: one bar per
//! item (stacked when it has several series), its name above it on as many
//! lines as it needs, its total at its end. The numbers are also in a table
//! beside every chart; the chart is an image with a title and a description.

use unicode_width::UnicodeWidthStr;

/// Width of the drawing (the SVG scales down to the page's width).
const WIDTH: u32 = 480;
/// Widest label line, in terminal columns (a CJK character is two).
const LABEL_COLUMNS: usize = 54;
const LINE: u32 = 19;
const BAR: u32 = 16;
const GAP: u32 = 14;
/// Room left at the right of the longest bar for its value.
const VALUE_ROOM: u32 = 64;

pub struct BarChart {
    pub id: String,
    pub title: String,
    pub desc: String,
    pub width: u32,
    pub height: u32,
    pub legend: Vec<Legend>,
    pub bars: Vec<Bar>,
}

pub struct Legend {
    pub y: u32,
    pub class: &'static str,
    pub label: String,
}

pub struct Bar {
    /// The label's lines, with the baseline of each.
    pub lines: Vec<(u32, String)>,
    pub y: u32,
    pub h: u32,
    pub segs: Vec<Seg>,
    pub value: String,
    pub value_x: u32,
    pub value_y: u32,
}

pub struct Seg {
    pub x: u32,
    pub w: u32,
    pub class: &'static str,
}

/// One bar's input: its label and its amounts per series (CSS class).
pub struct Item {
    pub label: String,
    pub segs: Vec<(&'static str, i64)>,
}

impl BarChart {
    pub fn new(
        id: &str,
        title: String,
        desc: String,
        legend: &[(&'static str, String)],
        items: Vec<Item>,
    ) -> Self {
        let mut y = 0;
        let legend = legend
            .iter()
            .map(|(class, label)| {
                y += LINE;
                Legend {
                    y,
                    class,
                    label: label.clone(),
                }
            })
            .collect();
        y += GAP;
        let max = items
            .iter()
            .map(|i| i.segs.iter().map(|s| s.1.max(0)).sum::<i64>())
            .max()
            .unwrap_or(0)
            .max(1);
        let room = f64::from(WIDTH - VALUE_ROOM);
        let bars = items
            .into_iter()
            .map(|item| {
                let lines = wrap(&item.label, LABEL_COLUMNS)
                    .into_iter()
                    .map(|l| {
                        y += LINE;
                        (y - 4, l)
                    })
                    .collect();
                let top = y;
                let mut x = 0u32;
                let mut total = 0i64;
                let segs = item
                    .segs
                    .iter()
                    .filter(|s| s.1 > 0)
                    .map(|&(class, amount)| {
                        total += amount;
                        let w = ((amount as f64) * room / (max as f64)).round().max(1.0) as u32;
                        let seg = Seg { x, w, class };
                        x += w;
                        seg
                    })
                    .collect();
                y += BAR + GAP;
                Bar {
                    lines,
                    y: top,
                    h: BAR,
                    segs,
                    value: super::number(total),
                    value_x: x + 6,
                    value_y: top + BAR - 3,
                }
            })
            .collect();
        BarChart {
            id: id.to_string(),
            title,
            desc,
            width: WIDTH,
            height: y,
            legend,
            bars,
        }
    }
}

/// Breaks a label into lines of at most `columns` display columns: between
/// words where there are spaces, anywhere in Japanese.
pub fn wrap(text: &str, columns: usize) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in text.split_inclusive(' ') {
        if line.width() + word.trim_end().width() > columns && !line.is_empty() {
            lines.push(line.trim_end().to_string());
            line.clear();
        }
        for ch in word.chars() {
            if ch == ' ' && (line.is_empty() || line.width() >= columns) {
                continue; // no space at the start or past the end of a line
            }
            let mut buf = [0u8; 4];
            if line.width() + ch.encode_utf8(&mut buf).width() > columns && !line.is_empty() {
                lines.push(line.trim_end().to_string());
                line.clear();
            }
            line.push(ch);
        }
    }
    if !line.trim().is_empty() {
        lines.push(line.trim_end().to_string());
    }
    if lines.is_empty() {
        lines.push(String::new());
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_wrap_between_words_and_anywhere_in_japanese() {
        assert_eq!(wrap("one two three", 7), ["one two", "three"]);
        assert_eq!(
            wrap("医薬品プロジェクト", 8),
            ["医薬品プ", "ロジェク", "ト"]
        );
        assert_eq!(wrap("short", 60), ["short"]);
        assert_eq!(wrap("", 60), [""]);
    }

    #[test]
    fn bars_are_proportional_and_stacked() {
        let c = BarChart::new(
            "c",
            "t".into(),
            "d".into(),
            &[("a", "A".into()), ("b", "B".into())],
            vec![
                Item {
                    label: "one".into(),
                    segs: vec![("a", 300), ("b", 100)],
                },
                Item {
                    label: "two".into(),
                    segs: vec![("a", 200)],
                },
            ],
        );
        let full = WIDTH - VALUE_ROOM;
        assert_eq!(c.bars[0].segs[0].w + c.bars[0].segs[1].w, full);
        assert_eq!(c.bars[0].segs[1].x, c.bars[0].segs[0].w);
        assert_eq!(c.bars[1].segs[0].w, full / 2);
        assert_eq!(c.bars[0].value, "400");
        assert!(c.height > c.bars[1].y);
    }
}
