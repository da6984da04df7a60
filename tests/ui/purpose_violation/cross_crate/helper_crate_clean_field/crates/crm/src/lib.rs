//! The CRM crate keeps the phone for the support team and forwards only the contact's name to the ads
//! platform.
pub struct Contact {
    pub name: String,
    pub phone: String,
}

pub fn share_contact(contact: &Contact) {
    ads_platform::upload_contact_name(&contact.name);
}

pub fn support_callback(contact: &Contact) {
    println!("call {} at {}", contact.name, contact.phone);
}
