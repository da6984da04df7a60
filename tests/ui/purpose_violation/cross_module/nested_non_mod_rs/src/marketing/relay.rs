//! Relays contacts to the audience API after normalizing them.
pub fn relay_contact(contact: &str) {
    let normalized = contact.trim().replace(' ', "");
    super::audiences::add_contact(&normalized); //~ ERROR purpose_violation
}
