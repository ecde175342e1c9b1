//! The card's data as a reader downloads it ("Get the data"): made from the validated `Dataset`,
//! with no web API, so the native tests check exactly what the browser hands the reader.

pub mod csv;
