//! A fixed-size array row mixes safe columns with the recovery phone and is pushed to the ads row API.
use purpose::{Purpose, ad_targeting};

#[derive(Purpose)]
pub struct Member {
    pub handle: String,
    pub country: String,
    #[collected_for(security)]
    pub recovery_phone: String,
}

pub struct RowSink {
    pub table: String,
}

impl RowSink {
    #[ad_targeting]
    pub fn push_row(&mut self, row: &[&str]) {
        let _ = (&self.table, row);
    }
}

pub fn export(members: &[Member], sink: &mut RowSink) {
    for m in members {
        let row: [&str; 3] = [&m.handle, &m.country, &m.recovery_phone];
        sink.push_row(&row[..]); //~ ERROR purpose_violation
    }
}
