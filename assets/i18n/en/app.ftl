# The desktop app: every label, tooltip, accessible name, dialog and notice.
# Armenian twin: hy/app.ftl. Terms follow assets/i18n/glossary.tsv.

## The bar at the top.

app-start = Start
app-questions = Questions
app-dashboard = Dashboard
app-plan = Plan
app-unsaved = • unsaved changes
app-saved = saved
app-read-only = read-only (for review)
app-status = Status
app-status-unknown = unknown
app-save = Save
app-save-as = Save as…
app-export-pdf = Export PDF…
app-exporting-pdf = Exporting PDF…
app-help = Help (F1)
app-theme-system = Theme: system
app-theme-light = Theme: light
app-theme-dark = Theme: dark
app-interface-language = Interface language
app-dismiss = Dismiss
app-findings = { $count ->
    [one] 1 finding in this file
   *[other] { $count } findings in this file
}
app-window-read-only = (read-only)

## The start screen.

start-title = Resilience baseline self-assessment
start-subtitle = Assess national capacities against NATO's seven Resilience Baseline Requirements.
start-new = New assessment
start-open = Open…
start-open-review = Open for review…
start-open-review-tip = Open a colleague's file without any risk of changing it
start-recent = Recent files
start-recent-empty = Files you open or save appear here.
start-reading = reading…
start-examples = Examples
start-examples-note = Fictional assessments to explore; saving one asks where to put your copy.
start-open-example = Open example: { $name }
start-recovery-title = Unsaved work was found
start-recover = Recover
start-discard-autosave = Discard autosave
start-summary = { $title } · { $organisation } · { $status } · modified { $date }
start-unreadable = cannot be read (moved or deleted?)
start-autosaved = { $title } · { $organisation } · autosaved { $date }
start-autosave-unreadable = unreadable: { $reason }
start-recovery-of-file = { $what }: unsaved changes to { $file }
start-recovery-new = { $what }: a new assessment that was never saved

## The new-assessment form and the details section.

new-title = New assessment
form-title = Title
form-title-hint = e.g. Energy and transport 2026
form-organisation = Organisation
form-organisation-hint = the ministry or agency assessed
form-assessor = Assessor
form-assessor-hint = your name or role
form-classification = Classification
form-language = Language of the answers
form-scope = Scope: the areas your organisation assesses
form-questionnaire = Questionnaire
form-questionnaire-built-in = built in
form-choose-questionnaire = Choose questionnaire file…
form-create = Create assessment
form-cancel = Cancel
form-need-title = Give the assessment a title.
form-need-organisation = Name the organisation assessed.
form-need-area = Choose at least one area.
details-title = Assessment details
details-scope = Scope
details-scope-note = Answers in an area taken out of scope are kept in the file; they count again when it is back in scope.
language-en = English
language-hy = Armenian (Հայերեն)

## The questions screen.

filter-all = All questions
filter-unanswered = Unanswered
filter-flagged = Needs follow-up
filter-critical = Critical
filter-below-target = Below target
questions-none-in-scope = No area is in scope: this assessment has no questions to answer.
questions-previous = Previous
questions-previous-tip = Alt+Left or Page Up
questions-next = Next
questions-next-tip = Alt+Right or Page Down
questions-next-unanswered = Next unanswered
questions-show = Show
questions-search = Search
questions-search-hint = words in a question, or its id
questions-matching = { $shown } of { $total } questions match
question-weight = weight { $weight }
question-gap-type = gap type: { $kind }
# Under the guidance: why the weight and critical flag are what they are, by the
# method's published rule ($text names the two scores and the reasons).
question-rule = Weight and critical flag, by the method's rule: { $text }
question-critical = critical
question-guidance = Guidance: what evidence to show
question-unusable-level = The file holds a level rbr cannot use; it is kept until you choose a level below.
question-target = target level
question-target-default = { $level } (default)
question-target-override = { $level } (default { $default })
rubric-selected = — selected
rubric-target = — target level
rubric-card = Level { $level } { $name }: { $text }
answer-not-applicable = Not applicable (N)
# Beside the answer of a question that does not accept N/A; $note says why.
answer-not-applicable-not-allowed = Not applicable is not accepted here: { $note }
answer-follow-up = Needs follow-up
answer-needs-justification = A question marked not applicable needs a justification: say why it does not apply.
answer-justification = Justification (required)
answer-justification-hint = Why this question does not apply to your organisation
answer-evidence = Evidence
answer-evidence-hint = Documents, test logs, inventories the level rests on
answer-notes = Notes
answer-notes-hint = Anything a reviewer should know

## The side panel.

sidebar-areas = Areas
sidebar-area = { $done }/{ $total } answered · { $readiness }
sidebar-readiness = readiness { $value }
sidebar-no-score = no score yet
sidebar-not-applicable = N/A
sidebar-follow-up = • follow-up

## The dashboard.

dashboard-overall = Overall readiness
dashboard-completeness = Completeness
dashboard-gaps = Gaps
dashboard-by-area = Readiness by area
dashboard-out-of-scope = { $title }: out of scope
dashboard-area-figures = readiness { $readiness } · target { $target } · { $done } of { $total } answered
dashboard-provisional = · provisional
dashboard-radar = The seven areas
dashboard-radar-readiness = — readiness (solid)
dashboard-radar-target = - - target (dashed)
dashboard-radar-out = out of scope
dashboard-gap-list = Gaps by priority ({ $count })
dashboard-no-gaps = No answered question is below its target.
dashboard-gap = { $id } · level { $level }, target { $target } · priority { $priority }
dashboard-gap-critical = · critical
dashboard-open-question = Open this question
dashboard-unanswered = Unanswered questions ({ $count })
dashboard-all-answered = Every in-scope question has a level or is marked not applicable.
band-none-title = No score yet

## Dialogs.

help-title = Keyboard shortcuts
help-levels = set the level of the question shown
help-not-applicable = toggle not applicable
help-evidence = put the cursor at the end of the Evidence field
help-next = next question
help-previous = previous question
help-save = save
help-save-as = save as
help-open = open a file
help-export = export the PDF gap report
help-zoom = larger or smaller text
help-toggle = show or hide this help
help-keys-note = Number keys, N and E work when no text field has the cursor; press Esc or click outside a field first.
help-autosave-note = Your work is autosaved a few seconds after each change; after a crash, the start screen offers to recover it.
help-close = Close help
unsaved-title = Save changes?
unsaved-body = { $name } has changes that are not saved.
unsaved-save = Save and continue
unsaved-discard = Discard changes
unsaved-cancel = Cancel
path-open = Open an assessment
path-open-review = Open an assessment for review
path-save = Save the assessment as
path-questionnaire = Use a questionnaire file
path-pdf = Export the PDF gap report to
path-open-button = Open this file
path-save-button = Save to this path
path-questionnaire-button = Use this questionnaire
path-pdf-button = Export to this path
path-label = File path
path-cancel = Cancel
dialog-open = Open assessment
dialog-save = Save assessment
dialog-questionnaire = Choose questionnaire
dialog-pdf = Export PDF gap report
dialog-spreadsheet = Export the assessment to a spreadsheet
dialog-open-many = Choose the assessment files to combine
dialog-key = Choose your OpenSSH private key
notice-no-key-folder = There is no application-data folder to keep a key in: choose an existing key file instead.
notice-key-created = A new signing key is saved as { $path }. Its fingerprint is { $key }: send its public line (shown in the identity dialog) to the coordinator who keeps the allowed-signers file.
dialog-filter-assessment = rbr assessment
dialog-filter-questionnaire = questionnaire

## Notices.

# $question: the id; $note: why the question does not accept N/A.
notice-not-applicable-refused = { $question } cannot be marked not applicable: { $note }
notice-read-only = This assessment is open for review: its answers cannot be changed, but comments and review steps can be added. Use “Save as” to make an editable copy.
notice-no-autosave-folder = No folder for autosaves was found: unsaved work cannot be recovered after a crash. Save often.
notice-autosave-failed = Autosave failed: { $reason }. Save your work with Ctrl+S.
notice-save-failed = Could not save: { $reason }. Your changes are still here and in the autosave; choose another folder with “Save as”.
notice-saved = Saved to { $file }
notice-questionnaire-fallback = { $reason } The built-in questionnaire is used instead.
notice-open-failed = Could not open { $reason }
notice-newer-autosave = Unsaved work from an earlier session exists for this file: go to Start and choose Recover to see it. Changes made now replace that autosave.
notice-findings = { $name } has { $count ->
    [one] 1 finding
   *[other] { $count } findings
}, listed below the title bar. What rbr does not understand is kept and saved back unchanged.
notice-example-unreadable = The example { $name } could not be read: { $reason }
notice-recover-failed = Could not recover { $reason }
notice-recovered = Recovered the autosaved work. Save it to keep it.
notice-save-before-export = Save the assessment before exporting: the report names the file it came from.
notice-exported = Exported the PDF gap report to { $file }
notice-export-failed = Could not export the PDF: { $reason }. Your assessment is unchanged.
doc-untitled = Untitled assessment
doc-recovered = Recovered assessment
doc-example = { $name } (example)
path-no-dialog = No file dialog is available on this system (it needs the desktop portal or zenity). Type the full path of the file.
notice-export-crashed = the export stopped unexpectedly

## Questionnaire versions, translations and interdependencies.

filter-recheck = To re-check
recheck-note = This question changed in version { $version } of the questionnaire: check that the answer still holds.
recheck-done = The answer still holds
questionnaire-hy-draft = The Armenian text of this questionnaire is a draft until a ministry's reviewer signs it off.
upgrade-offer = This file was answered under { $id } { $from }. Version { $to } changes { $changed } answered questions and adds { $added } new ones; nothing is lost.
upgrade-button = Move to version { $to }
notice-upgraded = Moved to version { $to }: { $recheck } answers to re-check (filter “To re-check”).
dashboard-knock-on-title = Knock-on effects
dashboard-knock-on = { $area } is not ready; { $dependents } { $count ->
    [one] depends
   *[other] depend
} on it.
upgrade-what = To re-check: { $recheck }. New: { $added }.

## Review and sign-off in the app. $time is written 2026-11-28 10:05 UTC.

review-status = Status: { $status }
review-action-submit = Submit
review-action-return = Return to draft
review-action-reviewed = Mark reviewed
review-action-approve = Approve
review-action-reopen = Reopen
review-done-submitted = submitted
review-done-returned = returned to draft
review-done-reviewed = reviewed
review-done-approved = approved
review-done-reopened = reopened
review-comments = Review comments ({ $open } open)
review-no-comments = No comments on this question.
review-new-comment = New comment
review-add-comment = Add comment
review-comment-open = open
review-comment-resolved = resolved
review-comment-by = { $author }, { $time } ({ $state })
review-reply-by = { $author }, { $time }
review-your-reply = Your reply
review-reply = Reply
review-resolve = Resolve
review-identity-title = Who is reviewing?
review-identity-why = Your name, role and organisation are written with each comment and step you take. They are kept in this computer's preferences, not in the assessment.
review-identity-name = Your name
review-identity-role = Your role
review-identity-organisation = Your organisation
review-identity-save = Continue
review-key-title = Signing key
review-key-why = With a key, every step you take is signed: anyone with the coordinator's allowed-signers file can check that it was you. Without one, steps are recorded unsigned.
review-identity-principal = Your e-mail-like name in the allowed-signers file
review-key-passphrase = Passphrase of the key (optional)
# $key: SHA256:...
review-key-open = Steps are signed with the key { $key }.
review-key-public = Send this line to the coordinator who keeps the allowed-signers file:
review-key-locked = The key { $file } is protected by a passphrase: type it above and open the key.
review-key-none = No key: steps are recorded unsigned.
review-key-create = Create a new key
review-key-choose = Choose a key file…
review-key-unlock = Open the key
review-key-forget = Sign no more
review-identity-edit = Your identity and signing key…
review-cancel = Cancel
review-note = Note
review-note-hint = Why, in your words
review-record = Record
review-history = { $count ->
    [one] History ({ $count } event)
   *[other] History ({ $count } events)
}
review-event = { $seq }. { $time }  { $who }: { $action }, { $before } – { $after }
review-who = { $name } ({ $role }, { $organisation })
sidebar-open-comments = { $count ->
    [one] • { $count } open comment
   *[other] • { $count } open comments
}
dashboard-open-comments = Open comments
filter-open-comments = Open comments
notice-approved-locked = This assessment is approved: its answers cannot be changed. Reopen it to change them.
review-assessment-comments = Comments on the whole assessment ({ $open } open)
review-no-assessment-comments = No comments on the assessment as a whole.

## The Plan screen: who closes each gap, by when, how far along.

plan-title = Action plan
plan-intro = Every gap, highest priority first. Fill in each action, who is responsible and by when in the table; the question opens from its id. Details holds the start date, resources and milestones.
# $owned_and_dated of $gaps gaps have both an owner (a body or a person) and a due date.
plan-coverage = { $owned_and_dated } of { $gaps } gaps have an owner and a due date; { $done } done; { $overdue } overdue.
plan-no-gaps = No gaps: every answered question meets its target.
plan-none-match = No gap matches the filters.
plan-closed-heading = No longer gaps
plan-closed-intro = These questions are not gaps now: they meet their targets, are marked not applicable, have no level yet or are out of scope. Their plan entries are kept, for the record.
plan-all = All
plan-filter-area = Area
plan-filter-status = Status
plan-filter-owner = Owner contains
plan-filter-overdue = Overdue only
plan-sort-hint = Sort by this column; click again to reverse
plan-column-area = Area
plan-column-question = Question
plan-column-priority = Priority
plan-column-action = Action
plan-column-owner = Owner: body, person
plan-column-due = Due date
plan-column-status = Status
plan-not-a-gap = target met
plan-overdue = Overdue
plan-details = Details
plan-details-of = Details of the plan for { $question }
plan-details-title = Plan for { $question }
plan-details-close = Close
plan-action-of = Action for { $question }
plan-body-of = Body responsible for { $question }
plan-body-hint = Body responsible
plan-person-of = Person responsible for { $question }
plan-person-hint = Person responsible
plan-resources-of = Resources for { $question }
plan-resources-hint = People, budget or cost estimate
plan-start-of = Start date of { $question }
plan-due-of = Due date of { $question }
plan-status-date-of = Status date of { $question }
plan-status-of = Status of { $question }
plan-date-hint = YYYY-MM-DD
plan-date-unreadable = Not a date: write it as 2027-06-30
plan-start = Start date
plan-resources = Resources or cost estimate
plan-status-date = Status set on
# $days: whole days since the status was set (0 today).
plan-status-age = { $days ->
    [0] set today
    [one] set { $days } day ago
   *[other] set { $days } days ago
}
plan-milestones = Milestones
plan-milestone-hint = What is to be reached
plan-milestone-add = Add a milestone
plan-milestone-done-of = Milestone { $number } of { $question } reached
plan-milestone-date-of = Date of milestone { $number } of { $question }
plan-milestone-text-of = Milestone { $number } of { $question }
plan-milestone-remove-of = Remove milestone { $number } of { $question }
plan-progress-title = Action plan progress
plan-open = Open the plan
plan-progress-gaps = Gaps
plan-progress-owned = With an owner
plan-progress-dated = With a due date
plan-progress-done = Done
plan-progress-overdue = Overdue
plan-progress-all = All areas
plan-gap-cell = level { $level }
    target { $target }
    priority { $priority }
plan-milestone-remove = Remove

## Comparing with an earlier round, on the dashboard.

compare-with = Compare with an earlier round…
compare-with-hint = Choose the file of an earlier assessment: the dashboard then shows what changed since, and the exported PDF adds a "Progress since" section.
# $date: the earlier round's date in words; $file: its file name.
compare-heading = Progress since { $date } ({ $file })
compare-heading-undated = Progress since the earlier round ({ $file })
compare-close = Close the comparison
# $old and $new: overall readiness then and now; $change: the difference, signed.
compare-overall = Overall readiness: earlier { $old }, now { $new } ({ $change }).
# A question that moved: $old and $new are its answers then and now.
compare-question = { $id }: earlier { $old }, now { $new }
compare-figure = { $id } { $name }: earlier { $old }, now { $new }
# After an area's figures: its readiness in the earlier round and the change since.
compare-area-figures = · earlier { $old } ({ $change })
compare-radar-earlier = ··· earlier round (grey)
notice-comparing = Comparing with { $file }. The dashboard shows what changed; the PDF export adds the progress section.
path-compare = The earlier round to compare with

## Spreadsheet export from the app.

app-export-sheet = Spreadsheet
app-export-xlsx = Export to Excel…
app-export-csv = Export the plan as CSV…
notice-exported-sheet = Exported to { $file }
path-spreadsheet = Where to write the spreadsheet

## Combine files
## A national coordinator combines the ministries' files into one new assessment.
## $file is a file name; $question a question's id (BR2.1), or its target level.

start-combine = Combine files…
start-combine-tip = Assemble one national assessment from the ministries' files
combine-title = Combine files
combine-intro = Each file contributes the answers of the areas in its scope. Where files answer a question differently, choose the answer to keep; the evidence of the others is kept in the notes. The files are only read, never changed.
combine-files = Files to combine
combine-no-files = No file yet: add the ministries' assessment files.
combine-add = Add files…
combine-remove = Remove
combine-remove-of = Remove { $file }
combine-file-summary = { $title } · { $organisation }
combine-scope-all = all areas
combine-scope = areas: { $areas }
combine-prefer = Prefer this file in every conflict
combine-prefer-of = Prefer { $file } in every conflict
combine-coverage = Areas and the files that cover them
combine-area = Area
combine-covered-by = Files
combine-no-file = no file: not covered
combine-conflicts = { $count ->
    [one] { $count } conflict: a question the files answer differently
   *[other] { $count } conflicts: questions the files answer differently
}
combine-no-conflicts = No conflicts: the files agree wherever they overlap.
combine-target = { $question } target level
combine-level = level { $level }
combine-not-applicable = not applicable
combine-unanswered = unanswered
combine-side = { $file }: { $answer }
combine-take = { $question }: take { $file } ({ $answer })
combine-result = The combined assessment
combine-result-title = Title
combine-result-organisation = Organisation
combine-save = Save combined assessment…
combine-need-two = Add at least two files to combine.
combine-left = { $count ->
    [one] { $count } conflict is left to settle.
   *[other] { $count } conflicts are left to settle.
}
combine-settled = Every conflict is settled.
notice-combine-unreadable = Could not add a file: { $reason }
notice-combine-already-added = { $file } is already in the list.
notice-combine-output-is-source = { $file } is one of the files combined; save the result to another file, since the files combined are never changed.
notice-combine-failed = The combined assessment was not saved: { $reason }
notice-combined = Combined from { $count } files into { $file }.
path-combine-add = Add a file to combine
path-combine-add-button = Add this file
path-combine-save = Save the combined assessment as

## Measured and planning figures.

# $name: what the indicator measures.
figure-heading = Measured figure: { $name }
# One level's requirement: $required is "≥ 90 days".
figure-requirement = level { $level } { $required }
# Label of the value field; $unit: the indicator's unit.
figure-value = Value in { $unit } for { $question }
figure-as-of-label = As of (date) for { $question }
figure-source-label = Source for { $question }
figure-source-hint = Document or body the figure comes from
figure-value-short = Value ({ $unit })
figure-as-of-short = As of
figure-source-short = Source
figure-not-a-number = Not a number: type digits, such as 61 or 82.5.
figure-not-a-date = Not a date: type it as YYYY-MM-DD, such as 2026-09-30.
# $level, $name: the level the figure supports and its name.
figure-suggests = The figure supports up to level { $level } ({ $name }).
figure-use-level = Set level { $level }
question-next-step = Next step, from level { $from } to { $to }: { $step }
figures-title = Planning figures
figures-intro = The country's own figures from its national risk assessment (BR1.9). Questions that use one are read with the value recorded here; until one is recorded, the questionnaire's default stands.
figures-value = Value in { $unit } of { $name }
figures-as-of-label = As of (date) of { $name }
figures-source-label = Source of { $name }
# $value: the default with its unit.
figures-default = Questionnaire's default: { $value }

## A save that would overwrite someone else's change.

conflict-title = The file has changed on disk
conflict-why = { $file } was saved by someone else, or by another program, after you opened it. Saving now would overwrite their changes, so nothing has been saved yet.
conflict-changed = { $count ->
    [one] Changed there: { $questions }.
   *[other] Changed there ({ $count } questions): { $questions }.
}
conflict-changed-other = Changed there: no answer, but other parts of the file (details, plan or review).
conflict-both = Changed here and there, differently: yours are kept unless you tick theirs.
conflict-take-theirs = Take theirs for { $question }
conflict-combine = Combine and save
conflict-copy = Save mine as a copy…
conflict-overwrite = Overwrite…
conflict-overwrite-confirm = Yes, overwrite their changes
conflict-overwrite-warning = Their changes will be lost: click again to overwrite, or combine instead.
locked-title = Someone else has this file open
locked-title-own-window = This file is open in another rbr window
# $since: date and time (UTC as the lock says it).
locked-by = Open for editing by { $name } on { $computer } since { $since }.
locked-why = If you both edit it, one of you will have to combine the other's changes when saving. You can open it for review, read-only, or edit it anyway.
locked-why-own-window = If you edit it in both windows, the second save will have to combine the first one's changes. You can open it here for review, read-only, or edit it anyway.
locked-review = Open for review (read-only)
locked-edit = Edit anyway
