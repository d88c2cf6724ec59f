//! The user interface: pages that read state and call actions, and presentational components.

pub mod components;
pub mod labels;
pub mod pages;
