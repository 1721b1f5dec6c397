//! Where the person answering stands in the company: an optional first question. It travels with the
//! result (history, links), tells the assessment which statements that part of the company usually
//! cannot see, and lets the team view compare how each part of the company sees each pillar.

use serde::{Deserialize, Serialize};

/// One of four broad parts of a company. The ids are stable (stored data and the content's
/// `unseen_by` use them) and so are the link codes (result links carry them).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Role {
    #[serde(rename = "leadership")]
    Leadership,
    #[serde(rename = "product-engineering")]
    ProductEngineering,
    #[serde(rename = "go-to-market")]
    GoToMarket,
    #[serde(rename = "operations-other")]
    OperationsOther,
}

impl Role {
    /// Every part of the company, in the order they are offered.
    pub const ALL: [Role; 4] =
        [Role::Leadership, Role::ProductEngineering, Role::GoToMarket, Role::OperationsOther];

    /// The stable id: stored data and the content's `unseen_by` lists use it.
    pub fn id(self) -> &'static str {
        match self {
            Role::Leadership => "leadership",
            Role::ProductEngineering => "product-engineering",
            Role::GoToMarket => "go-to-market",
            Role::OperationsOther => "operations-other",
        }
    }

    /// The part of the company with this id, if there is one.
    pub fn from_id(id: &str) -> Option<Role> {
        Role::ALL.into_iter().find(|role| role.id() == id)
    }

    /// The name people choose from, at the start of a sentence.
    pub fn name(self) -> &'static str {
        match self {
            Role::Leadership => "Leadership",
            Role::ProductEngineering => "Product, design and engineering",
            Role::GoToMarket => "Sales, marketing and customer success",
            Role::OperationsOther => "Operations and other",
        }
    }

    /// The name inside a sentence: "higher than product, design and engineering".
    pub fn name_in_sentence(self) -> String {
        crate::text::lowercase_first(self.name())
    }

    /// The code a result link carries (1–4; 0 in a link means no part of the company was given).
    pub fn code(self) -> u8 {
        match self {
            Role::Leadership => 1,
            Role::ProductEngineering => 2,
            Role::GoToMarket => 3,
            Role::OperationsOther => 4,
        }
    }

    /// The part of the company for a link code, if the code names one.
    pub fn from_code(code: u8) -> Option<Role> {
        Role::ALL.into_iter().find(|role| role.code() == code)
    }
}

#[cfg(test)]
mod tests;
