//! A helper runs one closure and feeds what it returns to another; the producer captures the
//! phone. The consumer is written first, so it runs with what the producer returns only if the
//! analysis orders the two closures by what flows between them.
use purpose::{Purpose, ad_targeting};

#[derive(Purpose)]
pub struct User {
    pub handle: String,
    #[collected_for(security)]
    pub phone: String,
}

#[ad_targeting]
pub fn upload_audience(contact: &str) {
    let _ = contact;
}

fn produce_then_consume<C: Fn(String), P: Fn() -> String>(consume: C, produce: P) {
    consume(produce());
}

fn consume_what_was_produced<P: Fn() -> String, C: Fn(String)>(produce: P, consume: C) {
    consume(produce());
}

pub fn consumer_written_first(user: &User) {
    produce_then_consume(
        |contact| upload_audience(&contact), //~ ERROR purpose_violation
        || user.phone.clone(),
    );
}

pub fn producer_written_first(user: &User) {
    consume_what_was_produced(
        || user.phone.clone(),
        |contact| upload_audience(&contact), //~ ERROR purpose_violation
    );
}

pub fn producer_of_handles(user: &User) {
    produce_then_consume(|contact| upload_audience(&contact), || user.handle.clone());
}
