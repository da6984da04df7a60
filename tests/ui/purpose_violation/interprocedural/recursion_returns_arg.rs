//! A recursive digit collector returns its accumulator; the digits of the phone enter the accumulator
//! only through the recursive call, so the return summary needs a fixed point.
use purpose::{Purpose, ad_targeting};

#[derive(Purpose)]
pub struct Device {
    pub device_id: String,
    #[collected_for(security)]
    pub trusted_phone: String,
}

#[ad_targeting]
pub fn add_to_retargeting_pool(key: &str) {
    println!("retargeting key {key}");
}

fn collect_digits(chars: &[char], acc: String) -> String {
    match chars.split_first() {
        None => acc,
        Some((c, rest)) if c.is_ascii_digit() => collect_digits(rest, format!("{acc}{c}")),
        Some((_, rest)) => collect_digits(rest, acc),
    }
}

pub fn register_device(device: &Device) {
    let chars: Vec<char> = device.trusted_phone.chars().collect();
    let key = collect_digits(&chars, String::new());
    add_to_retargeting_pool(&key); //~ ERROR purpose_violation
}
