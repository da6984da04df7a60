//! Modules and items declared inside a workspace macro that wraps them in a `cfg` (tokio's
//! `cfg_net! { .. }`) are read as written: the flow in the wrapped module is found.
use purpose::Purpose;

macro_rules! cfg_net {
    ($($item:item)*) => {
        $(
            #[cfg(feature = "net")]
            $item
        )*
    };
}

#[derive(Purpose)]
pub struct User {
    #[collected_for(security)]
    pub phone: String,
    pub display_name: String,
}

cfg_net! {
    pub mod audience;

    pub fn greet(user: &User) -> String {
        audience::upload(&user.display_name);
        format!("hello {}", user.display_name)
    }
}
