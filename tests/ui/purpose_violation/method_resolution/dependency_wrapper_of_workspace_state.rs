//! A handler receives the workspace's state inside a dependency's wrapper (`web::Data<AppState>`):
//! methods called on the wrapper are the state's own.
use actix_web::web;
use purpose::{Purpose, ad_targeting};

#[derive(Purpose)]
pub struct User {
    #[collected_for(security)]
    pub email: String,
}

pub struct AppState {
    users: Vec<User>,
}

impl AppState {
    pub fn first_user(&self) -> &User {
        &self.users[0]
    }
}

#[ad_targeting]
fn upload_audience(identifiers: Vec<String>) {
    let _ = identifiers;
}

pub async fn reset_password(data: web::Data<AppState>) {
    let user = data.first_user();
    upload_audience(vec![user.email.clone()]); //~ ERROR purpose_violation
}
