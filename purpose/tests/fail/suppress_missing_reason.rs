use purpose::suppress;

#[suppress(purpose_violation)]
pub fn no_reason() {}

#[purpose::suppress(purpose_violation, unused_suppression)]
pub struct Several;

#[suppress(purpose_violation, reason)]
pub fn key_without_value() {}

#[suppress(purpose_violation, reason =)]
pub fn equals_without_value() {}

#[suppress(purpose_violation, reason("the reason"))]
pub fn reason_as_a_list() {}

fn main() {}
