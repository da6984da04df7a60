//! `push_str` appends the phone to a prefix and the result is base64-encoded; encoding keeps the data.
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use purpose::{Purpose, ad_targeting};

#[derive(Purpose)]
pub struct Device {
    pub platform: String,
    #[collected_for(security)]
    pub sms_number: String,
}

fn b64(s: &str) -> String {
    URL_SAFE_NO_PAD.encode(s.as_bytes())
}

#[ad_targeting]
fn set_pixel_external_id(external_id: &str) {
    let _ = external_id;
}

pub fn on_app_open(device: &Device) {
    let mut token = String::from("tel:");
    token.push_str(device.sms_number.trim());
    token.push('|');
    token.push_str(&device.platform);
    let external_id = b64(&token);
    set_pixel_external_id(&external_id); //~ ERROR purpose_violation
}
