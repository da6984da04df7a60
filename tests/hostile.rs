//! Adversarial inputs, generated: deep nesting, a 10 MB file, long chains and large recursive call
//! graphs must neither overflow a stack nor take unbounded time, and the flow through each is still
//! found.
//!
//! Each case writes one file whose only path from the annotated field to the sink runs through the
//! generated structure, and checks that exactly that finding is reported.

mod scratch;
mod support;

use scratch::ScratchDir;
use support::{findings, run};

const HEADER: &str = "use purpose::{Purpose, ad_targeting};

#[derive(Purpose)]
pub struct User {
    #[collected_for(security)]
    pub phone: String,
}

#[ad_targeting]
pub fn upload(id: String) {
    let _ = id;
}
";

/// The line of the first line of `body` in the generated file.
const BODY_LINE: usize = 13;

/// Checks `HEADER + body` and asserts exactly one violation, on the line `line` of the file.
fn assert_one_violation_at(name: &str, body: &str, line: usize) {
    let dir = ScratchDir::new(name);
    let file = dir.write(&format!("{name}.rs"), format!("{HEADER}{body}\n"));
    let output =
        run(&["check", &file.to_string_lossy(), "--format", "json", "--quiet"], dir.path());
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert_eq!(output.status.code(), Some(1), "{}", String::from_utf8_lossy(&output.stderr));
    let found: Vec<_> = findings(&stdout).into_keys().collect();
    let expected =
        (format!("{name}.rs"), line, "error".to_string(), "purpose_violation".to_string());
    assert_eq!(found, [expected], "{stdout}");
}

#[test]
fn ten_thousand_nested_parentheses() {
    let depth = 10_000;
    let body = format!(
        "pub fn go(u: &User) {{ upload({}u.phone.clone(){}); }}",
        "(".repeat(depth),
        ")".repeat(depth)
    );
    assert_one_violation_at("parentheses", &body, BODY_LINE);
}

#[test]
fn ten_thousand_nested_arrays() {
    let depth = 10_000;
    let body = format!(
        "pub fn go(u: &User) {{ let nested = {}u.phone.clone(){}; upload(format!(\"{{nested:?}}\")); }}",
        "[".repeat(depth),
        "]".repeat(depth)
    );
    assert_one_violation_at("arrays", &body, BODY_LINE);
}

#[test]
fn ten_thousand_nested_blocks() {
    let depth = 10_000;
    let body = format!(
        "pub fn go(u: &User) {{ upload({}u.phone.clone(){}); }}",
        "{".repeat(depth),
        "}".repeat(depth)
    );
    assert_one_violation_at("blocks", &body, BODY_LINE);
}

#[test]
fn ten_thousand_nested_closures() {
    let depth = 10_000;
    let body = format!(
        "pub fn go(u: &User) {{ let f = {}u.phone.clone(); upload(String::new()); let _ = f; }}\n\
         pub fn leak(u: &User) {{\n    upload(u.phone.clone());\n}}",
        "|| ".repeat(depth)
    );
    assert_one_violation_at("closures", &body, BODY_LINE + 2);
}

#[test]
fn ten_thousand_nested_modules() {
    let depth = 10_000;
    let body = format!(
        "{}pub fn go(u: &crate::User) {{ crate::upload(u.phone.clone()); }}{}",
        "mod m { ".repeat(depth),
        " }".repeat(depth)
    );
    assert_one_violation_at("modules", &body, BODY_LINE);
}

#[test]
fn a_method_chain_of_thousands_of_links() {
    let body = format!(
        "pub fn go(u: &User) {{ upload(u.phone.clone(){}); }}",
        ".trim().to_string()".repeat(3_000)
    );
    assert_one_violation_at("method_chain", &body, BODY_LINE);
}

#[test]
fn exponentially_nested_matches() {
    fn nest(depth: usize) -> String {
        if depth == 0 {
            return "u.phone.clone()".to_string();
        }
        let inner = nest(depth - 1);
        format!("match d {{ 0 => {inner}, 1 => {inner}, _ => String::new() }}")
    }
    let body = format!("pub fn go(u: &User, d: u32) {{ upload({}); }}", nest(10));
    assert_one_violation_at("matches", &body, BODY_LINE);
}

#[test]
fn a_recursive_macro_whose_every_rule_applies() {
    // No rule is told apart by a leading literal, so every invocation expands all seven, and six
    // of them invoke the macro again: expanded without a bound on the total, each invocation would
    // expand seven rules eight levels deep.
    let mut body = String::from("macro_rules! relay {\n    ($x:expr) => { upload($x) };\n");
    for index in 0..6 {
        body.push_str(&format!(
            "    ($x:expr, {index}) => {{ relay!($x, {index}); relay!($x) }};\n"
        ));
    }
    body.push_str("}\n");
    let line = BODY_LINE + body.lines().count();
    body.push_str("pub fn go(u: &User) { relay!(u.phone.clone(), 0); }\n");
    assert_one_violation_at("recursive_macro", &body, line);
}

#[test]
fn thousands_of_mutually_recursive_functions() {
    let count = 2_000;
    let mut body = String::from("pub fn go(u: &User) { upload(f0(u, 5)); }\n");
    for index in 0..count {
        let next = (index + 1) % count;
        body.push_str(&format!(
            "pub fn f{index}(u: &User, d: u32) -> String {{ if d == 0 {{ u.phone.clone() }} else {{ f{next}(u, d - 1) }} }}\n"
        ));
    }
    assert_one_violation_at("recursion", &body, BODY_LINE);
}

#[test]
fn a_call_chain_thousands_of_functions_deep() {
    let count = 5_000;
    let mut body = String::from("pub fn go(u: &User) { upload(c0(u.phone.clone())); }\n");
    for index in 0..count {
        let next = index + 1;
        body.push_str(&format!("pub fn c{index}(x: String) -> String {{ c{next}(x) }}\n"));
    }
    body.push_str(&format!("pub fn c{count}(x: String) -> String {{ x }}\n"));
    assert_one_violation_at("call_chain", &body, BODY_LINE);
}

#[test]
fn a_ten_megabyte_file() {
    let mut body = String::new();
    let mut index = 0;
    while body.len() < 10 << 20 {
        body.push_str(&format!("pub fn generated_{index}(n: u64) -> u64 {{ n + {index} }}\n"));
        index += 1;
    }
    body.push_str("pub fn leak(u: &User) { upload(u.phone.clone()); }");
    assert_one_violation_at("ten_megabytes", &body, BODY_LINE + index);
}
