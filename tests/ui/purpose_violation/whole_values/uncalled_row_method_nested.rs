//! An uncalled `#[ad_targeting]` export method on a wrapper type reads `self.contact.phone` of the nested security struct; the finding is at that read.
use purpose::{Purpose, ad_targeting};

#[derive(Purpose, Clone)]
pub struct Contact {
    pub city: String,
    #[collected_for(security)]
    pub phone: String,
}

#[derive(Clone)]
pub struct Customer {
    pub id: u64,
    pub segment: String,
    pub contact: Contact,
}

impl Customer {
    pub fn label(&self) -> String {
        format!("{} ({})", self.id, self.segment)
    }

    /// Called by the partner export cron through FFI; no Rust caller.
    #[ad_targeting]
    pub fn to_partner_row(&self) -> String {
        let mut row = String::new();
        row.push_str(&self.label());
        row.push(',');
        row.push_str(&self.contact.city);
        row.push(',');
        row.push_str(&self.contact.phone); //~ ERROR purpose_violation
        row
    }
}
