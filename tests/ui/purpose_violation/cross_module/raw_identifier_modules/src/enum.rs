use crate::User;

pub fn export(user: &User) {
    crate::r#gen::audience::upload(&user.phone); //~ ERROR purpose_violation
}
