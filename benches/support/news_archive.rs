//! A deterministic archive of news-like articles (~4 KB each) for the benches that need a
//! large one, made from the bundled articles' paragraphs and generated names and dates.

use super::{Rng, SEEDS};
use std::path::{Path, PathBuf};

/// Where article `i` is written: a hundred to a folder.
pub fn article_path(archive: &Path, i: usize) -> PathBuf {
    archive
        .join(format!("{:04}", i / 100))
        .join(format!("{i:06}.txt"))
}

const FIRST: [&str; 24] = [
    "Aydar",
    "Dilnoza",
    "Marat",
    "Aigerim",
    "Rustam",
    "Gulnara",
    "Timur",
    "Saida",
    "Bakhtiyor",
    "Zarina",
    "Nurlan",
    "Madina",
    "Kairat",
    "Feruza",
    "Azamat",
    "Lola",
    "Sanjar",
    "Asel",
    "Erlan",
    "Nodira",
    "Daniyar",
    "Kamila",
    "Ulugbek",
    "Malika",
];
const LAST: [&str; 24] = [
    "Ashimov",
    "Karimova",
    "Tokayev",
    "Nurlanova",
    "Yusupov",
    "Rakhimova",
    "Saidov",
    "Akhmedova",
    "Zhaksybekov",
    "Umarova",
    "Kasymov",
    "Ismailova",
    "Bekov",
    "Tursunova",
    "Alimov",
    "Sadykova",
    "Mirzayev",
    "Abdullaeva",
    "Omarov",
    "Khodjaeva",
    "Sultanov",
    "Yergaliyeva",
    "Rashidov",
    "Nazarova",
];
const ROLES: [&str; 10] = [
    "Defence Minister",
    "Foreign Minister",
    "Deputy Prime Minister",
    "President",
    "Energy Minister",
    "spokesperson",
    "analyst",
    "governor",
    "ambassador",
    "mayor",
];
const PLACES: [&str; 20] = [
    "Tashkent",
    "Almaty",
    "Astana",
    "Bishkek",
    "Dushanbe",
    "Ashgabat",
    "Samarkand",
    "Bukhara",
    "Osh",
    "Khujand",
    "Shymkent",
    "Karaganda",
    "Namangan",
    "Fergana",
    "Termez",
    "Aktau",
    "Kokand",
    "Nukus",
    "Taraz",
    "Turkmenabat",
];
const ORGS: [&str; 10] = [
    "Ministry of Defence",
    "Shanghai Cooperation Organisation",
    "Asian Development Bank",
    "World Bank",
    "Collective Security Treaty Organisation",
    "State Security Service",
    "Ministry of Energy",
    "United Nations",
    "European Union",
    "Eurasian Economic Union",
];
const NOUNS: [&str; 16] = [
    "irrigation",
    "rail link",
    "power grid",
    "border crossing",
    "cotton harvest",
    "water plan",
    "gas pipeline",
    "trade route",
    "customs union",
    "wheat exports",
    "security pact",
    "drills",
    "hydropower dam",
    "road network",
    "visa regime",
    "tariffs",
];
const VERBS: [&str; 10] = [
    "expand",
    "review",
    "fund",
    "modernise",
    "discuss",
    "sign",
    "suspend",
    "inspect",
    "rebuild",
    "extend",
];
const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// Writes `count` articles of about 4 KB (100 to a folder); returns the bytes written.
/// Writes `count` articles below `archive`; returns their bytes.
pub fn generate(archive: &Path, count: usize) -> usize {
    let seed_paragraphs: Vec<&str> = SEEDS
        .iter()
        .flat_map(|seed| seed.split("\n\n").skip(4))
        .filter(|p| p.len() > 120 && !p.contains('['))
        .collect();
    let mut bytes = 0;
    for i in 0..count {
        let path = article_path(archive, i);
        if i % 100 == 0 {
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        }
        let text = article(i, &seed_paragraphs);
        bytes += text.len();
        std::fs::write(path, text).unwrap();
    }
    bytes
}

fn article(i: usize, seed_paragraphs: &[&str]) -> String {
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15 ^ (i as u64 + 1).wrapping_mul(0x2545_F491_4F6C_DD1D));
    let person = |rng: &mut Rng| format!("{} {}", rng.pick(&FIRST), rng.pick(&LAST));
    let date = |rng: &mut Rng| format!("{} {}", rng.pick(&MONTHS), 1 + rng.below(28));
    let year = 2014 + rng.below(11);
    let place = rng.pick(&PLACES);
    let other = rng.pick(&PLACES);
    let noun = rng.pick(&NOUNS);
    let mut text = format!(
        "{place} and {other} {} {noun} plan, report {i}\n\nBy {}\n\nPublished: {} {} {year}\n\n",
        rng.pick(&VERBS),
        person(&mut rng),
        1 + rng.below(28),
        rng.pick(&MONTHS),
    );
    text.push_str(&format!(
        "{} -- Officials from {place} and {other} agreed on {} to {} the {noun}, the {} said.\n\n",
        place.to_uppercase(),
        date(&mut rng),
        rng.pick(&VERBS),
        rng.pick(&ORGS),
    ));
    while text.len() < 3900 {
        let paragraph = match rng.below(6) {
            0 => format!(
                "\"We will {} the {} with our neighbours in {},\" said {} {} on {}.",
                rng.pick(&VERBS),
                rng.pick(&NOUNS),
                rng.pick(&PLACES),
                rng.pick(&ROLES),
                person(&mut rng),
                date(&mut rng),
            ),
            1 => format!(
                "The {} estimated the cost of the {} at {} million dollars, up {} per cent on {}, \
                 and expects work to start in {} {}.",
                rng.pick(&ORGS),
                rng.pick(&NOUNS),
                10 + rng.below(990),
                1 + rng.below(40),
                year - 1,
                rng.pick(&MONTHS),
                year + 1,
            ),
            2 => format!(
                "{}, a {} based in {}, said the {} would matter most for {} and {}, where {} \
                 families depend on it. Case file {}-{} lists the details.",
                person(&mut rng),
                rng.pick(&ROLES),
                rng.pick(&PLACES),
                rng.pick(&NOUNS),
                rng.pick(&PLACES),
                rng.pick(&PLACES),
                1000 + rng.below(90_000),
                rng.pick(&LAST).to_lowercase(),
                rng.below(1_000_000),
            ),
            _ => seed_paragraphs[rng.below(seed_paragraphs.len())].to_owned(),
        };
        text.push_str(&paragraph);
        text.push_str("\n\n");
    }
    text
}
