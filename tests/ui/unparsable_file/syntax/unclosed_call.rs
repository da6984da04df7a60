//! A file that does not parse is reported where parsing stopped, and nothing in it is checked.
use purpose::Purpose;

#[derive(Purpose)]
pub struct Account {
    #[collected_for(security)]
    pub phone: String,
}

pub fn sync(account: &Account) {
    let digits = account.phone.replace(' ', "";
} //~ ERROR unparsable_file
