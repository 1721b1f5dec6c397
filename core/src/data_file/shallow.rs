//! Reading a data file's JSON to the depth the format uses and no deeper. The format ignores members
//! it does not know, however deeply nested; a general JSON reader refuses nesting past a fixed limit
//! (128 levels for `serde_json`), which would reject a whole file for one extra member. Here anything
//! nested below [`DEPTH`] is skipped without recursion and read as `null`, so no file within the size
//! limit is too deep to read, and nothing the format defines is cut.

use serde::de::{DeserializeSeed, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde_json::{Map, Number, Value};
use std::fmt;

/// Levels of nesting kept. The deepest member the format defines (an option id in a quiz in
/// progress: file, part, data, questions, question, options, id) sits at the seventh.
pub const DEPTH: usize = 16;

/// `text` as JSON, with whatever is nested below [`DEPTH`] read as `null`.
pub fn parse(text: &str) -> Result<Value, serde_json::Error> {
    let mut reader = serde_json::Deserializer::from_str(text);
    let value = Shallow { levels_left: DEPTH }.deserialize(&mut reader)?;
    reader.end()?;
    Ok(value)
}

/// A JSON value read to `levels_left` levels.
#[derive(Clone, Copy)]
struct Shallow {
    levels_left: usize,
}

impl Shallow {
    fn inner(self) -> Shallow {
        Shallow { levels_left: self.levels_left.saturating_sub(1) }
    }
}

impl<'de> DeserializeSeed<'de> for Shallow {
    type Value = Value;

    fn deserialize<D: Deserializer<'de>>(self, reader: D) -> Result<Value, D::Error> {
        if self.levels_left == 0 {
            // Skipped by the reader's own loop, which keeps no call per level.
            reader.deserialize_ignored_any(IgnoredAny)?;
            return Ok(Value::Null);
        }
        reader.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Shallow {
    type Value = Value;

    fn expecting(&self, formatter: &mut fmt::Formatter) -> fmt::Result {
        formatter.write_str("any JSON value")
    }

    fn visit_bool<E>(self, value: bool) -> Result<Value, E> {
        Ok(Value::Bool(value))
    }

    fn visit_i64<E>(self, value: i64) -> Result<Value, E> {
        Ok(Value::Number(value.into()))
    }

    fn visit_u64<E>(self, value: u64) -> Result<Value, E> {
        Ok(Value::Number(value.into()))
    }

    fn visit_f64<E>(self, value: f64) -> Result<Value, E> {
        Ok(Number::from_f64(value).map_or(Value::Null, Value::Number))
    }

    fn visit_str<E>(self, value: &str) -> Result<Value, E> {
        Ok(Value::String(value.to_owned()))
    }

    fn visit_string<E>(self, value: String) -> Result<Value, E> {
        Ok(Value::String(value))
    }

    fn visit_unit<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }

    fn visit_none<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut items: A) -> Result<Value, A::Error> {
        let mut list = Vec::new();
        while let Some(item) = items.next_element_seed(self.inner())? {
            list.push(item);
        }
        Ok(Value::Array(list))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut members: A) -> Result<Value, A::Error> {
        let mut object = Map::new();
        while let Some(name) = members.next_key::<String>()? {
            let value = members.next_value_seed(self.inner())?;
            object.insert(name, value);
        }
        Ok(Value::Object(object))
    }
}
