//! The portal user.
use purpose::Purpose;

#[derive(Purpose)]
pub struct User {
    id: u64,
    newsletter: bool,
    #[collected_for(security)]
    phone: String,
}

impl User {
    pub fn id(&self) -> u64 {
        self.id
    }

    pub fn newsletter(&self) -> bool {
        self.newsletter
    }

    pub fn phone(&self) -> &str {
        &self.phone
    }
}
