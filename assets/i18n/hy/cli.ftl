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

## rbr history and rbr verify. $action, $before and $after are written as in
## files (submitted, returned, ...); $who is "Name (role, organisation)".

cli-history-none = { $file }: վերանայման իրադարձություններ դեռ չկան։
cli-history-event = { $seq }. { $time }  { $who }: { $action }, { $before } → { $after }
cli-history-note = նշում՝ { $note }
cli-history-comments = Մեկնաբանություններ՝ { $open } բաց, { $resolved } լուծված։
cli-verify-no-trail = Վերանայման հետք չկա․ ստուգելու իրադարձություններ չկան։
cli-verify-chain-holds = { $count ->
   *[other] Շղթան ամբողջական է՝ { $count } իրադարձություն, որոնցից յուրաքանչյուրը հաջորդում է նախորդին։
}
cli-verify-chain-sequence = Շղթան խզված է՝ { $expected } իրադարձության տեղում { $found } իրադարձությունն է (իրադարձությունը հեռացվել կամ տեղափոխվել է)։
cli-verify-chain-previous = Շղթան խզված է { $seq } իրադարձության վրա՝ նախորդ իրադարձությունը խմբագրվել է, կամ իրադարձությունների հերթականությունը փոխվել է։
cli-verify-chain-status = Շղթան խզված է { $seq } իրադարձության վրա՝ այն աշխատակարգով թույլատրված քայլ չէ նախորդ կարգավիճակից։
cli-verify-chain-current = Շղթան խզված է՝ ֆայլի կարգավիճակն այն չէ, որը թողել է { $seq } իրադարձությունը (իրադարձությունը հեռացվել է, կամ կարգավիճակը փոխվել է ձեռքով)։
cli-verify-content-matches = Բովանդակությունը { $seq } իրադարձությունից հետո չի փոխվել։
# $parts: question ids, and meta or targets, comma-separated.
cli-verify-content-changed = { $count ->
   *[other] Բովանդակությունը { $seq } իրադարձությունից հետո փոխվել է՝ { $count } մասում՝ { $parts }։
}
cli-verify-content-changed-other = Բովանդակությունը { $seq } իրադարձությունից հետո փոխվել է պատասխաններից, մետատվյալներից և թիրախային մակարդակներից դուրս։
# $current: yes when the file still has the approved content.
cli-verify-approval = Իրադարձություն { $seq }՝ հաստատված է { $who }-ի կողմից { $time }-ին, բովանդակության SHA-256՝ { $hash }։ { $current ->
    [yes] Ֆայլը դեռ ունի այս բովանդակությունը։
   *[no] Ֆայլն այլևս չունի այս բովանդակությունը։
}
cli-verify-report-matches = { $report } ֆայլը ստեղծված է հենց այս ֆայլից (SHA-256՝ { $hash })։
cli-verify-report-differs = { $report } ֆայլը ստեղծված չէ այս ֆայլից՝ դրա մատնահետքը { $found } է, իսկ այս ֆայլի SHA-256-ը՝ { $hash }։
cli-verify-report-no-fingerprint = { $report } ֆայլի մետատվյալներում rbr-ի մատնահետք չկա՝ այն rbr-ի ստեղծած հաշվետվություն չէ, կամ փոխվել է դրանից հետո։
cli-verify-report-unreadable = { $report } ֆայլը հնարավոր չէ կարդալ որպես PDF՝ { $reason }
cli-verify-holds = { $file }: ամեն ինչ համապատասխանում է։
cli-verify-fails = { $file }: ոչ ամեն ինչ է համապատասխանում (տե՛ս վերևում)։

## rbr export. $xlsx, $csv and $option are the options as typed.

cli-export-wrote = Պահպանված է՝ { $file }
cli-export-failed = { $file }: աղյուսակը հնարավոր չեղավ կազմել ({ $reason })։
# $example: a date written as it should be.
cli-export-bad-date = { $option } ընտրանքի «{ $value }» արժեքը ամսաթիվ չէ։ Գրեք այն այսպես՝ { $example }։
cli-export-overwrites-input = { $output } ֆայլը հենց գնահատման ֆայլն է։ Աղյուսակի համար ընտրեք այլ անուն, որպեսզի գնահատման ֆայլը պահպանվի։
cli-export-same-output = { $file } ֆայլը նշված է և՛ { $xlsx }, և՛ { $csv } ընտրանքի համար։ Յուրաքանչյուրի համար նշեք առանձին ֆայլ։
