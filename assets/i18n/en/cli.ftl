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
cli-questionnaire-planning-figures = Planning figures (each assessment records its own; until then the default stands):
cli-questionnaire-figure-default = { $name }: default { $value }
# $levels: "1 ≥ 30 days, 2 ≥ 60 days, ..."
cli-questionnaire-indicator = Measured: { $name }; levels { $levels }
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
# $areas: ids reached in two or more steps, joined by commas.
cli-questionnaire-further = a failure here reaches, further on: { $areas }

## rbr history and rbr verify. $action, $before and $after are written as in
## files (submitted, returned, ...); $who is "Name (role, organisation)".

cli-history-none = { $file }: no review events yet
cli-history-event = { $seq }. { $time }  { $who }: { $action }, { $before } → { $after }
cli-history-note = note: { $note }
cli-history-comments = Comments: { $open } open, { $resolved } resolved
cli-verify-no-trail = No review trail: there are no events to check against.
cli-verify-chain-holds = { $count ->
    [one] The chain holds: { $count } event, each following the one before it.
   *[other] The chain holds: { $count } events, each following the one before it.
}
cli-verify-chain-sequence = The chain is broken: event { $found } stands where event { $expected } should be (an event was removed or moved).
cli-verify-chain-previous = The chain is broken at event { $seq }: the event before it was edited, or events were reordered.
cli-verify-chain-status = The chain is broken at event { $seq }: it is not a step the workflow allows from the status before it.
cli-verify-chain-current = The chain is broken: the file's status is not the one event { $seq } left (an event was removed or the status changed by hand).
cli-verify-chain-last = The chain is broken at event { $seq }, the last: it is not the event the review section sealed (it was edited or replaced, an event after it was removed, or the seal was taken out).
# $item: c1 for a comment, c1.r2 for its second reply; $removed: yes or no.
cli-verify-chain-comment = The chain is broken: { $removed ->
    [yes] comment or reply { $item }, which existed when event { $seq } was written, has been removed.
   *[other] comment or reply { $item }, which existed when event { $seq } was written, has been rewritten since (who, when or what it says).
}
cli-verify-unsealed = This trail was made before rbr sealed the last event and the comments: an edit to the last event or to a comment cannot be detected in it.
# $check: what checking the signature found, or that there is none.
cli-verify-signature = Event { $seq } by { $who }: { $check }
cli-verify-unsigned = not signed
cli-verify-unsigned-approval = not signed, and an approval must be signed when an allowed-signers file is given
cli-verify-not-confirmed = The signatures were checked against the keys the events name; who holds those keys is not confirmed: give the coordinator's allowed-signers file with { $option }.
cli-signers-not-text = the file is not text (UTF-8)
cli-history-signed = [signed, key { $key }]
cli-review-key-unreadable = { $file } is not a key file (it is not text)
cli-review-key-passphrase = { $file } is protected by a passphrase: set the environment variable { $variable } to it
# $event: the event as rbr history prints it.
cli-review-taken = { $file }: saved with the step { $event }
cli-changed-on-disk = { $file } changed on disk while rbr was working on it: nothing was written, so the other change is kept. Run the command again.
cli-verify-signers-unreadable = { $file }: { $reason }
cli-verify-content-matches = The content is unchanged since event { $seq }.
# $parts: question ids, and meta or targets, comma-separated.
cli-verify-content-changed = { $count ->
    [one] The content changed since event { $seq }: { $parts }.
   *[other] The content changed since event { $seq }, in { $count } parts: { $parts }.
}
cli-verify-content-changed-other = The content changed since event { $seq }, outside the answers, the assessment's details and the target levels.
# $current: yes when the file still has the approved content.
cli-verify-approval = Event { $seq }: approved by { $who } on { $time }, content SHA-256 { $hash }; { $current ->
    [yes] the file still has this content.
   *[no] the file no longer has this content.
}
cli-verify-report-matches = { $report } was made from exactly this file (SHA-256 { $hash }).
cli-verify-report-differs = { $report } was not made from this file: its fingerprint is { $found }, this file's SHA-256 is { $hash }.
cli-verify-report-no-fingerprint = { $report } carries no rbr fingerprint in its metadata: it is not a report rbr made, or it was changed since.
cli-verify-report-unreadable = { $report } cannot be read as a PDF: { $reason }
cli-verify-holds = { $file }: everything holds.
cli-verify-fails = { $file }: does not hold (see above).

## rbr export. $xlsx, $csv and $option are the options as typed.

cli-export-wrote = wrote { $file }
cli-export-failed = { $file }: the spreadsheet could not be made ({ $reason })
# $example: a date written as it should be.
cli-export-bad-date = { $option } "{ $value }" is not a date: write it as { $example }.
cli-export-overwrites-input = { $output } is the assessment file itself: choose another name for the spreadsheet, so that the assessment file is kept.
cli-export-same-output = { $file } is given for both { $xlsx } and { $csv }: give each its own file.

## rbr compare: two rounds side by side. $old and $new are file names;
## $old_date and $new_date long dates; $ids question ids, comma-separated.

cli-compare-heading = Comparing { $old } ({ $old_date }) with { $new } ({ $new_date })
cli-compare-undated = undated
cli-compare-comparability = Comparability
cli-compare-in-both = Questions in scope in both files: { $both } of { $either } in either.
# $areas: area ids, comma-separated.
cli-compare-only-old = In scope in the earlier file only: { $areas }.
cli-compare-only-new = In scope in the later file only: { $areas }.
cli-compare-same-version = Both answered under questionnaire version { $version }.
cli-compare-versions = Answered under questionnaire versions { $old } and { $new }.
cli-compare-changed-meaning = { $count ->
    [one] { $count } compared question changed meaning between them, so its levels may not mean the same: { $ids }.
   *[other] { $count } compared questions changed meaning between them, so their levels may not mean the same: { $ids }.
}
cli-compare-added = { $count ->
    [one] { $count } question is new in { $version }: { $ids }.
   *[other] { $count } questions are new in { $version }: { $ids }.
}
cli-compare-versions-unknown = Answered under { $old } and { $new }, and no change list leads from one to the other: the levels may not mean the same.
cli-compare-areas = Areas
cli-compare-questions = Questions
cli-compare-improved = Improved ({ $count })
cli-compare-declined = Declined ({ $count })
cli-compare-newly-answered = Newly answered ({ $count })
cli-compare-no-longer-answered = No longer answered ({ $count })
cli-compare-to-not-applicable = Changed to not applicable ({ $count })
cli-compare-from-not-applicable = Changed from not applicable ({ $count })
cli-compare-no-moves = No compared question changed its answer.
cli-compare-meaning-changed = meaning changed
cli-compare-gaps-closed = Gaps closed ({ $count })
cli-compare-gaps-opened = Gaps opened ({ $count })
cli-compare-gap-target = target { $target }
cli-compare-none = none
cli-compare-figures = Measured figures, then and now ({ $count })
# An answer marked not applicable, in lists.
cli-not-applicable = N/A

## rbr merge: combining files. $file is a file name; $option the option's name.

cli-merge-coverage = Areas and the files that cover them:
cli-merge-no-file = no file
cli-merge-conflicts = { $count ->
    [one] { $count } conflict, a question answered differently in two files:
   *[other] { $count } conflicts, questions answered differently in two files or more:
}
cli-merge-conflict-target = { $question } target level
cli-merge-choose = Choose the file whose answers win with { $option } (the other answers' evidence is kept in the notes), or combine the files in the app.
cli-merge-prefer-not-a-source = { $option } { $file }: not one of the files to combine
cli-merge-output-is-source = { $file } is one of the files to combine; write the result to another file, since the files combined are never changed
cli-merge-wrote = wrote { $file }: { $answers } answers from { $count } files
cli-merge-resolved = { $count ->
    [one] { $count } conflict resolved in favour of { $file }; the other answer's evidence is in the notes.
   *[other] { $count } conflicts resolved in favour of { $file }; the other answers' evidence is in the notes.
}
cli-history-merged = Combined from { $count } files:
