//! Everything the site stores, declared once: [`stored_things!`](crate::stored_things) turns one list
//! of stored types into a struct with a field each, the list of their keys, and ways to visit every
//! part, so the data file, "Forget everything" and the your-data page cannot leave one out.

use super::Stored;

/// Something done to each stored part in turn (written to a file, saved, summed up).
pub trait EachPart {
    fn part<T: Stored>(&mut self, value: &T);
}

/// Something done to the same part of two collections in turn (this browser's and a file's).
pub trait EachPair {
    fn pair<T: Stored>(&mut self, here: &T, there: &T);
}

/// A way to come by each stored part (read from a file, from storage).
pub trait GatherPart {
    fn part<T: Stored>(&mut self) -> T;
}

/// Declares the struct of every stored thing: one field per [`Stored`] type, in the order they are
/// listed (the order of the data file). Generates `KEYS`, `each_part`, `each_pair` and `gather`.
#[macro_export]
macro_rules! stored_things {
    (
        $(#[$meta:meta])*
        pub struct $name:ident {
            $($(#[$field_meta:meta])* $field:ident: $type:ty,)*
        }
    ) => {
        $(#[$meta])*
        pub struct $name {
            $($(#[$field_meta])* pub $field: $type,)*
        }

        impl $name {
            /// The key of every stored thing.
            pub const KEYS: &'static [$crate::stored::StorageKey] =
                &[$(<$type as $crate::stored::Stored>::KEY),*];

            /// Visits every part, in order.
            pub fn each_part(&self, each: &mut impl $crate::stored::EachPart) {
                $(each.part(&self.$field);)*
            }

            /// Visits every part of `self` beside the same part of `there`, in order.
            pub fn each_pair(&self, there: &$name, each: &mut impl $crate::stored::EachPair) {
                $(each.pair(&self.$field, &there.$field);)*
            }

            /// Builds every part, in order.
            pub fn gather(gather: &mut impl $crate::stored::GatherPart) -> $name {
                $name { $($field: gather.part(),)* }
            }
        }
    };
}
