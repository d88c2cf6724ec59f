//! `kartoteka-decrypt`: the central office opens an encrypted Kartoteka file with its RSA
//! private key and gets the export exactly as it was made (ZIP, JSON or CSV).
//!
//! Usage: `kartoteka-decrypt --key office.pem FILE [--out PATH]`
//! Without `--out` the content is written next to FILE under the name it was exported with.

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    match run(std::env::args().skip(1).collect()) {
        Ok(written) => {
            println!("Odszyfrowano: {written}");
            std::process::ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("kartoteka-decrypt: {message}");
            std::process::ExitCode::FAILURE
        }
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn run(args: Vec<String>) -> Result<String, String> {
    use kartoteka::codec::sealed::{SealedFile, office};
    use std::path::{Path, PathBuf};
    const USAGE: &str = "użycie: kartoteka-decrypt --key klucz-biura.pem PLIK [--out WYNIK]";
    let (mut key, mut file, mut out) = (None, None, None);
    let mut args = args.into_iter();
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--key" => key = args.next(),
            "--out" => out = args.next(),
            "-h" | "--help" => return Err(USAGE.into()),
            _ if file.is_none() => file = Some(arg),
            _ => return Err(format!("nieznany argument {arg}; {USAGE}")),
        }
    }
    let (Some(key), Some(file)) = (key, file) else { return Err(USAGE.into()) };
    let pem = std::fs::read_to_string(&key).map_err(|e| format!("nie można odczytać klucza {key}: {e}"))?;
    let private = office::private_key(&pem).map_err(|e| e.to_string())?;
    let bytes = std::fs::read(&file).map_err(|e| format!("nie można odczytać pliku {file}: {e}"))?;
    let sealed = SealedFile::parse(&bytes)
        .map_err(|e| e.to_string())?
        .ok_or_else(|| format!("{file} nie jest zaszyfrowanym plikiem Kartoteki"))?;
    let content = office::open_with_office(&sealed, &private).map_err(|e| e.to_string())?;
    // Only the bare file name from the wrapper: it must not choose a directory.
    let inner = Path::new(&sealed.file_name).file_name().map_or_else(|| "kartoteka.bin".into(), PathBuf::from);
    let target = out.map_or_else(|| Path::new(&file).with_file_name(inner), PathBuf::from);
    std::fs::write(&target, content).map_err(|e| format!("nie można zapisać {}: {e}", target.display()))?;
    Ok(target.display().to_string())
}
