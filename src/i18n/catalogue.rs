//! The list of message names. Adding a name here forces a text in `pl.rs` and `en.rs`.

/// Declares `Msg` and `Msg::ALL` from one list, so tests can walk every message.
macro_rules! messages {
    ($($(#[$doc:meta])* $name:ident),* $(,)?) => {
        /// The name of one user-visible sentence or label.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum Msg {
            $($(#[$doc])* $name),*
        }

        impl Msg {
            /// Every message, in declaration order.
            pub const ALL: &'static [Msg] = &[$(Msg::$name),*];
        }
    };
}

messages! {
    /// The product name in the header.
    AppName,
    /// Link that skips the navigation for keyboard users.
    SkipToContent,
    /// Label of the main navigation landmark.
    NavLabel,
    NavStatus,
    LanguageLabel,
    LanguagePolish,
    LanguageEnglish,
    Loading,
    StatusTitle,
    StatusIntro,
    StatusVersionHeading,
    /// `{version}` and `{build}`.
    StatusVersionValue,
    StatusStorageHeading,
    StoragePersisted,
    StorageNotPersisted,
    StoragePersistUnsupported,
    StoragePersistButton,
    StoragePersistGranted,
    StoragePersistDenied,
    StoragePersistFailed,
    StorageUsageLabel,
    /// `{used}`, `{quota}`, `{percent}`.
    StorageUsageValue,
    StorageUsageUnknown,
    StatusOfflineHeading,
    OfflineReady,
    OfflineNotYet,
    OfflineUnsupported,
    OfflineRegistrationFailed,
    UpdateAvailable,
    UpdateButton,
    NotFoundTitle,
    NotFoundBody,
    NotFoundBack,
    NoticeDismiss,
    NoticesLabel,
}
