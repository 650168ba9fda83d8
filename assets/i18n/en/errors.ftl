# The core's messages: findings in a readable assessment file, files that cannot
# be read or written, and problems in a questionnaire file. Each says what
# happened, where, and what to do. Every message has its Armenian twin in
# hy/errors.ftl. Names of fields, options and values as written in a file are
# passed as variables ($field, $option, $allowed), so they stay as the file
# spells them in every language.

## Findings: something in a readable assessment file needs a person's attention.
## $question is a question id (BR2.1); $value is the value as written in the file.

finding-other-questionnaire = questionnaire: the file was written for "{ $id }" { $version }; check the answers against it or load that questionnaire with { $option }
finding-invalid-level = { $question }: level { $value } is not a whole number from 0 to 4; choose a level from 0 to 4 (the value is kept until you do)
# $reason: what the JSON reader said, in the same language (a json-* message).
finding-malformed-answer = { $question }: the answer cannot be read ({ $reason }); fix it in a text editor (it is kept as written)
finding-unknown-question = { $question }: no such question in the questionnaire; the answer is kept but not scored (was it renamed?)
# $field: targets.BR2.1
finding-unknown-target-question = { $field }: no such question in the questionnaire; the target is kept but not used
# $field: meta.scope; $area: the area id as written.
finding-unknown-area = { $field }: no area "{ $area }" in the questionnaire; use BR1 to BR7
finding-missing-justification = { $question }: marked not applicable without a justification; say why it does not apply
finding-not-applicable-with-level = { $question }: marked not applicable and given a level; keep one of the two (it is scored as not applicable)
finding-not-applicable-not-allowed = { $question }: marked not applicable, which this question does not allow; it is scored as unanswered until a level is given (the question says why)
finding-invalid-target = { $field }: target { $value } is not a whole number from 0 to 4; set a target from 0 to 4
# $allowed: the four values a file may hold, as written in files.
finding-invalid-status = { $field }: { $value } is not one of { $allowed }
# $example: a date as files hold it (2026-11-27T16:30:00Z).
finding-invalid-date = { $field }: { $value } is not a date such as { $example }
# $value: the measured figure with its unit; $supports: the level it supports.
finding-level-above-figure = { $question }: level { $level } is above what the figure supports ({ $value }: level { $supports }); lower the level, or say in the notes why the figure understates it
# $date: the date the figure is as of; $months: its age in whole months.
finding-figure-out-of-date = { $question }: the figure is as of { $date }, { $months } months ago, older than the { $window } months this question allows; record a current figure
finding-figure-date = { $field }: { $value } is not a date such as { $example }
finding-unused-figure = { $field }: the questionnaire asks for no such figure; it is kept in the file but not used
finding-malformed-figure = { $field }: the figure cannot be read ({ $reason }); write a number as its value

## Findings in the action plan ($field: plan.BR2.1, plan.BR2.1.due).

finding-unknown-plan-question = { $field }: no such question in the questionnaire; the plan entry is kept but not shown
# $reason: what the JSON reader said, in the same language (a json-* message).
finding-malformed-plan-entry = { $field }: the plan entry cannot be read ({ $reason }); fix it in a text editor (it is kept as written)
# $example: a date as plan entries hold it (2027-06-30).
finding-invalid-plan-date = { $field }: { $value } is not a date such as { $example }; the value is kept until you correct it
# $allowed: the four values a plan status may hold, as written in files.
finding-invalid-plan-status = { $field }: { $value } is not one of { $allowed }; the entry counts as planned until you choose one

## An assessment file that cannot be read at all. $reason, where present, is
## what the JSON reader said, in the same language (a json-* message); $line and $column
## count from 1.

# $size: the file's size in bytes, formatted.
error-too-large = the file is { $size } bytes, over the 16 MiB limit for an assessment; is it the right file?
error-not-utf8 = not UTF-8 text (line { $line }); save it as UTF-8 and try again
error-json = not valid JSON: { $reason } at line { $line }, column { $column }
# $reason: one of the error-header-* messages.
error-not-an-assessment = not an rbr assessment: { $reason }
# $supported: the newest format version this build reads.
error-newer-format = written in format version { $found }, newer than this rbr reads ({ $supported }); update rbr to open it
# $path: the JSON path of the field (meta.title).
error-shape = `{ $path }` { $reason } (line { $line }, column { $column }); fix it in a text editor
error-serialize = the assessment could not be written as JSON ({ $reason }); nothing was written; please tell rbr's developers about this bug

## Why a file's first fields show it is not an assessment. $field is the field's
## name in the file (format, format_version); $found is its value as written.

error-header-not-an-object = the file holds JSON, but not an object
error-header-other-format = `{ $field }` is { $found }, expected "{ $expected }"
error-header-no-format = there is no `{ $field }: "{ $expected }"` field
error-header-unknown-version = `{ $field }` { $found } is not a version this rbr knows
error-header-version-not-number = `{ $field }` is { $found }, expected a number such as 1
error-header-no-version = there is no `{ $field }` field

## Files that cannot be read or written. $file is the path.

error-file-io = { $file }: { $reason }; check the path and the permissions
error-file-assessment = { $file }: { $reason }
error-file-questionnaire = { $file }: { $reason }
error-file-save = { $file }: cannot be written ({ $reason }); the file there is unchanged; check that the folder exists, that you may write to it and that the disk has room, or save somewhere else

## What the system said, for the usual cases; anything else is shown in the
## system's own words.

error-io-not-found = the file or folder does not exist
error-io-permission-denied = permission denied
error-io-held-open = another program has the file open (Excel, or an antivirus scanning it); close it there, or save under another name
error-io-permission-denied-windows = Windows refused access: the file may be read-only, or open in another program (Excel, or an antivirus scanning it); close it there, or save under another name
error-io-is-a-directory = it is a folder, not a file
error-io-not-a-directory = a part of the path is a file, not a folder
error-io-storage-full = the disk is full
error-io-file-too-large = the file would be larger than this system allows (a size limit or a disk quota)
error-io-read-only = the disk or folder is read-only
error-io-not-utf8 = not UTF-8 text
# $count: how many links were followed.
error-io-link-loop = more than { $count } symbolic links in a row (a loop?)

## A questionnaire file that cannot be used. $place is where: a question id
## (BR3.4), an area id (BR3), or a position when the id is missing.

error-questionnaire-syntax = not a questionnaire: { $reason } at line { $line }, column { $column }
# Followed by the problems, one a line.
error-questionnaire-invalid = { $count ->
    [one] { $count } problem in the questionnaire:
   *[other] { $count } problems in the questionnaire:
}
problem-missing = { $place }: `{ $field }` is missing
# $code: the language code every text needs (en).
problem-no-english = { $place }: `{ $field }` has no English ("{ $code }") text
# $pattern: MAJOR.MINOR.PATCH
problem-version = questionnaire: version "{ $version }" is not of the form { $pattern }
problem-levels-out-of-order = questionnaire: `{ $field }` must list levels 0, 1, 2, 3, 4 in order
problem-level-without-english = level { $level }: name and description need English text
problem-no-areas = questionnaire: there are no areas
problem-area-id-twice = { $place }: area id is used twice
problem-no-questions = { $place }: the area has no questions
problem-question-id-twice = { $place }: question id is used twice
problem-weight = { $place }: weight { $weight } is outside 1-3
problem-target = { $place }: target { $target } is outside 0-4
problem-rubric-length = { $place }: the rubric has { $entries } entries; it needs exactly five (levels 0 to 4)
problem-rubric-without-english = { $place }: rubric level { $level } has no English text
# $allowed: the five POETE kinds as written in questionnaire files.
# $consequence, $replacement: the scores as written.
problem-rule-score = { $place }: the rule's consequence { $consequence } or replacement { $replacement } is outside 1-3
# $weight: 1-3; $critical: true or false, as the file writes it.
problem-rule-mismatch = { $place }: the rule gives weight { $weight } and critical { $critical }; set those, or change the rule's scores
problem-poete = { $place }: poete "{ $value }" is not one of { $allowed }
# The questionnaire as a whole, as a place.
problem-place-questionnaire = questionnaire
# A place without an id: the area's or the question's position, counting from 1.
problem-place-area = area #{ $number }
problem-place-question = { $area }, question #{ $number }
problem-dependency = { $place }: depends on "{ $area }", which is itself or not an area of this questionnaire; name another area's id
problem-change-unknown = the change list: "{ $question }" is not a question of this questionnaire; list only its own question ids
problem-steps-length = { $place }: `{ $field }` has { $entries } entries; it needs exactly four (from level 0 to 1, 1 to 2, 2 to 3 and 3 to 4)
problem-step-without-english = { $place }: the step from level { $from } to { $to } has no English text
problem-indicator-order = { $place }: `{ $field }` must climb the scale: each level asks at least as much as the one below (or, where lower is better, at most as much)
problem-figure-id-twice = two planning figures have the id "{ $figure }"; give each its own
problem-unknown-figure = { $place }: the text names the planning figure "{ $figure }", which `{ $field }` does not declare; declare it or correct the name

## The review workflow. $action and $status are written as in files
## (submitted, returned, reviewed, approved, reopened; draft, ...).
# $allowed: the actions allowed now, comma-separated.
review-not-allowed = a file that is { $status } cannot be { $action }; allowed now: { $allowed }
# $allowed: the four statuses as written in files.
review-unknown-status = `{ $field }` is "{ $value }", not a status the workflow knows; set it to one of { $allowed } first
review-note-required = a note is needed to say why the file is { $action }
review-no-open-comment = a file is returned with comments: add at least one open comment saying what to change
review-open-comments = { $count ->
    [one] { $count } comment is still open: resolve it before approving
   *[other] { $count } comments are still open: resolve them before approving
}
review-unknown-comment = there is no comment "{ $id }"
review-hash = the file cannot be hashed: { $reason }
review-sign = the step was not taken: it could not be signed ({ $reason })

## rbr merge: why files cannot be combined. $file is a file name.

error-merge-no-sources = there are no files to combine
error-merge-other-questionnaire = { $file }: answers the questionnaire { $found }, not { $expected }, so it cannot be combined with the others
error-merge-unresolved = { $count ->
    [one] { $count } conflict has no chosen answer, so nothing was written
   *[other] { $count } conflicts have no chosen answer, so nothing was written
}
error-merge-not-a-side = { $question }: { $file } gives no answer to this question, so it cannot be chosen to win its conflict

## What the JSON reader said, said again in the interface language. In English
## each message is the reader's own sentence, word for word; line and column are
## left to the message that shows it. Tokens, names and values are passed as
## variables: $token (: or "), $end (] or }), $field and $value as written.

json-eof = { $inside ->
    [list] EOF while parsing a list
    [object] EOF while parsing an object
    [string] EOF while parsing a string
   *[value] EOF while parsing a value
}
json-expected-token = expected `{ $token }`
json-expected-comma-or = expected `,` or `{ $end }`
json-expected-ident = expected ident
json-expected-value = expected value
json-invalid-escape = invalid escape
json-invalid-number = invalid number
json-number-out-of-range = number out of range
json-invalid-unicode = invalid unicode code point
json-control-character = control character (\u0000-\u001F) found while parsing a string
json-key-must-be-a-string = key must be a string
json-trailing-comma = trailing comma
json-trailing-characters = trailing characters
json-recursion-limit = recursion limit exceeded
# $found: a json-found message; $expected: a json-expected message.
json-invalid-type = invalid type: { $found }, expected { $expected }
json-invalid-value = invalid value: { $found }, expected { $expected }
# $length: how many items were written.
json-invalid-length = invalid length { $length }, expected { $expected }
# $allowed: a json-one-of message.
json-unknown-variant = unknown variant `{ $value }`, expected { $allowed }
json-unknown-field = unknown field `{ $field }`, expected { $allowed }
json-missing-field = missing field `{ $field }`
json-duplicate-field = duplicate field `{ $field }`
# The value's shape fits none of the forms the reader knows.
json-unexpected-shape = unexpected shape
# A sentence of the reader's that rbr does not know: $reason is kept as it was.
json-other = { $reason }
# What was written. $kind picks the form; $value is as written (a string without
# its outer quotation marks, its escapes kept).
json-found = { $kind ->
    [boolean] boolean `{ $value }`
    [integer] integer `{ $value }`
    [float] floating point `{ $value }`
    [character] character `{ $value }`
    [string] string { $value }
    [null] null
    [list] sequence
    [object] map
   *[number] number
    [verbatim] { $value }
}
# What was expected. $value is the reader's own words for it (u8, struct Answer).
json-expected = { $kind ->
   *[text] a string
    [boolean] a boolean
    [list] a sequence
    [character] a character
    [integer] { $value }
    [number] { $value }
    [object] { $value }
    [verbatim] { $value }
}
# The names a value may take: $first and $last (each a json-quoted message), and
# $all, every name, comma-separated; $count of them.
json-one-of = { $count ->
    [1] { $first }
    [2] { $first } or { $last }
   *[other] one of { $all }
}
json-quoted = `{ $name }`
# A string as written in a file, $text without its outer quotation marks.
json-string = "{ $text }"

## A value that is not a level (a typed level, a level in a questionnaire file).

level-out-of-range = level { $value } is outside 0-4
level-not-a-number = level "{ $value }" is not a whole number from 0 to 4

## Why a PDF report could not be made.

# $example: a date such as 2026-11-27.
report-error-invalid-date = report date "{ $value }" is not a date such as { $example } (YYYY-MM-DD)
# $field: meta.modified; $option: --date.
report-error-no-date = the assessment has no valid `{ $field }` date to date the report with (found "{ $value }"); pass the report date with { $option } YYYY-MM-DD
# $reason: what the font reader said, in its own (English) words.
report-error-font = font { $name } cannot be used: { $reason }

## Why a spreadsheet could not be made. $reason is what the spreadsheet or CSV
## library said, in its own (English) words.

export-error-workbook = the workbook could not be assembled: { $reason }
export-error-csv = the CSV could not be written: { $reason }

## Errors of the review trail's hashes, time zones and the window.
# $reason: the JSON library's own words (English), as detail.
error-hash = a value cannot be put in canonical JSON form ({ $reason })
# $name: the zone as written in meta.time_zone; $example: a zone name, Asia/Yerevan.
error-unknown-zone = unknown time zone "{ $name }" (write a name from the IANA time-zone database, such as { $example })
# $reason: the graphics library's own words (English), as detail; $help: rbr --help.
error-window = the window could not be opened ({ $reason }); the subcommands ({ $help }) work without one
