//! `#[collected_for]` on the named and tuple fields of enum variants.

use purpose::Purpose;

#[derive(Debug, Purpose)]
pub enum Contact {
    Email {
        #[collected_for(security)]
        address: String,
        verified: bool,
    },
    Phone(#[collected_for(security, fraud_prevention)] String, u16),
    Anonymous,
}

#[derive(Purpose)]
#[repr(u8)]
pub enum Consent {
    Given = 1,
    Withdrawn = 2,
}

#[derive(Purpose)]
pub enum Wrapper<T> {
    Held(#[collected_for(analytics)] T),
}

fn main() {
    let contacts = [
        Contact::Email {
            address: "ada@example.com".to_owned(),
            verified: true,
        },
        Contact::Phone("+44 20 7946 0000".to_owned(), 44),
        Contact::Anonymous,
    ];
    for contact in &contacts {
        match contact {
            Contact::Email { address, verified } => assert!(!address.is_empty() && *verified),
            Contact::Phone(number, prefix) => assert!(!number.is_empty() && *prefix == 44),
            Contact::Anonymous => {}
        }
    }
    assert_eq!(Consent::Given as u8 + Consent::Withdrawn as u8, 3);
    let Wrapper::Held(value) = Wrapper::Held(5);
    assert_eq!(value, 5);
}
