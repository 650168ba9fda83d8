# Domain words shared by the app, the command line and the report.
# Every message here has its Armenian twin in hy/common.ftl; terms follow
# assets/i18n/glossary.tsv.

## Readiness bands: inside a sentence, and as a label or table cell (-title).

band-ready = ready
band-partially-ready = partially ready
band-not-ready = not ready
band-ready-title = Ready
band-partially-ready-title = Partially ready
band-not-ready-title = Not ready
# An area whose completeness is below 1.
band-provisional = provisional
band-provisional-title = Provisional

## The five kinds of capability gap (POETE).

poete-planning = Planning
poete-organisation = Organisation
poete-equipment = Equipment
poete-training = Training
poete-exercises = Exercises
# After a knock-on sentence: $areas, ids reached through the dependents, joined by
# commas; $count, how many.
knock-on-further = Further on, { $count ->
    [one] one more area depends on them: { $areas }.
   *[other] { $count } more areas depend on them: { $areas }.
}
# How one area depends on another (rbr questionnaire).
dependency-supply = supply
dependency-load = load
# The published rule behind a question's weight: $consequence and $replacement, 1-3.
rule-scores = consequence { $consequence }, replacement { $replacement }

## The assessment's status.

status-draft = Draft
status-submitted = Submitted
status-reviewed = Reviewed
status-approved = Approved

## The status of a plan entry.

plan-status-planned = Planned
plan-status-in-progress = In progress
plan-status-done = Done
plan-status-deferred = Deferred

## Terms of the method, as labels and column headings.

term-not-applicable = Not applicable
term-readiness = Readiness
term-target-readiness = Target readiness
term-completeness = Completeness
term-gap = Gap
term-level = Level
term-target-level = Target level
term-evidence = Evidence
term-critical = Critical
term-priority = Priority
term-weight = Weight
term-band = Band
term-area = Area
term-question = Question
term-status = Status
term-recommendation = Recommendation
term-justification = Justification

## Counts and figures. Pass counts as numbers ($count) and figures already
## formatted with i18n::format ($value).

gaps-count = { $count ->
    [one] { $count } gap
   *[other] { $count } gaps
}
questions-count = { $count ->
    [one] { $count } question
   *[other] { $count } questions
}
readiness-figure = Readiness { $value }
note-provisional = The area is provisional: not every question has an answer.

## rbr merge: what the combined file's notes say of an answer not taken.
## $file is the source's file name; $answer is one of the merge-given- messages.

merge-given-level = level { $level }
merge-given-not-applicable = not applicable
merge-given-nothing = no level
merge-not-taken = answered { $answer }. This answer was not taken when the files were combined.
merge-evidence = Evidence:
merge-justification = Justification:
merge-notes = Notes:

## Measured and planning figures.

# A planning figure's default, used in a question's text until the assessment
# records the country's own value. $value: the number with its unit.
figure-default = { $value } (the questionnaire's default)
# After a figure's value: the date it is as of ($date, long form).
figure-as-of = as of { $date }
# A measured figure ($figure: value, date, source) and the level it supports.
figure-line = { $figure }: supports up to level { $level }
# The step from one level to the next, before what to do.
figure-step = From level { $from } to { $to }:
