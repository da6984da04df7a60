//! Compile tests through trybuild: every documented form builds and runs unchanged, and every
//! malformed annotation fails with the message recorded beside it in a `.stderr` file.
//!
//! Re-bless the messages with `TRYBUILD=overwrite cargo test -p purpose`, then read the diff.

/// One test rather than two, because trybuild builds every case in one shared project and two
/// parallel runs would contend for it.
#[test]
fn annotations() {
    let cases = trybuild::TestCases::new();
    cases.pass("tests/pass/*.rs");
    cases.compile_fail("tests/fail/*.rs");
}
