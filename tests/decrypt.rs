//! `kartoteka-decrypt` and `codec::sealed::office`: hand-off files sealed by the app in
//! Chromium (one per export format, `tests/fixtures/handoff/`) open to exactly what was
//! exported; a flipped byte anywhere gives an error, never data; the tool writes nothing then.
#![cfg(not(target_arch = "wasm32"))]

use kartoteka::codec::sealed::{SealedError, SealedFile, office};
use std::path::Path;
use std::process::Command;

const KEY: &str = "tests/fixtures/handoff/office-test-key.pem";
const FORMATS: [&str; 3] = ["kartoteka.json", "uczestnicy.csv", "dzien.zip"];

fn sealed(name: &str) -> SealedFile {
    let bytes = std::fs::read(format!("tests/fixtures/handoff/{name}.zaszyfrowany.json")).expect("fixture exists");
    SealedFile::parse(&bytes).expect("readable").expect("sealed")
}

fn key() -> rsa::RsaPrivateKey {
    office::private_key(&std::fs::read_to_string(KEY).expect("key exists")).expect("RSA key")
}

#[test]
fn files_sealed_by_the_browser_open_to_exactly_what_was_exported_in_every_format() {
    let key = key();
    for name in FORMATS {
        let file = sealed(name);
        assert_eq!(file.version, 1);
        assert_eq!(file.file_name.rsplit('.').next(), name.rsplit('.').next(), "{name}");
        let plain = std::fs::read(format!("tests/fixtures/handoff/plain/{name}")).expect("plain fixture");
        assert_eq!(office::open_with_office(&file, &key).expect(name), plain, "{name}");
        assert_eq!(file.office.key_sha256, office::fingerprint(&key.to_public_key()));
    }
}

#[test]
fn a_flipped_byte_anywhere_is_an_error_never_data() {
    use base64::Engine;
    use base64::engine::general_purpose::STANDARD;
    let key = key();
    let file = sealed("kartoteka.json");
    let flip = |text: &str, at: usize| {
        let mut bytes = STANDARD.decode(text).expect("base64");
        let i = at % bytes.len();
        bytes[i] ^= 0x80;
        STANDARD.encode(bytes)
    };
    for at in [0, 7, 100, 5_000, usize::MAX - 1] {
        let bad = SealedFile { ciphertext: flip(&file.ciphertext, at), ..file.clone() };
        assert_eq!(office::open_with_office(&bad, &key), Err(SealedError::Damaged));
    }
    let bad_iv = SealedFile { iv: flip(&file.iv, 3), ..file.clone() };
    assert_eq!(office::open_with_office(&bad_iv, &key), Err(SealedError::Damaged));
    let renamed = SealedFile { file_name: "inna-nazwa.json".into(), ..file.clone() };
    assert_eq!(office::open_with_office(&renamed, &key), Err(SealedError::Damaged));
    let bad_key = SealedFile {
        office: kartoteka::codec::sealed::WrappedKey { key: flip(&file.office.key, 9), ..file.office.clone() },
        ..file.clone()
    };
    assert_eq!(office::open_with_office(&bad_key, &key), Err(SealedError::WrongKey));
}

#[test]
fn another_office_key_does_not_open_the_file_and_a_native_round_trip_works() {
    let pem = std::fs::read_to_string("tests/fixtures/handoff/other-office-key.pem").expect("key exists");
    let other = office::private_key(&pem).expect("RSA key");
    let file = sealed("uczestnicy.csv");
    assert_eq!(office::open_with_office(&file, &other), Err(SealedError::WrongKey));
    let made = office::seal_for_office(b"Nazwisko;Imi\xc4\x99\r\n", "a.csv", "text/csv", &other.to_public_key())
        .expect("sealed");
    assert_eq!(office::open_with_office(&made, &other).expect("opens"), b"Nazwisko;Imi\xc4\x99\r\n");
}

#[test]
fn the_tool_writes_the_export_and_refuses_a_damaged_file_without_writing() {
    let dir = std::env::temp_dir().join(format!("kartoteka-decrypt-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let tool = env!("CARGO_BIN_EXE_kartoteka-decrypt");
    for name in FORMATS {
        let out = dir.join(name);
        let status = Command::new(tool)
            .args(["--key", KEY, &format!("tests/fixtures/handoff/{name}.zaszyfrowany.json"), "--out"])
            .arg(&out)
            .status()
            .expect("runs");
        assert!(status.success(), "{name}");
        assert_eq!(
            std::fs::read(&out).expect("written"),
            std::fs::read(Path::new("tests/fixtures/handoff/plain").join(name)).expect("plain")
        );
    }
    // Damaged: exit 1, a Polish message, no output file.
    let mut wrapper: serde_json::Value = serde_json::from_slice(
        &std::fs::read("tests/fixtures/handoff/kartoteka.json.zaszyfrowany.json").expect("fixture"),
    )
    .expect("json");
    wrapper["file_name"] = "inny.json".into();
    let bad = dir.join("bad.zaszyfrowany.json");
    std::fs::write(&bad, wrapper.to_string()).expect("written");
    let out = dir.join("bad-out.json");
    let result = Command::new(tool).args(["--key", KEY]).arg(&bad).arg("--out").arg(&out).output().expect("runs");
    assert!(!result.status.success());
    assert!(String::from_utf8_lossy(&result.stderr).contains("nie przechodzi kontroli integralności"));
    assert!(!out.exists());
    // Not a sealed file at all.
    let result =
        Command::new(tool).args(["--key", KEY, "tests/fixtures/indicators/bartoszyce.json"]).output().expect("runs");
    assert!(!result.status.success());
    assert!(String::from_utf8_lossy(&result.stderr).contains("nie jest zaszyfrowanym plikiem Kartoteki"));
    std::fs::remove_dir_all(&dir).ok();
}
