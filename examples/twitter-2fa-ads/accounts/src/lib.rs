//! Account records and the store that holds them.
//!
//! An [`Account`] keeps what a user told us about themselves and why they told us. The phone
//! number and the recovery email were given to secure the account (login codes, password
//! resets, "new login" alerts) and are declared `#[collected_for(security)]`. The marketing
//! email is a separate, optional address that the user opted into promotions and personalised
//! ads with.

use std::collections::BTreeMap;

use purpose::Purpose;

/// Stable numeric account identifier.
pub type AccountId = u64;

/// One user account.
#[derive(Debug, Clone, Purpose)]
pub struct Account {
    pub id: AccountId,
    /// Public `@handle`, stored without the `@`.
    pub handle: String,
    /// Name shown on the profile. Public.
    pub display_name: String,
    /// Phone number enrolled for SMS two-factor codes, as the user typed it.
    #[collected_for(security)]
    pub two_factor_phone: String,
    /// Address for password resets and new-login alerts.
    #[collected_for(security)]
    pub recovery_email: String,
    /// Address the user opted into promotional email and ad personalisation with, if any.
    pub marketing_email: Option<String>,
    /// Days since the last successful login.
    pub days_since_login: u32,
}

impl Account {
    /// The address a password reset link goes to.
    pub fn recovery_contact(&self) -> &str {
        &self.recovery_email
    }

    /// Every verified way to reach the account holder, most reliable first.
    ///
    /// Written for the support console, where an agent needs to know how to reach a locked-out
    /// user.
    pub fn contact_points(&self) -> Vec<String> {
        let mut points = vec![self.two_factor_phone.clone(), self.recovery_email.clone()];
        if let Some(email) = &self.marketing_email {
            points.push(email.clone());
        }
        points
    }
}

/// In-memory account store, ordered by account id.
#[derive(Debug, Default)]
pub struct AccountStore {
    accounts: BTreeMap<AccountId, Account>,
    by_handle: BTreeMap<String, AccountId>,
}

impl AccountStore {
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds or replaces an account; returns the previous record with the same id.
    pub fn insert(&mut self, account: Account) -> Option<Account> {
        self.by_handle
            .insert(account.handle.to_lowercase(), account.id);
        self.accounts.insert(account.id, account)
    }

    pub fn get(&self, id: AccountId) -> Option<&Account> {
        self.accounts.get(&id)
    }

    /// Looks an account up by handle, case-insensitively, with or without the leading `@`.
    pub fn find_by_handle(&self, handle: &str) -> Option<&Account> {
        let key = handle.trim_start_matches('@').to_lowercase();
        self.by_handle
            .get(&key)
            .and_then(|id| self.accounts.get(id))
    }

    pub fn iter(&self) -> impl Iterator<Item = &Account> {
        self.accounts.values()
    }

    pub fn len(&self) -> usize {
        self.accounts.len()
    }

    pub fn is_empty(&self) -> bool {
        self.accounts.is_empty()
    }

    /// Marketing addresses of every account that opted into promotions.
    pub fn opted_in_marketing_emails(&self) -> Vec<String> {
        self.accounts
            .values()
            .filter_map(|account| account.marketing_email.clone())
            .collect()
    }
}
