//! A `macro_rules!` macro whose body calls the ads sink: the invocation with the phone is the finding, not the one with the name.
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

pub fn seed(members: &[Member]) {
    for m in members {
        segment_add!("names", m.display_name);
        segment_add!("phones", m.phone); //~ ERROR purpose_violation
    }
}
