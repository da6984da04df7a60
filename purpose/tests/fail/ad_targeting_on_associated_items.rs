use purpose::ad_targeting;

pub trait Network {
    #[ad_targeting]
    const LIMIT: u32;

    #[ad_targeting]
    type Contact;

    #[purpose::used_for(analytics)]
    fn fine(&self);
}

fn main() {}
