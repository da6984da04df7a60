//! Two mutually recursive formatting functions carry the phone in their return value.
use purpose::{Purpose, ad_targeting};

#[derive(Purpose)]
pub struct Profile {
    pub name: String,
    #[collected_for(security)]
    pub verified_phone: String,
}

pub mod audience {
    use purpose::ad_targeting;

    #[ad_targeting]
    pub fn add_display_number(name: &str, number: &str) {
        println!("{name}: {number}");
    }
}

/// Formats "5551234567" as "555 123 4567": groups of three, the last group of four.
fn group_head(digits: &str, out: String) -> String {
    if digits.len() <= 4 {
        return out + digits;
    }
    group_tail(&digits[3..], out + &digits[..3])
}

fn group_tail(rest: &str, out: String) -> String {
    group_head(rest, out + " ")
}

pub fn publish_profile(profile: &Profile) {
    let pretty = group_head(&profile.verified_phone, String::new());
    audience::add_display_number(&profile.name, &pretty); //~ ERROR purpose_violation
}
