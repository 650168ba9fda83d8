# Ինքնագնահատման հաշվետվությունը՝ փաստաթղթի յուրաքանչյուր պիտակ, վերնագիր և նախադասություն։
# Each message mirrors en/report.ftl; terms follow assets/i18n/glossary.tsv.
# Draft until a ministry's reviewer signs it off: see hy/README.md.

## The document: title, metadata, running header and footer.

# $name: the assessment's title, else the questionnaire's.
report-title = Ինքնագնահատման հաշվետվություն՝ { $name }
report-subject = Դիմակայունության ինքնագնահատման արդյունքների վերաբերյալ հաշվետվություն՝ ըստ { $questionnaire } { $version } հարցաշարի
report-keyword-resilience = դիմակայունություն
report-keyword-baseline = ելակետային պահանջներ
# Printed as the marking when the file sets no classification.
report-running-date = հաշվետվության ամսաթիվ՝ { $date }
report-page-of = Էջ { $number } / { $count }

## The cover.

report-cover = Շապիկ
report-series = ՆԱՏՕ-ի դիմակայունության ելակետային պահանջներ
report-kind = Դիմակայունության ինքնագնահատման արդյունքների վերաբերյալ հաշվետվություն
report-organisation = Կազմակերպություն
report-assessor = Կազմող
report-classification = Գաղտնիության աստիճան
report-date = Հաշվետվության ամսաթիվ
report-created = Գնահատումը ստեղծվել է
report-modified = Գնահատման վերջին պահպանում
report-questionnaire = Հարցաշար
report-questionnaire-value = { $id } { $version }՝ { $title }
report-file-written-for = Ֆայլը գրված է
report-file-questionnaire-value = { $id } { $version } հարցաշարի համար, ոչ թե այն հարցաշարի, որով գնահատվել է
report-fingerprint = Ֆայլի SHA-256 հեշը
# On the cover of a file made by combining others; the files follow, one a line.
report-merged-from = Միավորված է { $count } ֆայլից
# $unix_command and $windows_command: the commands with the system they run on.
report-fingerprint-note = SHA-256 հեշը նույնականացնում է գնահատման այն ֆայլը, որից կազմվել է այս հաշվետվությունը․ ֆայլի ցանկացած փոփոխություն փոխում է այն։ Ֆայլը ստուգելու համար համեմատեք այս արժեքը { $unix_command } կամ { $windows_command } հրամանի տված արժեքի հետ։
# Stands for the file's name in the commands above.
report-file-placeholder = ՖԱՅԼ
report-draft-note = Այս գնահատումը նախագիծ է․ դրա պատասխանները, հետևաբար նաև թվերը, դեռ կարող են փոխվել։
report-not-given = (նշված չէ)
# $time: a date and time in UTC, formatted.
report-contents = Բովանդակություն

## The executive summary.

report-summary = Ամփոփագիր
report-overall-readiness = Ընդհանուր պատրաստականություն
report-overall-readiness-value = { $value }՝ 100-ից (գնահատվող ոլորտների միջինը)
report-overall-completeness-value = { $value } ({ $total } հարցից { $done }-ն ունի մակարդակ կամ «կիրառելի չէ» նշում)
report-areas-in-scope = Գնահատվող ոլորտներ
report-areas-in-scope-value = { $count }՝ { $total }-ից
report-gaps = Թերություններ
# A noun after a numeral stays singular in Armenian: one form for every count.
report-gaps-value = { $gaps } հարց՝ թիրախից ցածր, { $critical } կրիտիկական հարց՝ 2-րդ մակարդակից ցածր
report-chart-heading = Պատրաստականությունն ըստ ոլորտների
report-chart-legend = Գոտիները ցույց են տալիս պատրաստականությունը՝ 0-ից 100, իսկ կողքին գրված է աստիճանը («պատրաստ»՝ 75-ից, «մասամբ պատրաստ»՝ 50-ից․ եթե կրիտիկական հարցը 0 կամ 1 մակարդակում է, ոլորտը «պատրաստ չէ»)։ Սև նշիչը թիրախային պատրաստականությունն է, այսինքն՝ այն, ինչին կհասներ ոլորտը, եթե մակարդակով պատասխանված յուրաքանչյուր հարց հասներ իր թիրախին։ «Նախնական»՝ ոլորտի որոշ հարցեր դեռ անպատասխան են։
report-top-gaps = Առավել բարձր առաջնահերթությամբ տասը թերությունները
report-more-gaps = Եվս { $count } թերություն նշված է թերությունների ռեեստրում՝ յուրաքանչյուրի համար առաջարկվող գործողությամբ։
report-critical-below-two = 2-րդ մակարդակից ցածր կրիտիկական հարցեր
report-critical-none = Չկան։ Մակարդակով պատասխանված բոլոր կրիտիկական հարցերը 2-րդ կամ ավելի բարձր մակարդակում են։
report-no-gaps = Թերություններ չկան․ մակարդակով պատասխանված յուրաքանչյուր հարց հասնում է իր թիրախին։

## The chart beside each bar.

report-chart-out-of-scope = շրջանակից դուրս
report-chart-no-level = մակարդակ դեռ տրված չէ
report-chart-target = թիրախ՝ { $value }
report-chart-target-provisional = թիրախ՝ { $value }, նախնական

## An area's section.

report-readiness-value = { $value }՝ 100-ից, { $band }
report-completeness-value = { $value } ({ $questions } հարցից՝ { $answered }-ը մակարդակով, { $not_applicable }-ը «կիրառելի չէ», { $unanswered }-ն անպատասխան)
report-provisional-value = { $questions } հարցից { $unanswered }-ն անպատասխան է, ուստի այս թվերը դեռ կարող են փոխվել։
report-band-capped = Աստիճանի սահմանափակում
# $questions: the ids of the critical questions, comma-separated.
report-band-capped-value = { $band }, քանի որ { $questions } կրիտիկական հարցը 0 կամ 1 մակարդակում է
report-not-applicable-heading = «Կիրառելի չէ» պատասխանները և դրանց հիմնավորումը
report-no-justification = (հիմնավորում տրված չէ)
# A question's level cell when it is marked not applicable.
report-not-applicable-short = կիրառելի չէ
report-see-below = տե՛ս ստորև
# Beside a question's id in tables.
report-critical-mark = կրիտիկական

## Table columns the common terms do not cover.

# Short for առաջնահերթություն: the column holds a number.
report-column-priority = Առաջնահերթ.
report-column-target = Թիրախ
report-column-poete = Տեսակ
report-column-owner = Պատասխանատու
report-column-plan = Պատասխանատու, կատարման ժամկետ, կարգավիճակ
# In the plan column: $date is the due date in figures.
report-plan-due = ժամկետը՝ { $date }
report-column-action = Գործողություն
report-overdue = ԺԱՄԿԵՏԱՆՑ
report-column-evidence-excerpt = Հավաստող նյութեր (հատված)
report-column-name = Անվանում
report-column-meaning = Նշանակություն

## The registers.

report-gap-register = Թերությունների ռեեստր
report-gap-register-intro = Թիրախից ցածր յուրաքանչյուր հարց՝ ըստ առաջնահերթության նվազման (առաջնահերթություն = կշիռ × թերություն, կրիտիկական հարցերի համար՝ կրկնապատկված)։ «Տեսակ» սյունակը ցույց է տալիս թերության տեսակը՝ ըստ POETE դասակարգման․ պլանավորում, կազմակերպում, սարքավորումներ, ուսուցում կամ ուսումնավարժություններ։ Գործողությունը, պատասխանատուն, կատարման ժամկետը և կարգավիճակը վերցված են գործողությունների ծրագրից։ Եթե դեռ ոչինչ պլանավորված չէ, գործողության սյունակում հարցաշարում նշված հաջորդ քայլն է՝ պատասխանի մակարդակից դեպի հաջորդը, իսկ մյուս սյունակները դատարկ են։ «ԺԱՄԿԵՏԱՆՑ» նշումը դրվում է այն գործողության վրա, որի կատարման ժամկետը լրացել է մինչև հաշվետվության ամսաթիվը, և որը կատարված չէ։
report-gap-levels = մակարդակ՝ { $level }, թիրախ՝ { $target }
report-unanswered = Անպատասխան հարցեր
report-unanswered-intro = Գնահատվող ոլորտների { $count } հարց չունի ո՛չ մակարդակ, ո՛չ «կիրառելի չէ» պատասխան։ Այդ հարցերի ոլորտները նախնական են, քանի դեռ հարցերը պատասխանված չեն։

## The annex.

report-annex = Հավելված՝ սանդղակը և գնահատման մեթոդը
report-scale = Սանդղակը
report-method = Գնահատման մեթոդը
report-findings = Գնահատման ֆայլում հայտնաբերված խնդիրներ
# $command: `rbr validate`.
report-findings-intro = Ֆայլի այս արժեքները հնարավոր չէ օգտագործել գրվածի պես, և թվերը դրանք հաշվի չեն առնում։ Նույն խնդիրները թվարկում է { $command } հրամանը։

report-translation-draft = Այս հաշվետվության հայերեն ձևակերպումները թարգմանության նախագիծ են, որը նախարարության ստուգողը դեռ չի հաստատել։
report-knock-on-title = Շղթայական ազդեցություն
report-knock-on = «{ $area }» ոլորտը պատրաստ չէ, և դրանից { $count ->
    [one] կախված է
   *[other] կախված են
}՝ { $dependents }։
report-questionnaire-draft = Հարցաշարի հայերեն տեքստը նախագիծ է, որը նախարարության ստուգողը դեռ չի հաստատել։

## The review trail: on the cover, and the annex of review comments.

report-review-last = Ստուգման վերջին իրադարձությունը
# $action: what was done (report-action-*); $who: "Name (role, organisation)"; $time: formatted, in UTC.
report-review-event = { $seq }. { $action }՝ { $who }, { $time }
report-review-content = Բովանդակության SHA-256 հեշն այդ իրադարձության պահին
report-action-submitted = Ներկայացված է
report-action-returned = Վերադարձված է մեկնաբանություններով
report-action-reviewed = Ստուգված է
report-action-approved = Հաստատված է
report-action-reopened = Վերաբացված է
# $who: "Name (role, organisation)"; $date: the date in words.
report-approved-by = Հաստատված է { $date }-ին։ Հաստատող՝ { $who }։
# $parts: the question ids (and meta, targets) that changed, comma-separated.
report-changed-since-approval = Բովանդակությունը փոխվել է հաստատված տարբերակից հետո՝ { $parts }։
report-changed-since-approval-other = Բովանդակությունը փոխվել է հաստատված տարբերակից հետո՝ պատասխաններից, գնահատման տվյալներից և թիրախային մակարդակներից դուրս։
report-comments = Հավելված՝ ստուգման մեկնաբանություններ
# $option: the command line option that lists the resolved comments too.
report-comments-intro-open = Ստուգման դեռ բաց մեկնաբանությունները՝ ըստ հարցերի, իրենց պատասխաններով։ Լուծված մեկնաբանությունները ներառվում են { $option } հրամանով։
report-comments-intro-all = Ստուգման բոլոր մեկնաբանությունները՝ բաց և լուծված, ըստ հարցերի, իրենց պատասխաններով։
report-comments-whole = Գնահատումն ամբողջությամբ
report-comment-open = բաց
report-comment-resolved = լուծված

## Spreadsheet export: the workbook's sheets, labels and column headings, and the
## CSV's header row. Other headings come from common.ftl (term-*) and the report's.

# Sheet names: at most 31 characters, none of [ ] : * ? / \
export-sheet-summary = Ամփոփում
export-sheet-answers = Պատասխաններ
export-sheet-plan = Գործողությունների ծրագիր
export-title = Վերնագիր
export-date = Արտահանման ամսաթիվ
# An area's title, beside its id.
export-requirement = Պահանջ
# $band: a band as a label (band-*-title).
export-band-provisional = { $band }, նախնական
export-plan-owned-dated = Պատասխանատու և կատարման ժամկետ ունեցող թերություններ
export-plan-done = Թերություններ, որոնց գործողությունը կատարված է
# $date: the date of the export, in words.
export-plan-overdue = Ժամկետանց թերություններ՝ { $date } դրությամբ
export-column-question-text = Հարցի տեքստ
export-column-action = Գործողություն
export-column-body = Պատասխանատու մարմին
export-column-person = Պատասխանատու անձ
export-column-start = Մեկնարկ
export-column-due = Կատարման ժամկետ
export-column-resources = Ռեսուրսներ
export-column-milestones = Միջանկյալ փուլեր
export-column-status-date = Կարգավիճակի ամսաթիվ
export-column-notes = Նշումներ
export-column-indicator = Ցուցիչ
export-column-figure = Ցուցանիշ
export-column-unit = Միավոր
export-column-supported-level = Ցուցանիշով հիմնավորված մակարդակ
export-column-figure-measured = Չափված ցուցանիշ
export-column-recommendation = Առաջարկություն (ամփոփ)
export-column-follow-up = Լրացուցիչ ստուգման ենթակա
# A flag that is set (critical, not applicable, needs follow-up).
export-yes = Այո
# When a status typed in the Plan sheet is not one of the list.
export-status-error = Ընտրեք ցանկի չորս կարգավիճակներից մեկը։
# A note on the due date's heading.
export-overdue-note = Կարմիրով նշված տողերը ժամկետանց են՝ կատարման ժամկետն անցել է, իսկ գործողությունը կատարված չէ։

## The action plan in the executive summary.

report-plan = Գործողությունների ծրագիր
# $date: the report date, in words.
report-plan-value = Թերություններ՝ { $gaps }, որոնցից պատասխանատու և կատարման ժամկետ ունեն՝ { $owned_and_dated }, կատարված են՝ { $done }, ժամկետանց են՝ { $overdue } ({ $date }-ի դրությամբ)։
report-plan-none = Գործողությունների ծրագիր չկա․ ոչ մի թերություն դեռ չունի պատասխանատու կամ կատարման ժամկետ։

## Progress since the earlier round: rbr report --compare OLD. $date is a long
## date; $areas area ids, comma-separated.

report-progress = Առաջընթացը { $date }-ից ի վեր
report-progress-undated = Առաջընթացը նախորդ գնահատումից ի վեր
report-progress-intro = Այս բաժնում գնահատումը համեմատվում է նախորդի՝ «{ $title }»-ի հետ։ Երկուսն էլ հաշվարկված են նույն մեթոդով և նույն հարցաշարով․ փոփոխությունը ներկայիս թվի և նախկին թվի տարբերությունն է։
report-progress-intro-untitled = Այս բաժնում գնահատումը համեմատվում է նախորդի հետ։ Երկուսն էլ հաշվարկված են նույն մեթոդով և նույն հարցաշարով․ փոփոխությունը ներկայիս թվի և նախկին թվի տարբերությունն է։
report-progress-scope = Գնահատվող { $either } հարցից միայն { $both }-ն են գնահատված երկու գնահատումներում էլ․ միայն մեկ անգամ գնահատված ոլորտների հարցերը չեն համեմատվում։
report-progress-only-old = Գնահատված էին նախկինում, բայց ոչ այժմ՝ { $areas }։
report-progress-only-new = Գնահատված են այժմ, բայց ոչ նախկինում՝ { $areas }։
# $version: the questionnaire scored against.
report-progress-versions = Նախորդ գնահատումը լրացվել է հարցաշարի { $old } տարբերակով, այս մեկը՝ { $new } տարբերակով։ { $version } տարբերակում համեմատվող հարցերից { $changed }-ի իմաստը փոխվել է, ուստի դրանց մակարդակները կարող են նույն բանը չնշանակել, և ավելացել է { $added } նոր հարց։
report-progress-versions-unknown = Գնահատումները լրացվել են { $old } և { $new } հարցաշարերով, և դրանց միջև փոփոխությունների ցանկ չկա․ մակարդակները կարող են նույն բանը չնշանակել։
report-progress-improved = Բարելավված հարցեր
report-progress-declined = Վատթարացած հարցեր
report-progress-other-changes = Այլ փոփոխություններ
report-progress-other-changes-value = առաջին անգամ պատասխանված՝ { $answered }, այլևս չպատասխանված՝ { $unanswered }, նշված որպես «կիրառելի չէ»՝ { $to_not_applicable }, այլևս ոչ «կիրառելի չէ»՝ { $from_not_applicable }
report-progress-areas = Պատրաստականությունն ըստ ոլորտների՝ նախկինում և այժմ
report-progress-then = Նախկինում
report-progress-now = Այժմ
report-progress-change = Փոփոխություն
report-progress-band-then = Աստիճանը նախկինում
report-progress-band-now = Աստիճանն այժմ
report-progress-level-then = Մակարդակը նախկինում
report-progress-level-now = Մակարդակն այժմ
report-progress-gaps-closed = Վերացված թերություններ
report-progress-gaps-opened = Նոր թերություններ
report-progress-none = Չկան։
# $old and $new: readiness figures; $change: new minus old, with its sign.
report-progress-overall-value = այժմ՝ { $new }, նախկինում՝ { $old } (փոփոխություն՝ { $change })

## Planning figures.

report-planning-figures = Պլանավորման ցուցանիշներ
report-planning-figures-intro = Ցուցանիշներ, որոնց նկատմամբ սահմանված են հարցերի չափանիշները՝ ըստ ռիսկերի ազգային գնահատման։ Եթե հարցում նշված է ցուցանիշ, այն կիրառվում է ստորև նշված արժեքով։ Եթե ազգային ցուցանիշ գրանցված չէ, կիրառվում է հարցաշարի նախնական արժեքը, և չափանիշն այնքան խիստ է, որքան այդ արժեքը։
report-planning-figure-default = Ազգային ցուցանիշ գրանցված չէ, կիրառվում է հարցաշարի նախնական արժեքը
report-column-planning-figure = Ցուցանիշ
report-column-value = Արժեք
report-column-source = Աղբյուր
report-column-as-of = Դրությամբ
