//! `impl From<&Subscriber> for AudienceRow` copies the TOTP phone; the caller converts with `.into()` and hands the row to the ads uploader.
use purpose::{Purpose, ad_targeting};

#[derive(Purpose)]
pub struct Subscriber {
    pub id: u64,
    pub region: String,
    #[collected_for(security)]
    pub totp_phone: String,
}

#[derive(Debug, Clone)]
pub struct AudienceRow {
    pub external_id: String,
    pub phone: String,
    pub region: String,
}

impl From<&Subscriber> for AudienceRow {
    fn from(s: &Subscriber) -> Self {
        AudienceRow {
            external_id: format!("sub-{}", s.id),
            phone: s.totp_phone.replace(' ', ""),
            region: s.region.clone(),
        }
    }
}

pub mod ads {
    use super::{ad_targeting, AudienceRow};

    pub struct Uploader {
        pub batch: Vec<String>,
    }

    impl Uploader {
        #[ad_targeting]
        pub fn upload_row(&mut self, row: &AudienceRow) {
            self.batch
                .push(format!("{},{},{}", row.external_id, row.phone, row.region));
        }
    }
}

pub fn sync_region(subs: &[Subscriber], region: &str, up: &mut ads::Uploader) {
    for s in subs.iter().filter(|s| s.region == region) {
        let row: AudienceRow = s.into();
        up.upload_row(&row); //~ ERROR purpose_violation
    }
}
