//! `format!` over the id and the plan only, never the security field: quiet.
use purpose::{Purpose, ad_targeting};

#[derive(Purpose)]
pub struct Customer {
    pub customer_id: u64,
    pub plan: String,
    #[collected_for(security)]
    pub mfa_number: String,
}

#[ad_targeting]
pub fn upload_csv_rows(audience: &str, rows: &[String]) {
    let _ = (audience, rows);
}

pub fn export(customers: &[Customer]) {
    let mut rows = vec![String::from("external_id,plan")];
    for customer in customers {
        let row = format!("{},{}", customer.customer_id, customer.plan);
        rows.push(row);
    }
    upload_csv_rows("crm-sync", &rows);
}
