//! `format!("{},{}", id, number)` puts the security field into the row that reaches the sink: violation.
use purpose::{Purpose, ad_targeting};

#[derive(Purpose)]
pub struct Customer {
    pub customer_id: u64,
    #[collected_for(security)]
    pub mfa_number: String,
}

#[ad_targeting]
pub fn upload_csv_rows(audience: &str, rows: &[String]) {
    let _ = (audience, rows);
}

pub fn export(customers: &[Customer]) {
    let mut rows = vec![String::from("external_id,phone")];
    for customer in customers {
        let row = format!("{},{}", customer.customer_id, customer.mfa_number);
        rows.push(row);
    }
    upload_csv_rows("crm-sync", &rows); //~ ERROR purpose_violation
}
