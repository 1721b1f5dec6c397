//! Assessment content: pillars, statements, recommendations and maturity stages.
