//! The binary target of `export-tool` calls its own library (`export_tool::contact_list`), which returns
//! the phones, and uploads them: the finding is in `main`.
fn main() {
    let accounts = accounts::load_all();
    let contacts = export_tool::contact_list(&accounts);
    ads_platform::upload(&contacts); //~ ERROR purpose_violation
}
