# The PDF gap report: every label, heading and sentence of the document.
# Bands, POETE kinds, statuses and column terms come from common.ftl. Figures and
# dates arrive formatted (i18n::format); counts arrive as numbers.

## The document: title, metadata, running header and footer.

# $name: the assessment's title, else the questionnaire's.
report-title = Self-assessment report: { $name }
report-subject = Report on the results of the resilience self-assessment against { $questionnaire } { $version }
report-keyword-resilience = resilience
report-keyword-baseline = baseline requirements
# Printed as the marking when the file sets no classification.
report-running-date = report date { $date }
report-page-of = Page { $number } of { $count }

## The cover.

report-cover = Cover
report-series = NATO Resilience Baseline Requirements
report-kind = Report on the results of the resilience self-assessment
report-organisation = Organisation
report-assessor = Prepared by
report-classification = Classification
report-date = Report date
report-created = Assessment created
report-modified = Assessment last saved
report-questionnaire = Questionnaire
report-questionnaire-value = { $id } { $version }: { $title }
report-file-written-for = File written for
report-file-questionnaire-value = { $id } { $version }, not the questionnaire scored against
report-fingerprint = SHA-256 of the file
# On the cover of a file made by combining others; the files follow, one a line.
report-merged-from = Combined from { $count } files
# $unix_command and $windows_command: the commands with the system they run on.
report-fingerprint-note = The SHA-256 fingerprint identifies the assessment file this report was made from: any change to the file changes it. To check a file, compare this value with what { $unix_command } or { $windows_command } prints.
# Stands for the file's name in the commands above.
report-file-placeholder = FILE
report-draft-note = This assessment is a draft: its answers, and so its figures, may still change.
report-not-given = (not given)
# $time: a date and time in UTC, formatted.
report-contents = Contents

## The executive summary.

report-summary = Executive summary
report-overall-readiness = Overall readiness
report-overall-readiness-value = { $value } out of 100 (mean of the in-scope areas)
report-overall-completeness-value = { $value } ({ $done } of { $total } questions answered or N/A)
report-areas-in-scope = Areas in scope
report-areas-in-scope-value = { $count } of { $total }
report-gaps = Gaps
report-gaps-value = { $gaps ->
    [one] { $gaps } question
   *[other] { $gaps } questions
} below target; { $critical ->
    [one] { $critical } critical question
   *[other] { $critical } critical questions
} below level 2
report-chart-heading = Readiness by area
report-chart-legend = Bars: readiness, 0 to 100, with the band written beside it (ready from 75, partially ready from 50; a critical question at level 0 or 1 makes an area not ready). Black mark: target readiness, what the area would reach if every question answered with a level met its target. Provisional: some questions of the area are unanswered.
report-top-gaps = The ten highest-priority gaps
report-more-gaps = { $count ->
    [one] { $count } more gap is listed in the gap register, with what to do about it.
   *[other] { $count } more gaps are listed in the gap register, with what to do about each.
}
report-critical-below-two = Critical questions below level 2
report-critical-none = None: every critical question answered with a level is at level 2 or above.
report-no-gaps = No gaps: every question answered with a level meets its target.

## The chart beside each bar.

report-chart-out-of-scope = out of scope
report-chart-no-level = no level given yet
report-chart-target = target { $value }
report-chart-target-provisional = target { $value }, provisional

## An area's section.

report-readiness-value = { $value } out of 100, { $band }
report-completeness-value = { $value } ({ $answered } with a level, { $not_applicable } not applicable, { $unanswered } unanswered, of { $questions })
report-provisional-value = { $unanswered } of { $questions } questions are unanswered, so these figures may still change.
report-band-capped = Band capped
# $questions: the ids of the critical questions, comma-separated.
report-band-capped-value = { $band } because critical question { $questions } is at level 0 or 1
report-not-applicable-heading = Not applicable, and why
report-no-justification = (no justification given)
# A question's level cell when it is marked not applicable.
report-not-applicable-short = N/A
report-see-below = see below
# Beside a question's id in tables.
report-critical-mark = critical

## Table columns the common terms do not cover.

report-column-priority = Priority
report-column-target = Target
report-column-poete = POETE
report-column-owner = Owner
report-column-plan = Owner, due date, status
# In the plan column: $date is the due date in figures.
report-plan-due = due { $date }
report-column-action = Action
report-overdue = OVERDUE
report-column-evidence-excerpt = Evidence (excerpt)
report-column-name = Name
report-column-meaning = Meaning

## The registers.

report-gap-register = Gap register
report-gap-register-intro = Every question below its target, highest priority first (priority = weight x gap, doubled for critical questions). POETE names the kind of gap: planning, organisation, equipment, training or exercises. Action, owner, due date and status come from the action plan; where nothing is planned yet, the action is the questionnaire's step from the level the answer is at to the next, and the other columns are blank. OVERDUE marks an action due before the report date and not done.
report-gap-levels = level { $level }, target { $target }
report-unanswered = Unanswered questions
report-unanswered-intro = { $count ->
    [one] { $count } in-scope question has neither a level nor a not-applicable answer. The area it belongs to is provisional until it is answered.
   *[other] { $count } in-scope questions have neither a level nor a not-applicable answer. The areas they belong to are provisional until they are answered.
}

## The annex.

report-annex = Annex: the scale and the scoring method
report-scale = The scale
report-method = The scoring method
report-findings = Findings in the assessment file
# $command: `rbr validate`.
report-findings-intro = These values in the file could not be used as written; the figures leave them out. { $command } lists the same findings.

# Shown on the cover of an Armenian report only, until a ministry's reviewer signs the wording off.
report-translation-draft = The Armenian wording of this report is a draft translation that a ministry's reviewer has not yet signed off.
report-knock-on-title = Knock-on effects
# $dependents: the titles of the areas that depend on it, joined by commas.
report-knock-on = { $area } is not ready; { $dependents } { $count ->
    [one] depends
   *[other] depend
} on it.
report-questionnaire-draft = The Armenian text of the questionnaire is a draft that a ministry's reviewer has not yet signed off.

## The review trail: on the cover, and the annex of review comments.

report-review-last = Last review event
# $action: what was done (report-action-*); $who: "Name (role, organisation)"; $time: formatted, in UTC.
report-review-event = { $seq }. { $action }: { $who }, { $time }
report-review-content = Content SHA-256 at that event
report-action-submitted = Submitted
report-action-returned = Returned with comments
report-action-reviewed = Reviewed
report-action-approved = Approved
report-action-reopened = Reopened
# $who: "Name (role, organisation)"; $date: the date in words.
report-approved-by = Approved by { $who } on { $date }.
# $parts: the question ids (and meta, targets) that changed, comma-separated.
report-changed-since-approval = The content has changed since it was approved: { $parts }.
report-changed-since-approval-other = The content has changed since it was approved, outside the answers, the assessment's details and the target levels.
report-comments = Annex: review comments
# $option: the command line option that lists the resolved comments too.
report-comments-intro-open = The review comments still open, by question, with their replies. Resolved comments are listed with { $option }.
report-comments-intro-all = Every review comment, open and resolved, by question, with their replies.
report-comments-whole = The assessment as a whole
report-comment-open = open
report-comment-resolved = resolved

## Spreadsheet export: the workbook's sheets, labels and column headings, and the
## CSV's header row. Other headings come from common.ftl (term-*) and the report's.

# Sheet names: at most 31 characters, none of [ ] : * ? / \
export-sheet-summary = Summary
export-sheet-answers = Answers
export-sheet-plan = Action plan
export-title = Title
export-date = Exported on
# An area's title, beside its id.
export-requirement = Requirement
# $band: a band as a label (band-*-title).
export-band-provisional = { $band }, provisional
export-plan-owned-dated = Gaps with an owner and a due date
export-plan-done = Gaps whose action is done
# $date: the date of the export, in words.
export-plan-overdue = Gaps overdue on { $date }
export-column-question-text = Question text
export-column-action = Action
export-column-body = Responsible body
export-column-person = Responsible person
export-column-start = Start
export-column-due = Due date
export-column-resources = Resources
export-column-milestones = Milestones
export-column-status-date = Status date
export-column-notes = Notes
export-column-indicator = Indicator
export-column-figure = Figure
export-column-unit = Unit
export-column-supported-level = Level the figure supports
export-column-figure-measured = Measured figure
export-column-recommendation = Recommendation (summary)
export-column-follow-up = Needs follow-up
# A flag that is set (critical, not applicable, needs follow-up).
export-yes = Yes
# When a status typed in the Plan sheet is not one of the list.
export-status-error = Choose one of the four statuses from the list.
# A note on the due date's heading.
export-overdue-note = Rows in red are overdue: due before today and not done.

## The action plan in the executive summary.

report-plan = Action plan
# $date: the report date, in words.
report-plan-value = { $owned_and_dated } of { $gaps } gaps have an owner and a due date; { $done } done; { $overdue } overdue on { $date }.
report-plan-none = No action plan recorded: no gap has an owner or a due date yet.

## Progress since the earlier round: rbr report --compare OLD. $date is a long
## date; $areas area ids, comma-separated.

report-progress = Progress since { $date }
report-progress-undated = Progress since the earlier assessment
report-progress-intro = This section compares the assessment with the earlier one, "{ $title }". Both are scored with the same method, against the same questionnaire; a change is the figure now minus the figure then.
report-progress-intro-untitled = This section compares the assessment with the earlier one. Both are scored with the same method, against the same questionnaire; a change is the figure now minus the figure then.
report-progress-scope = Only { $both } of the { $either } questions in scope are in scope in both assessments: questions of areas assessed only once are not compared.
report-progress-only-old = Assessed then but not now: { $areas }.
report-progress-only-new = Assessed now but not then: { $areas }.
# $version: the questionnaire scored against.
report-progress-versions = The earlier assessment was answered under questionnaire version { $old }, this one under { $new }. Under { $version }, { $changed } of the compared questions changed meaning, so their levels may not mean the same, and { $added } questions are new.
report-progress-versions-unknown = The assessments were answered under { $old } and { $new }, and no change list leads from one to the other: the levels may not mean the same.
report-progress-improved = Questions improved
report-progress-declined = Questions declined
report-progress-other-changes = Other changes
report-progress-other-changes-value = { $answered } newly answered, { $unanswered } no longer answered, { $to_not_applicable } marked not applicable, { $from_not_applicable } no longer not applicable
report-progress-areas = Readiness by area, then and now
report-progress-then = Then
report-progress-now = Now
report-progress-change = Change
report-progress-band-then = Band then
report-progress-band-now = Band now
report-progress-level-then = Level then
report-progress-level-now = Level now
report-progress-gaps-closed = Gaps closed
report-progress-gaps-opened = Gaps opened
report-progress-none = None.
# $old and $new: readiness figures; $change: new minus old, with its sign.
report-progress-overall-value = { $new } now, { $old } then (change { $change })

## Planning figures.

report-planning-figures = Planning figures
report-planning-figures-intro = The figures the questions' standards are set against, from the national risk assessment: where a question names one, it is read with the value below. Where no national figure is recorded, the questionnaire's default stands, and the standard is only as demanding as that default.
report-planning-figure-default = No national figure recorded: the questionnaire's default
report-column-planning-figure = Figure
report-column-value = Value
report-column-source = Source
report-column-as-of = As of
