# The command line's own words: what `rbr validate`, `score`, `questionnaire` and
# `report` print for a person to read. Machine output (--json, schema) is not
# translated. Every message has its Armenian twin in hy/cli.ftl. $file is a path
# as the user gave it; $command and $option are typed as shown.

## rbr validate

cli-valid = { $file }: valid

## rbr score: the table, one block per file.

# Column headings; Area, Readiness and Band come from common.ftl (term-*).
cli-score-requirement = Requirement
cli-score-complete = Complete
cli-score-answered = Answered
cli-score-overall = Overall
cli-score-out-of-scope = out of scope
# After a band marked with *.
cli-score-provisional-note = provisional: not every question of the area is answered
cli-score-no-gaps = No gaps: every answered question meets its target.
cli-score-gaps-heading = Gaps by priority ({ $count }):
# One gap; the values are padded to line up in columns.
cli-score-gap = { $question } level { $level } -> target { $target }  gap { $gap }  priority { $priority }
cli-score-more-gaps = ... and { $count } more (use { $option } for all)
cli-critical = critical
# Shown for a file without a title or an organisation.
cli-untitled = (untitled)
cli-no-organisation = (no organisation)
# On stderr, when a scored file has findings.
cli-findings-see-validate = { $file }: { $count ->
    [one] { $count } finding
   *[other] { $count } findings
}; see `{ $command }`

## rbr questionnaire: the readable form.

cli-questionnaire-levels = Levels:
# Under each question; $poete is a POETE kind from common.ftl.
cli-questionnaire-facts = weight { $weight }, target { $target }, { $poete }

## rbr report

cli-report-wrote = wrote { $file }
cli-report-findings = { $file }: { $count ->
    [one] { $count } finding
   *[other] { $count } findings
}, listed in the report's annex; see `{ $command }`
cli-report-failed = { $file }: the report could not be made ({ $reason })

## Any subcommand

cli-output-failed = the output cannot be written ({ $reason })
# A file answered under an earlier questionnaire version: a note, not a finding.
cli-upgrade-note = { $file }: note: answered under { $id } { $from }; under { $to }, { $changed } answered questions changed meaning ({ $ids }) and { $added } questions are new. Open it in the app to move it to { $to }; its answers are kept.
cli-questionnaire-dependencies = Interdependencies between the areas:
cli-questionnaire-depends = depends on [{ $needs }], needed by [{ $needed_by }]
