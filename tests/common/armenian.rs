//! The mechanical rules of official Armenian that a careful read found broken,
//! as checks over any text: the article before a vowel, the words that must not
//! appear, today's bodies and their abbreviations spelled out at first use.

/// Letters a word can begin with that make the article ը become ն (ու starts
/// with ո).
const VOWELS: [char; 7] = ['ա', 'ե', 'է', 'ը', 'ի', 'ո', 'օ'];

/// Accepted exceptions to the article rule: a word ending in ը that is not the
/// article, before a vowel. Each with why.
const ARTICLE_EXCEPTIONS: &[&str] = &[
    // The letter ը named in a sentence about spelling.
    "ը",
];

/// Words (as parts of words) that must not appear: Russisms, wrong terms, and
/// bodies that do not exist, each with what to write instead.
pub const FORBIDDEN: &[(&str, &str)] = &[
    (
        "հանդիսան",
        "«հանդիսանալ» is a Russism: write «լինել» or rephrase",
    ),
    (
        "հանդիսաց",
        "«հանդիսանալ» is a Russism: write «լինել» or rephrase",
    ),
    (
        "բռնագանձ",
        "«բռնագանձում» is confiscation: requisition is «ռեկվիզիցիա»",
    ),
    ("ապաղտոտ", "decontamination is «ախտազերծում»"),
    (
        "բժշկասանիտարական կանոններ",
        "the IHR are the «Միջազգային առողջապահական կանոնակարգ»",
    ),
    (
        "Արտակարգ իրավիճակների նախարարություն",
        "the ministry stopped operating in 2023: name the ՆԳՆ body",
    ),
    (
        "սահմանային ծառայություն",
        "no such body: «ԱԱԾ սահմանապահ զորքեր»",
    ),
    (
        "Կառավարության մամուլի ծառայություն",
        "no such body: the Prime Minister's Office",
    ),
    (
        "Կառավարության աշխատակազմ",
        "the pre-2018 name: «Վարչապետի աշխատակազմ»",
    ),
    (
        "Արյան ազգային ծառայություն",
        "no body has this name: write the function, lower case",
    ),
    ("ՈՉ ԳԱՂՏՆԻ", "an unclassified document carries no marking"),
    ("Գրինվիչ", "times are shown in the assessment's zone"),
    (">=", "write the comparison in words"),
    ("<=", "write the comparison in words"),
];

/// Abbreviations spelled out before their first use in a text read alone.
pub const SPELLED_OUT: &[(&str, &str)] = &[
    ("ՆԳՆ", "Ներքին գործերի նախարարությ"),
    ("ՃԿԱԿ", "Ճգնաժամային կառավարման ազգային կենտրոն"),
];

fn is_letter(c: char) -> bool {
    c.is_alphanumeric() || c == '-'
}

/// Every place in `text` where a word ends in the article ը and the next word,
/// after one space, begins with a vowel: «կենտրոնը աշխատում» for «կենտրոնն
/// աշխատում».
pub fn article_errors(text: &str) -> Vec<String> {
    let words: Vec<&str> = text.split([' ', '\u{00A0}']).collect();
    words
        .windows(2)
        .filter_map(|pair| {
            let (word, next) = (pair[0], pair[1]);
            let ends_in_article = word.ends_with('ը')
                && word.chars().all(is_letter)
                && !ARTICLE_EXCEPTIONS.contains(&word);
            let starts_with_vowel = next.chars().next().is_some_and(|c| VOWELS.contains(&c));
            (ends_in_article && starts_with_vowel).then(|| format!("«{word} {next}»"))
        })
        .collect()
}

/// Every rule `text` breaks, one line each.
pub fn problems(place: &str, text: &str) -> Vec<String> {
    let mut problems: Vec<String> = article_errors(text)
        .into_iter()
        .map(|at| format!("{place}: the article before a vowel is ն: {at}"))
        .collect();
    // Forbidden words are caught at the start of a sentence too (Ա... as well as ա...).
    let lower = text.to_lowercase();
    for (word, why) in FORBIDDEN {
        if lower.contains(&word.to_lowercase()) {
            problems.push(format!("{place}: «{word}»: {why}"));
        }
    }
    for (short, long) in SPELLED_OUT {
        if let Some(at) = text.find(short)
            && !text[..at].contains(long)
        {
            problems.push(format!(
                "{place}: {short} is not spelled out before its first use"
            ));
        }
    }
    problems
}
