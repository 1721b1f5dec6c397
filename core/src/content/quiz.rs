//! Quiz content: the ten questions, their options and explanations.
