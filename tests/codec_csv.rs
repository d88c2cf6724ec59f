//! The hand-off codecs against fixed expectations and random data: the SL2014 participant CSV
//! byte for byte against a golden file written by hand from domain.md §4.1, and property tests
//! (10,000 cases each) that CSV and JSON exports read back to the same people and records.
#![cfg(not(target_arch = "wasm32"))]

mod support {
    pub mod fixtures;
}

use chrono::{TimeZone, Utc};
use kartoteka::codec::csv::Preset;
use kartoteka::codec::envelope;
use kartoteka::codec::participants_csv::{participants_csv, read_people};
use kartoteka::domain::dataset::Dataset;
use kartoteka::domain::dictionary::Period;
use kartoteka::domain::exit::ExitRecord;
use kartoteka::domain::ids::{DeviceId, EnrolmentId, ParticipantId};
use kartoteka::domain::meta::Meta;
use kartoteka::domain::participant::{Participant, RecruitmentStatus};
use kartoteka::domain::pesel::Sex;
use kartoteka::domain::record::Record;
use kartoteka::domain::support::SupportEnrolment;
use kartoteka::domain::templates::{instantiate, template};
use proptest::prelude::*;
use std::collections::BTreeMap;
use support::fixtures::{at, date, person};

fn device() -> DeviceId {
    DeviceId("golden".into())
}

fn meta() -> Meta {
    Meta::new(&device(), None, at(0))
}

/// The fixture project: Bartoszyce with the agreement data set explicitly.
fn fixture() -> Dataset {
    let new = instantiate(template("bartoszyce").unwrap(), &device(), None, at(0));
    let mut d = Dataset::default();
    let mut project = new.project;
    project.number = "RPWM.11.02.01-28-0012/17".into();
    project.beneficiary = "Gmina Miejska Bartoszyce – Miejski Ośrodek Pomocy Społecznej".into();
    project.title = "Centrum Aktywności Lokalnej w Bartoszycach".into();
    project.start = Some(date(2021, 3, 31));
    project.end = Some(date(2023, 3, 31));
    d.upsert(Record::Project(project));
    for f in new.forms {
        d.upsert(Record::SupportForm(f));
    }
    let form = d.support_forms.iter().find(|f| f.name == "zajęcia wspierające umiejętności społeczne").unwrap().id;

    let address = |p: &mut Participant| {
        p.address.voivodeship = "28".into();
        p.address.powiat = "bartoszycki".into();
        p.address.gmina = "Bartoszyce".into();
        p.address.locality = "Bartoszyce".into();
        p.address.postal_code = "11-200".into();
        p.address.degurba = Some("2".into());
    };
    let mut lucja = Participant::new(ParticipantId::new(), meta());
    lucja.first_name = "Łucja".into();
    lucja.last_name = "Żółć".into();
    lucja.pesel = "85041201746".into();
    lucja.derive_from_pesel(date(2022, 6, 1));
    lucja.country = "Polska".into();
    lucja.participant_type = "indywidualny".into();
    lucja.education = Some("isced3".into());
    address(&mut lucja);
    lucja.address.street = "ul. Kętrzyńska".into();
    lucja.address.building = "5".into();
    lucja.address.flat = "2".into();
    lucja.phone = "+48 600 100 200".into();
    lucja.email = "lucja@example.pl".into();
    lucja.labour_status = Some("bezrobotna_zarejestrowana".into());
    lucja.labour_detail = Some("dlugotrwale_bezrobotna".into());
    lucja.status = RecruitmentStatus::Zakonczyl;
    lucja.start = Some(date(2021, 6, 1));
    lucja.end = Some(date(2022, 5, 31));
    lucja.exit = Some(ExitRecord {
        situation: Some("podjecie_pracy".into()),
        completed_path: Some(true),
        ..ExitRecord::default()
    });
    lucja.situation = BTreeMap::from([
        ("minority".into(), "nie".into()),
        ("homeless".into(), "nie".into()),
        ("disability".into(), "tak".into()),
        ("other_disadvantage".into(), "odmowa".into()),
    ]);
    d.upsert(Record::Enrolment(SupportEnrolment {
        id: EnrolmentId::new(),
        meta: meta(),
        participant: lucja.id,
        form,
        start: date(2021, 6, 1),
        end: Some(date(2022, 5, 31)),
    }));
    d.upsert(Record::Participant(lucja));

    let mut jan = Participant::new(ParticipantId::new(), meta());
    jan.first_name = "Jan".into();
    jan.last_name = "O'Neil;Nowak".into();
    jan.no_pesel = true;
    jan.sex = Some(Sex::Male);
    jan.declared_age = Some(52);
    jan.country = "Polska".into();
    jan.participant_type = "indywidualny".into();
    jan.education = Some("isced1".into());
    address(&mut jan);
    jan.phone = "=1+2".into();
    jan.status = RecruitmentStatus::Uczestnik;
    jan.start = Some(date(2021, 7, 1));
    d.upsert(Record::Participant(jan));

    // Not reported: a candidate who never joined.
    let mut candidate = person(meta(), "Ewa", "Zgłoszona", 3);
    candidate.status = RecruitmentStatus::Zgloszony;
    d.upsert(Record::Participant(candidate));
    d
}

#[test]
fn sl2014_participant_csv_matches_the_hand_written_golden_file_byte_for_byte() {
    let golden = include_bytes!("fixtures/golden/sl2014_participants_excel.csv");
    let ours = participants_csv(&fixture(), None, Preset::ExcelPl, date(2022, 6, 1));
    if ours != golden {
        let (a, b) = (String::from_utf8_lossy(&ours), String::from_utf8_lossy(golden));
        for (n, (x, y)) in a.split("\r\n").zip(b.split("\r\n")).enumerate() {
            for (i, (p, q)) in x.split(';').zip(y.split(';')).enumerate() {
                assert_eq!(p, q, "line {} column {}", n + 1, i + 1);
            }
        }
        panic!("the files differ:\n{a}\n---\n{b}");
    }
}

#[test]
fn a_payment_claim_period_limits_the_people_and_fills_its_column() {
    let bytes =
        participants_csv(&fixture(), Some((date(2021, 7, 1), date(2021, 12, 31))), Preset::ExcelPl, date(2022, 6, 1));
    let text = String::from_utf8(bytes[3..].to_vec()).unwrap();
    let rows: Vec<&str> = text.split("\r\n").filter(|l| !l.is_empty()).collect();
    assert_eq!(rows.len(), 2, "the header and Jan, who started in July");
    assert!(rows[1].contains(";2021-07-01 - 2021-12-31;"));
    assert!(rows[1].contains(";Jan;"));
}

/// Text a person may type, including everything that troubles CSV and spreadsheets.
fn hostile_text() -> impl Strategy<Value = String> {
    prop_oneof![
        "[a-zA-ZąćęłńóśźżĄĆĘŁŃÓŚŹŻ ]{1,12}",
        "[=+@'\\-\t][a-z0-9 ;,\"]{0,8}",
        "[a-zł]{1,5}[;,\"\n\r][a-zż \"]{0,6}",
        Just("+48 600 100 200".to_owned()),
        Just("\"cytat\"; średnik, przecinek".to_owned()),
    ]
}

fn people_strategy() -> impl Strategy<Value = Vec<(String, String, String, String, String)>> {
    // A name is required (a blank one is rightly refused on import); the rest may be anything.
    let name = || hostile_text().prop_filter("a name is not blank", |s| !s.trim().is_empty());
    prop::collection::vec((name(), name(), hostile_text(), hostile_text(), hostile_text()), 1..4)
}

fn dataset_of(people: &[(String, String, String, String, String)]) -> Dataset {
    let mut d = fixture();
    d.participants.clear();
    d.enrolments.clear();
    for (n, (first, last, phone, street, locality)) in people.iter().enumerate() {
        let mut p = person(meta(), first, last, u32::try_from(n).unwrap() + 1);
        p.phone.clone_from(phone);
        p.address.street.clone_from(street);
        p.address.locality.clone_from(locality);
        p.status = RecruitmentStatus::Uczestnik;
        p.start = Some(date(2021, 6, 1));
        d.upsert(Record::Participant(p));
    }
    d
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 10_000, ..ProptestConfig::default() })]

    #[test]
    fn csv_export_reads_back_to_the_same_people(people in people_strategy(), excel in any::<bool>()) {
        let preset = if excel { Preset::ExcelPl } else { Preset::Rfc4180 };
        let d = dataset_of(&people);
        let bytes = participants_csv(&d, None, preset, date(2022, 6, 1));
        let now = Utc.timestamp_opt(1_700_000_000, 0).unwrap();
        let back = read_people(&bytes, Period::P2014_2020, &device(), None, now, date(2022, 6, 1)).unwrap();
        prop_assert!(back.rejected.is_empty(), "{:?}", back.rejected);
        let mut expected: Vec<_> = d.participants.iter().map(|p| (p.last_name.clone(), p.first_name.clone(), p.pesel.clone(), p.phone.clone(), p.address.street.clone(), p.address.locality.clone())).collect();
        let mut got: Vec<_> = back.people.iter().map(|(_, p)| (p.last_name.clone(), p.first_name.clone(), p.pesel.clone(), p.phone.clone(), p.address.street.clone(), p.address.locality.clone())).collect();
        expected.sort();
        got.sort();
        prop_assert_eq!(got, expected);
    }

    #[test]
    fn json_export_reads_back_to_identical_records(people in people_strategy(), secs in 0i64..1_000_000) {
        let d = dataset_of(&people);
        let (header, text) = envelope::write(&d, &device(), uuid::Uuid::new_v4(), at(secs));
        let back = envelope::read(text.as_bytes()).unwrap();
        prop_assert_eq!(&back.header, &header);
        let mut a = d.records();
        let mut b = back.data.records();
        a.sort_by_key(Record::uuid);
        b.sort_by_key(Record::uuid);
        prop_assert_eq!(a, b);
    }
}
