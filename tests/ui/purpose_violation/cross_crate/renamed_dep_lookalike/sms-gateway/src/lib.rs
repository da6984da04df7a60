//! SMS gateway ("ADS" is the carrier's Alert Delivery Service, hence the dependency name).
pub fn upload(values: &[String]) {
    println!("sms batch: {}", values.len());
}
