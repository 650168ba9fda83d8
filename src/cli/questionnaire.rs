//! `rbr questionnaire`: the questionnaire in use, readable or in its file format.

use std::io::{self, BufWriter, Write};

use super::{Failure, OK};
use crate::questionnaire::Questionnaire;

pub(super) fn print_questionnaire(
    questionnaire: &Questionnaire,
    json: bool,
) -> Result<u8, Failure> {
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let result = if json {
        serde_json::to_writer_pretty(&mut out, questionnaire)
            .map_err(io::Error::from)
            .and_then(|()| writeln!(out))
    } else {
        write_questionnaire(&mut out, questionnaire)
    };
    result.and_then(|()| out.flush())?;
    Ok(OK)
}

fn write_questionnaire(out: &mut impl Write, q: &Questionnaire) -> io::Result<()> {
    writeln!(out, "{} ({} {})", q.title.get("en"), q.id, q.version)?;
    writeln!(out, "\nLevels:")?;
    for level in &q.levels {
        writeln!(
            out,
            "  {} {}: {}",
            level.level,
            level.name.get("en"),
            level.description.get("en")
        )?;
    }
    for area in &q.areas {
        writeln!(out, "\n{} {}", area.id, area.title.get("en"))?;
        writeln!(out, "  {}", area.description.get("en"))?;
        for question in &area.questions {
            writeln!(
                out,
                "\n  {} {}\n     weight {}, target {}, {}{}",
                question.id,
                question.text.get("en"),
                question.weight,
                question.target,
                question.poete.as_str(),
                if question.critical { ", critical" } else { "" }
            )?;
            for (level, entry) in question.rubric.iter().enumerate() {
                writeln!(out, "     {level}: {}", entry.get("en"))?;
            }
        }
    }
    Ok(())
}
