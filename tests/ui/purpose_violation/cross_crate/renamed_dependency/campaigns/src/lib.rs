//! Renamed dependencies (`ads = { package = "ads-platform", .. }`, `identity = { package =
//! "user-accounts", .. }`): `ads::add_member` is the sink and `identity::Member::mfa_phone` the source.
use identity::Member;

pub fn enroll(member: &Member) {
    ads::add_member("spring-sale", &member.mfa_phone); //~ ERROR purpose_violation
}
