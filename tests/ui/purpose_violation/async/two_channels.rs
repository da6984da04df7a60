//! Safe: phones go on the OTP channel, user ids on the audience channel; only the audience worker calls the ads sink.
use purpose::{Purpose, ad_targeting};
use tokio::sync::mpsc;

#[derive(Purpose)]
pub struct Signup {
    pub user_id: u64,
    #[collected_for(security)]
    pub phone: String,
}

mod sms {
    pub async fn send_otp(to: String) {
        println!("otp -> {to}");
    }
}

mod ads {
    use super::ad_targeting;

    #[ad_targeting]
    pub async fn upload_one(contact: String) {
        let _ = contact;
    }
}

pub async fn run(signups: Vec<Signup>) {
    let (otp_tx, mut otp_rx) = mpsc::channel::<String>(64);
    let (audience_tx, mut audience_rx) = mpsc::channel::<String>(64);

    let otp_worker = tokio::spawn(async move {
        while let Some(phone) = otp_rx.recv().await {
            sms::send_otp(phone).await;
        }
    });
    let audience_worker = tokio::spawn(async move {
        while let Some(id) = audience_rx.recv().await {
            ads::upload_one(id).await;
        }
    });

    for s in signups {
        let _ = otp_tx.send(s.phone).await;
        let _ = audience_tx.send(format!("uid-{}", s.user_id)).await;
    }
    drop((otp_tx, audience_tx));
    let _ = tokio::join!(otp_worker, audience_worker);
}
