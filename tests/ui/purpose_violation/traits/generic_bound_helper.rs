//! A generic `push_members<S: SegmentSink>` helper is instantiated with the TikTok segment client and fed normalized backup phones.
use purpose::{Purpose, ad_targeting};

#[derive(Purpose)]
pub struct Member {
    pub handle: String,
    #[collected_for(security)]
    pub backup_phone: Option<String>,
}

pub trait SegmentSink {
    fn add_member(&mut self, key: &str);
    fn flush(&mut self) -> usize;
}

pub struct TiktokSegment {
    segment_id: String,
    pending: Vec<String>,
}

impl SegmentSink for TiktokSegment {
    #[ad_targeting]
    fn add_member(&mut self, key: &str) {
        self.pending.push(key.to_owned());
    }

    fn flush(&mut self) -> usize {
        tracing::info!(segment = %self.segment_id, "flushing");
        let sent = self.pending.len();
        self.pending.clear();
        sent
    }
}

fn normalize(raw: &str) -> String {
    raw.chars().filter(|c| c.is_ascii_digit()).collect()
}

pub fn push_members<S: SegmentSink>(sink: &mut S, keys: &[String]) -> usize {
    for key in keys {
        sink.add_member(key); //~ ERROR purpose_violation
    }
    sink.flush()
}

pub fn nightly_backup_phone_segment(members: &[Member]) -> usize {
    let keys: Vec<String> = members
        .iter()
        .filter_map(|m| m.backup_phone.as_deref())
        .map(normalize)
        .collect();
    let mut segment = TiktokSegment {
        segment_id: "sec-phones".into(),
        pending: Vec::new(),
    };
    push_members(&mut segment, &keys)
}
