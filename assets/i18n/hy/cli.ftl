# Հրամանային տողի հաղորդագրություններ՝ այն, ինչ տպում են «rbr validate», «score»,
# «questionnaire» և «report» հրամանները մարդու համար։
# Each message mirrors en/cli.ftl; terms follow assets/i18n/glossary.tsv.
# Draft until a ministry's reviewer signs it off: see hy/README.md.

## rbr validate

cli-valid = { $file }: ֆայլը վավեր է։

## rbr score: the table, one block per file.

# Column headings; Area, Readiness and Band come from common.ftl (term-*).
cli-score-requirement = Պահանջ
cli-score-complete = Ամբողջականություն
cli-score-answered = Պատասխանված
cli-score-overall = Ընդհանուր
cli-score-out-of-scope = շրջանակից դուրս
# After a band marked with *.
cli-score-provisional-note = նախնական՝ ոլորտի ոչ բոլոր հարցերն ունեն պատասխան։
cli-score-no-gaps = Բացեր չկան։ Պատասխանված բոլոր հարցերը հասնում են իրենց թիրախային մակարդակին։
cli-score-gaps-heading = Բացերն ըստ առաջնահերթության ({ $count })․
# One gap; the values are padded to line up in columns.
cli-score-gap = { $question } մակարդակ՝ { $level } → թիրախ՝ { $target }  բաց՝ { $gap }  առաջնահերթություն՝ { $priority }
cli-score-more-gaps = … և ևս { $count } բաց (բոլորը տեսնելու համար օգտագործեք { $option } ընտրանքը)
cli-critical = կրիտիկական
# Shown for a file without a title or an organisation.
cli-untitled = (առանց վերնագրի)
cli-no-organisation = (կազմակերպությունը նշված չէ)
# On stderr, when a scored file has findings. A noun after a numeral stays singular.
cli-findings-see-validate = { $file }: { $count ->
   *[other] { $count } հայտնաբերված խնդիր
}։ Տեսեք՝ «{ $command }»։

## rbr questionnaire: the readable form.

cli-questionnaire-levels = Մակարդակներ․
# Under each question; $poete is a POETE kind from common.ftl.
cli-questionnaire-facts = կշիռ՝ { $weight }, թիրախային մակարդակ՝ { $target }, { $poete }

## rbr report

cli-report-wrote = Հաշվետվությունը պահպանված է՝ { $file }
cli-report-findings = { $file }: { $count ->
   *[other] { $count } հայտնաբերված խնդիր
}, որոնք թվարկված են հաշվետվության հավելվածում։ Տեսեք՝ «{ $command }»։
cli-report-failed = { $file }: հաշվետվությունը հնարավոր չեղավ կազմել ({ $reason })։

## Any subcommand

cli-output-failed = ելքային տվյալները հնարավոր չէ գրել ({ $reason })։
cli-upgrade-note = { $file }: նշում՝ լրացվել է { $id } { $from } հարցաշարով։ { $to } տարբերակում պատասխանված { $changed } հարցի իմաստը փոխվել է ({ $ids }), և ավելացել է { $added } նոր հարց։ Բացեք ֆայլը ծրագրում՝ այն { $to } տարբերակին տեղափոխելու համար։ Պատասխանները պահպանվում են։
cli-questionnaire-dependencies = Ոլորտների փոխկախվածությունը՝
cli-questionnaire-depends = կախված է [{ $needs }] ոլորտներից, իրենից կախված են [{ $needed_by }]
