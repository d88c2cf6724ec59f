//! The app's version and build identifier, shown on the Status page.

/// The crate version.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

/// The build identifier, set by the build (`KARTOTEKA_BUILD`, the git commit), or `dev`.
pub const BUILD: &str = match option_env!("KARTOTEKA_BUILD") {
    Some(build) => build,
    None => "dev",
};
