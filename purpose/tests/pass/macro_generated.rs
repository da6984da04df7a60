//! Annotations produced by `macro_rules!`, where names can arrive wrapped in invisible groups.

macro_rules! sink {
    ($use_name:ident, $function:ident) => {
        #[purpose::used_for($use_name)]
        pub fn $function() {}
    };
}

macro_rules! source {
    ($purpose_name:ident) => {
        #[derive(purpose::Purpose)]
        pub struct Generated {
            #[collected_for($purpose_name)]
            pub value: u8,
        }
    };
}

/// A `path` fragment reaches the macro as an invisible group around the identifier.
macro_rules! sink_from_path {
    ($use_name:path, $function:ident) => {
        #[purpose::used_for($use_name)]
        pub fn $function() {}
    };
}

macro_rules! source_from_path {
    ($purpose_name:path) => {
        #[derive(purpose::Purpose)]
        pub struct FromPath {
            #[collected_for($purpose_name)]
            pub value: u8,
        }
    };
}

sink!(analytics, record);
sink_from_path!(marketing, promote);
source_from_path!(security);
source!(security);

fn main() {
    record();
    promote();
    assert_eq!(FromPath { value: 2 }.value, 2);
    assert_eq!(Generated { value: 1 }.value, 1);
}
