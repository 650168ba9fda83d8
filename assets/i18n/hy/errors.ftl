# Միջուկի հաղորդագրություններ՝ գնահատման ֆայլում հայտնաբերված խնդիրներ, ֆայլեր,
# որոնք հնարավոր չէ կարդալ կամ գրել, և հարցաշարի ֆայլի խնդիրներ։
# Each message mirrors en/errors.ftl; terms follow assets/i18n/glossary.tsv.
# A location (the question, the field, the file) opens the line and is followed by
# ": ", as in the English, so the lines read and sort like a compiler's.
# Draft until a ministry's reviewer signs it off: see hy/README.md.

## Findings: something in a readable assessment file needs a person's attention.
## $question is a question id (BR2.1); $value is the value as written in the file.

finding-other-questionnaire = հարցաշար: ֆայլը լրացված է «{ $id }» { $version } հարցաշարի համար։ Ստուգեք պատասխաններն այդ հարցաշարով կամ բեռնեք այն { $option } ընտրանքով։
finding-invalid-level = { $question }: { $value } մակարդակը 0-ից մինչև 4 ամբողջ թիվ չէ։ Ընտրեք 0-ից 4 մակարդակներից մեկը (մինչ այդ գրված արժեքը պահպանվում է)։
# $reason: what the JSON reader said, in the same language (a json-* message).
finding-malformed-answer = { $question }: պատասխանը հնարավոր չէ կարդալ ({ $reason })։ Ուղղեք այն տեքստային խմբագրիչում (այն պահպանվում է այնպես, ինչպես գրված է)։
finding-unknown-question = { $question }: հարցաշարում նման հարց չկա։ Պատասխանը պահպանվում է, բայց չի հաշվարկվում։ Միգուցե հարցը վերանվանվե՞լ է։
# $field: targets.BR2.1
finding-unknown-target-question = { $field }: հարցաշարում նման հարց չկա։ Թիրախային մակարդակը պահպանվում է, բայց չի օգտագործվում։
# $field: meta.scope; $area: the area id as written.
finding-unknown-area = { $field }: հարցաշարում «{ $area }» ոլորտ չկա։ Օգտագործեք BR1–BR7 ոլորտները։
finding-missing-justification = { $question }: հարցը նշված է որպես «կիրառելի չէ», բայց հիմնավորում չկա։ Նշեք, թե ինչու այն չի կիրառվում։
finding-not-applicable-with-level = { $question }: հարցը նշված է որպես «կիրառելի չէ», և միաժամանակ տրված է մակարդակ։ Թողեք դրանցից մեկը (հարցը հաշվարկվում է որպես «կիրառելի չէ»)։
finding-not-applicable-not-allowed = { $question }: հարցը նշված է որպես «կիրառելի չէ», ինչն այս հարցի համար թույլատրված չէ։ Մինչև մակարդակ տրվելն այն հաշվարկվում է որպես անպատասխան (պատճառը նշված է հարցում)։
finding-invalid-target = { $field }: { $value } թիրախային մակարդակը 0-ից մինչև 4 ամբողջ թիվ չէ։ Սահմանեք 0-ից մինչև 4 թիրախային մակարդակ։
# $allowed: the four values a file may hold, as written in files.
finding-invalid-status = { $field }: { $value } արժեքը թույլատրելի չէ։ Գրեք հետևյալներից մեկը՝ { $allowed }։
# $example: a date as files hold it (2026-11-27T16:30:00Z).
finding-invalid-date = { $field }: { $value } արժեքն ամսաթիվ չէ։ Գրեք ամսաթիվն այս տեսքով՝ { $example }։
# $value: the measured figure with its unit; $supports: the level it supports.
finding-level-above-figure = { $question }: { $level } մակարդակը բարձր է այն մակարդակից, որը հիմնավորում է ցուցանիշը ({ $value }՝ { $supports } մակարդակ)։ Իջեցրեք մակարդակը կամ նշումներում բացատրեք, թե ինչու է ցուցանիշը թերագնահատում իրավիճակը։
# $date: the date the figure is as of; $months: its age in whole months.
finding-figure-out-of-date = { $question }: ցուցանիշը { $date }-ի դրությամբ է՝ { $months } ամիս առաջ, ինչը գերազանցում է այս հարցի համար թույլատրելի { $window } ամիսը։ Գրանցեք ընթացիկ ցուցանիշ։
finding-figure-date = { $field }: { $value } արժեքն ամսաթիվ չէ (օրինակ՝ { $example })։
finding-unused-figure = { $field }: հարցաշարը նման ցուցանիշ չի պահանջում։ Այն պահպանվում է ֆայլում, բայց չի օգտագործվում։
finding-malformed-figure = { $field }: ցուցանիշը հնարավոր չէ կարդալ ({ $reason })։ Որպես արժեք գրեք թիվ։

## Findings in the action plan ($field: plan.BR2.1, plan.BR2.1.due).

finding-unknown-plan-question = { $field }: հարցաշարում նման հարց չկա։ Գործողությունների ծրագրի տողը պահպանվում է, բայց չի ցուցադրվում։
# $reason: what the JSON reader said, in the same language (a json-* message).
finding-malformed-plan-entry = { $field }: գործողությունների ծրագրի տողը հնարավոր չէ կարդալ ({ $reason })։ Ուղղեք այն տեքստային խմբագրիչում (այն պահպանվում է այնպես, ինչպես գրված է)։
# $example: a date as plan entries hold it (2027-06-30).
finding-invalid-plan-date = { $field }: { $value } արժեքն ամսաթիվ չէ։ Գրեք ամսաթիվն այս տեսքով՝ { $example }։ Մինչ այդ գրված արժեքը պահպանվում է։
# $allowed: the four values a plan status may hold, as written in files.
finding-invalid-plan-status = { $field }: { $value } արժեքը թույլատրելի չէ։ Գրեք հետևյալներից մեկը՝ { $allowed }։ Մինչ այդ տողը համարվում է «պլանավորված»։

## An assessment file that cannot be read at all. $reason, where present, is
## what the JSON reader said, in the same language (a json-* message); $line and $column
## count from 1.

# $size: the file's size in bytes, formatted.
error-too-large = ֆայլի չափը { $size } բայթ է, ինչը գերազանցում է գնահատման ֆայլի 16 ՄԲ սահմանը։ Արդյո՞ք սա ճիշտ ֆայլն է։
error-not-utf8 = տեքստը UTF-8 կոդավորմամբ չէ (տող { $line })։ Պահպանեք ֆայլը UTF-8 կոդավորմամբ և փորձեք կրկին։
error-json = ֆայլը վավեր JSON չէ՝ { $reason } (տող { $line }, սյունակ { $column })։ Ուղղեք այն տեքստային խմբագրիչում։
# $reason: one of the error-header-* messages.
error-not-an-assessment = ֆայլը rbr-ի գնահատման ֆայլ չէ։ { $reason }
# $supported: the newest format version this build reads.
error-newer-format = ֆայլը գրված է ձևաչափի { $found } տարբերակով, որն ավելի նոր է, քան այս rbr-ի կարդացածը ({ $supported })։ Այն բացելու համար թարմացրեք rbr-ը։
# $path: the JSON path of the field (meta.title).
error-shape = «{ $path }» դաշտում սխալ կա՝ { $reason } (տող { $line }, սյունակ { $column })։ Ուղղեք այն տեքստային խմբագրիչում։
error-serialize = գնահատումը հնարավոր չեղավ գրել JSON ձևաչափով ({ $reason })։ Ոչինչ չի գրվել։ Խնդրում ենք այս սխալի մասին տեղեկացնել rbr-ի մշակողներին։

## Why a file's first fields show it is not an assessment. $field is the field's
## name in the file (format, format_version); $found is its value as written.

error-header-not-an-object = Ֆայլը JSON է պարունակում, բայց այն օբյեկտ չէ։
error-header-other-format = «{ $field }» դաշտի արժեքը { $found } է, իսկ սպասվում էր «{ $expected }»։
error-header-no-format = Չկա «{ $field }» դաշտը՝ «{ $expected }» արժեքով։
error-header-unknown-version = «{ $field }» դաշտի { $found } տարբերակն այս rbr-ին անհայտ է։
error-header-version-not-number = «{ $field }» դաշտի արժեքը { $found } է, իսկ սպասվում էր թիվ, օրինակ՝ 1։
error-header-no-version = «{ $field }» դաշտը բացակայում է։

## Files that cannot be read or written. $file is the path.

error-file-io = { $file }: { $reason }։ Ստուգեք ֆայլի ուղին և մուտքի թույլտվությունը։
error-file-assessment = { $file }: { $reason }
error-file-questionnaire = { $file }: { $reason }
error-file-save = { $file }: ֆայլը հնարավոր չէ գրել ({ $reason })։ Այնտեղ եղած ֆայլը չի փոխվել։ Ստուգեք, որ պանակը գոյություն ունի, որ Դուք դրանում գրելու իրավունք ունեք և որ սկավառակում տեղ կա, կամ պահպանեք այլ տեղում։

## What the system said, for the usual cases; anything else is shown in the
## system's own words.

error-io-not-found = ֆայլը կամ պանակը գոյություն չունի
error-io-permission-denied = մուտքի թույլտվություն չկա
error-io-held-open = ֆայլը բաց է այլ ծրագրում (Excel-ում կամ հակավիրուսային ստուգման ընթացքում)․ փակեք այն այնտեղ կամ պահպանեք այլ անունով
error-io-permission-denied-windows = Windows-ը մերժեց մուտքը․ ֆայլը կարող է լինել միայն կարդալու համար կամ բաց այլ ծրագրում (Excel-ում կամ հակավիրուսային ստուգման ընթացքում)․ փակեք այն այնտեղ կամ պահպանեք այլ անունով
error-io-is-a-directory = սա պանակ է, ոչ թե ֆայլ
error-io-not-a-directory = ուղու մի մասը ֆայլ է, ոչ թե պանակ
error-io-storage-full = սկավառակը լցված է
error-io-file-too-large = ֆայլը կգերազանցեր այս համակարգում թույլատրված չափը (չափի սահմանափակում կամ սկավառակի քվոտա)
error-io-read-only = սկավառակը կամ պանակը միայն կարդալու համար է
error-io-not-utf8 = տեքստը UTF-8 կոդավորմամբ չէ
# $count: how many links were followed.
error-io-link-loop = անընդմեջ ավելի քան { $count } խորհրդանշական հղում (միգուցե օղա՞կ)

## A questionnaire file that cannot be used. $place is where: a question id
## (BR3.4), an area id (BR3), or a position when the id is missing.

error-questionnaire-syntax = ֆայլը հարցաշար չէ՝ { $reason } (տող { $line }, սյունակ { $column })։
# Followed by the problems, one a line. A noun after a numeral stays singular.
error-questionnaire-invalid = { $count ->
   *[other] Հարցաշարում կա { $count } խնդիր․
}
problem-missing = { $place }: «{ $field }» դաշտը բացակայում է։
# $code: the language code every text needs (en).
problem-no-english = { $place }: «{ $field }» դաշտն անգլերեն («{ $code }») տեքստ չունի։
# $pattern: MAJOR.MINOR.PATCH
problem-version = հարցաշար: «{ $version }» տարբերակը { $pattern } տեսքի չէ։
problem-levels-out-of-order = հարցաշար: «{ $field }» դաշտը պետք է թվարկի 0, 1, 2, 3, 4 մակարդակները հերթականությամբ։
problem-level-without-english = մակարդակ { $level }: անվանումը և նկարագրությունը պետք է ունենան անգլերեն տեքստ։
problem-no-areas = հարցաշար: ոլորտներ չկան։
problem-area-id-twice = { $place }: ոլորտի նույնացուցիչն օգտագործված է երկու անգամ։
problem-no-questions = { $place }: ոլորտը հարցեր չունի։
problem-question-id-twice = { $place }: հարցի նույնացուցիչն օգտագործված է երկու անգամ։
problem-weight = { $place }: { $weight } կշիռը 1–3 միջակայքից դուրս է։
problem-target = { $place }: { $target } թիրախային մակարդակը 0–4 միջակայքից դուրս է։
problem-rubric-length = { $place }: մակարդակների նկարագրությունների թիվը { $entries } է, իսկ պետք է լինի ճիշտ հինգ (0-ից մինչև 4 մակարդակների համար)։
problem-rubric-without-english = { $place }: { $level } մակարդակի նկարագրությունն անգլերեն տեքստ չունի։
# $allowed: the five POETE kinds as written in questionnaire files.
# $consequence, $replacement: the scores as written.
problem-rule-score = { $place }: կանոնի հետևանքի { $consequence } կամ փոխարինման դժվարության { $replacement } գնահատականը 1–3 միջակայքից դուրս է։
# $weight: 1-3; $critical: true or false, as the file writes it.
problem-rule-mismatch = { $place }: կանոնով կշիռը { $weight } է, իսկ կրիտիկականությունը՝ { $critical }։ Սահմանեք դրանք կամ փոխեք կանոնի գնահատականները։
problem-poete = { $place }: «{ $value }» արժեքը POETE-ի տեսակներից չէ։ Գրեք հետևյալներից մեկը՝ { $allowed }։
# The questionnaire as a whole, as a place.
problem-place-questionnaire = հարցաշար
# A place without an id: the area's or the question's position, counting from 1.
problem-place-area = ոլորտ № { $number }
problem-place-question = { $area }, հարց № { $number }
problem-dependency = { $place }: կախված է «{ $area }»-ից, որը կա՛մ նույն ոլորտն է, կա՛մ այս հարցաշարի ոլորտ չէ։ Նշեք այլ ոլորտի նույնացուցիչը։
problem-change-unknown = Փոփոխությունների ցանկում «{ $question }»-ն այս հարցաշարի հարց չէ։ Նշեք միայն դրա հարցերի նույնացուցիչները։
problem-steps-length = { $place }: «{ $field }» դաշտում կա { $entries } քայլ, իսկ պետք է լինի ճիշտ չորս (0-ից 1, 1-ից 2, 2-ից 3 և 3-ից 4 մակարդակ)։
problem-step-without-english = { $place }: { $from }-ից { $to } մակարդակ տանող քայլն անգլերեն տեքստ չունի։
problem-indicator-order = { $place }: «{ $field }» արժեքները պետք է բարձրանան սանդղակի հետ․ յուրաքանչյուր մակարդակ պահանջում է առնվազն այնքան, որքան նախորդը (կամ, եթե ավելի փոքր արժեքն է լավ, առավելագույնն այնքան)։
problem-figure-id-twice = Պլանավորման ցուցանիշներից երկուսն ունեն «{ $figure }» նույնացուցիչը։ Յուրաքանչյուրին տվեք իր նույնացուցիչը։
problem-unknown-figure = { $place }: տեքստում նշված է «{ $figure }» պլանավորման ցուցանիշը, որը «{ $field }» դաշտում հայտարարված չէ։ Հայտարարեք այն կամ ուղղեք անունը։

## The review workflow. $action and $status are written as in files
## (submitted, returned, reviewed, approved, reopened; draft, ...).
# $allowed: the actions allowed now, comma-separated.
review-not-allowed = «{ $status }» կարգավիճակով ֆայլի համար «{ $action }» գործողությունը թույլատրված չէ։ Այժմ թույլատրված է՝ { $allowed }։
# $allowed: the four statuses as written in files.
review-unknown-status = «{ $field }» դաշտի «{ $value }» արժեքն աշխատակարգին հայտնի կարգավիճակ չէ։ Նախ նշեք հետևյալներից մեկը՝ { $allowed }։
review-note-required = Ֆայլի «{ $action }» գործողության համար անհրաժեշտ է նշում, որը բացատրում է պատճառը։
review-no-open-comment = Ֆայլը վերադարձվում է մեկնաբանություններով։ Ավելացրեք առնվազն մեկ բաց մեկնաբանություն, որը նշում է, թե ինչ պետք է փոխել։
review-open-comments = { $count ->
   *[other] { $count } մեկնաբանություն դեռ բաց է։ Հաստատելուց առաջ լուծեք դրանք։
}
review-unknown-comment = «{ $id }» մեկնաբանություն չկա։
review-hash = Ֆայլի հեշը հնարավոր չէ հաշվել՝ { $reason }։
review-sign = Քայլը չի կատարվել, քանի որ այն հնարավոր չէր ստորագրել ({ $reason })։

## rbr merge: why files cannot be combined. $file is a file name.

error-merge-no-sources = միավորելու ֆայլեր չկան։
error-merge-other-questionnaire = { $file }: լրացված է { $found } հարցաշարով, ոչ թե { $expected }, ուստի այն հնարավոր չէ միավորել մյուսների հետ։
error-merge-unresolved = { $count ->
   *[other] { $count } հակասության համար պատասխան ընտրված չէ, ուստի ոչինչ չի գրվել։
}
error-merge-not-a-side = { $question }: { $file } ֆայլն այս հարցին պատասխան չի տալիս, ուստի այն հնարավոր չէ ընտրել այս հակասությունը լուծելու համար։

## What the JSON reader said, said again in the interface language. In English
## each message is the reader's own sentence, word for word; line and column are
## left to the message that shows it. Tokens, names and values are passed as
## variables: $token (: or "), $end (] or }), $field and $value as written.
## These are phrases shown inside another message: no full stop at the end.

json-eof = { $inside ->
    [list] ֆայլն ավարտվեց ցանկի կեսին (չկա փակող «]» նշանը)
    [object] ֆայլն ավարտվեց օբյեկտի կեսին (չկա փակող «{ "}" }» նշանը)
    [string] ֆայլն ավարտվեց տեքստային արժեքի կեսին (չկա փակող չակերտը)
   *[value] ֆայլն ավարտվեց, մինչդեռ սպասվում էր արժեք
}
json-expected-token = սպասվում էր «{ $token }» նշանը
json-expected-comma-or = սպասվում էր «,» կամ «{ $end }» նշանը
json-expected-ident = անծանոթ բառ (տեքստը պետք է գրել չակերտների մեջ)
json-expected-value = սպասվում էր արժեք
json-invalid-escape = տեքստում «\» նշանից հետո անթույլատրելի նիշ է
json-invalid-number = թիվը սխալ է գրված
json-number-out-of-range = թիվը թույլատրելի միջակայքից դուրս է
json-invalid-unicode = Յունիկոդի անվավեր նիշի կոդ
json-control-character = տեքստային արժեքում անթույլատրելի կառավարող նիշ կա (օրինակ՝ տողադարձ կամ տաբուլյացիա)
json-key-must-be-a-string = դաշտի անունը պետք է գրել չակերտների մեջ
json-trailing-comma = ավելորդ ստորակետ վերջին տարրից հետո
json-trailing-characters = JSON-ի ավարտից հետո ավելորդ նիշեր կան
json-recursion-limit = տվյալները չափազանց խորն են ներդրված
# $found: a json-found message; $expected: a json-expected message.
json-invalid-type = սպասվում էր { $expected }, իսկ գրված է { $found }
json-invalid-value = անթույլատրելի արժեք՝ { $found }, սպասվում էր { $expected }
# $length: how many items were written.
json-invalid-length = տարրերի թիվը { $length } է, իսկ սպասվում էր { $expected }
# $allowed: a json-one-of message.
json-unknown-variant = անհայտ արժեք՝ «{ $value }», սպասվում էր { $allowed }
json-unknown-field = անհայտ դաշտ՝ «{ $field }», սպասվում էր { $allowed }
json-missing-field = բացակայում է «{ $field }» դաշտը
json-duplicate-field = «{ $field }» դաշտը գրված է երկու անգամ
# The value's shape fits none of the forms the reader knows.
json-unexpected-shape = անսպասելի կառուցվածք
# A sentence of the reader's that rbr does not know: $reason is kept as it was.
json-other = JSON ընթերցիչի հաղորդագրությունը՝ { $reason }
# What was written. $kind picks the form; $value is as written (a string without
# its outer quotation marks, its escapes kept).
json-found = { $kind ->
    [boolean] տրամաբանական արժեք՝ { $value }
    [integer] ամբողջ թիվ՝ { $value }
    [float] կոտորակային թիվ՝ { $value }
    [character] նիշ՝ «{ $value }»
    [string] տեքստ՝ { $value }
    [null] դատարկ արժեք
    [list] ցանկ
    [object] օբյեկտ
   *[number] թիվ
    [verbatim] «{ $value }»
}
# What was expected. $value is the reader's own words for it (u8, struct Answer).
json-expected = { $kind ->
   *[text] տեքստ
    [boolean] տրամաբանական արժեք
    [list] ցանկ
    [character] մեկ նիշ
    [integer] ամբողջ թիվ
    [number] թիվ
    [object] օբյեկտ
    [verbatim] «{ $value }»
}
# The names a value may take: $first and $last (each a json-quoted message), and
# $all, every name, comma-separated; $count of them.
json-one-of = { $count ->
    [1] { $first }
    [2] { $first } կամ { $last }
   *[other] հետևյալներից մեկը՝ { $all }
}
json-quoted = «{ $name }»
# A string as written in a file, $text without its outer quotation marks.
json-string = «{ $text }»

## A value that is not a level (a typed level, a level in a questionnaire file).

level-out-of-range = { $value } մակարդակը 0–4 միջակայքից դուրս է
level-not-a-number = «{ $value }» մակարդակը 0-ից մինչև 4 ամբողջ թիվ չէ

## Why a PDF report could not be made.

# $example: a date such as 2026-11-27.
report-error-invalid-date = հաշվետվության ամսաթվի «{ $value }» արժեքն ամսաթիվ չէ․ գրեք այն այսպես՝ { $example } (տարի-ամիս-օր)
# $field: meta.modified; $option: --date.
report-error-no-date = գնահատման «{ $field }» դաշտում վավեր ամսաթիվ չկա, որով կարելի է թվագրել հաշվետվությունը (գրված է «{ $value }»)․ նշեք հաշվետվության ամսաթիվը { $option } ընտրանքով (տարի-ամիս-օր)
# $reason: what the font reader said, in its own (English) words.
report-error-font = { $name } տառատեսակը հնարավոր չէ օգտագործել՝ { $reason }

## Why a spreadsheet could not be made. $reason is what the spreadsheet or CSV
## library said, in its own (English) words.

export-error-workbook = Excel ֆայլը հնարավոր չեղավ կազմել՝ { $reason }
export-error-csv = CSV ֆայլը հնարավոր չեղավ գրել՝ { $reason }

## Errors of the review trail's hashes, time zones and the window.
# $reason: the JSON library's own words (English), as detail.
error-hash = արժեքը հնարավոր չէ ներկայացնել կանոնական JSON ձևով ({ $reason })
# $name: the zone as written in meta.time_zone; $example: a zone name, Asia/Yerevan.
error-unknown-zone = «{ $name }» ժամային գոտին հայտնի չէ (գրեք գոտու անվանումը ժամային գոտիների միջազգային շտեմարանից, օրինակ՝ { $example })
# $reason: the graphics library's own words (English), as detail; $help: rbr --help.
error-window = պատուհանը հնարավոր չէ բացել ({ $reason })։ Ենթահրամանները ({ $help }) աշխատում են առանց պատուհանի
