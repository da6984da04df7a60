//! Conversion pixels.
pub fn fire(event: &str) {
    println!("pixel {event}");
}
