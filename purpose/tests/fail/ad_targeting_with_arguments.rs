use purpose::ad_targeting;

#[ad_targeting(email)]
pub fn upload_audience(_contacts: &[String]) {}

#[purpose::ad_targeting(partners, lookalike)]
pub fn upload_lookalikes(_contacts: &[String]) {}

fn main() {}
