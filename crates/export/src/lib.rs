//! What a reader takes away from the card: its data as CSV ("Get the data") and its embed code
//! ("Copy embed code"). Plain Rust with no web API, compiled natively too, so the native tests
//! check exactly what the browser hands the reader.

pub mod csv;
pub mod embed;
