# What makes the report an official document: times in the assessment's zone,
# the classification, the approval block, the signature field.

## Time zones: a time is followed by the zone it is shown in.
zone-time = { $time } ({ $zone })
zone-utc = UTC
zone-yerevan = Yerevan time
zone-other = { $zone } time

## The reviewer's identity: the position the approval block prints.
review-identity-position = Your position (printed in the report's approval block when you approve; optional)

## The classification, time zone and place fields (new assessment, details).
classification-none = No marking (not classified)
classification-suggestions = Suggestions
form-time-zone = Time zone
time-zone-unknown = “{ $zone }” is not a time zone rbr knows; times are shown in UTC. Write the zone’s international name, such as { $example }.
form-place = Place of issue
form-place-hint = printed at the foot of the cover, such as Yerevan

## The cover: the approval block, the copy number, the place and year.
report-approval-heading = APPROVED
report-approval-position = (position)
report-approval-signature = (signature)
report-approval-name = (initial and surname)
report-approval-date-blank = “____” ______________ 20____
# A signed approval, under the date: $key is the key's fingerprint (SHA256:...).
report-approval-signed = Signed electronically with the key { $key }; the signer's identity was not checked against an allowed-signers file.
report-approval-signed-confirmed = Signed electronically with the key { $key }, which the allowed-signers file lists for { $principal }.
# $reason: what checking the signature against the file found.
report-approval-signed-not-confirmed = Signed electronically with the key { $key }, not confirmed by the allowed-signers file: { $reason }.
report-copy = Copy No. { $number }
report-copy-blank = Copy No. ______
report-place-year = { $place }, { $year }
report-year = { $year }
report-signature-field = Signature of the approving official

## rbr verify --report: the report's signature fields.
cli-verify-report-signatures = Signature fields in the report: { $fields }, signed: { $signed }.
cli-verify-report-certificates = rbr checks that the signed report is the one made from this file; it does not judge the signatures' certificates. Check them in your PDF reader or signing software.

## Before a PDF export: the copy number, or the reminder of no classification.
export-unmarked-title = This report has no classification
export-unmarked-body = The report lists the weak points of critical infrastructure that the assessment found. Before you share it, confirm with your organisation's security officer that it needs no classification. To choose one, use the Classification field under Assessment details on the Dashboard.
export-unmarked-go = Export without a classification
export-cancel = Cancel
export-copy-title = Numbered copy
export-copy-body = A classified report carries its copy number on the cover. Leave the number empty to write it in by hand.
export-copy-number = Copy number
export-copy-invalid = Write a whole number from 1, or leave it empty.
export-copy-go = Export

## The parts of an assessment a change is named by (verify, the report's cover).
part-meta = the assessment's details
part-targets = the target levels

## rbr verify: a part of the file that cannot be hashed fails the check.
cli-verify-chain-unhashable = The chain cannot be checked after event { $seq }: the event holds a value canonical JSON cannot write (a number too large for JSON), so its hash cannot be computed. The trail does not hold.
cli-verify-content-unhashable = The content cannot be checked against event { $seq }: the file holds a value canonical JSON cannot write (a number too large for JSON), so its hash cannot be computed. The trail does not hold.
