//! The Markdown table of a comparison: one row per code base, a cell per figure, and "failed:
//! reason" in a cell whose step failed.

/// The figures of one code base; `Err` holds why a step has no figure.
#[derive(Clone, Debug)]
pub struct Row {
    pub name: String,
    pub files: usize,
    pub lines: usize,
    pub bytes: usize,
    pub floor_seconds: f64,
    /// cargo-purpose: seconds, peak RSS in KiB, findings.
    pub ours: Result<(f64, u64, usize), String>,
    pub check_clean: Result<f64, String>,
    pub check_edited: Result<f64, String>,
    /// Semgrep: seconds, peak RSS in KiB, findings, errors.
    pub semgrep: Result<(f64, u64, usize, usize), String>,
}

const HEADER: &str = "\
| code base | files | lines | source bytes | parse floor | cargo-purpose | peak RSS | RSS per source byte | check / floor | `cargo check` clean | `cargo check` after edit | Semgrep | Semgrep peak RSS | findings (ours / Semgrep) |
| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
";

pub fn markdown(rows: &[Row]) -> String {
    let mut table = String::from(HEADER);
    for row in rows {
        let ours =
            |figure: fn(&(f64, u64, usize), &Row) -> String| cell(&row.ours, |o| figure(o, row));
        let semgrep = |figure: fn(&(f64, u64, usize, usize)) -> String| cell(&row.semgrep, figure);
        let findings = match (&row.ours, &row.semgrep) {
            (Ok((_, _, ours)), Ok((_, _, theirs, errors))) if *errors > 0 => {
                format!("{ours} / {theirs} ({errors} errors)")
            }
            (Ok((_, _, ours)), Ok((_, _, theirs, _))) => format!("{ours} / {theirs}"),
            (Ok((_, _, ours)), Err(_)) => format!("{ours} / –"),
            (Err(_), Ok((_, _, theirs, _))) => format!("– / {theirs}"),
            (Err(_), Err(_)) => String::from("–"),
        };
        let cells = [
            escape(&row.name),
            thousands(row.files),
            thousands(row.lines),
            thousands(row.bytes),
            seconds(row.floor_seconds),
            ours(|o, _| seconds(o.0)),
            ours(|o, _| mebibytes(o.1)),
            ours(|o, row| format!("{:.0}", o.1 as f64 * 1024.0 / row.bytes.max(1) as f64)),
            ours(|o, row| format!("{:.1}", o.0 / row.floor_seconds.max(0.001))),
            cell(&row.check_clean, |s| seconds(*s)),
            cell(&row.check_edited, |s| seconds(*s)),
            semgrep(|s| seconds(s.0)),
            semgrep(|s| mebibytes(s.1)),
            findings,
        ];
        table.push_str(&format!("| {} |\n", cells.join(" | ")));
    }
    table
}

fn cell<T>(figure: &Result<T, String>, show: impl Fn(&T) -> String) -> String {
    match figure {
        Ok(value) => show(value),
        Err(reason) if reason == "skipped" => reason.clone(),
        Err(reason) => {
            let reason: String = reason.chars().take(160).collect();
            format!("failed: {}", escape(&reason))
        }
    }
}

fn escape(text: &str) -> String {
    text.replace('|', "\\|").replace('\n', " ")
}

fn seconds(seconds: f64) -> String {
    if seconds >= 100.0 { format!("{seconds:.0} s") } else { format!("{seconds:.2} s") }
}

fn mebibytes(kib: u64) -> String {
    let mib = kib as f64 / 1024.0;
    if mib >= 1024.0 { format!("{:.2} GiB", mib / 1024.0) } else { format!("{mib:.0} MiB") }
}

fn thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(digit);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn failed_steps_are_cells() {
        let row = Row {
            name: String::from("lemmy"),
            files: 528,
            lines: 74_120,
            bytes: 2_400_000,
            floor_seconds: 0.25,
            ours: Ok((1.0, 61_440, 3)),
            check_clean: Err(String::from("error: a | b")),
            check_edited: Ok(12.345),
            semgrep: Ok((7.0, 140_000, 0, 0)),
        };
        let table = markdown(&[row]);
        let last = table.lines().last().unwrap();
        assert_eq!(
            last,
            "| lemmy | 528 | 74,120 | 2,400,000 | 0.25 s | 1.00 s | 60 MiB | 26 | 4.0 | \
             failed: error: a \\| b | 12.35 s | 7.00 s | 137 MiB | 3 / 0 |"
        );
    }
}
