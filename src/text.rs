//! The character policy shared by every text: data cells, English
//! translations and interface labels, in both languages.
//!
//! Forbidden anywhere: C0 and C1 control characters (line breaks have their
//! own rule where a value must stay on one line), U+FEFF (byte-order mark /
//! zero-width no-break space), U+2028 and U+2029 (line and paragraph
//! separators), bidirectional controls (U+061C, U+200E, U+200F,
//! U+202A–U+202E, U+2066–U+2069) and zero-width characters (U+200B–U+200D,
//! U+2060). They are invisible in every reader, change how text is shown or
//! joined, and break XML (workbooks) or terminals. Ordinary spaces, the
//! ideographic space U+3000 and the no-break space are allowed inside a
//! value; leading and trailing spaces are not (rule `whitespace`).

/// The first forbidden character of `s` and its 1-based position in
/// characters, if any. Line breaks (`\n`, `\r`) are left to the callers,
/// which report them under their own rule.
pub fn forbidden(s: &str) -> Option<(usize, char)> {
    s.chars()
        .enumerate()
        .find(|&(_, c)| is_forbidden(c))
        .map(|(i, c)| (i + 1, c))
}

fn is_forbidden(c: char) -> bool {
    match c {
        '\n' | '\r' => false,
        c if c.is_control() => true, // C0, DEL and C1
        '\u{FEFF}' | '\u{2028}' | '\u{2029}' => true,
        '\u{061C}'
        | '\u{200E}'
        | '\u{200F}'
        | '\u{202A}'..='\u{202E}'
        | '\u{2066}'..='\u{2069}' => true,
        '\u{200B}'..='\u{200D}' | '\u{2060}' => true,
        _ => false,
    }
}

/// A forbidden character as a message names it: `U+202E (right-to-left override)`.
pub fn describe(c: char) -> String {
    let name = match c {
        '\0' => "NUL",
        '\t' => "tab",
        '\u{FEFF}' => "byte-order mark",
        '\u{2028}' => "line separator",
        '\u{2029}' => "paragraph separator",
        '\u{200B}' => "zero-width space",
        '\u{200C}' => "zero-width non-joiner",
        '\u{200D}' => "zero-width joiner",
        '\u{2060}' => "word joiner",
        '\u{202E}' => "right-to-left override",
        '\u{202D}' => "left-to-right override",
        '\u{061C}'
        | '\u{200E}'
        | '\u{200F}'
        | '\u{202A}'..='\u{202C}'
        | '\u{2066}'..='\u{2069}' => "bidirectional control",
        _ => "control character",
    };
    format!("U+{:04X} ({name})", u32::from(c))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_invisible_characters_and_allows_ordinary_text() {
        assert_eq!(forbidden("事業\u{3000}名 and\u{00A0}more"), None);
        assert_eq!(forbidden("line\nbreak"), None);
        assert_eq!(forbidden("ab\u{202E}c"), Some((3, '\u{202E}')));
        assert_eq!(forbidden("\u{FEFF}x"), Some((1, '\u{FEFF}')));
        assert_eq!(forbidden("a\tb"), Some((2, '\t')));
        assert_eq!(forbidden("x\u{85}"), Some((2, '\u{85}')));
        assert_eq!(forbidden("zero\u{200B}width"), Some((5, '\u{200B}')));
        assert_eq!(describe('\u{202E}'), "U+202E (right-to-left override)");
        assert_eq!(describe('\u{1}'), "U+0001 (control character)");
    }
}
