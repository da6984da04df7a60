//! The receiver comes from `PartnerAudiences::new(..)` returning `Self`, through a builder method that
//! also returns `Self`; the sink's name is on the last line of the chain.
use purpose::{Purpose, ad_targeting};

#[derive(Purpose)]
pub struct Account {
    pub id: u64,
    pub home_region: String,
    #[collected_for(security)]
    pub phone: String,
}

pub struct PartnerAudiences {
    key: String,
    region: String,
    batch_size: usize,
}

impl PartnerAudiences {
    pub fn new(key: &str) -> Self {
        Self { key: key.to_owned(), region: "us".to_owned(), batch_size: 100 }
    }

    pub fn with_batch_size(mut self, batch_size: usize) -> Self {
        self.batch_size = batch_size;
        self
    }

    pub fn with_region(mut self, region: &str) -> Self {
        self.region = region.to_owned();
        self
    }

    #[ad_targeting]
    pub fn append(&self, phone: &str) {
        println!("[{}/{}/{}] append {phone}", self.key, self.region, self.batch_size);
    }
}

pub fn sync(account: &Account, api_key: &str) {
    PartnerAudiences::new(api_key)
        .with_region(&account.home_region)
        .with_batch_size(500)
        .append(&account.phone); //~ ERROR purpose_violation
}
