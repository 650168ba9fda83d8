# Աշխատասեղանի ծրագիրը՝ բոլոր պիտակները, հուշումները, մատչելի անունները,
# երկխոսությունները և ծանուցումները։ Անգլերեն զույգը՝ en/app.ftl։
# Եզրույթները՝ ըստ assets/i18n/glossary.tsv-ի։ ՆԱԽԱԳԻԾ՝ մինչև մայրենի
# խոսողի ստուգումը (տե՛ս hy/README.md)։

## Վերևի գոտին։

app-start = Սկիզբ
app-questions = Հարցեր
app-dashboard = Ամփոփ վահանակ
app-plan = Ծրագիր
app-unsaved = • չպահպանված փոփոխություններ
app-saved = պահպանված է
app-read-only = միայն ընթերցման (ստուգման համար)
app-status = Կարգավիճակ
app-status-unknown = անհայտ
app-save = Պահպանել
app-save-as = Պահպանել որպես…
app-export-pdf = Արտահանել PDF…
app-exporting-pdf = PDF-ն արտահանվում է…
app-help = Օգնություն (F1)
app-theme-system = Տեսք՝ համակարգի
app-theme-light = Տեսք՝ լուսավոր
app-theme-dark = Տեսք՝ մուգ
app-interface-language = Ինտերֆեյսի լեզուն
app-dismiss = Փակել
app-findings = { $count ->
   *[other] Այս ֆայլում՝ { $count } հայտնաբերված խնդիր
}
app-window-read-only = (միայն ընթերցման)

## Մեկնարկային էկրանը։

start-title = Դիմակայունության ելակետային պահանջների ինքնագնահատում
start-subtitle = Գնահատեք ազգային կարողությունների համապատասխանությունը ՆԱՏՕ-ի դիմակայունության յոթ ելակետային պահանջներին։
start-new = Նոր գնահատում
start-open = Բացել…
start-open-review = Բացել ստուգման համար…
start-open-review-tip = Բացել գործընկերոջ ֆայլը՝ առանց այն փոփոխելու վտանգի
start-recent = Վերջին ֆայլերը
start-recent-empty = Ձեր բացած կամ պահպանած ֆայլերը կհայտնվեն այստեղ։
start-reading = կարդացվում է…
start-examples = Օրինակներ
start-examples-note = Հորինված գնահատումներ՝ ծանոթանալու համար։ Պահպանելիս ծրագիրը կհարցնի, թե որտեղ պահել Ձեր պատճենը։
start-open-example = Բացել օրինակը՝ { $name }
start-recovery-title = Հայտնաբերվել է չպահպանված աշխատանք
start-recover = Վերականգնել
start-discard-autosave = Ջնջել ավտոմատ պահպանումը
start-summary = { $title } · { $organisation } · { $status } · փոփոխված՝ { $date }
start-unreadable = հնարավոր չէ կարդալ (տեղափոխվե՞լ է, թե ջնջվել)
start-autosaved = { $title } · { $organisation } · ավտոմատ պահպանված՝ { $date }
start-autosave-unreadable = անընթեռնելի է՝ { $reason }
start-recovery-of-file = { $what } — չպահպանված փոփոխություններ ֆայլում՝ { $file }
start-recovery-new = { $what } — նոր, երբեք չպահպանված գնահատում

## Նոր գնահատման ձևը և տվյալների բաժինը։

new-title = Նոր գնահատում
form-title = Վերնագիր
form-title-hint = օրինակ՝ Էներգետիկա և տրանսպորտ 2026
form-organisation = Կազմակերպություն
form-organisation-hint = գնահատվող նախարարությունը կամ գերատեսչությունը
form-assessor = Գնահատող
form-assessor-hint = Ձեր անունը կամ պաշտոնը
form-classification = Գաղտնիության աստիճան
form-language = Պատասխանների լեզուն
form-scope = Շրջանակը՝ ոլորտները, որոնք գնահատում է Ձեր կազմակերպությունը
form-questionnaire = Հարցաշար
form-questionnaire-built-in = ներկառուցված
form-choose-questionnaire = Ընտրել հարցաշարի ֆայլը…
form-create = Ստեղծել գնահատումը
form-cancel = Չեղարկել
form-need-title = Նշեք գնահատման վերնագիրը։
form-need-organisation = Նշեք գնահատվող կազմակերպությունը։
form-need-area = Ընտրեք առնվազն մեկ ոլորտ։
details-title = Գնահատման տվյալները
details-scope = Շրջանակը
details-scope-note = Շրջանակից հանված ոլորտի պատասխանները մնում են ֆայլում և կրկին հաշվի են առնվում, երբ ոլորտը նորից ներառվում է շրջանակում։
language-en = Անգլերեն
language-hy = Հայերեն

## Հարցերի էկրանը։

filter-all = Բոլոր հարցերը
filter-unanswered = Չպատասխանված
filter-flagged = Ճշտման ենթակա
filter-critical = Կրիտիկական
filter-below-target = Թիրախից ցածր
questions-none-in-scope = Շրջանակում ոչ մի ոլորտ ներառված չէ, ուստի այս գնահատումը պատասխանելու հարց չունի։
questions-previous = Նախորդը
questions-previous-tip = Alt և ձախ սլաք կամ էջ վերև
questions-next = Հաջորդը
questions-next-tip = Alt և աջ սլաք կամ էջ ներքև
questions-next-unanswered = Հաջորդ չպատասխանվածը
questions-show = Ցուցադրել
questions-search = Որոնում
questions-search-hint = բառեր հարցից կամ դրա նույնացուցիչը
questions-matching = Համապատասխանում է { $total } հարցից { $shown }-ը
question-weight = կշիռը՝ { $weight }
question-gap-type = թերության տեսակը՝ { $kind }
# Under the guidance: why the weight and critical flag are what they are, by the
# method's published rule ($text names the two scores and the reasons).
question-rule = Կշիռը և կրիտիկականությունը՝ ըստ մեթոդի կանոնի։ { $text }
question-critical = կրիտիկական
question-guidance = Ուղեցույց՝ ինչ հավաստող նյութեր ներկայացնել
question-unusable-level = Ֆայլում նշված է մակարդակ, որը rbr-ը չի կարող օգտագործել։ Այն պահպանվում է, քանի դեռ ստորև մակարդակ չեք ընտրել։
question-target = թիրախային մակարդակ
question-target-default = { $level } (լռելյայն)
question-target-override = { $level } (լռելյայնը՝ { $default })
rubric-selected = — ընտրված
rubric-target = — թիրախային մակարդակ
rubric-card = Մակարդակ { $level } { $name }՝ { $text }
answer-not-applicable = Կիրառելի չէ (N)
# Beside the answer of a question that does not accept N/A; $note says why.
answer-not-applicable-not-allowed = «Կիրառելի չէ» պատասխանն այստեղ չի ընդունվում։ { $note }
answer-follow-up = Ճշտման ենթակա
answer-needs-justification = «Կիրառելի չէ» նշված հարցի համար անհրաժեշտ է հիմնավորում․ նշեք, թե ինչու այն չի վերաբերում Ձեր կազմակերպությանը։
answer-justification = Հիմնավորում (պարտադիր)
answer-justification-hint = Ինչու այս հարցը չի վերաբերում Ձեր կազմակերպությանը
answer-evidence = Հավաստող նյութեր
answer-evidence-hint = Փաստաթղթեր, փորձարկումների արձանագրություններ, գույքագրման ցուցակներ, որոնց վրա հիմնված է մակարդակը
answer-notes = Նշումներ
answer-notes-hint = Այն ամենը, ինչ ստուգողը պետք է իմանա

## Կողային վահանակը։

sidebar-areas = Ոլորտներ
sidebar-area = { $done }/{ $total } պատասխանված · { $readiness }
sidebar-readiness = պատրաստականությունը՝ { $value }
sidebar-no-score = գնահատական դեռ չկա
sidebar-not-applicable = կիրառելի չէ
sidebar-follow-up = • ճշտման ենթակա

## Ամփոփ վահանակը։

dashboard-overall = Ընդհանուր պատրաստականություն
dashboard-completeness = Ամբողջականություն
dashboard-gaps = Թերություններ
dashboard-by-area = Պատրաստականությունն ըստ ոլորտների
dashboard-out-of-scope = { $title }՝ շրջանակից դուրս
dashboard-area-figures = պատրաստականությունը՝ { $readiness } · թիրախը՝ { $target } · պատասխանված է { $total }-ից { $done }-ը
dashboard-provisional = · նախնական
dashboard-radar = Յոթ ոլորտները
dashboard-radar-readiness = — պատրաստականություն (հոծ գիծ)
dashboard-radar-target = - - թիրախ (կետագիծ)
dashboard-radar-out = շրջանակից դուրս
dashboard-gap-list = Թերություններն ըստ առաջնահերթության ({ $count })
dashboard-no-gaps = Ոչ մի պատասխանված հարց իր թիրախից ցածր չէ։
dashboard-gap = { $id } · մակարդակը՝ { $level }, թիրախը՝ { $target } · առաջնահերթությունը՝ { $priority }
dashboard-gap-critical = · կրիտիկական
dashboard-open-question = Բացել այս հարցը
dashboard-unanswered = Չպատասխանված հարցեր ({ $count })
dashboard-all-answered = Շրջանակի յուրաքանչյուր հարց ունի մակարդակ կամ նշված է որպես «կիրառելի չէ»։
band-none-title = Գնահատական դեռ չկա

## Երկխոսությունները։

help-title = Ստեղնաշարի դյուրանցումներ
help-levels = սահմանել ցուցադրվող հարցի մակարդակը
help-not-applicable = նշել կամ հանել «կիրառելի չէ» նշումը
help-evidence = տեղադրել կուրսորը «Հավաստող նյութեր» դաշտի վերջում
help-next = հաջորդ հարցը
help-previous = նախորդ հարցը
help-save = պահպանել
help-save-as = պահպանել որպես
help-open = բացել ֆայլ
help-export = արտահանել թերությունների PDF հաշվետվությունը
help-zoom = մեծացնել կամ փոքրացնել տեքստը
help-toggle = ցույց տալ կամ թաքցնել այս օգնությունը
help-keys-note = Թվային ստեղները, N-ը և E-ն գործում են, երբ կուրսորը չի գտնվում տեքստային դաշտում։ Նախ սեղմեք Esc ստեղնը կամ մկնիկով սեղմեք դաշտից դուրս։
help-autosave-note = Ձեր աշխատանքն ավտոմատ պահպանվում է յուրաքանչյուր փոփոխությունից մի քանի վայրկյան անց։ Վթարից հետո մեկնարկային էկրանը կառաջարկի այն վերականգնել։
help-close = Փակել օգնությունը
unsaved-title = Պահպանե՞լ փոփոխությունները։
unsaved-body = { $name } ֆայլում կան չպահպանված փոփոխություններ։
unsaved-save = Պահպանել և շարունակել
unsaved-discard = Չպահպանել
unsaved-cancel = Չեղարկել
path-open = Բացել գնահատում
path-open-review = Բացել գնահատումը ստուգման համար
path-save = Պահպանել գնահատումն որպես
path-questionnaire = Օգտագործել հարցաշարի ֆայլ
path-pdf = Արտահանել թերությունների PDF հաշվետվությունը
path-open-button = Բացել այս ֆայլը
path-save-button = Պահպանել այս ուղով
path-questionnaire-button = Օգտագործել այս հարցաշարը
path-pdf-button = Արտահանել այս ուղով
path-label = Ֆայլի ուղին
path-cancel = Չեղարկել
dialog-open = Բացել գնահատում
dialog-save = Պահպանել գնահատումը
dialog-questionnaire = Ընտրել հարցաշար
dialog-pdf = Արտահանել թերությունների PDF հաշվետվությունը
dialog-spreadsheet = Արտահանել գնահատումն աղյուսակի տեսքով
dialog-open-many = Ընտրել միավորվող գնահատման ֆայլերը
dialog-key = Ընտրեք ձեր գաղտնի բանալու ֆայլը
notice-no-key-folder = Ծրագրի տվյալների թղթապանակ չկա, որտեղ կարելի է պահել բանալին։ Փոխարենն ընտրեք առկա բանալու ֆայլ։
notice-key-created = Ստորագրման նոր բանալին պահպանված է որպես { $path }։ Դրա բանալու մատնահետքն է { $key }։ Դրա հանրային տողը (ցուցադրված է ինքնության պատուհանում) ուղարկեք թույլատրված ստորագրողների ֆայլը վարող համակարգողին։
dialog-filter-assessment = rbr գնահատում
dialog-filter-questionnaire = հարցաշար

## Ծանուցումները։

# $question: the id; $note: why the question does not accept N/A.
notice-not-applicable-refused = { $question } հարցը հնարավոր չէ նշել որպես «կիրառելի չէ»։ { $note }
notice-read-only = Այս գնահատումը բացված է ստուգման համար․ պատասխանները հնարավոր չէ փոխել, սակայն կարելի է ավելացնել մեկնաբանություններ և կատարել ստուգման քայլեր։ Խմբագրելի պատճեն ստանալու համար օգտագործեք «Պահպանել որպես» հրամանը։
notice-no-autosave-folder = Ավտոմատ պահպանման պանակ չի գտնվել․ վթարից հետո չպահպանված աշխատանքը հնարավոր չի լինի վերականգնել։ Հաճախ պահպանեք Ձեր աշխատանքը։
notice-autosave-failed = Ավտոմատ պահպանումը ձախողվեց՝ { $reason }։ Պահպանեք Ձեր աշխատանքը Ctrl և S ստեղներով։
notice-save-failed = Հնարավոր չեղավ պահպանել՝ { $reason }։ Ձեր փոփոխությունները մնում են այստեղ և ավտոմատ պահպանման մեջ։ Ընտրեք այլ պանակ «Պահպանել որպես» հրամանով։
notice-saved = Պահպանված է՝ { $file }
notice-questionnaire-fallback = { $reason } Դրա փոխարեն օգտագործվում է ներկառուցված հարցաշարը։
notice-open-failed = Հնարավոր չեղավ բացել՝ { $reason }
notice-newer-autosave = Այս ֆայլի համար կա նախորդ աշխատաշրջանից մնացած չպահպանված աշխատանք։ Այն տեսնելու համար անցեք «Սկիզբ» էջ և ընտրեք «Վերականգնել»։ Այժմ կատարվող փոփոխությունները կգրվեն այդ ավտոմատ պահպանման փոխարեն։
notice-findings = { $name } ֆայլում կա { $count ->
   *[other] { $count } հայտնաբերված խնդիր
}, որոնք թվարկված են վերնագրի տողի ներքևում։ Այն, ինչ rbr-ը չի հասկանում, պահպանվում և հետ է գրվում անփոփոխ։
notice-example-unreadable = { $name } օրինակը հնարավոր չեղավ կարդալ՝ { $reason }
notice-recover-failed = Հնարավոր չեղավ վերականգնել՝ { $reason }
notice-recovered = Ավտոմատ պահպանված աշխատանքը վերականգնվեց։ Պահպանեք այն, որպեսզի չկորցնեք։
notice-save-before-export = Արտահանելուց առաջ պահպանեք գնահատումը, քանի որ հաշվետվությունը նշում է այն ֆայլը, որից ստեղծվել է։
notice-exported = Թերությունների PDF հաշվետվությունն արտահանվեց՝ { $file }
notice-export-failed = Հնարավոր չեղավ արտահանել PDF-ը՝ { $reason }։ Ձեր գնահատումը չի փոխվել։
doc-untitled = Անանուն գնահատում
doc-recovered = Վերականգնված գնահատում
doc-example = { $name } (օրինակ)
path-no-dialog = Այս համակարգում ֆայլերի երկխոսություն հասանելի չէ (անհրաժեշտ է աշխատասեղանի պորտալը կամ zenity ծրագիրը)։ Մուտքագրեք ֆայլի ամբողջական ուղին։
notice-export-crashed = արտահանումն անսպասելիորեն ընդհատվեց

## Հարցաշարի տարբերակները, թարգմանությունները և ոլորտների փոխկախվածությունը։

filter-recheck = Վերստուգման ենթակա
recheck-note = Այս հարցը փոխվել է հարցաշարի { $version } տարբերակում։ Ստուգեք, որ պատասխանը դեռ ճիշտ է։
recheck-done = Պատասխանը մնում է ճիշտ
questionnaire-hy-draft = Այս հարցաշարի հայերեն տեքստը նախագիծ է, քանի դեռ նախարարության ստուգողը չի հաստատել այն։
upgrade-offer = Այս ֆայլը լրացվել է { $id } { $from } հարցաշարով։ { $to } տարբերակում փոխվել է պատասխանված { $changed } հարց, և ավելացել է { $added } նոր հարց։ Ոչինչ չի կորչում։
upgrade-button = Անցնել { $to } տարբերակին
notice-upgraded = Անցումը { $to } տարբերակին կատարված է․ վերստուգման ենթակա է { $recheck } պատասխան (տե՛ս «Վերստուգման ենթակա» զտիչը)։
dashboard-knock-on-title = Շղթայական ազդեցություն
dashboard-knock-on = { $area } ոլորտը պատրաստ չէ, և դրանից { $count ->
    [one] կախված է
   *[other] կախված են
}՝ { $dependents }։
upgrade-what = Վերստուգման ենթակա՝ { $recheck }։ Նոր հարցեր՝ { $added }։

## Review and sign-off in the app. $time is written 2026-11-28 10:05 UTC.

review-status = Կարգավիճակ՝ { $status }
review-action-submit = Ներկայացնել
review-action-return = Վերադարձնել որպես նախագիծ
review-action-reviewed = Նշել որպես ստուգված
review-action-approve = Հաստատել
review-action-reopen = Վերաբացել
review-done-submitted = ներկայացված
review-done-returned = վերադարձված որպես նախագիծ
review-done-reviewed = ստուգված
review-done-approved = հաստատված
review-done-reopened = վերաբացված
review-comments = Ստուգման մեկնաբանություններ (բաց՝ { $open })
review-no-comments = Այս հարցի վերաբերյալ մեկնաբանություններ չկան։
review-new-comment = Նոր մեկնաբանություն
review-add-comment = Ավելացնել մեկնաբանություն
review-comment-open = բաց
review-comment-resolved = լուծված
review-comment-by = { $author }, { $time } ({ $state })
review-reply-by = { $author }, { $time }
review-your-reply = Ձեր պատասխանը
review-reply = Պատասխանել
review-resolve = Նշել որպես լուծված
review-identity-title = Ո՞վ է ստուգում։
review-identity-why = Ձեր անունը, դերը և կազմակերպությունը գրանցվում են Ձեր յուրաքանչյուր մեկնաբանության և քայլի հետ։ Դրանք պահվում են այս համակարգչի կարգավորումներում, ոչ թե գնահատման մեջ։
review-identity-name = Ձեր անունը
review-identity-role = Ձեր դերը
review-identity-organisation = Ձեր կազմակերպությունը
review-identity-save = Շարունակել
review-key-title = Ստորագրման բանալի
review-key-why = Բանալու առկայության դեպքում ձեր յուրաքանչյուր քայլը ստորագրվում է, և համակարգողի թույլատրված ստորագրողների ֆայլն ունեցող ցանկացած անձ կարող է ստուգել, որ այն կատարել եք դուք։ Առանց բանալու քայլերը գրանցվում են չստորագրված։
review-identity-principal = Ձեր նույնացուցիչը (էլեկտրոնային փոստի հասցեի ձևով) թույլատրված ստորագրողների ֆայլում
review-key-passphrase = Բանալու գաղտնաբառը (ըստ ցանկության)
# $key: SHA256:...
review-key-open = Քայլերը ստորագրվում են { $key } բանալիով։
review-key-public = Այս տողն ուղարկեք թույլատրված ստորագրողների ֆայլը վարող համակարգողին․
review-key-locked = { $file } բանալին պաշտպանված է գաղտնաբառով․ մուտքագրեք այն վերևում և բացեք բանալին։
review-key-none = Բանալի չկա․ քայլերը գրանցվում են չստորագրված։
review-key-create = Ստեղծել նոր բանալի
review-key-choose = Ընտրել բանալու ֆայլը…
review-key-unlock = Բացել բանալին
review-key-forget = Այլևս չստորագրել
review-identity-edit = Ձեր ինքնությունը և ստորագրման բանալին…
review-cancel = Չեղարկել
review-note = Նշում
review-note-hint = Պատճառը՝ Ձեր բառերով
review-record = Գրանցել
review-history = Պատմություն ({ $count } իրադարձություն)
review-event = { $seq }. { $time }  { $who }՝ { $action }, { $before } – { $after }
review-who = { $name } ({ $role }, { $organisation })
sidebar-open-comments = • բաց մեկնաբանություններ՝ { $count }
dashboard-open-comments = Բաց մեկնաբանություններ
filter-open-comments = Բաց մեկնաբանություններով
notice-approved-locked = Այս գնահատումը հաստատված է, և դրա պատասխանները հնարավոր չէ փոխել։ Դրանք փոխելու համար վերաբացեք այն։
review-assessment-comments = Ամբողջ գնահատման վերաբերյալ մեկնաբանություններ (բաց՝ { $open })
review-no-assessment-comments = Ամբողջ գնահատման վերաբերյալ մեկնաբանություններ չկան։

## The Plan screen: who closes each gap, by when, how far along.

plan-title = Գործողությունների ծրագիր
plan-intro = Բոլոր թերությունները՝ ըստ առաջնահերթության նվազման։ Աղյուսակում նշեք յուրաքանչյուր գործողությունը, պատասխանատուն և կատարման ժամկետը։ Հարցը բացվում է իր համարի վրա սեղմելով։ «Մանրամասներ» բաժնում են մեկնարկի ամսաթիվը, ռեսուրսները և միջանկյալ փուլերը։
# $owned_and_dated of $gaps gaps have both an owner (a body or a person) and a due date.
plan-coverage = Թերություններ՝ { $gaps }, որոնցից պատասխանատու և կատարման ժամկետ ունեն՝ { $owned_and_dated }, կատարված են՝ { $done }, ժամկետանց են՝ { $overdue }։
plan-no-gaps = Թերություններ չկան․ պատասխանված բոլոր հարցերը հասնում են իրենց թիրախային մակարդակին։
plan-none-match = Զտիչներին համապատասխանող թերություն չկա։
plan-closed-heading = Այլևս թերություն չհամարվող հարցեր
plan-closed-intro = Այս հարցերն այժմ թերություն չեն համարվում․ դրանք հասնում են իրենց թիրախային մակարդակին, նշված են որպես «կիրառելի չէ», դեռ մակարդակ չունեն կամ շրջանակից դուրս են։ Դրանց գործողությունների ծրագրի տողերը պահպանվում են՝ որպես արձանագրություն։
plan-all = Բոլորը
plan-filter-area = Ոլորտ
plan-filter-status = Կարգավիճակ
plan-filter-owner = Պատասխանատուն պարունակում է
plan-filter-overdue = Միայն ժամկետանցները
plan-sort-hint = Դասավորել ըստ այս սյունակի (կրկին սեղմելով՝ հակառակ հերթականությամբ)
plan-column-area = Ոլորտ
plan-column-question = Հարց
plan-column-priority = Առաջնահերթություն
plan-column-action = Գործողություն
plan-column-owner = Պատասխանատու՝ մարմին, անձ
plan-column-due = Կատարման ժամկետ
plan-column-status = Կարգավիճակ
plan-not-a-gap = թիրախը ձեռք է բերված
plan-overdue = Ժամկետանց
plan-details = Մանրամասներ
plan-details-of = { $question } հարցի գործողությունների ծրագրի մանրամասները
plan-details-title = { $question } հարցի գործողությունների ծրագիրը
plan-details-close = Փակել
plan-action-of = { $question } հարցի գործողությունը
plan-body-of = { $question } հարցի պատասխանատու մարմինը
plan-body-hint = Պատասխանատու մարմին
plan-person-of = { $question } հարցի պատասխանատու անձը
plan-person-hint = Պատասխանատու անձ
plan-resources-of = { $question } հարցի ռեսուրսները
plan-resources-hint = Մարդկային ռեսուրսներ, բյուջե կամ ծախսերի նախահաշիվ
plan-start-of = { $question } հարցի մեկնարկի ամսաթիվը
plan-due-of = { $question } հարցի կատարման ժամկետը
plan-status-date-of = { $question } հարցի կարգավիճակի ամսաթիվը
plan-status-of = { $question } հարցի կարգավիճակը
plan-date-hint = ՏՏՏՏ-ԱԱ-ՕՕ
plan-date-unreadable = Ամսաթիվ չէ։ Գրեք այս տեսքով՝ 2027-06-30։
plan-start = Մեկնարկի ամսաթիվ
plan-resources = Ռեսուրսներ կամ ծախսերի նախահաշիվ
plan-status-date = Կարգավիճակը նշվել է
# $days: whole days since the status was set (0 today).
plan-status-age = { $days ->
    [0] այսօր
   *[other] { $days } օր առաջ
}
plan-milestones = Միջանկյալ փուլեր
plan-milestone-hint = Ինչ պետք է ձեռք բերվի
plan-milestone-add = Ավելացնել միջանկյալ փուլ
plan-milestone-done-of = { $question } հարցի { $number }-րդ միջանկյալ փուլն ավարտված է
plan-milestone-date-of = { $question } հարցի { $number }-րդ միջանկյալ փուլի ամսաթիվը
plan-milestone-text-of = { $question } հարցի { $number }-րդ միջանկյալ փուլը
plan-milestone-remove-of = Հեռացնել { $question } հարցի { $number }-րդ միջանկյալ փուլը
plan-progress-title = Գործողությունների ծրագրի կատարման ընթացքը
plan-open = Բացել գործողությունների ծրագիրը
plan-progress-gaps = Թերություններ
plan-progress-owned = Պատասխանատուով
plan-progress-dated = Կատարման ժամկետով
plan-progress-done = Կատարված
plan-progress-overdue = Ժամկետանց
plan-progress-all = Բոլոր ոլորտները
plan-gap-cell = մակարդակ՝ { $level }
    թիրախ՝ { $target }
    առաջնահերթություն՝ { $priority }
plan-milestone-remove = Հեռացնել

## Comparing with an earlier round, on the dashboard.

compare-with = Համեմատել նախորդ փուլի հետ…
compare-with-hint = Ընտրեք նախորդ գնահատման ֆայլը։ Ամփոփ վահանակը ցույց կտա, թե ինչ է փոխվել դրանից հետո, իսկ արտահանվող PDF հաշվետվությունում կավելանա «Առաջընթացը» բաժինը։
# $date: the earlier round's date in words; $file: its file name.
compare-heading = Առաջընթացը { $date }-ից ի վեր ({ $file })
compare-heading-undated = Առաջընթացը նախորդ փուլից ի վեր ({ $file })
compare-close = Փակել համեմատությունը
# $old and $new: overall readiness then and now; $change: the difference, signed.
compare-overall = Ընդհանուր պատրաստականություն՝ նախկինում { $old }, այժմ { $new } ({ $change })։
# A question that moved: $old and $new are its answers then and now.
compare-question = { $id }՝ նախկինում { $old }, այժմ { $new }
compare-figure = { $id } { $name }՝ նախկինում { $old }, այժմ { $new }
# After an area's figures: its readiness in the earlier round and the change since.
compare-area-figures = · նախկինում { $old } ({ $change })
compare-radar-earlier = ··· նախորդ փուլը (մոխրագույն)
notice-comparing = Համեմատվում է { $file } ֆայլի հետ։ Ամփոփ վահանակը ցույց է տալիս փոփոխությունները, իսկ PDF արտահանումն ավելացնում է առաջընթացի բաժինը։
path-compare = Նախորդ փուլը, որի հետ պետք է համեմատել

## Spreadsheet export from the app.

app-export-sheet = Աղյուսակ
app-export-xlsx = Արտահանել Excel ֆայլ…
app-export-csv = Արտահանել գործողությունների ծրագիրը CSV ֆայլով…
notice-exported-sheet = Արտահանվել է { $file } ֆայլում
path-spreadsheet = Որտեղ գրել աղյուսակը

## Combine files
## A national coordinator combines the ministries' files into one new assessment.
## $file is a file name; $question a question's id (BR2.1), or its target level.

start-combine = Միավորել ֆայլերը…
start-combine-tip = Նախարարությունների ֆայլերից կազմել մեկ ազգային գնահատում
combine-title = Ֆայլերի միավորում
combine-intro = Յուրաքանչյուր ֆայլից վերցվում են իր ընդգրկած ոլորտների պատասխանները։ Եթե ֆայլերում նույն հարցին տրված են տարբեր պատասխաններ, ընտրեք պահպանվողը․ մյուսների հավաստող նյութերը կպահպանվեն նշումներում։ Ֆայլերը միայն կարդացվում են և երբեք չեն փոփոխվում։
combine-files = Միավորվող ֆայլերը
combine-no-files = Դեռ ոչ մի ֆայլ չկա․ ավելացրեք նախարարությունների գնահատման ֆայլերը։
combine-add = Ավելացնել ֆայլեր…
combine-remove = Հեռացնել
combine-remove-of = Հեռացնել { $file } ֆայլը
combine-file-summary = { $title } · { $organisation }
combine-scope-all = բոլոր ոլորտները
combine-scope = ոլորտներ՝ { $areas }
combine-prefer = Բոլոր հակասություններում նախապատվությունը տալ այս ֆայլին
combine-prefer-of = Բոլոր հակասություններում նախապատվությունը տալ { $file } ֆայլին
combine-coverage = Ոլորտները և դրանք ընդգրկող ֆայլերը
combine-area = Ոլորտ
combine-covered-by = Ֆայլեր
combine-no-file = ոչ մի ֆայլ․ ընդգրկված չէ
combine-conflicts = { $count ->
   *[other] { $count } հակասություն՝ հարցեր, որոնց ֆայլերում տրված են տարբեր պատասխաններ
}
combine-no-conflicts = Հակասություններ չկան․ որտեղ ֆայլերը համընկնում են, պատասխանները նույնն են։
combine-target = { $question }, թիրախային մակարդակ
combine-level = մակարդակ՝ { $level }
combine-not-applicable = կիրառելի չէ
combine-unanswered = չպատասխանված
combine-side = { $file } — { $answer }
combine-take = { $question }՝ ընտրել { $file } ֆայլը ({ $answer })
combine-result = Միավորված գնահատումը
combine-result-title = Վերնագիր
combine-result-organisation = Կազմակերպություն
combine-save = Պահպանել միավորված գնահատումը…
combine-need-two = Միավորելու համար ավելացրեք առնվազն երկու ֆայլ։
combine-left = { $count ->
   *[other] Լուծման է սպասում { $count } հակասություն։
}
combine-settled = Բոլոր հակասությունները լուծված են։
notice-combine-unreadable = Հնարավոր չեղավ ավելացնել ֆայլը՝ { $reason }
notice-combine-already-added = { $file } ֆայլն արդեն ցանկում է։
notice-combine-output-is-source = { $file } ֆայլը միավորվող ֆայլերից մեկն է։ Արդյունքը պահպանեք այլ ֆայլում, քանի որ միավորվող ֆայլերն երբեք չեն փոփոխվում։
notice-combine-failed = Միավորված գնահատումը չպահպանվեց՝ { $reason }
notice-combined = { $count } ֆայլից միավորված գնահատումը պահպանվել է՝ { $file }։
path-combine-add = Ավելացնել միավորվող ֆայլ
path-combine-add-button = Ավելացնել այս ֆայլը
path-combine-save = Պահպանել միավորված գնահատումն որպես

## Measured and planning figures.

# $name: what the indicator measures.
figure-heading = Չափված ցուցանիշ՝ { $name }
# One level's requirement: $required is "≥ 90 days".
figure-requirement = { $level } մակարդակ՝ { $required }
# Label of the value field; $unit: the indicator's unit.
figure-value = Արժեքը ({ $unit }), { $question }
figure-as-of-label = Որ ամսաթվի դրությամբ, { $question }
figure-source-label = Աղբյուրը, { $question }
figure-source-hint = Փաստաթուղթ կամ մարմին, որից վերցված է ցուցանիշը
figure-value-short = Արժեքը ({ $unit })
figure-as-of-short = Դրությամբ
figure-source-short = Աղբյուրը
figure-not-a-number = Թիվ չէ։ Մուտքագրեք թվանշաններ, օրինակ՝ 61 կամ 82,5։
figure-not-a-date = Ամսաթիվ չէ։ Մուտքագրեք ՏՏՏՏ-ԱԱ-ՕՕ ձևաչափով, օրինակ՝ 2026-09-30։
# $level, $name: the level the figure supports and its name.
figure-suggests = Ցուցանիշը հիմնավորում է մինչև { $level } մակարդակը ({ $name })։
figure-use-level = Սահմանել { $level } մակարդակ
question-next-step = Հաջորդ քայլը ({ $from }-ից { $to } մակարդակ)՝ { $step }
figures-title = Պլանավորման ցուցանիշներ
figures-intro = Երկրի սեփական ցուցանիշները՝ ռիսկերի ազգային գնահատումից (BR1.9)։ Դրանք կիրառող հարցերը կարդացվում են այստեղ գրանցված արժեքով, իսկ մինչև դրա գրանցումը կիրառվում է հարցաշարի նախնական արժեքը։
figures-value = Արժեքը ({ $unit }), { $name }
figures-as-of-label = Որ ամսաթվի դրությամբ, { $name }
figures-source-label = Աղբյուրը, { $name }
# $value: the default with its unit.
figures-default = Հարցաշարի նախնական արժեքը՝ { $value }

## A save that would overwrite someone else's change.

conflict-title = Ֆայլը սկավառակի վրա փոխվել է
conflict-why = { $file } ֆայլը ձեր բացելուց հետո պահպանվել է մեկ ուրիշի կամ այլ ծրագրի կողմից։ Հիմա պահպանելը կվերագրի նրա փոփոխությունները, ուստի դեռ ոչինչ չի պահպանվել։
conflict-changed = { $count ->
    [one] Այնտեղ փոխվել է՝ { $questions }։
   *[other] Այնտեղ փոխվել է ({ $count } հարց)՝ { $questions }։
}
conflict-changed-other = Այնտեղ պատասխաններ չեն փոխվել, սակայն փոխվել են ֆայլի այլ մասեր (տվյալները, ծրագիրը կամ ստուգումը)։
conflict-both = Փոխվել է և՛ այստեղ, և՛ այնտեղ, տարբեր կերպ․ ձերը պահպանվում է, եթե չնշեք նրանցը։
conflict-take-theirs = Վերցնել նրանց տարբերակը { $question } հարցի համար
conflict-combine = Միավորել և պահպանել
conflict-copy = Պահպանել իմ տարբերակն որպես պատճեն…
conflict-overwrite = Վերագրել…
conflict-overwrite-confirm = Այո, վերագրել նրանց փոփոխությունները
conflict-overwrite-warning = Նրանց փոփոխությունները կկորչեն։ Վերագրելու համար սեղմեք ևս մեկ անգամ կամ փոխարենը միավորեք։
locked-title = Այս ֆայլը բացել է մեկ ուրիշը
locked-title-own-window = Այս ֆայլն արդեն բացված է rbr-ի մեկ այլ պատուհանում
# $since: date and time (UTC as the lock says it).
locked-by = Խմբագրման համար բացել է՝ { $name }, { $computer } համակարգչում, { $since }-ից։
locked-why = Եթե երկուսդ էլ խմբագրեք, պահպանելիս ձեզնից մեկը ստիպված կլինի միավորել մյուսի փոփոխությունները։ Կարող եք բացել այն ստուգման համար՝ միայն ընթերցման, կամ, այնուամենայնիվ, խմբագրել։
locked-why-own-window = Եթե այն խմբագրեք երկու պատուհանում էլ, երկրորդ պահպանման ժամանակ պետք կլինի միավորել առաջինի փոփոխությունները։ Կարող եք այստեղ բացել այն ստուգման համար՝ միայն ընթերցման, կամ, այնուամենայնիվ, խմբագրել։
locked-review = Բացել ստուգման համար (միայն ընթերցման)
locked-edit = Այնուամենայնիվ խմբագրել
