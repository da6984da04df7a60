//! Web handlers take their state and body apart with a dependency's wrappers as patterns
//! (`State(state): State<Arc<AppState>>`, `Json(body): Json<Signup>`): the inside is the wrapped value.
use axum::extract::{Json, State};
use purpose::{Purpose, ad_targeting};
use std::sync::Arc;

#[derive(Purpose, Clone)]
pub struct Signup { pub handle: String, #[collected_for(security)] pub phone: String }

pub struct Ads;
impl Ads {
    #[ad_targeting]
    pub fn audience(&self, id: &str) { let _ = id; }
}

pub struct AppState { pub ads: Ads }

pub async fn signup(State(state): State<Arc<AppState>>, Json(body): Json<Signup>) -> String {
    state.ads.audience(&body.phone); //~ ERROR purpose_violation
    body.handle
}

pub async fn signup2(state: State<Arc<AppState>>, body: Json<Signup>) {
    state.ads.audience(&body.phone); //~ ERROR purpose_violation
}

pub async fn signup3(axum::extract::State(state): axum::extract::State<AppState>, body: axum::Json<Signup>) {
    let Json(inner) = body;
    state.ads.audience(&inner.phone); //~ ERROR purpose_violation
}
