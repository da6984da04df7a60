use purpose::ad_targeting;

#[ad_targeting]
pub fn upload(contact: &str) {
    let _ = contact;
}
