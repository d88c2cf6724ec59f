//! CSV presets, written and read with the `csv` crate.
//!
//! - **Excel (PL)**: UTF-8 with BOM, `;`, CRLF, decimal comma. A cell starting with
//!   `= + - @`, tab, CR, LF or `'` gets a leading apostrophe so a spreadsheet shows it as text
//!   instead of running it as a formula; reading removes exactly that apostrophe again.
//! - **CSV (RFC 4180)**: UTF-8 without BOM, `,`, CRLF, decimal point, text exactly as stored —
//!   for programs, not spreadsheets.
//!
//! Reading also accepts what Polish Excel writes as plain CSV: Windows-1250 text (`encoding_rs`)
//! and `,` or `;`, chosen from the header line.

use rust_decimal::Decimal;

/// A CSV flavour.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Preset {
    /// For Polish Excel.
    ExcelPl,
    /// RFC 4180, for programs.
    Rfc4180,
}

const BOM: &[u8] = b"\xEF\xBB\xBF";
const TRIGGERS: [char; 8] = ['=', '+', '-', '@', '\t', '\r', '\n', '\''];

impl Preset {
    /// The field separator.
    pub fn delimiter(self) -> u8 {
        match self {
            Preset::ExcelPl => b';',
            Preset::Rfc4180 => b',',
        }
    }

    /// A decimal number as this preset writes it ("2,5" or "2.5").
    pub fn decimal(self, value: Decimal) -> String {
        let text = value.normalize().to_string();
        match self {
            Preset::ExcelPl => text.replace('.', ","),
            Preset::Rfc4180 => text,
        }
    }

    /// The file-name suffix that tells the presets apart.
    pub fn suffix(self) -> &'static str {
        match self {
            Preset::ExcelPl => "excel",
            Preset::Rfc4180 => "rfc4180",
        }
    }
}

/// A cell made inert for a spreadsheet (Excel preset only).
pub fn inert(cell: &str) -> String {
    if cell.starts_with(TRIGGERS) { format!("'{cell}") } else { cell.to_owned() }
}

/// Undoes [`inert`]: removes one leading apostrophe only where the exporter put one.
pub fn uninert(cell: &str) -> &str {
    match cell.strip_prefix('\'') {
        Some(rest) if rest.starts_with(TRIGGERS) => rest,
        _ => cell,
    }
}

/// Writes a table.
pub fn write(preset: Preset, header: &[String], rows: &[Vec<String>]) -> Vec<u8> {
    let mut out = Vec::new();
    if preset == Preset::ExcelPl {
        out.extend_from_slice(BOM);
    }
    let mut writer = csv::WriterBuilder::new()
        .delimiter(preset.delimiter())
        .terminator(csv::Terminator::CRLF)
        .quote_style(csv::QuoteStyle::Necessary)
        .from_writer(out);
    let mut put = |record: &[String]| {
        // Writing into a Vec cannot fail.
        let _ = match preset {
            Preset::ExcelPl => writer.write_record(record.iter().map(|c| inert(c))),
            Preset::Rfc4180 => writer.write_record(record),
        };
    };
    put(header);
    for row in rows {
        put(row);
    }
    writer.into_inner().unwrap_or_default()
}

/// A table read from a file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Table {
    /// The header cells.
    pub header: Vec<String>,
    /// Each data row with its line number in the file (the header is line 1).
    pub rows: Vec<(usize, Vec<String>)>,
}

/// Why a CSV file could not be read.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum CsvError {
    /// No header line.
    #[error("the file is empty")]
    Empty,
    /// Broken quoting or another syntax problem.
    #[error("line {line}: {detail}")]
    Syntax {
        /// The line.
        line: usize,
        /// What the parser said.
        detail: String,
    },
}

/// The text of a file: UTF-8 (with or without BOM) or else Windows-1250. Says whether a BOM
/// was there.
pub fn decode_text(bytes: &[u8]) -> (String, bool) {
    if let Some(rest) = bytes.strip_prefix(BOM) {
        return (String::from_utf8_lossy(rest).into_owned(), true);
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => (text.to_owned(), false),
        Err(_) => (encoding_rs::WINDOWS_1250.decode_without_bom_handling(bytes).0.into_owned(), false),
    }
}

/// Reads a table, guessing the separator from the header line (`;` when it has more of them
/// than commas). Apostrophes added by the Excel preset are removed when the file uses `;`.
///
/// # Errors
/// An empty file or broken quoting.
pub fn read(bytes: &[u8]) -> Result<Table, CsvError> {
    let (text, _) = decode_text(bytes);
    let first = text.lines().next().unwrap_or_default();
    if first.trim().is_empty() {
        return Err(CsvError::Empty);
    }
    let semicolon = first.matches(';').count() > first.matches(',').count();
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(if semicolon { b';' } else { b',' })
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let clean = |cell: &str| if semicolon { uninert(cell).to_owned() } else { cell.to_owned() };
    let mut header = None;
    let mut rows = Vec::new();
    let mut record = csv::StringRecord::new();
    loop {
        let byte = usize::try_from(reader.position().byte()).unwrap_or(0).min(text.len());
        // After a CRLF record the reader stops between CR and LF: count that LF too.
        let pending_lf = usize::from(text.as_bytes().get(byte) == Some(&b'\n'));
        let line = 1 + pending_lf + text[..byte].matches('\n').count();
        let more = reader.read_record(&mut record).map_err(|e| CsvError::Syntax { line, detail: e.to_string() })?;
        if !more {
            break;
        }
        let cells: Vec<String> = record.iter().map(clean).collect();
        if header.is_none() {
            header = Some(cells);
        } else if cells.iter().any(|c| !c.trim().is_empty()) {
            rows.push((line, cells));
        }
    }
    Ok(Table { header: header.ok_or(CsvError::Empty)?, rows })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    fn strings(cells: &[&str]) -> Vec<String> {
        cells.iter().map(|&c| c.to_owned()).collect()
    }

    #[test]
    fn excel_preset_has_bom_semicolons_crlf_and_inert_formulas() {
        let bytes = write(Preset::ExcelPl, &strings(&["Imię", "Telefon"]), &[strings(&["Łucja", "+48 600 100 200"])]);
        assert!(bytes.starts_with(BOM));
        assert_eq!(std::str::from_utf8(&bytes[3..]).unwrap(), "Imię;Telefon\r\nŁucja;'+48 600 100 200\r\n");
    }

    #[test]
    fn formula_triggers_are_made_inert_and_read_back_exactly() {
        let cases = [
            ("=SUM(A1)", "'=SUM(A1)"),
            ("+48 600", "'+48 600"),
            ("-5", "'-5"),
            ("@cmd", "'@cmd"),
            ("\tx", "'\tx"),
            ("\rx", "'\rx"),
            ("\nx", "'\nx"),
            ("'quoted", "''quoted"),
            ("plain", "plain"),
            ("a=b", "a=b"),
            ("", ""),
        ];
        for (cell, written) in cases {
            assert_eq!(inert(cell), written, "{cell:?}");
            assert_eq!(uninert(&inert(cell)), cell, "{cell:?}");
        }
        // An apostrophe the exporter did not add stays.
        assert_eq!(uninert("'x"), "'x");
    }

    #[test]
    fn rfc_preset_keeps_text_exactly_with_commas_and_a_decimal_point() {
        let row = strings(&["=1+1", "a,b", "say \"hi\"", "two\nlines"]);
        let bytes = write(Preset::Rfc4180, &strings(&["a", "b", "c", "d"]), std::slice::from_ref(&row));
        assert!(!bytes.starts_with(BOM));
        let table = read(&bytes).unwrap();
        assert_eq!(table.rows, vec![(2, row)]);
        assert_eq!(Preset::Rfc4180.decimal(Decimal::from_str("2.50").unwrap()), "2.5");
        assert_eq!(Preset::ExcelPl.decimal(Decimal::from_str("2.50").unwrap()), "2,5");
    }

    #[test]
    fn windows_1250_files_from_excel_are_read() {
        let (bytes, _, _) = encoding_rs::WINDOWS_1250.encode("Nazwisko;Imię\r\nŻółć;Łucja\r\n");
        let table = read(&bytes).unwrap();
        assert_eq!(table.header, strings(&["Nazwisko", "Imię"]));
        assert_eq!(table.rows, vec![(2, strings(&["Żółć", "Łucja"]))]);
    }

    #[test]
    fn broken_and_empty_files_say_so() {
        assert_eq!(read(b""), Err(CsvError::Empty));
        assert!(matches!(read(b"a,b\n\"unterminated,1\n"), Err(CsvError::Syntax { .. }) | Ok(_)));
    }
}
