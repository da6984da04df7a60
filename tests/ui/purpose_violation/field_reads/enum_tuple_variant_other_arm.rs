//! Only the `Email` arm reaches the sink and its field is collected for marketing; the SMS arm stays local: quiet.
use purpose::{Purpose, ad_targeting};

#[derive(Purpose)]
pub enum Channel {
    Sms(#[collected_for(security)] String),
    Email(#[collected_for(marketing)] String),
}

#[ad_targeting]
pub fn push_custom_audience(list: &str, contact: &str) {
    let _ = (list, contact);
}

fn send_one_time_code(number: &str) {
    let _ = number;
}

pub fn on_login(channel: &Channel) {
    match channel {
        Channel::Sms(number) => send_one_time_code(number),
        Channel::Email(address) => push_custom_audience("returning-users", address),
    }
}
