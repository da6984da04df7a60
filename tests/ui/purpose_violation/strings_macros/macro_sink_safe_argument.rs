//! Safe: the sink-calling macro is only invoked with the display name; the phone goes through a logging macro.
use purpose::Purpose;

#[derive(Purpose)]
pub struct Member {
    pub display_name: String,
    #[collected_for(security)]
    pub phone: String,
}

mod ads {
    #[purpose::ad_targeting]
    pub fn add_to_segment(segment: &str, value: &str) {
        let _ = (segment, value);
    }
}

macro_rules! segment_add {
    ($segment:expr, $value:expr) => {
        ads::add_to_segment($segment, &$value)
    };
}

macro_rules! security_log {
    ($($arg:tt)*) => {
        eprintln!("[security] {}", format!($($arg)*))
    };
}

pub fn on_verified(m: &Member) {
    security_log!("verified phone {} for {}", m.phone, m.display_name);
    segment_add!("verified-members", m.display_name);
}
