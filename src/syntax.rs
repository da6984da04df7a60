//! Parsing one file with syn.
//!
//! `syn::parse_file` drops a byte-order mark and a shebang line before parsing, which would shift
//! every span; blanking them in place instead keeps spans equal to byte offsets in the file.

/// A file that did not parse, with the place syn stopped at.
#[derive(Debug, Clone)]
pub struct SyntaxError {
    pub message: String,
    pub start: u32,
    pub end: u32,
}

pub fn parse(text: &str) -> Result<syn::File, SyntaxError> {
    let blanked = blank_preamble(text);
    let source = blanked.as_deref().unwrap_or(text);
    syn::parse_str::<syn::File>(source).map_err(|error| {
        let range = error.span().byte_range();
        let message = match error.to_string().as_str() {
            // proc-macro2's lexer says only this when delimiters do not match or a literal is open.
            "cannot parse string into token stream" => {
                "a bracket, brace or parenthesis is not closed, is \
                 closed by the wrong one, or a string or comment is not terminated"
                    .to_string()
            }
            other => other.to_string(),
        };
        SyntaxError { message, start: range.start as u32, end: range.end as u32 }
    })
}

/// Replaces a BOM and a shebang line with spaces of the same byte length.
fn blank_preamble(text: &str) -> Option<String> {
    let bom = if text.starts_with('\u{feff}') { '\u{feff}'.len_utf8() } else { 0 };
    let rest = &text[bom..];
    let is_shebang = rest.starts_with("#!") && !rest[2..].trim_start().starts_with('[');
    let shebang = if is_shebang { rest.find('\n').unwrap_or(rest.len()) } else { 0 };
    let blank = bom + shebang;
    (blank > 0).then(|| format!("{}{}", " ".repeat(blank), &text[blank..]))
}

/// Frees the span bookkeeping proc-macro2 keeps per thread; call once a file is lowered.
pub fn release_spans() {
    proc_macro2::extra::invalidate_current_thread_spans();
}

#[cfg(test)]
mod tests {
    #[test]
    fn spans_stay_byte_offsets_after_a_shebang() {
        let Err(error) = super::parse("#!/usr/bin/env run\nfn f() { let }") else {
            panic!("the file must not parse")
        };
        assert_eq!(error.start, "#!/usr/bin/env run\nfn f() { let ".len() as u32);
    }
}
