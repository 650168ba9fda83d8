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
cli-score-no-gaps = Թերություններ չկան․ պատասխանված բոլոր հարցերը հասնում են իրենց թիրախային մակարդակին։
cli-score-gaps-heading = Թերություններն ըստ առաջնահերթության ({ $count })․
# One gap; the values are padded to line up in columns.
cli-score-gap = { $question } մակարդակ՝ { $level } → թիրախ՝ { $target }  թերություն՝ { $gap }  առաջնահերթություն՝ { $priority }
cli-score-more-gaps = … և ևս { $count } թերություն (բոլորը տեսնելու համար օգտագործեք { $option } ընտրանքը)
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
cli-questionnaire-planning-figures = Պլանավորման ցուցանիշներ (յուրաքանչյուր գնահատում գրանցում է իրենը, իսկ մինչ այդ կիրառվում է նախնական արժեքը)՝
cli-questionnaire-figure-default = { $name }, նախնական արժեքը՝ { $value }
# $levels: "1 ≥ 30 days, 2 ≥ 60 days, ..."
cli-questionnaire-indicator = Չափվող ցուցիչ՝ { $name }․ մակարդակներ՝ { $levels }
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
# $areas: ids reached in two or more steps, joined by commas.
cli-questionnaire-further = այստեղ խափանումը հետագայում հասնում է նաև՝ { $areas }

## rbr history and rbr verify. $action, $before and $after are written as in
## files (submitted, returned, ...); $who is "Name (role, organisation)".

cli-history-none = { $file }: ստուգման իրադարձություններ դեռ չկան։
cli-history-event = { $seq }. { $time }  { $who }: { $action }, { $before } → { $after }
cli-history-note = նշում՝ { $note }
cli-history-comments = Մեկնաբանություններ՝ { $open } բաց, { $resolved } լուծված։
cli-verify-no-trail = Ստուգման հետք չկա․ համադրելու իրադարձություններ չկան։
cli-verify-chain-holds = { $count ->
   *[other] Շղթան ամբողջական է՝ { $count } իրադարձություն, որոնցից յուրաքանչյուրը հաջորդում է նախորդին։
}
cli-verify-chain-sequence = Շղթան խզված է՝ { $expected } իրադարձության տեղում { $found } իրադարձությունն է (իրադարձությունը հեռացվել կամ տեղափոխվել է)։
cli-verify-chain-previous = Շղթան խզված է { $seq } իրադարձության վրա՝ նախորդ իրադարձությունը խմբագրվել է, կամ իրադարձությունների հերթականությունը փոխվել է։
cli-verify-chain-status = Շղթան խզված է { $seq } իրադարձության վրա՝ այն աշխատակարգով թույլատրված քայլ չէ նախորդ կարգավիճակից։
cli-verify-chain-current = Շղթան խզված է՝ ֆայլի կարգավիճակն այն չէ, որը թողել է { $seq } իրադարձությունը (իրադարձությունը հեռացվել է, կամ կարգավիճակը փոխվել է ձեռքով)։
cli-verify-chain-last = Շղթան խզված է վերջին՝ { $seq } իրադարձության վրա․ այն այն իրադարձությունը չէ, որը կնքվել է ստուգման բաժնում (այն խմբագրվել կամ փոխարինվել է, դրանից հետո եղած իրադարձությունը հեռացվել է, կամ կնիքը հանվել է)։
# $item: c1 for a comment, c1.r2 for its second reply; $removed: yes or no.
cli-verify-chain-comment = Շղթան խզված է․ { $removed ->
    [yes] { $item } մեկնաբանությունը կամ պատասխանը, որն առկա էր { $seq } իրադարձությունը գրանցելիս, հեռացվել է։
   *[other] { $item } մեկնաբանությունը կամ պատասխանը, որն առկա էր { $seq } իրադարձությունը գրանցելիս, դրանից հետո վերաշարադրվել է (հեղինակը, ժամանակը կամ բովանդակությունը)։
}
cli-verify-unsealed = Այս հետագիծը ստեղծվել է նախքան rbr-ը կսկսեր կնքել վերջին իրադարձությունը և մեկնաբանությունները․ դրանում վերջին իրադարձության կամ մեկնաբանության խմբագրումը հնարավոր չէ հայտնաբերել։
# $check: what checking the signature found, or that there is none.
cli-verify-signature = { $seq } իրադարձություն, { $who }՝ { $check }
cli-verify-unsigned = ստորագրված չէ
cli-verify-unsigned-approval = ստորագրված չէ, մինչդեռ թույլատրված ստորագրողների ֆայլ տրված լինելու դեպքում հաստատումը պետք է ստորագրված լինի
cli-verify-not-confirmed = Ստորագրությունները ստուգվել են իրադարձություններում նշված բանալիներով, սակայն թե ում են պատկանում այդ բանալիները, հաստատված չէ։ Նշեք համակարգողի թույլատրված ստորագրողների ֆայլը { $option } ընտրանքով։
cli-signers-not-text = ֆայլը տեքստային (UTF-8) չէ
cli-history-signed = [ստորագրված է, բանալի՝ { $key }]
cli-review-key-unreadable = { $file } ֆայլը բանալու ֆայլ չէ (այն տեքստային չէ)։
cli-review-key-passphrase = { $file } ֆայլը պաշտպանված է գաղտնաբառով․ դրա արժեքը տվեք { $variable } միջավայրի փոփոխականում։
# $event: the event as rbr history prints it.
cli-review-taken = { $file }: պահպանված է քայլով՝ { $event }
cli-changed-on-disk = { $file } ֆայլը սկավառակի վրա փոխվել է, մինչ rbr-ն աշխատում էր դրա հետ․ ոչինչ չի գրվել, և մյուս փոփոխությունը պահպանված է։ Կրկին գործարկեք հրամանը։
cli-verify-signers-unreadable = { $file }: { $reason }
cli-verify-content-matches = Բովանդակությունը { $seq } իրադարձությունից հետո չի փոխվել։
# $parts: question ids, and meta or targets, comma-separated.
cli-verify-content-changed = { $count ->
   *[other] Բովանդակությունը { $seq } իրադարձությունից հետո փոխվել է՝ { $count } մասում՝ { $parts }։
}
cli-verify-content-changed-other = Բովանդակությունը { $seq } իրադարձությունից հետո փոխվել է պատասխաններից, գնահատման տվյալներից և թիրախային մակարդակներից դուրս։
# $current: yes when the file still has the approved content.
cli-verify-approval = Իրադարձություն { $seq }՝ գնահատումը հաստատված է։ Հաստատող՝ { $who }, ժամանակը՝ { $time }, բովանդակության SHA-256՝ { $hash }։ { $current ->
    [yes] Ֆայլը դեռ ունի այս բովանդակությունը։
   *[no] Ֆայլն այլևս չունի այս բովանդակությունը։
}
cli-verify-report-matches = { $report } ֆայլը ստեղծված է հենց այս ֆայլից (SHA-256՝ { $hash })։
cli-verify-report-differs = { $report } ֆայլը ստեղծված չէ այս ֆայլից՝ դրա մատնահետքը { $found } է, իսկ այս ֆայլի SHA-256-ը՝ { $hash }։
cli-verify-report-no-fingerprint = { $report } ֆայլի մետատվյալներում rbr-ի մատնահետք չկա՝ այն rbr-ի ստեղծած հաշվետվություն չէ, կամ փոխվել է դրանից հետո։
cli-verify-report-unreadable = { $report } ֆայլը հնարավոր չէ կարդալ որպես PDF՝ { $reason }
cli-verify-holds = { $file }: ամեն ինչ համապատասխանում է։
cli-verify-fails = { $file }: կան անհամապատասխանություններ (տե՛ս վերևում)։

## rbr export. $xlsx, $csv and $option are the options as typed.

cli-export-wrote = Պահպանված է՝ { $file }
cli-export-failed = { $file }: աղյուսակը հնարավոր չեղավ կազմել ({ $reason })։
# $example: a date written as it should be.
cli-export-bad-date = { $option } ընտրանքի «{ $value }» արժեքն ամսաթիվ չէ։ Գրեք այն այսպես՝ { $example }։
cli-export-overwrites-input = { $output } ֆայլը հենց գնահատման ֆայլն է։ Աղյուսակի համար ընտրեք այլ անուն, որպեսզի գնահատման ֆայլը պահպանվի։
cli-export-same-output = { $file } ֆայլը նշված է և՛ { $xlsx }, և՛ { $csv } ընտրանքի համար։ Յուրաքանչյուրի համար նշեք առանձին ֆայլ։

## rbr compare: two rounds side by side. $old and $new are file names;
## $old_date and $new_date long dates; $ids question ids, comma-separated.

cli-compare-heading = Համեմատվում են { $old } ({ $old_date }) և { $new } ({ $new_date }) ֆայլերը
cli-compare-undated = առանց ամսաթվի
cli-compare-comparability = Համեմատելիություն
cli-compare-in-both = Երկու ֆայլում էլ գնահատվող հարցեր՝ { $both }, առնվազն մեկում գնահատվող { $either } հարցից։
# $areas: area ids, comma-separated.
cli-compare-only-old = Միայն նախորդ ֆայլում գնահատված ոլորտներ՝ { $areas }։
cli-compare-only-new = Միայն նոր ֆայլում գնահատված ոլորտներ՝ { $areas }։
cli-compare-same-version = Երկուսն էլ լրացված են հարցաշարի { $version } տարբերակով։
cli-compare-versions = Լրացված են հարցաշարի { $old } և { $new } տարբերակներով։
cli-compare-changed-meaning = { $count ->
   *[other] Դրանց միջև համեմատվող { $count } հարցի իմաստը փոխվել է, ուստի մակարդակները կարող են նույն բանը չնշանակել՝ { $ids }։
}
cli-compare-added = { $count ->
   *[other] { $version } տարբերակում նոր է { $count } հարց՝ { $ids }։
}
cli-compare-versions-unknown = Լրացված են { $old } և { $new } հարցաշարերով, և դրանց միջև փոփոխությունների ցանկ չկա․ մակարդակները կարող են նույն բանը չնշանակել։
cli-compare-areas = Ոլորտներ
cli-compare-questions = Հարցեր
cli-compare-improved = Բարելավվել են ({ $count })
cli-compare-declined = Վատթարացել են ({ $count })
cli-compare-newly-answered = Առաջին անգամ պատասխանված ({ $count })
cli-compare-no-longer-answered = Այլևս պատասխանված չեն ({ $count })
cli-compare-to-not-applicable = Նշվել են որպես «կիրառելի չէ» ({ $count })
cli-compare-from-not-applicable = Այլևս նշված չեն որպես «կիրառելի չէ» ({ $count })
cli-compare-no-moves = Համեմատվող ոչ մի հարցի պատասխան չի փոխվել։
cli-compare-meaning-changed = իմաստը փոխվել է
cli-compare-gaps-closed = Վերացված թերություններ ({ $count })
cli-compare-gaps-opened = Նոր թերություններ ({ $count })
cli-compare-gap-target = թիրախ՝ { $target }
cli-compare-none = չկան
cli-compare-figures = Չափված ցուցանիշները՝ այն ժամանակ և հիմա ({ $count })
# An answer marked not applicable, in lists.
cli-not-applicable = կիրառելի չէ

## rbr merge: combining files. $file is a file name; $option the option's name.

cli-merge-coverage = Ոլորտները և դրանք ընդգրկող ֆայլերը՝
cli-merge-no-file = ոչ մի ֆայլ
cli-merge-conflicts = { $count ->
   *[other] { $count } հակասություն՝ հարցեր, որոնց տարբեր ֆայլերում տրված են տարբեր պատասխաններ՝
}
cli-merge-conflict-target = { $question }, թիրախային մակարդակ
cli-merge-choose = { $option } ընտրանքով նշեք այն ֆայլը, որի պատասխանները պետք է ընդունվեն (մյուս պատասխանների հավաստող նյութերը կպահպանվեն նշումներում), կամ միավորեք ֆայլերը ծրագրում։
cli-merge-prefer-not-a-source = { $option } { $file }: միավորվող ֆայլերից մեկը չէ։
cli-merge-output-is-source = { $file } ֆայլը միավորվող ֆայլերից մեկն է։ Արդյունքը գրեք այլ ֆայլում, քանի որ միավորվող ֆայլերն երբեք չեն փոփոխվում։
cli-merge-wrote = { $file } ֆայլը գրված է՝ { $answers } պատասխան { $count } ֆայլից։
cli-merge-resolved = { $count ->
   *[other] { $count } հակասություն լուծվել է { $file } ֆայլի օգտին․ մյուս պատասխանների հավաստող նյութերը նշումներում են։
}
cli-history-merged = Միավորված է { $count } ֆայլից՝
