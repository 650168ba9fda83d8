//! `rbr questionnaire`: the questionnaire in use, readable or in its file format.
//!
//! The readable form's labels are in the interface language; the questionnaire's
//! own texts are in that language where the questionnaire has them, else in English.

use std::io::{self, BufWriter, Write};

use super::{Failure, OK};
use crate::i18n;
use crate::questionnaire::{DependencyKind, Questionnaire};
use crate::t;

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

/// The map of the areas' interdependencies: who depends on whom, and why.
fn write_dependencies(out: &mut impl Write, q: &Questionnaire) -> io::Result<()> {
    if q.areas.iter().all(|a| a.depends_on.is_empty()) {
        return Ok(());
    }
    let lang = i18n::ui_language().code();
    writeln!(out, "\n{}", t!("cli-questionnaire-dependencies"))?;
    for area in &q.areas {
        let needed: Vec<&str> = area.depends_on.iter().map(|d| d.area.as_str()).collect();
        let needed_by: Vec<&str> = q
            .dependents(&area.id)
            .iter()
            .map(|a| a.id.as_str())
            .collect();
        writeln!(
            out,
            "  {} {}: {}",
            area.id,
            area.title.get(lang),
            t!(
                "cli-questionnaire-depends",
                needs = needed.join(", "),
                needed_by = needed_by.join(", ")
            )
        )?;
        let further: Vec<&str> = q
            .reached_through(&area.id)
            .iter()
            .map(|a| a.id.as_str())
            .collect();
        if !further.is_empty() {
            writeln!(
                out,
                "     {}",
                t!("cli-questionnaire-further", areas = further.join(", "))
            )?;
        }
        for dependency in &area.depends_on {
            let kind = match dependency.kind {
                DependencyKind::Supply => t!("dependency-supply"),
                DependencyKind::Load => t!("dependency-load"),
            };
            writeln!(
                out,
                "     -> {} ({kind}): {}",
                dependency.area,
                dependency.reason.get(lang)
            )?;
        }
    }
    Ok(())
}

fn write_questionnaire(out: &mut impl Write, q: &Questionnaire) -> io::Result<()> {
    let lang = i18n::ui_language().code();
    writeln!(out, "{} ({} {})", q.title.get(lang), q.id, q.version)?;
    writeln!(out, "\n{}", t!("cli-questionnaire-levels"))?;
    for level in &q.levels {
        writeln!(
            out,
            "  {} {}: {}",
            level.level,
            level.name.get(lang),
            level.description.get(lang)
        )?;
    }
    write_dependencies(out, q)?;
    write_planning_figures(out, q)?;
    for area in &q.areas {
        writeln!(out, "\n{} {}", area.id, area.title.get(lang))?;
        writeln!(out, "  {}", area.description.get(lang))?;
        for question in &area.questions {
            let mut facts = t!(
                "cli-questionnaire-facts",
                weight = question.weight.to_string(),
                target = question.target.to_string(),
                poete = question.poete.name(crate::i18n::ui_language()),
            );
            if question.critical {
                facts = format!("{facts}, {}", t!("cli-critical"));
            }
            writeln!(
                out,
                "\n  {} {}\n     {facts}",
                question.id,
                question.text.get(lang),
            )?;
            for (level, entry) in question.rubric.iter().enumerate() {
                writeln!(out, "     {level}: {}", entry.get(lang))?;
            }
            if let Some(indicator) = &question.indicator {
                let needs: Vec<String> = crate::questionnaire::Level::ALL[1..]
                    .iter()
                    .filter_map(|&level| {
                        let required = indicator.requirement(level, i18n::ui_language())?;
                        Some(format!("{level} {required}"))
                    })
                    .collect();
                writeln!(
                    out,
                    "     {}",
                    t!(
                        "cli-questionnaire-indicator",
                        name = indicator.name.get(lang),
                        levels = needs.join(", "),
                    )
                )?;
            }
        }
    }
    Ok(())
}

/// The planning figures the standards are set against, with their defaults.
fn write_planning_figures(out: &mut impl Write, q: &Questionnaire) -> io::Result<()> {
    if q.planning_figures.is_empty() {
        return Ok(());
    }
    let ui = i18n::ui_language();
    let lang = ui.code();
    writeln!(out, "\n{}", t!("cli-questionnaire-planning-figures"))?;
    for figure in &q.planning_figures {
        writeln!(
            out,
            "  {{figure:{}}} {}",
            figure.id,
            t!(
                "cli-questionnaire-figure-default",
                name = figure.name.get(lang),
                value = crate::questionnaire::with_unit(ui, figure.default, figure.unit.get(lang))
            )
        )?;
    }
    Ok(())
}
