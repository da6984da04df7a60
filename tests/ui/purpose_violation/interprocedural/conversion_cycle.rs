//! Conversions that call each other (`from` calling `into` calling `from`) nest values one level
//! deeper each round; the analysis still reaches its fixed point and the flow.
use purpose::{Purpose, ad_targeting};

#[derive(Purpose)]
pub struct Account {
    #[collected_for(security)]
    pub phone: String,
}

pub enum Filter {
    Equal(Box<Filter>, String),
    Leaf(String),
}

pub struct Phone(String);

impl From<Phone> for Filter {
    fn from(phone: Phone) -> Filter {
        Filter::Equal(Box::new(Phone(phone.0.clone()).into()), phone.0)
    }
}

impl From<Phone> for String {
    fn from(phone: Phone) -> String {
        let filter: Filter = phone.into();
        match filter {
            Filter::Equal(_, value) | Filter::Leaf(value) => value,
        }
    }
}

#[ad_targeting]
fn upload(filter: Filter) {
    let _ = filter;
}

pub fn search(account: &Account) {
    let filter: Filter = Phone(account.phone.clone()).into();
    upload(filter); //~ ERROR purpose_violation
}
