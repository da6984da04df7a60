//! Parsing one file with syn.
//!
//! `syn::parse_file` drops a byte-order mark and a shebang line before parsing, which would shift
//! every span; blanking them in place instead keeps spans equal to byte offsets in the file.
//!
//! syn parses recursively, and the later layers walk the tree it builds recursively, so a file
//! nested deeply enough overflows any stack. Before parsing, [`nesting`] estimates from the tokens
//! (which proc-macro2 lexes without recursion) how deep that recursion can go; a file deeper than
//! [`MAX_NESTING`] is reported instead of parsed. The analysis runs on threads with
//! [`STACK_BYTES`] of stack, enough for that depth with a wide margin.
//!
//! A span's byte offsets come from a [`LineIndex`] of the parsed text, not from
//! `proc_macro2::Span::byte_range`: that keeps, per file, a map from character to byte offsets
//! with an entry for every offset asked, and filling it was a quarter of lowering.

use std::str::FromStr;

use proc_macro2::{Delimiter, Spacing, TokenStream, TokenTree};

/// A file that did not parse, with the place syn stopped at.
#[derive(Debug, Clone)]
pub struct SyntaxError {
    pub message: String,
    pub start: u32,
    pub end: u32,
}

/// The deepest nesting, in the units of [`nesting`], that is parsed. Real code stays below a few
/// hundred; the hostile tests nest ten thousand levels in each form.
#[cfg(target_pointer_width = "64")]
pub const MAX_NESTING: usize = 32_768;
#[cfg(not(target_pointer_width = "64"))]
pub const MAX_NESTING: usize = 4_096;

/// Stack per level of nesting: parsing and walking one level of nested modules, the hungriest
/// form measured, takes about 26 KiB in an unoptimised build and under 7 KiB in a release build.
const STACK_BYTES_PER_LEVEL: usize = 32 << 10;

/// Stack for the threads that parse and analyse: [`MAX_NESTING`] levels at the most each takes.
/// The memory is only reserved; pages are used when deep nesting reaches them.
pub const STACK_BYTES: usize = MAX_NESTING * STACK_BYTES_PER_LEVEL;

/// A parsed file, with the index that turns its spans into byte offsets.
pub struct Parsed {
    pub file: syn::File,
    pub lines: LineIndex,
}

pub fn parse(text: &str) -> Result<Parsed, SyntaxError> {
    let blanked = blank_preamble(text);
    let source = blanked.as_deref().unwrap_or(text);
    let tokens = TokenStream::from_str(source).map_err(|error| {
        let range = error.span().byte_range();
        SyntaxError {
            // proc-macro2's lexer says only "cannot parse string into token stream" here.
            message: "a bracket, brace or parenthesis is not closed, is \
                      closed by the wrong one, or a string or comment is not terminated"
                .to_string(),
            start: range.start as u32,
            end: range.end as u32,
        }
    })?;
    // Each level `nesting` counts is at least one character, so a file of no more characters than
    // `MAX_NESTING` cannot nest too deeply, and walking its tokens (which copies every one of
    // them) is spared: most files of real code bases are that small.
    let deepest = if source.len() > MAX_NESTING { nesting(&tokens) } else { Nesting::default() };
    if deepest.levels > MAX_NESTING {
        return Err(SyntaxError {
            message: format!(
                "the code nests more than {MAX_NESTING} levels deep, more than cargo-purpose \
                 parses (parentheses, blocks, closures, operators and generics count)"
            ),
            start: deepest.start,
            end: deepest.end,
        });
    }
    let lines = LineIndex::new(source);
    match syn::parse2::<syn::File>(tokens) {
        Ok(file) => Ok(Parsed { file, lines }),
        Err(error) => {
            let (start, end) = lines.range(error.span());
            Err(SyntaxError { message: error.to_string(), start, end })
        }
    }
}

/// Where each line of a text starts, to turn the line and column (in characters) of a span into
/// byte offsets. A line of ASCII has a byte per character; for the others, the byte offset of
/// each character is kept.
pub struct LineIndex {
    starts: Vec<u32>,
    /// For each line with characters wider than a byte, in order: the line, and the byte offset
    /// of each of its characters and of its end.
    wide: Vec<(u32, Box<[u32]>)>,
    len: u32,
}

impl LineIndex {
    pub fn new(text: &str) -> LineIndex {
        let mut starts = vec![0];
        let mut wide = Vec::new();
        let mut line_start = 0;
        for line in text.split_inclusive('\n') {
            if !line.is_ascii() {
                let offsets = line.char_indices().map(|(at, _)| (line_start + at) as u32);
                let end = std::iter::once((line_start + line.len()) as u32);
                wide.push((starts.len() as u32 - 1, offsets.chain(end).collect()));
            }
            line_start += line.len();
            if line.ends_with('\n') {
                starts.push(line_start as u32);
            }
        }
        LineIndex { starts, wide, len: text.len() as u32 }
    }

    /// The byte offsets a span starts and ends at.
    pub fn range(&self, span: proc_macro2::Span) -> (u32, u32) {
        (self.byte(span.start()), self.byte(span.end()))
    }

    fn byte(&self, at: proc_macro2::LineColumn) -> u32 {
        let line = at.line.saturating_sub(1);
        let Some(&start) = self.starts.get(line) else { return self.len };
        let offset = match self.wide.binary_search_by_key(&(line as u32), |(wide, _)| *wide) {
            Ok(found) => {
                let offsets = &self.wide[found].1;
                offsets.get(at.column).or(offsets.last()).copied().unwrap_or(start)
            }
            Err(_) => start.saturating_add(at.column as u32),
        };
        offset.min(self.len)
    }
}

/// The deepest point of a token stream: its estimated depth and the token there.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Nesting {
    pub levels: usize,
    pub start: u32,
    pub end: u32,
}

/// An upper estimate of how deeply parsing `tokens`, and walking the tree that comes of it, can
/// recurse; it stops counting at the first token deeper than [`MAX_NESTING`].
///
/// Each enclosing delimiter counts one level. So does each operator or keyword that can open a
/// nested expression, type or pattern without a delimiter (`!x`, `&x`, `x?`, `a + b`, `x.f()`,
/// `return x`, `if`), since the last point where such nesting cannot continue: a `,`, `;` or `=>`,
/// or an item or statement that starts after a `}`. Generic arguments and closure parameters can
/// hold commas, so an unclosed `<`, each `|` and each `else` (an `else if` chain nests) count until
/// the next `;` or `=>` instead. Every character of an operator counts (`!!x` nests twice, and
/// `||` twice although it opens one closure), except the `>` of `->`. Lexing is not recursive, and neither is this walk, so any input gets an answer.
pub fn nesting(tokens: &TokenStream) -> Nesting {
    let mut deepest = Nesting::default();
    let mut stack = vec![Frame::new(0, tokens.clone())];
    while let Some(frame) = stack.last_mut() {
        let Some(token) = frame.tokens.next() else {
            let closed = stack.pop();
            if let (Some(parent), Some(closed)) = (stack.last_mut(), closed) {
                parent.after_brace = closed.is_brace;
            }
            continue;
        };
        let depth = frame.step(&token);
        if depth > deepest.levels {
            let range = token.span().byte_range();
            deepest = Nesting { levels: depth, start: range.start as u32, end: range.end as u32 };
            if depth > MAX_NESTING {
                break;
            }
        }
        if let TokenTree::Group(group) = token {
            let mut child = Frame::new(depth, group.stream());
            child.is_brace = group.delimiter() == Delimiter::Brace;
            stack.push(child);
        }
    }
    deepest
}

/// The counts of one delimited group while [`nesting`] walks it.
struct Frame {
    tokens: proc_macro2::token_stream::IntoIter,
    /// The depth of the group itself.
    base: usize,
    /// Operators and keywords since the last `,`, `;`, `=>` or item.
    local: usize,
    /// `|` and `else` since the last `;`, `=>` or item.
    spanning: usize,
    /// `<` not yet closed by a `>`.
    angle: usize,
    /// The previous token was a `}` group.
    after_brace: bool,
    /// The previous token was punctuation joined to this one (`-` in `->`), and which.
    joined_to: Option<char>,
    is_brace: bool,
}

/// Keywords that start an expression, type or pattern holding another one.
const NESTING_KEYWORDS: &[&str] = &[
    "as", "async", "await", "become", "box", "break", "const", "dyn", "fn", "for", "if", "impl",
    "in", "let", "loop", "match", "move", "mut", "raw", "ref", "return", "static", "unsafe",
    "while", "yield",
];

impl Frame {
    fn new(base: usize, tokens: TokenStream) -> Frame {
        Frame {
            tokens: tokens.into_iter(),
            base,
            local: 0,
            spanning: 0,
            angle: 0,
            after_brace: false,
            joined_to: None,
            is_brace: false,
        }
    }

    fn reset(&mut self) {
        self.local = 0;
        self.spanning = 0;
        self.angle = 0;
    }

    /// Counts `token` and returns the depth at it.
    fn step(&mut self, token: &TokenTree) -> usize {
        let after_brace = std::mem::replace(&mut self.after_brace, false);
        let joined_to = self.joined_to.take();
        match token {
            TokenTree::Ident(ident) => {
                let word = ident.to_string();
                // After `}`, only `else` and `as` continue an expression; anything else starts
                // the next item or statement.
                if after_brace && word != "else" && word != "as" {
                    self.reset();
                }
                if word == "else" {
                    self.spanning += 1;
                } else if NESTING_KEYWORDS.contains(&word.as_str()) {
                    self.local += 1;
                }
            }
            TokenTree::Punct(punct) => {
                let c = punct.as_char();
                if punct.spacing() == Spacing::Joint {
                    self.joined_to = Some(c);
                }
                if after_brace && c == '#' {
                    self.reset();
                }
                self.punct(c, joined_to);
            }
            // The tokens inside a group are one level deeper than the group.
            TokenTree::Group(_) => return self.depth() + 1,
            TokenTree::Literal(_) => {}
        }
        self.depth()
    }

    fn depth(&self) -> usize {
        self.base + self.local + self.spanning + self.angle
    }

    /// Counts one punctuation character; `joined_to` is the character before it when they are
    /// joined.
    fn punct(&mut self, c: char, joined_to: Option<char>) {
        match (joined_to, c) {
            (_, ',') => self.local = 0,
            (_, ';') | (Some('='), '>') => self.reset(),
            (Some('-'), '>') => {}
            (_, '>') => self.angle = self.angle.saturating_sub(1),
            (_, '<') => self.angle += 1,
            (_, '|') => self.spanning += 1,
            (_, ':' | '#' | '$' | '\'') => {}
            _ => self.local += 1,
        }
    }
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
    use super::{MAX_NESTING, nesting, parse};

    /// Every identifier's offsets from the index are those `byte_range` gives, in ASCII and wide
    /// lines, after a byte-order mark, and for a file without a final newline.
    #[test]
    fn line_index_agrees_with_byte_ranges() {
        let text = "\u{feff}fn main() {\r\n    let größe = \"ä\"; let x = 1;\n  \tlet 名前 = x; }";
        struct Spans(Vec<proc_macro2::Span>);
        impl syn::visit::Visit<'_> for Spans {
            fn visit_ident(&mut self, ident: &proc_macro2::Ident) {
                self.0.push(ident.span());
            }
            fn visit_lit_str(&mut self, literal: &syn::LitStr) {
                self.0.push(literal.span());
            }
        }
        let parsed = parse(text).expect("it parses");
        let mut spans = Spans(Vec::new());
        syn::visit::Visit::visit_file(&mut spans, &parsed.file);
        assert_eq!(spans.0.len(), 6);
        for span in spans.0 {
            let range = span.byte_range();
            assert_eq!(parsed.lines.range(span), (range.start as u32, range.end as u32));
        }
        super::release_spans();
    }

    fn levels(text: &str) -> usize {
        nesting(&text.parse().unwrap()).levels
    }

    #[test]
    fn delimiters_operators_and_keywords_nest() {
        assert_eq!(levels("fn f() {}"), 2);
        assert_eq!(levels("((((x))))"), 4);
        assert_eq!(levels("!!!!x"), 4);
        assert_eq!(levels("|| || || x"), 6);
        assert_eq!(levels("x.a().b()"), 3);
        assert_eq!(levels("let v: Vec<Vec<Vec<u8>>> = x"), 4);
    }

    #[test]
    fn commas_semicolons_arms_and_items_end_a_nesting() {
        assert_eq!(levels("[-1, -2, -3, -4]"), 2);
        assert_eq!(levels("a = !b; c = !d; e = !f;"), 2);
        assert_eq!(levels("match x { A => -a, B => -b, C => -c }"), 3);
        let items = "fn a() -> u8 { 1 } #[inline] fn b() -> u8 { 2 } fn c() -> u8 { 3 }";
        assert_eq!(levels(items), 3);
    }

    #[test]
    fn generics_closure_parameters_and_else_chains_nest_across_commas() {
        assert_eq!(levels("A<B, A<B, A<B, C>>>"), 3);
        assert_eq!(levels("|a, b| |c, d| x"), 4);
        assert_eq!(levels("if a { 1 } else if b { 2 } else if c { 3 } else { 4 }"), 7);
    }

    #[test]
    fn the_depth_of_generated_nesting_is_found_without_recursion() {
        let deep = format!("{}x{}", "(".repeat(1_000_000), ")".repeat(1_000_000));
        let found = nesting(&deep.parse().unwrap());
        assert!(found.levels > MAX_NESTING);
        assert_eq!(found.start as usize, MAX_NESTING);
        let Err(error) = super::parse(&format!("fn f() {{ {deep} }}")) else {
            panic!("a million nested parentheses must not parse")
        };
        assert!(error.message.contains("levels deep"), "{}", error.message);
    }

    /// What lets `parse` skip the walk for small files: no level is counted without a character.
    #[test]
    fn no_more_levels_than_characters() {
        let samples = [
            "!".repeat(500) + "x",
            "(".repeat(300) + "x" + &")".repeat(300),
            "|| ".repeat(200) + "x",
            "Vec<".repeat(100) + "u8" + &">".repeat(100),
            "if a { b } else ".repeat(80) + "{ c }",
            "a + b * -c.d()?.e ".repeat(50),
            "return &mut *x; ".repeat(40),
        ];
        for text in samples {
            let levels = nesting(&text.parse().unwrap()).levels;
            assert!(levels <= text.chars().count(), "{levels} levels in {} characters", text.len());
            assert!(levels > 0);
        }
    }

    #[test]
    fn spans_stay_byte_offsets_after_a_shebang() {
        let Err(error) = super::parse("#!/usr/bin/env run\nfn f() { let }") else {
            panic!("the file must not parse")
        };
        assert_eq!(error.start, "#!/usr/bin/env run\nfn f() { let ".len() as u32);
    }
}
