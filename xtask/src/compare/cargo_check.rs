//! `cargo check --workspace` of a copy of a code base: once clean (a fresh target directory, after
//! `cargo fetch` so that downloads are not counted) and once more after a comment line is
//! appended to one file, which is then restored.

use std::path::Path;

use super::step::Step;
use super::workspace_copy;

/// How long the two checks took, or why each has no time; and the commands.
#[derive(Clone, Debug)]
pub struct Checks {
    pub clean: Result<f64, String>,
    pub edited: Result<f64, String>,
    pub commands: Vec<String>,
}

/// What the checks of one code base need besides the code base.
pub struct Setup<'a> {
    /// Sets `RUSTUP_TOOLCHAIN` (and passes `--ignore-rust-version`) when given.
    pub toolchain: Option<&'a str>,
    /// Passed to `cargo check` after `--workspace`, e.g. `--features sqlite`.
    pub check_args: &'a [String],
    /// Set for `cargo fetch` and `cargo check`, e.g. `RUSTFLAGS=--cap-lints=warn`.
    pub check_env: &'a [(String, String)],
    /// An empty directory to hold the copy and the target directory; removed by the caller.
    pub scratch: &'a Path,
}

pub fn run(dir: &Path, setup: &Setup) -> Checks {
    let copy = setup.scratch.join("copy");
    let target = setup.scratch.join("target");
    let shown_as = vec![
        (copy.to_string_lossy().into_owned(), String::from("$COPY")),
        (target.to_string_lossy().into_owned(), String::from("$TARGET")),
    ];
    let mut commands = vec![format!(
        "COPY=$(mktemp -d); TARGET=$(mktemp -d); cp -r {}/. \"$COPY\"  # without target/ and .git/, \
         annotation-only lines emptied",
        dir.display()
    )];
    let failed = |reason: String, commands: Vec<String>| Checks {
        clean: Err(reason.clone()),
        edited: Err(reason),
        commands,
    };
    match workspace_copy::copy(dir, &copy) {
        Ok(emptied) => eprintln!("  copied, {emptied} annotation lines emptied"),
        Err(error) => return failed(format!("cannot copy: {error}"), commands),
    }
    let with_env = |mut step: Step| {
        step.dir = Some(copy.clone());
        step.envs.push((String::from("CARGO_TARGET_DIR"), target.to_string_lossy().into_owned()));
        if let Some(toolchain) = setup.toolchain {
            step.envs.push((String::from("RUSTUP_TOOLCHAIN"), toolchain.to_owned()));
        }
        step.envs.extend(setup.check_env.iter().cloned());
        step.shown_as = shown_as.clone();
        step
    };

    let fetch = with_env(Step::new("cargo", &["fetch"]));
    commands.push(format!("{}  # not counted", fetch.shown()));
    match fetch.run(setup.scratch) {
        Ok(outcome) if outcome.code == Some(0) => {}
        Ok(outcome) => return failed(format!("cargo fetch: {}", outcome.reason()), commands),
        Err(error) => return failed(error, commands),
    }

    let mut check = with_env(Step::new("cargo", &["check", "--workspace"]));
    if setup.toolchain.is_some() {
        check.args.push(String::from("--ignore-rust-version"));
    }
    check.args.extend(setup.check_args.iter().cloned());
    commands.push(check.shown());
    let clean = timed(&check, setup.scratch);

    let edited = match workspace_copy::edited_file(&copy) {
        Ok(file) => {
            let shown = file.strip_prefix(&copy).unwrap_or(&file).display().to_string();
            commands.push(format!(
                "echo '// edited by xtask compare' >> \"$COPY\"/{shown}; {}  # then the file is restored",
                check.shown()
            ));
            edit_and_check(&file, &check, setup.scratch)
        }
        Err(reason) => Err(reason),
    };
    let edited = if clean.is_err() && edited.is_ok() {
        Err(String::from("the clean check failed"))
    } else {
        edited
    };
    Checks { clean, edited, commands }
}

fn timed(check: &Step, scratch: &Path) -> Result<f64, String> {
    let outcome = check.run(scratch)?;
    if outcome.code == Some(0) {
        Ok(outcome.seconds)
    } else {
        Err(format!("{} after {:.0} s", outcome.reason(), outcome.seconds))
    }
}

/// Appends a comment line to `file`, checks, and puts back the file's bytes and modification time.
fn edit_and_check(file: &Path, check: &Step, scratch: &Path) -> Result<f64, String> {
    let original = std::fs::read(file).map_err(|error| format!("cannot read: {error}"))?;
    let modified = std::fs::metadata(file).and_then(|metadata| metadata.modified()).ok();
    let mut edited = original.clone();
    if !edited.ends_with(b"\n") {
        edited.push(b'\n');
    }
    edited.extend_from_slice(b"// edited by xtask compare\n");
    std::fs::write(file, &edited).map_err(|error| format!("cannot edit: {error}"))?;
    let result = timed(check, scratch);
    let restored = std::fs::write(file, &original).and_then(|()| match modified {
        Some(time) => std::fs::File::options().write(true).open(file)?.set_modified(time),
        None => Ok(()),
    });
    restored.map_err(|error| format!("cannot restore `{}`: {error}", file.display()))?;
    result
}
