//! Baselines: the findings a code base already had when it adopted cargo-purpose, recorded by
//! fingerprint in a file, so that later checks report only new findings. The file format is its
//! own, versioned, and documented in `docs/baseline.md`.
//!
//! A baseline entry matches a finding by fingerprint alone; the other fields of an entry are there
//! for the people who read the file in review and for the "fixed" list.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::policy::Finding;
use crate::policy::lints::Level;
use crate::sources::SourceDb;

use super::{Locator, fingerprint, sanitize};

/// The version written to every baseline file. Fields may be added within a version, never removed
/// or renamed; a baseline of another version is refused rather than guessed at.
pub const BASELINE_VERSION: u32 = 1;

/// The contents of a baseline file.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Baseline {
    pub version: u32,
    /// Sorted by file, lint, function, field, sink, message and fingerprint: no positions, so a
    /// refreshed baseline differs from the old one only where findings came or went.
    pub findings: Vec<Entry>,
}

/// One known finding.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entry {
    pub fingerprint: String,
    pub lint: String,
    /// Relative to the workspace root, with `/` separators.
    pub file: String,
    pub message: String,
    /// For flows: the function the finding is reported in, the annotated field and the sink.
    pub function: Option<String>,
    pub field: Option<String>,
    pub sink: Option<String>,
}

/// Why a baseline could not be read or written. Every message names the file.
#[derive(Debug)]
pub enum BaselineError {
    Read { path: PathBuf, error: std::io::Error },
    Malformed { path: PathBuf, error: serde_json::Error },
    UnsupportedVersion { path: PathBuf, version: u64 },
    Write { path: PathBuf, error: std::io::Error },
}

impl std::fmt::Display for BaselineError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            BaselineError::Read { path, error } => write!(
                f,
                "cannot read the baseline `{}`: {error}; create it with `--write-baseline {}`",
                path.display(),
                path.display()
            ),
            BaselineError::Malformed { path, error } => write!(
                f,
                "the baseline `{}` is not a valid baseline file ({error}); \
                 write a new one with `--write-baseline {}`",
                path.display(),
                path.display()
            ),
            BaselineError::UnsupportedVersion { path, version } => write!(
                f,
                "the baseline `{}` has version {version}, but this cargo-purpose reads only \
                 version {BASELINE_VERSION}; write a new one with `--write-baseline {}`",
                path.display(),
                path.display()
            ),
            BaselineError::Write { path, error } => {
                write!(f, "cannot write the baseline `{}`: {error}", path.display())
            }
        }
    }
}

impl std::error::Error for BaselineError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            BaselineError::Read { error, .. } | BaselineError::Write { error, .. } => Some(error),
            BaselineError::Malformed { error, .. } => Some(error),
            BaselineError::UnsupportedVersion { .. } => None,
        }
    }
}

/// The findings of one run split by a baseline.
#[derive(Debug)]
pub struct Partition<'b> {
    /// Findings whose fingerprint is not in the baseline, in their original order.
    pub new: Vec<Finding>,
    /// How many findings above `allow` the baseline matched and left out.
    pub known: usize,
    /// Baseline entries that match no finding of this run, in the baseline's order.
    pub fixed: Vec<&'b Entry>,
}

impl Baseline {
    /// Every finding above `allow` level, as entries.
    pub fn from_findings(findings: &[Finding], sources: &SourceDb) -> Baseline {
        let locator = Locator::new(sources);
        let mut entries: Vec<Entry> = findings
            .iter()
            .zip(fingerprints(findings, &locator))
            .filter(|(finding, _)| finding.level != Level::Allow)
            .map(|(finding, fingerprint)| entry(finding, fingerprint, &locator))
            .collect();
        entries.sort_by(|a, b| sort_key(a).cmp(&sort_key(b)));
        Baseline { version: BASELINE_VERSION, findings: entries }
    }

    /// The file's text: pretty JSON with a final newline, identical from run to run.
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_default() + "\n"
    }

    /// Reads a baseline; `path` only names the file in errors.
    pub fn parse(text: &str, path: &Path) -> Result<Baseline, BaselineError> {
        // The version is read on its own first, so a baseline from a later release is refused by
        // its version instead of by whichever field changed.
        #[derive(Deserialize)]
        struct Header {
            version: u64,
        }
        let malformed = |error| BaselineError::Malformed { path: path.to_path_buf(), error };
        let header: Header = serde_json::from_str(text).map_err(malformed)?;
        if header.version != u64::from(BASELINE_VERSION) {
            return Err(BaselineError::UnsupportedVersion {
                path: path.to_path_buf(),
                version: header.version,
            });
        }
        serde_json::from_str(text).map_err(malformed)
    }
}

/// Reads and parses the baseline file at `path`.
pub fn read(path: &Path) -> Result<Baseline, BaselineError> {
    let text = std::fs::read_to_string(path)
        .map_err(|error| BaselineError::Read { path: path.to_path_buf(), error })?;
    Baseline::parse(&text, path)
}

/// Writes `baseline` to `path`, replacing the file.
pub fn write(path: &Path, baseline: &Baseline) -> Result<(), BaselineError> {
    std::fs::write(path, baseline.to_json())
        .map_err(|error| BaselineError::Write { path: path.to_path_buf(), error })
}

/// Splits `findings` into those the baseline does not know and those it does, and lists the
/// baseline entries that no longer occur.
pub fn partition<'b>(
    findings: Vec<Finding>,
    sources: &SourceDb,
    baseline: &'b Baseline,
) -> Partition<'b> {
    let locator = Locator::new(sources);
    let known_fingerprints: BTreeSet<&str> =
        baseline.findings.iter().map(|entry| entry.fingerprint.as_str()).collect();
    let mut matched: BTreeSet<String> = BTreeSet::new();
    let mut new = Vec::new();
    let mut known = 0;
    let fingerprints = fingerprints(&findings, &locator);
    for (finding, fingerprint) in findings.into_iter().zip(fingerprints) {
        if !known_fingerprints.contains(fingerprint.as_str()) {
            new.push(finding);
            continue;
        }
        // An allowed finding still occurs, so its entry is not "fixed"; it is just not counted.
        if finding.level != Level::Allow {
            known += 1;
        }
        matched.insert(fingerprint);
    }
    let fixed =
        baseline.findings.iter().filter(|entry| !matched.contains(&entry.fingerprint)).collect();
    Partition { new, known, fixed }
}

/// The fingerprints of `findings`, in the same order: [`fingerprint`], told apart by an occurrence
/// counter when several findings of one run share it (two identical calls in one function).
///
/// The counter follows the order of position in the file, so it survives the same edits as the
/// fingerprint itself. The first occurrence keeps the plain fingerprint, which is what
/// [`fingerprint`] alone gives for the usual, unique finding.
pub fn fingerprints(findings: &[Finding], locator: &Locator<'_>) -> Vec<String> {
    let plain: Vec<String> = findings
        .iter()
        .map(|finding| fingerprint(finding, &locator.position(finding.primary.span)))
        .collect();
    let mut order: Vec<usize> = (0..findings.len()).collect();
    order.sort_by_key(|&index| {
        let span = findings[index].primary.span;
        (span.file.0, span.start, span.end, index)
    });
    let mut seen: BTreeMap<&str, u64> = BTreeMap::new();
    let mut out = plain.clone();
    for index in order {
        let occurrence = seen.entry(plain[index].as_str()).or_insert(0);
        if *occurrence > 0 {
            let mut hasher = StableHasher::new();
            hasher.write_part(&plain[index]);
            hasher.write_part(&occurrence.to_string());
            out[index] = hasher.finish_hex();
        }
        *occurrence += 1;
    }
    out
}

/// The line that reports a baseline entry no longer found, sanitized for the terminal.
pub fn fixed_line(entry: &Entry) -> String {
    let what = match (&entry.field, &entry.sink) {
        (Some(field), Some(sink)) => format!("{field} -> {sink}"),
        _ => entry.message.clone(),
    };
    sanitize(&format!("fixed: {}: {} {what}", entry.file, entry.lint))
}

/// FNV-1a over parts separated by a byte that UTF-8 never contains, so `("ab", "c")` and
/// `("a", "bc")` differ. FNV-1a rather than `DefaultHasher`, whose output may change between
/// releases of Rust and would silently invalidate every baseline.
pub(super) struct StableHasher(u64);

impl StableHasher {
    pub(super) fn new() -> StableHasher {
        StableHasher(0xcbf2_9ce4_8422_2325)
    }

    pub(super) fn write_part(&mut self, part: &str) {
        for byte in part.bytes().chain(std::iter::once(0xff)) {
            self.0 ^= u64::from(byte);
            self.0 = self.0.wrapping_mul(0x0100_0000_01b3);
        }
    }

    pub(super) fn finish_hex(&self) -> String {
        format!("{:016x}", self.0)
    }
}

fn entry(finding: &Finding, fingerprint: String, locator: &Locator<'_>) -> Entry {
    let flow = finding.flow.as_ref();
    Entry {
        fingerprint,
        lint: finding.lint.name.to_string(),
        file: locator.position(finding.primary.span).file,
        message: sanitize(&finding.message),
        function: flow.map(|flow| flow.function.clone()),
        field: flow.map(|flow| flow.field.clone()),
        sink: flow.map(|flow| flow.sink.clone()),
    }
}

type SortKey<'e> =
    (&'e str, &'e str, Option<&'e str>, Option<&'e str>, Option<&'e str>, &'e str, &'e str);

fn sort_key(entry: &Entry) -> SortKey<'_> {
    (
        &entry.file,
        &entry.lint,
        entry.function.as_deref(),
        entry.field.as_deref(),
        entry.sink.as_deref(),
        &entry.message,
        &entry.fingerprint,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(fingerprint: &str) -> Entry {
        Entry {
            fingerprint: fingerprint.into(),
            lint: "purpose_violation".into(),
            file: "src/lib.rs".into(),
            message: "data collected for `security` reaches a function used for `ad_targeting`"
                .into(),
            function: Some("sync".into()),
            field: Some("Account.phone".into()),
            sink: Some("upload_audience".into()),
        }
    }

    #[test]
    fn a_written_baseline_reads_back_unchanged() {
        let baseline =
            Baseline { version: BASELINE_VERSION, findings: vec![entry("00000000000000aa")] };
        let read = Baseline::parse(&baseline.to_json(), Path::new("b.json")).unwrap();
        assert_eq!(read, baseline);
    }

    #[test]
    fn entries_without_a_flow_may_omit_its_fields() {
        let text = r#"{"version": 1, "findings": [{"fingerprint": "1", "lint": "missing_module",
            "file": "src/lib.rs", "message": "file not found for module `a`"}]}"#;
        let baseline = Baseline::parse(text, Path::new("b.json")).unwrap();
        assert_eq!(baseline.findings[0].field, None);
        assert_eq!(
            fixed_line(&baseline.findings[0]),
            "fixed: src/lib.rs: missing_module file not found for module `a`"
        );
    }

    #[test]
    fn another_version_is_refused_by_its_version() {
        let error =
            Baseline::parse(r#"{"version": 2, "entries": []}"#, Path::new("b.json")).unwrap_err();
        assert!(matches!(error, BaselineError::UnsupportedVersion { version: 2, .. }));
        assert!(error.to_string().contains("`b.json`"));
    }

    #[test]
    fn malformed_text_names_the_file() {
        let error = Baseline::parse("not json", Path::new("dir/b.json")).unwrap_err();
        assert!(matches!(error, BaselineError::Malformed { .. }));
        assert!(error.to_string().contains("`dir/b.json`"), "{error}");
    }

    #[test]
    fn parts_are_separated_in_the_hash() {
        let hash = |parts: &[&str]| {
            let mut hasher = StableHasher::new();
            parts.iter().for_each(|part| hasher.write_part(part));
            hasher.finish_hex()
        };
        assert_ne!(hash(&["ab", "c"]), hash(&["a", "bc"]));
        assert_eq!(hash(&["ab", "c"]), hash(&["ab", "c"]));
    }

    #[test]
    fn fixed_line_shows_the_flow_and_escapes_control_characters() {
        let mut entry = entry("1");
        assert_eq!(
            fixed_line(&entry),
            "fixed: src/lib.rs: purpose_violation Account.phone -> upload_audience"
        );
        entry.file = "src/\u{1b}[31m.rs".into();
        assert!(!fixed_line(&entry).contains('\u{1b}'));
    }
}
