//! The `cargo-purpose` binary, run as `cargo purpose` or directly.

fn main() -> std::process::ExitCode {
    cargo_purpose::cli::main()
}
