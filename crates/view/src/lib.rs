//! The card, as readers see it: rendered by Yew's server renderer for the pasted snippet
//! (`claims-card-publish`) and by Yew's browser renderer in the reader's app and the workbench, from
//! the same validated dataset and language. It reaches no Web API: only Yew.
//!
//! - [`card`]: the Yew components, one file per visible block, and the card's render key.
//! - [`words`]: every word the card shows, in each language, and the phrases built from them.
//! - [`markup`]: the one escaping function for text put into HTML.
//! - [`loader_contract`]: what the loader script (`loader/embed.js`) shares with this code.
//! - [`refresh`]: how often a live card re-reads its data, and when its figures count as old.
//! - [`heading`]: the level of the card's title, which the host page's outline decides.

pub mod card;
pub mod heading;
pub mod loader_contract;
pub mod markup;
pub mod refresh;
pub mod words;
