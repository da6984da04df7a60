//! The receiver is built with a struct literal `PartnerExporter { .. }`.
use purpose::{Purpose, ad_targeting};

#[derive(Purpose)]
pub struct Account {
    pub id: u64,
    #[collected_for(security)]
    pub phone: String,
}

pub struct PartnerExporter {
    pub endpoint: String,
    pub batch_size: usize,
}

impl PartnerExporter {
    #[ad_targeting]
    pub fn export_numbers(&self, numbers: &[&str]) {
        for chunk in numbers.chunks(self.batch_size) {
            println!("POST {} ({} numbers)", self.endpoint, chunk.len());
        }
    }
}

pub fn export(account: &Account) {
    let exporter =
        PartnerExporter { endpoint: "https://partner.example/audiences".into(), batch_size: 500 };
    exporter.export_numbers(&[account.phone.as_str()]); //~ ERROR purpose_violation
}
