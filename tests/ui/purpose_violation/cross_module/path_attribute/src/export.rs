//! Export of verified numbers to the partner list.
use crate::ads;
use crate::model::phone::VerifiedPhone;

pub fn export_verified(phones: &[VerifiedPhone]) {
    for phone in phones {
        if phone.1 {
            ads::add_phone("verified-users", &phone.0); //~ ERROR purpose_violation
        }
    }
}
