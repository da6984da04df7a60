//! `+=` appends the security field to a String that later reaches the sink: violation.
use purpose::Purpose;

#[derive(Purpose)]
pub struct Profile {
    pub handle: String,
    #[collected_for(security)]
    pub totp_backup_phone: String,
}

mod growth {
    pub struct Segments;

    impl Segments {
        #[purpose::ad_targeting]
        pub fn tag(&self, tags: &str) {
            let _ = tags;
        }
    }
}

pub fn tag_profile(segments: &growth::Segments, profile: &Profile) {
    let mut tags = format!("handle:{}", profile.handle);
    tags += ";phone:";
    tags += &profile.totp_backup_phone;
    segments.tag(&tags); //~ ERROR purpose_violation
}
