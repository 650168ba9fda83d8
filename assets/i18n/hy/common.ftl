# Ոլորտային տերմիններ՝ ընդհանուր հավելվածի, հրամանային տողի և հաշվետվության համար։
# Each message mirrors en/common.ftl; terms follow assets/i18n/glossary.tsv.
# Draft until a ministry's reviewer signs it off: see hy/README.md.

## Readiness bands: inside a sentence, and as a label or table cell (-title).

band-ready = պատրաստ
band-partially-ready = մասամբ պատրաստ
band-not-ready = պատրաստ չէ
band-ready-title = Պատրաստ
band-partially-ready-title = Մասամբ պատրաստ
band-not-ready-title = Պատրաստ չէ
# An area whose completeness is below 1.
band-provisional = նախնական
band-provisional-title = Նախնական

## The five kinds of capability gap (POETE).

poete-planning = Պլանավորում
poete-organisation = Կազմակերպում
poete-equipment = Սարքավորումներ
poete-training = Ուսուցում
poete-exercises = Ուսումնավարժություններ
# After a knock-on sentence: $areas, ids reached through the dependents, joined by
# commas; $count, how many.
knock-on-further = Շղթայով ազդեցությունը հասնում է նաև { $areas } { $count ->
    [one] ոլորտին
   *[other] ոլորտներին
}։
# How one area depends on another (rbr questionnaire).
dependency-supply = մատակարարում
dependency-load = բեռ
# The published rule behind a question's weight: $consequence and $replacement, 1-3.
rule-scores = հետևանք՝ { $consequence }, փոխարինման դժվարություն՝ { $replacement }

## The assessment's status.

status-draft = Նախագիծ
status-submitted = Ներկայացված
status-reviewed = Ստուգված
status-approved = Հաստատված

## The status of a plan entry.

plan-status-planned = Պլանավորված
plan-status-in-progress = Ընթացքում
plan-status-done = Կատարված
plan-status-deferred = Հետաձգված

## Terms of the method, as labels and column headings.

term-not-applicable = Կիրառելի չէ
term-readiness = Պատրաստականություն
term-target-readiness = Թիրախային պատրաստականություն
term-completeness = Ամբողջականություն
term-gap = Թերություն
term-level = Մակարդակ
term-target-level = Թիրախային մակարդակ
term-evidence = Հավաստող նյութեր
term-critical = Կրիտիկական
term-priority = Առաջնահերթություն
term-weight = Կշիռ
term-band = Աստիճան
term-area = Ոլորտ
term-question = Հարց
term-status = Կարգավիճակ
term-recommendation = Առաջարկություն
term-justification = Հիմնավորում

## Counts and figures. Pass counts as numbers ($count) and figures already
## formatted with i18n::format ($value).

# A noun after a numeral stays singular in Armenian: one form for every count.
gaps-count = { $count ->
   *[other] { $count } թերություն
}
questions-count = { $count ->
   *[other] { $count } հարց
}
readiness-figure = Պատրաստականություն՝ { $value }
note-provisional = Ոլորտի գնահատումը նախնական է, քանի որ ոչ բոլոր հարցերն ունեն պատասխան։

## rbr merge: what the combined file's notes say of an answer not taken.
## $file is the source's file name; $answer is one of the merge-given- messages.

merge-given-level = { $level } մակարդակ
merge-given-not-applicable = «կիրառելի չէ»
merge-given-nothing = առանց մակարդակի
merge-not-taken = պատասխանը՝ { $answer }։ Ֆայլերը միավորելիս այս պատասխանը չի ընդունվել։
merge-evidence = Հավաստող նյութեր՝
merge-justification = Հիմնավորում՝
merge-notes = Նշումներ՝

## Measured and planning figures.

# A planning figure's default, used in a question's text until the assessment
# records the country's own value. $value: the number with its unit.
figure-default = { $value } (հարցաշարի նախնական արժեքը)
# After a figure's value: the date it is as of ($date, long form).
figure-as-of = { $date }-ի դրությամբ
# A measured figure ($figure: value, date, source) and the level it supports.
figure-line = { $figure }․ հիմնավորում է մինչև { $level } մակարդակը
# The step from one level to the next, before what to do.
figure-step = { $from }-ից { $to } մակարդակ՝
