//! Audited suppressions: which findings a `#[suppress(..)]` attribute or a
//! `// purpose::suppress(..)` comment covers, and which suppressions cover nothing.

use std::collections::BTreeSet;

use crate::model::{Annotation, FileId, Span, Suppression};

use super::Finding;

/// A suppression with the places it covers resolved.
#[derive(Clone, Debug)]
pub struct ScopedSuppression {
    pub suppression: Suppression,
    pub covers: Coverage,
}

/// The text a suppression covers, and whole files (of a module it was written on).
#[derive(Clone, Debug, Default)]
pub struct Coverage {
    pub range: Option<Span>,
    pub files: BTreeSet<FileId>,
}

impl ScopedSuppression {
    fn covers(&self, finding: &Finding) -> bool {
        let span = finding.primary.span;
        let in_range = self.covers.range.is_some_and(|range| {
            range.file == span.file && range.start <= span.start && span.start <= range.end
        });
        let in_scope = in_range || self.covers.files.contains(&span.file);
        in_scope && self.suppression.lints.iter().any(|lint| *lint.name == *finding.lint.name)
    }
}

/// A finding that a suppression removed, kept for the inventory and audits.
#[derive(Clone, Debug)]
pub struct Suppressed {
    pub finding: Finding,
    pub reason: Option<String>,
    pub suppression: Span,
}

pub struct Applied {
    pub kept: Vec<Finding>,
    pub suppressed: Vec<Suppressed>,
    /// Suppressions that covered no finding.
    pub unused: Vec<ScopedSuppression>,
}

/// Removes the findings a suppression covers. Findings about suppressions themselves are never
/// suppressed, so an audit cannot be silenced by the thing it audits.
pub fn apply(
    findings: Vec<Finding>,
    suppressions: &[ScopedSuppression],
    unsuppressible: &[&str],
) -> Applied {
    let mut used = vec![false; suppressions.len()];
    let mut kept = Vec::new();
    let mut suppressed = Vec::new();
    for finding in findings {
        let covering = if unsuppressible.contains(&finding.lint.name) {
            None
        } else {
            suppressions.iter().position(|suppression| suppression.covers(&finding))
        };
        match covering {
            Some(index) => {
                used[index] = true;
                let suppression = &suppressions[index].suppression;
                suppressed.push(Suppressed {
                    finding,
                    reason: suppression.reason.clone(),
                    suppression: suppression.span,
                });
            }
            None => kept.push(finding),
        }
    }
    let unused =
        suppressions.iter().zip(used).filter(|(_, used)| !used).map(|(s, _)| s.clone()).collect();
    Applied { kept, suppressed, unused }
}

/// What every suppression comment contains.
pub const MARKER: &str = "purpose::suppress(";

/// `// purpose::suppress(lint, reason = "...")` comments: at the end of a line they cover that
/// line; on a line of their own, the next line with code.
pub fn comment_suppressions(file: FileId, text: &str) -> Vec<(Suppression, Span)> {
    let mut out = Vec::new();
    let lines: Vec<(usize, &str)> = line_starts(text);
    for (index, (start, line)) in lines.iter().enumerate() {
        let Some(comment) = line.find("//") else { continue };
        let Some(marker) = line[comment..].find(MARKER).map(|offset| comment + offset) else {
            continue;
        };
        let Some(arguments) = balanced(&line[marker + MARKER.len() - 1..]) else { continue };
        let span = Span {
            file,
            start: (start + marker) as u32,
            end: (start + marker + MARKER.len() + arguments.len()) as u32,
        };
        let Some(suppression) = parse_comment(arguments, span) else { continue };
        let target = if line[..comment].trim().is_empty() {
            lines[index + 1..].iter().find(|(_, next)| {
                let trimmed = next.trim();
                !trimmed.is_empty() && !trimmed.starts_with("//")
            })
        } else {
            Some(&lines[index])
        };
        if let Some((target_start, target_line)) = target {
            let range = Span {
                file,
                start: *target_start as u32,
                end: (target_start + target_line.len()) as u32,
            };
            out.push((suppression, range));
        }
    }
    out
}

fn line_starts(text: &str) -> Vec<(usize, &str)> {
    let mut start = 0;
    text.split_inclusive('\n')
        .map(|line| {
            let entry = (start, line.trim_end_matches(['\n', '\r']));
            start += line.len();
            entry
        })
        .collect()
}

/// The text from an opening parenthesis to its matching close, both included.
fn balanced(text: &str) -> Option<&str> {
    let mut depth = 0usize;
    let mut in_string = false;
    for (index, c) in text.char_indices() {
        match c {
            '"' => in_string = !in_string,
            '(' if !in_string => depth += 1,
            ')' if !in_string => {
                depth = depth.checked_sub(1)?;
                if depth == 0 {
                    return Some(&text[..=index]);
                }
            }
            _ => {}
        }
    }
    None
}

fn parse_comment(arguments: &str, span: Span) -> Option<Suppression> {
    let meta: syn::Meta = syn::parse_str(&format!("suppress{arguments}")).ok()?;
    let syn::Meta::List(list) = meta else { return None };
    let items = list
        .parse_args_with(syn::punctuated::Punctuated::<syn::Meta, syn::Token![,]>::parse_terminated)
        .ok()?;
    let mut lints = Vec::new();
    let mut reason = None;
    for item in items {
        match item {
            syn::Meta::Path(path) => {
                let ident = path.get_ident()?;
                lints.push(Annotation {
                    name: syn::ext::IdentExt::unraw(ident).to_string().into(),
                    span,
                });
            }
            syn::Meta::NameValue(pair) if pair.path.is_ident("reason") => {
                if let syn::Expr::Lit(syn::ExprLit { lit: syn::Lit::Str(text), .. }) = &pair.value {
                    reason = Some(text.value()).filter(|text| !text.trim().is_empty());
                }
            }
            _ => return None,
        }
    }
    Some(Suppression { lints, reason, span })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn comments_cover_their_line_or_the_next_line_with_code() {
        let text = "fn f() {\n    // purpose::suppress(purpose_violation, reason = \"opted in\")\n\n    upload(x);\n    send(y); // purpose::suppress(purpose_violation)\n}\n";
        let found = comment_suppressions(FileId(0), text);
        assert_eq!(found.len(), 2);
        let covered =
            |(_, range): &(Suppression, Span)| &text[range.start as usize..range.end as usize];
        assert_eq!(covered(&found[0]).trim(), "upload(x);");
        assert_eq!(found[0].0.reason.as_deref(), Some("opted in"));
        assert_eq!(covered(&found[1]).trim(), "send(y); // purpose::suppress(purpose_violation)");
        assert_eq!(found[1].0.reason, None);
    }
}
