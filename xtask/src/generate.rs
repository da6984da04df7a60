//! Writes a synthetic cargo workspace of about a given number of lines, with a known set of flows
//! from `#[collected_for(security)]` fields to `#[ad_targeting]` functions among many look-alikes
//! that are not flows.
//!
//! The output depends only on the requested size: there is no randomness, so a workspace can be
//! regenerated anywhere and measurements compared. Every crate is a library of modules written
//! from one template (an account type with annotated fields, a trait and its impl, a store,
//! generic helpers, closures over iterators, a sink and a non-sink, and jobs that call them); a
//! module calls into the module before it, which makes call chains as deep as a crate is long,
//! and the first module of a crate calls into the crate before it. The generator records the
//! file and line of every sink call that carries annotated data, which is where the linter's
//! primary label goes.
//!
//! The crates do not depend on the `purpose` crate: the linter reads the annotations
//! syntactically, and `cargo metadata --no-deps` does not resolve dependencies, so a generated
//! workspace needs nothing but itself.

use std::fmt::Write as _;
use std::io;
use std::path::{Path, PathBuf};

/// How large a workspace to write.
#[derive(Clone, Debug)]
pub struct GenerateConfig {
    /// About how many lines of Rust the workspace should hold; the result is within one module
    /// (about 180 lines) of it, and at least two crates of one module each.
    pub lines: usize,
}

/// One finding the linter must report: the sink call's file (relative to the workspace root,
/// with `/` separators) and 1-based line.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct ExpectedFinding {
    pub file: String,
    pub line: usize,
}

/// What was written.
#[derive(Clone, Debug)]
pub struct GeneratedWorkspace {
    pub crates: usize,
    pub files: usize,
    pub lines: usize,
    pub bytes: usize,
    /// Sorted by file and line.
    pub expected: Vec<ExpectedFinding>,
}

impl GeneratedWorkspace {
    /// The content of `expected.json`: sizes and the expected findings, one per line.
    pub fn expected_json(&self) -> String {
        let mut json = String::new();
        let _ = writeln!(json, "{{");
        let _ = writeln!(json, "  \"crates\": {},", self.crates);
        let _ = writeln!(json, "  \"files\": {},", self.files);
        let _ = writeln!(json, "  \"lines\": {},", self.lines);
        let _ = writeln!(json, "  \"bytes\": {},", self.bytes);
        let _ = writeln!(json, "  \"findings\": {},", self.expected.len());
        let _ = writeln!(json, "  \"locations\": [");
        for (index, finding) in self.expected.iter().enumerate() {
            let comma = if index + 1 < self.expected.len() { "," } else { "" };
            let _ = writeln!(
                json,
                "    {{ \"file\": \"{}\", \"line\": {} }}{comma}",
                finding.file, finding.line
            );
        }
        let _ = writeln!(json, "  ]");
        let _ = writeln!(json, "}}");
        json
    }
}

/// Writes the workspace into `out` (created if missing; files of an earlier workspace of another
/// size may remain, so use an empty directory) and `expected.json` beside its `Cargo.toml`.
pub fn generate(config: &GenerateConfig, out: &Path) -> io::Result<GeneratedWorkspace> {
    let layout = Layout::for_lines(config.lines);
    let mut generated = GeneratedWorkspace {
        crates: layout.crates,
        files: 0,
        lines: 0,
        bytes: 0,
        expected: Vec::new(),
    };
    write_file(out, "Cargo.toml", &workspace_manifest(&layout))?;
    for krate in 0..layout.crates {
        let crate_dir = format!("crates/{}", crate_name(krate));
        write_file(out, &format!("{crate_dir}/Cargo.toml"), &crate_manifest(krate))?;
        let modules = layout.modules_of(krate);
        let files = std::iter::once(("lib.rs".to_string(), crate_root(krate, modules))).chain(
            (0..modules)
                .map(|module| (format!("m{module}.rs"), ModuleWriter::module(krate, module))),
        );
        for (name, written) in files {
            let relative = format!("{crate_dir}/src/{name}");
            generated.files += 1;
            generated.lines += written.line;
            generated.bytes += written.text.len();
            let findings = written
                .findings
                .iter()
                .map(|&line| ExpectedFinding { file: relative.clone(), line });
            generated.expected.extend(findings);
            write_file(out, &relative, &written.text)?;
        }
    }
    generated.expected.sort();
    write_file(out, "expected.json", &generated.expected_json())?;
    Ok(generated)
}

/// How many crates, and how many modules each; modules are spread evenly, the first crates
/// taking the remainder.
struct Layout {
    crates: usize,
    modules: usize,
}

/// Lines of one module written by [`ModuleWriter::module`], about; used only to choose how many
/// modules to write.
const LINES_PER_MODULE: usize = 180;

impl Layout {
    fn for_lines(lines: usize) -> Layout {
        let modules = (lines / LINES_PER_MODULE).max(2);
        // Crates grow with the square root of the modules: a 5k-line workspace has 3 crates of
        // about 9 modules, a million lines 37 crates of about 140.
        let crates = ((modules as f64 / 4.0).sqrt().round() as usize).clamp(2, modules);
        Layout { crates, modules }
    }

    fn modules_of(&self, krate: usize) -> usize {
        self.modules / self.crates + usize::from(krate < self.modules % self.crates)
    }
}

fn crate_name(krate: usize) -> String {
    format!("svc{krate}")
}

fn write_file(root: &Path, relative: &str, text: &str) -> io::Result<()> {
    let path: PathBuf = root.join(relative);
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent)?;
    }
    std::fs::write(path, text)
}

fn workspace_manifest(layout: &Layout) -> String {
    let mut text = String::from(
        "# Generated by `cargo run -p xtask -- gen-workspace`.\n[workspace]\nmembers = [\n",
    );
    for krate in 0..layout.crates {
        let _ = writeln!(text, "    \"crates/{}\",", crate_name(krate));
    }
    text.push_str("]\nresolver = \"2\"\n");
    text
}

/// Every crate depends on all the crates before it, as layered services do.
fn crate_manifest(krate: usize) -> String {
    let mut text = format!(
        "[package]\nname = \"{}\"\nversion = \"0.1.0\"\nedition = \"2021\"\npublish = false\n\n[dependencies]\n",
        crate_name(krate)
    );
    for earlier in 0..krate {
        let name = crate_name(earlier);
        let _ = writeln!(text, "{name} = {{ path = \"../{name}\" }}");
    }
    text
}

fn crate_root(krate: usize, modules: usize) -> ModuleWriter {
    let mut writer = ModuleWriter::default();
    writer.line(&format!(
        "//! Service layer {krate}: accounts and audience jobs, one region per module."
    ));
    writer.line("");
    for module in 0..modules {
        writer.line(&format!("pub mod m{module};"));
    }
    writer
}

/// Text of one file with its line count and the lines of the findings it holds.
#[derive(Default)]
struct ModuleWriter {
    text: String,
    /// Lines written so far; the next line is `line + 1`.
    line: usize,
    findings: Vec<usize>,
}

impl ModuleWriter {
    /// Writes each line of `block` (a template whose lines start with a `|` margin, which is
    /// removed, so the template can be indented with the code around it).
    fn block(&mut self, block: &str) {
        for template_line in block.lines() {
            let trimmed = template_line.trim_start();
            if let Some(code) = trimmed.strip_prefix('|') {
                self.line(code.strip_prefix(' ').unwrap_or(code));
            }
        }
    }

    fn line(&mut self, code: &str) {
        self.text.push_str(code);
        self.text.push('\n');
        self.line += 1;
    }

    /// Writes a sink call that carries annotated data, and records its line.
    fn finding(&mut self, code: &str) {
        self.line(code);
        self.findings.push(self.line);
    }

    fn module(krate: usize, module: usize) -> ModuleWriter {
        let mut writer = ModuleWriter::default();
        writer.block(&format!(
            "
            | //! Accounts of region {module} of service layer {krate}, and the jobs that read them.
            |
            | use purpose::{{ad_targeting, Purpose}};
            |
            | /// One user account.
            | #[derive(Debug, Clone, Purpose)]
            | pub struct Account {{
            |     pub id: u64,
            |     /// Public handle, without the `@`.
            |     pub handle: String,
            |     /// Phone number enrolled for login codes.
            |     #[collected_for(security)]
            |     pub phone: String,
            |     /// Address for password resets.
            |     #[collected_for(security)]
            |     pub recovery_email: String,
            |     /// Address the user opted into promotions with.
            |     pub marketing_email: String,
            |     pub days_idle: u32,
            | }}
            |
            | impl Account {{
            |     pub fn new(id: u64, handle: &str) -> Account {{
            |         Account {{
            |             id,
            |             handle: handle.to_string(),
            |             phone: format!(\"+1555{{id:07}}\"),
            |             recovery_email: format!(\"{{handle}}@recovery.example\"),
            |             marketing_email: format!(\"{{handle}}@promo.example\"),
            |             days_idle: (id % 120) as u32,
            |         }}
            |     }}
            |
            |     pub fn login_phone(&self) -> &str {{
            |         &self.phone
            |     }}
            |
            |     pub fn public_handle(&self) -> &str {{
            |         &self.handle
            |     }}
            | }}
            |
            | /// Something the growth team may contact.
            | pub trait Reachable {{
            |     fn reach(&self) -> String;
            |
            |     fn reach_all(items: &[Self]) -> Vec<String>
            |     where
            |         Self: Sized,
            |     {{
            |         items.iter().map(|item| item.reach()).collect()
            |     }}
            | }}
            |
            | impl Reachable for Account {{
            |     fn reach(&self) -> String {{
            |         self.marketing_email.clone()
            |     }}
            | }}
            |
            | /// The accounts of this region.
            | pub struct Store {{
            |     accounts: Vec<Account>,
            | }}
            |
            | impl Store {{
            |     pub fn new(count: u64) -> Store {{
            |         let accounts = (0..count).map(|id| Account::new(id, &format!(\"user{{id}}\"))).collect();
            |         Store {{ accounts }}
            |     }}
            |
            |     pub fn iter(&self) -> impl Iterator<Item = &Account> {{
            |         self.accounts.iter()
            |     }}
            |
            |     pub fn idle(&self, days: u32) -> Vec<&Account> {{
            |         self.accounts.iter().filter(|account| account.days_idle >= days).collect()
            |     }}
            | }}
            |
            | fn normalize(value: &str) -> String {{
            |     value.trim().to_lowercase()
            | }}
            |
            | fn relay<T: Clone>(value: &T) -> T {{
            |     value.clone()
            | }}
            |
            | fn first_or<T: Clone>(items: &[T], fallback: T) -> T {{
            |     items.first().cloned().unwrap_or(fallback)
            | }}
            |
            | /// Uploads identifiers to the ads platform as a tailored audience.
            | #[ad_targeting]
            | pub fn upload_audience(name: &str, identifiers: &[String]) -> usize {{
            |     name.len() + identifiers.len()
            | }}
            |
            | /// Writes identifiers to the security audit log.
            | pub fn audit_log(event: &str, identifiers: &[String]) -> usize {{
            |     event.len() + identifiers.len()
            | }}
            |
            | /// The login phones, for the alerting service.
            | pub fn login_phones(store: &Store) -> Vec<String> {{
            |     store.iter().map(|account| account.login_phone().to_string()).collect()
            | }}
            |
            | /// The public handles.
            | pub fn handles(store: &Store) -> Vec<String> {{
            |     store.iter().map(|account| normalize(account.public_handle())).collect()
            | }}
            |
            | /// Every phone number seen as a tailored audience.
            | pub fn phone_audience(store: &Store) -> usize {{
            |     let identifiers: Vec<String> = store.iter().map(|account| normalize(&account.phone)).collect();
            "
        ));
        writer.finding("    upload_audience(\"phones\", &identifiers)");
        writer.block(
            "
            | }
            |
            | /// Win-back audience: accounts idle for a month, by recovery address.
            | pub fn recovery_audience(store: &Store) -> usize {
            |     let mut identifiers = Vec::new();
            |     for account in store.idle(30) {
            |         identifiers.push(relay(&account.recovery_email));
            |     }
            ",
        );
        writer.finding("    upload_audience(\"win-back\", &identifiers)");
        writer.block(
            "
            | }
            |
            | /// Handles are public: not a flow.
            | pub fn handle_audience(store: &Store) -> usize {
            |     let identifiers: Vec<String> = store.iter().map(|account| normalize(account.public_handle())).collect();
            |     upload_audience(\"handles\", &identifiers)
            | }
            |
            | /// Marketing addresses were given for promotions: not a flow.
            | pub fn opted_in_audience(store: &Store) -> usize {
            |     let identifiers: Vec<String> = store.iter().map(|account| account.reach()).collect();
            |     let fallback = first_or(&identifiers, String::from(\"nobody@example.com\"));
            |     upload_audience(\"opted-in\", &[fallback])
            | }
            |
            | /// Security data to the security log: not a flow.
            | pub fn audit_logins(store: &Store) -> usize {
            |     let phones = login_phones(store);
            |     let recovery: Vec<String> = store.idle(90).into_iter().map(|account| relay(&account.recovery_email)).collect();
            |     audit_log(\"login\", &phones) + audit_log(\"recovery\", &recovery)
            | }
            |
            | /// Ids and idle days are not annotated: not a flow.
            | pub fn idle_audience(store: &Store) -> usize {
            |     let identifiers: Vec<String> = store.idle(60).iter().map(|account| format!(\"{}:{}\", account.id, account.days_idle)).collect();
            |     upload_audience(\"idle\", &identifiers)
            | }
            ",
        );
        if module == 0 {
            writer.block(
                "
                |
                | /// The end of the normalisation chain that the later regions forward to.
                | pub fn forward(identifiers: Vec<String>) -> Vec<String> {
                |     identifiers.into_iter().map(|identifier| normalize(&identifier)).collect()
                | }
                ",
            );
        } else {
            Self::neighbour_jobs(&mut writer, module);
        }
        if module == 0 && krate > 0 {
            Self::partner_jobs(&mut writer, krate);
        }
        writer
    }

    /// Jobs that read the module before this one, and a link of the chain of `forward` calls
    /// that runs through every module of the crate.
    fn neighbour_jobs(writer: &mut ModuleWriter, module: usize) {
        let previous = module - 1;
        writer.block(&format!(
            "
            |
            | /// One link of the normalisation chain, through every earlier region.
            | pub fn forward(identifiers: Vec<String>) -> Vec<String> {{
            |     crate::m{previous}::forward(identifiers)
            | }}
            |
            | /// The neighbouring region's phones, sent down the chain to the ads platform.
            | pub fn neighbour_phone_audience(neighbour: &crate::m{previous}::Store) -> usize {{
            |     let identifiers = forward(crate::m{previous}::login_phones(neighbour));
            "
        ));
        writer.finding("    upload_audience(\"neighbour-phones\", &identifiers)");
        writer.block(&format!(
            "
            | }}
            |
            | /// The neighbouring region's handles down the same chain: not a flow.
            | pub fn neighbour_handle_audience(neighbour: &crate::m{previous}::Store) -> usize {{
            |     let identifiers = forward(crate::m{previous}::handles(neighbour));
            |     upload_audience(\"neighbour-handles\", &identifiers)
            | }}
            |
            | /// The neighbouring region's phones to its own audit log: not a flow.
            | pub fn neighbour_audit(neighbour: &crate::m{previous}::Store) -> usize {{
            |     let phones = crate::m{previous}::login_phones(neighbour);
            |     crate::m{previous}::audit_log(\"neighbour\", &phones)
            | }}
            |
            | /// A generic job over anything reachable: marketing addresses only, not a flow.
            | pub fn reachable_audience<T: Reachable>(items: &[T]) -> usize {{
            |     let identifiers = T::reach_all(items);
            |     upload_audience(\"reachable\", &identifiers)
            | }}
            "
        ));
    }

    /// Jobs of a crate's first module that read the crate before it.
    fn partner_jobs(writer: &mut ModuleWriter, krate: usize) {
        let partner = crate_name(krate - 1);
        writer.block(&format!(
            "
            |
            | /// The layer below's recovery addresses, matched against a partner's list.
            | pub fn partner_audience(partner: &{partner}::m0::Store) -> usize {{
            |     let identifiers: Vec<String> = partner.iter().map(|account| account.recovery_email.clone()).collect();
            "
        ));
        writer.finding(&format!("    {partner}::m0::upload_audience(\"partner\", &identifiers)"));
        writer.block(&format!(
            "
            | }}
            |
            | /// The layer below's handles: not a flow.
            | pub fn partner_handle_audience(partner: &{partner}::m0::Store) -> usize {{
            |     upload_audience(\"partner-handles\", &{partner}::m0::handles(partner))
            | }}
            "
        ));
    }
}
