//! Everyday comfort on the command line: shell completions, the help of each subcommand (with its
//! exit statuses), and a progress line that never reaches a pipe.

mod scratch;
mod support;

use std::process::Command;

use support::{binary, repo_root, run};

fn text(bytes: &[u8]) -> String {
    String::from_utf8(bytes.to_vec()).expect("the output is UTF-8")
}

#[test]
fn bash_completions_offer_the_subcommands() {
    let output = run(&["completions", "bash"], &repo_root());
    assert_eq!(output.status.code(), Some(0));
    let script = text(&output.stdout);
    assert!(script.contains("cargo-purpose"), "{script}");
    for word in ["check", "inventory", "explain", "completions", "--message-format", "--format"] {
        assert!(script.contains(word), "the bash completions lack `{word}`");
    }
    assert_eq!(text(&output.stderr), "");
}

#[test]
fn every_supported_shell_gets_a_script() {
    for shell in ["bash", "zsh", "fish", "powershell", "elvish"] {
        let output = run(&["completions", shell], &repo_root());
        assert_eq!(output.status.code(), Some(0), "{shell}");
        let script = text(&output.stdout);
        assert!(script.contains("inventory"), "{shell}: no `inventory` in\n{script}");
    }
}

#[test]
fn the_cargo_subcommand_form_prints_completions_too() {
    let direct = run(&["completions", "fish"], &repo_root());
    let through_cargo = run(&["purpose", "completions", "fish"], &repo_root());
    assert_eq!(through_cargo.status.code(), Some(0));
    assert_eq!(through_cargo.stdout, direct.stdout);
}

#[test]
fn an_unknown_shell_exits_2() {
    let output = run(&["completions", "tcsh"], &repo_root());
    assert_eq!(output.status.code(), Some(2));
    assert_eq!(text(&output.stdout), "");
}

#[test]
fn check_help_states_the_exit_statuses() {
    let output = run(&["check", "--help"], &repo_root());
    assert_eq!(output.status.code(), Some(0));
    let help = text(&output.stdout);
    assert!(
        help.contains(
            "Exit status:\n  0  no error-level finding (a run with --write-baseline also exits 0)\n  \
             1  error-level findings, or warnings with --deny-warnings\n  2  the check could not \
             run: bad arguments or configuration, an unreadable workspace\n"
        ),
        "{help}"
    );
    for format in ["github", "gitlab", "sarif", "--message-format <FMT>"] {
        assert!(help.contains(format), "`check --help` does not mention `{format}`:\n{help}");
    }
}

#[test]
fn inventory_help_says_it_is_not_a_gate() {
    let output = run(&["inventory", "--help"], &repo_root());
    assert_eq!(output.status.code(), Some(0));
    let help = text(&output.stdout);
    assert!(help.contains("Exit status: 0 the inventory was written"), "{help}");
    for format in ["markdown", "json", "mermaid", "dot", "svg"] {
        assert!(help.contains(format), "`inventory --help` does not mention `{format}`:\n{help}");
    }
}

#[test]
fn the_top_level_help_has_examples_of_the_new_commands() {
    let output = run(&["--help"], &repo_root());
    let help = text(&output.stdout);
    for example in [
        "cargo purpose inventory",
        "cargo purpose check --format github",
        "cargo purpose check --message-format json",
        "cargo purpose completions bash",
    ] {
        assert!(help.contains(example), "`--help` lacks `{example}`:\n{help}");
    }
}

#[test]
fn no_progress_line_reaches_a_pipe() {
    // Standard error is a pipe here: only the summary line may appear, never a `\r` rewrite.
    let output = Command::new(binary())
        .args(["check", "examples/twitter-2fa-ads", "--color", "never"])
        .current_dir(repo_root())
        .env_remove("CI")
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    let stderr = text(&output.stderr);
    assert!(!stderr.contains('\r'), "{stderr:?}");
    assert!(stderr.starts_with("checked 3 crates, "), "{stderr}");
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
}
