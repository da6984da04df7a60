//! Analysis tests in rust-analyzer's style: a multi-file fixture in one string (`//- /src/lib.rs`),
//! checked through the library, with the flows it yields compared to an inline expectation.
//! `UPDATE_EXPECT=1 cargo test --test analysis` rewrites the expectations; read the diff.

use std::path::PathBuf;

use cargo_purpose::driver::{CheckConfig, check};
use cargo_purpose::report::Locator;
use expect_test::{Expect, expect};

/// Writes the fixture's files into a fresh directory and returns it.
fn write_fixture(fixture: &str) -> PathBuf {
    static COUNTER: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let unique = COUNTER.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let dir =
        std::env::temp_dir().join(format!("purpose-analysis-{}-{unique}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let mut current: Option<(PathBuf, String)> = None;
    let mut files = Vec::new();
    for line in fixture.lines() {
        if let Some(path) = line.trim().strip_prefix("//- /") {
            files.extend(current.take());
            current = Some((dir.join(path.trim()), String::new()));
        } else if let Some((_, text)) = &mut current {
            text.push_str(line);
            text.push('\n');
        }
    }
    files.extend(current);
    for (path, text) in files {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }
    dir
}

/// One line per finding: `file:line lint: message [field -> sink]`.
fn check_flows(fixture: &str, expect: Expect) {
    let dir = write_fixture(fixture);
    let outcome = check(&CheckConfig {
        path: dir.clone(),
        include_tests: false,
        lint_levels: Vec::new(),
        deny_warnings: false,
        inject_panic_in: None,
        evaluate_everything: false,
        process_ends_after: false,
    })
    .unwrap();
    let locator = Locator::new(&outcome.sources);
    let mut actual = String::new();
    for finding in &outcome.findings {
        let position = locator.position(finding.primary.span);
        let flow = finding
            .flow
            .as_ref()
            .map(|flow| format!(" [{} -> {}]", flow.field, flow.sink))
            .unwrap_or_default();
        actual.push_str(&format!(
            "{}:{} {}{}\n",
            position.file, position.line, finding.lint.name, flow
        ));
    }
    std::fs::remove_dir_all(&dir).unwrap();
    expect.assert_eq(&actual);
}

const ANNOTATED: &str = r#"
//- /model.rs
use purpose::Purpose;
#[derive(Purpose)]
pub struct User {
    pub name: String,
    #[collected_for(security)]
    pub phone: String,
}
"#;

#[test]
fn re_exported_and_aliased_sinks_resolve_across_modules() {
    check_flows(
        &(r#"
//- /lib.rs
mod ads {
    mod inner {
        #[purpose::ad_targeting]
        pub fn upload(_: &str) {}
    }
    pub use self::inner::upload as push_audience;
}
mod model;
use crate::ads::push_audience;
use model::User;
pub fn run(user: &User) {
    push_audience(&user.phone);
    push_audience(&user.name);
}
"#
        .to_owned()
            + ANNOTATED),
        expect![[r#"
            lib.rs:12 purpose_violation [User.phone -> upload]
        "#]],
    );
}

#[test]
fn glob_import_is_shadowed_by_a_local_function() {
    check_flows(
        &(r#"
//- /lib.rs
mod ads {
    #[purpose::ad_targeting]
    pub fn upload(_: &str) {}
}
mod model;
mod jobs {
    use crate::ads::*;
    use crate::model::User;
    fn upload(_: &str) {}
    pub fn run(user: &User) {
        upload(&user.phone);
    }
}
"#
        .to_owned()
            + ANNOTATED),
        expect![[""]],
    );
}

#[test]
fn modules_that_glob_import_each_other_see_each_others_items() {
    check_flows(
        &(r#"
//- /lib.rs
mod model;
mod ads {
    pub use crate::jobs::*;
    #[purpose::ad_targeting]
    pub fn upload(_: &str) {}
}
mod jobs {
    pub use crate::ads::*;
    pub fn forward(phone: &str) {
        upload(phone);
    }
}
pub fn run(user: &model::User) {
    ads::forward(&user.phone);
}
"#
        .to_owned()
            + ANNOTATED),
        expect![[r#"
            lib.rs:10 purpose_violation [User.phone -> upload]
        "#]],
    );
}

#[test]
fn summaries_carry_data_through_helpers_and_returns() {
    check_flows(
        &(r#"
//- /lib.rs
mod model;
use model::User;
#[purpose::ad_targeting]
fn upload(_: &str) {}
fn normalise(raw: &str) -> String { raw.trim().replace(' ', "") }
fn pick(_first: String, second: String) -> String { second }
fn send(value: &str) { upload(value) }
pub fn run(user: &User) {
    let phone = normalise(&user.phone);
    let clean = pick(phone.clone(), user.name.clone());
    upload(&clean);
    send(&phone);
}
"#
        .to_owned()
            + ANNOTATED),
        expect![[r#"
            lib.rs:7 purpose_violation [User.phone -> upload]
        "#]],
    );
}

#[test]
fn field_sensitivity_keeps_siblings_clean_and_overwrites_kill() {
    check_flows(
        &(r#"
//- /lib.rs
mod model;
use model::User;
#[purpose::ad_targeting]
fn upload(_: &str) {}
struct Row { id: String, contact: String }
pub fn run(user: &User) {
    let row = Row { id: user.name.clone(), contact: user.phone.clone() };
    upload(&row.id);
    let mut key = user.phone.clone();
    key = String::from("anonymous");
    upload(&key);
    upload(&row.contact);
}
"#
        .to_owned()
            + ANNOTATED),
        expect![[r#"
            lib.rs:12 purpose_violation [User.phone -> upload]
        "#]],
    );
}

#[test]
fn methods_resolve_by_receiver_type_not_by_name() {
    check_flows(
        &(r#"
//- /lib.rs
mod model;
use model::User;
pub struct Ads;
impl Ads {
    #[purpose::ad_targeting]
    pub fn send(&self, _: &str) {}
}
pub struct Sms;
impl Sms {
    pub fn send(&self, _: &str) {}
}
pub struct Services { ads: Ads, sms: Sms }
impl Services {
    pub fn new() -> Self { Services { ads: Ads, sms: Sms } }
    pub fn notify(&self, user: &User) {
        self.sms.send(&user.phone);
        self.ads.send(&user.phone);
    }
}
"#
        .to_owned()
            + ANNOTATED),
        expect![[r#"
            lib.rs:17 purpose_violation [User.phone -> send]
        "#]],
    );
}

#[test]
fn a_sink_without_callers_reports_the_read_inside_it() {
    check_flows(
        &(r#"
//- /lib.rs
mod model;
use model::User;
fn post(_: String) {}
#[purpose::ad_targeting]
pub fn export(user: &User) {
    if user.phone.is_empty() { return; }
    post(user.phone.clone());
}
"#
        .to_owned()
            + ANNOTATED),
        expect![[r#"
            lib.rs:7 purpose_violation [User.phone -> export]
        "#]],
    );
}

#[test]
fn trait_sinks_make_every_impl_a_sink() {
    check_flows(
        &(r#"
//- /lib.rs
mod model;
use model::User;
pub trait Audience {
    #[purpose::ad_targeting]
    fn add(&self, id: &str);
}
pub struct Partner;
impl Audience for Partner {
    fn add(&self, _id: &str) {}
}
pub fn run(partner: &Partner, audience: &dyn Audience, user: &User) {
    partner.add(&user.phone);
    audience.add(&user.name);
}
"#
        .to_owned()
            + ANNOTATED),
        expect![[r#"
            lib.rs:12 purpose_violation [User.phone -> add]
        "#]],
    );
}
