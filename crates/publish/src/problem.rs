//! Why a value an editor gave cannot go into the code to paste. A problem says nothing of where the
//! value came from: the command line names its option (`--src must start with …`), the workbench its
//! field. Each reads as the end of a sentence that starts with that name.

use std::fmt;

use claims_card_data::dataset::shortened;

/// What is wrong with an address (an asset base, a data address, an image's address).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AddressProblem {
    /// Neither `http(s)://…` nor a path on the page's site.
    NotWeb,
    /// An absolute address with no host, or slashes where the host should be.
    NoHost,
    /// The URL standard cannot read it; its reason.
    Unreadable(String),
    /// `https://trusted.example@evil.example/`: shows one site and opens another.
    UserName,
    /// A path that browsers read as an address on another host (`/\evil.example/`).
    OffSite { text: String, host: String },
    /// Spaces, quotes or angle brackets: it could end the attribute it is written into.
    Unquotable,
    /// Backslashes, which browsers read as `/`.
    Backslash,
    /// A path where a frame needs an absolute address: the frame's code is pasted into other sites.
    NotAbsolute { text: String },
}

impl fmt::Display for AddressProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::NotWeb => f.write_str("must start with https:// or http:// (or is a path such as /claims-card/)"),
            Self::NoHost => f.write_str("has no host name"),
            Self::Unreadable(reason) => write!(f, "is not an address ({reason})"),
            Self::UserName => f.write_str("must not contain a user name before the host (the @ sign)"),
            Self::OffSite { text, host } => write!(
                f,
                "is not a path on this site: browsers read \"{}\" as an address on the host \"{}\"",
                shortened(text, 80),
                shortened(host, 80)
            ),
            Self::Unquotable => f.write_str("must not contain spaces, quotes or angle brackets"),
            Self::Backslash => f.write_str("must not contain backslashes (browsers read them as /)"),
            Self::NotAbsolute { text } => {
                write!(f, "must be an absolute http(s) URL for a frame, not \"{}\"", shortened(text, 80))
            }
        }
    }
}

impl std::error::Error for AddressProblem {}

/// AMP shows an `amp-iframe` only from an `https` address.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AmpNeedsHttps;

impl fmt::Display for AmpNeedsHttps {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("AMP requires the frame on https: the asset base must start with https://")
    }
}

impl std::error::Error for AmpNeedsHttps {}
