//! Semgrep with the taint rule of `benches/semgrep/purpose.yaml`, its two name regexes set to the
//! names annotated in the code base (or left as shipped when it has none).

use std::path::Path;

use super::annotations::Names;
use super::step::{Outcome, Step};

/// The rule as run on one code base, and where it was written.
#[derive(Clone, Debug)]
pub struct Rule {
    pub text: String,
    /// The field and sink regexes, to show with the command.
    pub fields: String,
    pub sinks: String,
}

/// Sets the regex following `metavariable: $FIELD` and the one following `metavariable: $SINK`.
pub fn instantiate(template: &str, names: &Names) -> Result<Rule, String> {
    let join = |set: &std::collections::BTreeSet<String>| {
        set.iter().map(String::as_str).collect::<Vec<_>>().join("|")
    };
    let mut fields = None;
    let mut sinks = None;
    let mut metavariable = "";
    let mut text = String::new();
    for line in template.lines() {
        let trimmed = line.trim_start();
        let indent = &line[..line.len() - trimmed.len()];
        if let Some(name) = trimmed.strip_prefix("metavariable:") {
            metavariable = name.trim();
        }
        let mut line = line.to_owned();
        if let Some(regex) = trimmed.strip_prefix("regex:") {
            let regex = regex.trim();
            let (slot, replaced) = match metavariable {
                "$FIELD" if !names.fields.is_empty() => {
                    (&mut fields, format!("^({})$", join(&names.fields)))
                }
                "$SINK" if !names.sinks.is_empty() => {
                    (&mut sinks, format!("(^|::)({})$", join(&names.sinks)))
                }
                "$FIELD" => (&mut fields, regex.to_owned()),
                "$SINK" => (&mut sinks, regex.to_owned()),
                _ => {
                    text.push_str(&line);
                    text.push('\n');
                    continue;
                }
            };
            line = format!("{indent}regex: {replaced}");
            *slot = Some(replaced);
        }
        text.push_str(&line);
        text.push('\n');
    }
    match (fields, sinks) {
        (Some(fields), Some(sinks)) => Ok(Rule { text, fields, sinks }),
        _ => Err(String::from("the rule has no regex for `$FIELD` or for `$SINK`")),
    }
}

/// The scan of `dir` with the rule written at `rule`.
pub fn step(rule: &Path, dir: &Path) -> Step {
    let mut step = Step::new("semgrep", &["scan", "--config"]);
    step.args.push(rule.to_string_lossy().into_owned());
    for arg in ["--metrics=off", "--disable-version-check", "--no-git-ignore", "--json"] {
        step.args.push(arg.to_owned());
    }
    step.args.push(dir.to_string_lossy().into_owned());
    step
}

/// Findings and errors in Semgrep's JSON output, or why there is none.
pub fn findings(outcome: &Outcome) -> Result<(usize, usize), String> {
    let json = &outcome.stdout;
    let Some(errors_at) = json.find("\"errors\":") else {
        return Err(outcome.reason());
    };
    let results = json.matches("\"check_id\":").count();
    // Each error object names its level; the list ends where the next key begins.
    let errors_end = json[errors_at..].find("\"paths\":").map_or(json.len(), |end| errors_at + end);
    let errors = json[errors_at..errors_end].matches("\"level\":").count();
    Ok((results, errors))
}

#[cfg(test)]
mod tests {
    use super::*;

    const SHIPPED: &str = include_str!("../../../benches/semgrep/purpose.yaml");

    #[test]
    fn sets_the_annotated_names() {
        let names = Names {
            fields: ["mail".to_owned(), "secret".to_owned()].into(),
            sinks: ["upload_audience".to_owned()].into(),
        };
        let rule = instantiate(SHIPPED, &names).unwrap();
        assert_eq!(rule.fields, "^(mail|secret)$");
        assert_eq!(rule.sinks, "(^|::)(upload_audience)$");
        assert!(rule.text.contains("              regex: ^(mail|secret)$\n"));
        assert!(!rule.text.contains("totp_2fa_secret)$"));
    }

    #[test]
    fn keeps_the_shipped_names_without_annotations() {
        let rule = instantiate(SHIPPED, &Names::default()).unwrap();
        assert_eq!(rule.fields, "^(email|phone|totp_2fa_secret)$");
        assert_eq!(rule.text, format!("{}\n", SHIPPED.trim_end()));
    }
}
