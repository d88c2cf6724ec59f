//! The payload of a stored record (its JSON text) and the field-level difference between two
//! versions, used by the change journal and the conflict view.

use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::Value;

/// Why a payload could not be decoded.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("payload is not valid: {0}")]
pub struct PayloadError(pub String);

/// The JSON text stored for a record.
///
/// # Errors
/// Only if serialization fails, which the domain types never do.
pub fn encode<T: Serialize>(record: &T) -> Result<String, PayloadError> {
    serde_json::to_string(record).map_err(|e| PayloadError(e.to_string()))
}

/// Decodes one JSON array of payloads (a storage chunk) into records.
///
/// # Errors
/// When the text is not such an array.
pub fn decode_chunk<T: DeserializeOwned>(chunk: &str) -> Result<Vec<T>, PayloadError> {
    serde_json::from_str(chunk).map_err(|e| PayloadError(e.to_string()))
}

/// Decodes a JSON array of payloads where absent keys are `null`.
///
/// # Errors
/// When the text is not such an array.
pub fn decode_optional_chunk<T: DeserializeOwned>(chunk: &str) -> Result<Vec<Option<T>>, PayloadError> {
    serde_json::from_str(chunk).map_err(|e| PayloadError(e.to_string()))
}

/// Decodes a JSON array of `[sequence number, payload]` pairs.
///
/// # Errors
/// When the text is not such an array.
pub fn decode_numbered<T: DeserializeOwned>(chunk: &str) -> Result<Vec<(u64, T)>, PayloadError> {
    serde_json::from_str(chunk).map_err(|e| PayloadError(e.to_string()))
}

fn diff_into(prefix: &str, old: &Value, new: &Value, depth: usize, out: &mut Vec<String>) {
    match (old, new) {
        (Value::Object(a), Value::Object(b)) if depth < 2 => {
            let mut keys: Vec<&String> = a.keys().chain(b.keys()).collect();
            keys.sort();
            keys.dedup();
            for key in keys {
                if prefix.is_empty() && key == "meta" {
                    continue;
                }
                let path = if prefix.is_empty() { key.clone() } else { format!("{prefix}.{key}") };
                let (x, y) = (a.get(key).unwrap_or(&Value::Null), b.get(key).unwrap_or(&Value::Null));
                diff_into(&path, x, y, depth + 1, out);
            }
        }
        (a, b) if a != b => out.push(prefix.to_owned()),
        _ => {}
    }
}

/// The names of the fields that differ between two versions of a record (nested objects one
/// level deep, e.g. `address.locality`), never their values. Bookkeeping (`meta`) is ignored.
pub fn changed_fields<T: Serialize>(old: &T, new: &T) -> Vec<String> {
    let (Ok(a), Ok(b)) = (serde_json::to_value(old), serde_json::to_value(new)) else { return Vec::new() };
    let mut out = Vec::new();
    diff_into("", &a, &b, 0, &mut out);
    out
}

/// Every field name of a record (for a creation's journal entry), `meta` excluded.
pub fn all_fields<T: Serialize>(record: &T) -> Vec<String> {
    match serde_json::to_value(record) {
        Ok(Value::Object(map)) => map.keys().filter(|k| *k != "meta").cloned().collect(),
        _ => Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn changed_fields_name_top_level_and_nested_changes_but_not_meta() {
        let old = json!({"first_name": "Jan", "meta": {"v": 1}, "address": {"locality": "Kłobuck", "street": "A"}, "units": [1]});
        let new = json!({"first_name": "Jan", "meta": {"v": 2}, "address": {"locality": "Łódź", "street": "A"}, "units": [1, 2], "phone": "1"});
        assert_eq!(changed_fields(&old, &new), vec!["address.locality", "phone", "units"]);
        assert!(changed_fields(&old, &old).is_empty());
    }

    #[test]
    fn chunks_decode_and_report_broken_text() {
        assert_eq!(decode_chunk::<u32>("[1,2,3]").unwrap(), vec![1, 2, 3]);
        assert_eq!(decode_optional_chunk::<u32>("[1,null]").unwrap(), vec![Some(1), None]);
        assert_eq!(decode_numbered::<String>(r#"[[4,"a"],[9,"b"]]"#).unwrap(), vec![(4, "a".into()), (9, "b".into())]);
        assert!(decode_chunk::<u32>("[1,").is_err());
    }
}
