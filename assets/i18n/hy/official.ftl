# What makes the report an official document: times in the assessment's zone,
# the classification, the approval block, the signature field.

## Time zones: a time is followed by the zone it is shown in.
zone-time = { $time }, { $zone }
zone-utc = համաշխարհային կոորդինացված ժամանակով
zone-yerevan = Երևանի ժամանակով
zone-other = { $zone } ժամային գոտու ժամանակով

## The reviewer's identity: the position the approval block prints.
review-identity-position = Ձեր պաշտոնը (տպվում է հաշվետվության հաստատման մասում, երբ հաստատում եք․ պարտադիր չէ)

## The classification, time zone and place fields (new assessment, details).
classification-none = Առանց աստիճանի (գաղտնի չէ)
classification-suggestions = Առաջարկվող նշումներ
form-time-zone = Ժամային գոտի
time-zone-unknown = «{ $zone }» ժամային գոտին rbr-ին հայտնի չէ, և ժամերը ցույց են տրվում համաշխարհային կոորդինացված ժամանակով։ Գրեք գոտու միջազգային անվանումը, օրինակ՝ { $example }։
form-place = Հրապարակման վայր
form-place-hint = օրինակ՝ ք. Երևան

## The cover: the approval block, the copy number, the place and year.
report-approval-heading = ՀԱՍՏԱՏՈՒՄ ԵՄ
report-approval-position = (պաշտոն)
report-approval-signature = (ստորագրություն)
report-approval-name = (անվան սկզբնատառ, ազգանուն)
report-approval-date-blank = «____» ______________ 20____ թ.
# A signed approval, under the date: $key is the key's fingerprint (SHA256:...).
report-approval-signed = Ստորագրված է էլեկտրոնային եղանակով՝ { $key } բանալիով․ ստորագրողի ինքնությունը թույլատրված ստորագրողների ֆայլով ստուգված չէ։
report-approval-signed-confirmed = Ստորագրված է էլեկտրոնային եղանակով՝ { $key } բանալիով, որը թույլատրված ստորագրողների ֆայլում նշված է { $principal } նույնացուցիչի համար։
# $reason: what checking the signature against the file found.
report-approval-signed-not-confirmed = Ստորագրված է էլեկտրոնային եղանակով՝ { $key } բանալիով, սակայն թույլատրված ստորագրողների ֆայլը դա չի հաստատում՝ { $reason }։
report-copy = Օրինակ N { $number }
report-copy-blank = Օրինակ N ______
report-place-year = { $place }, { $year } թ.
report-year = { $year } թ.
report-signature-field = Հաստատող պաշտոնատար անձի ստորագրություն

## rbr verify --report: the report's signature fields.
cli-verify-report-signatures = Հաշվետվության ստորագրության դաշտեր՝ { $fields }, որից ստորագրված՝ { $signed }։
cli-verify-report-certificates = rbr-ը ստուգում է, որ ստորագրված հաշվետվությունը կազմված է հենց այս ֆայլից, բայց չի գնահատում ստորագրությունների վկայագրերը։ Ստուգեք դրանք PDF ընթերցիչում կամ ստորագրման ծրագրում։

## Before a PDF export: the copy number, or the reminder of no classification.
export-unmarked-title = Հաշվետվությունը գաղտնիության աստիճան չունի
export-unmarked-body = Հաշվետվությունում թվարկված են կրիտիկական ենթակառուցվածքների այն խոցելի կողմերը, որոնք բացահայտվել են գնահատման ընթացքում։ Նախքան այն տարածելը՝ Ձեր կազմակերպության անվտանգության պատասխանատուի հետ ճշտեք, որ հաշվետվությանը գաղտնիության աստիճան անհրաժեշտ չէ։ Աստիճան ընտրելու համար օգտագործեք «Ամփոփ վահանակ» էկրանի «Գնահատման տվյալները» բաժնի «Գաղտնիության աստիճան» դաշտը։
export-unmarked-go = Արտահանել առանց գաղտնիության աստիճանի
export-cancel = Չեղարկել
export-copy-title = Համարակալված օրինակ
export-copy-body = Գաղտնիության աստիճան ունեցող հաշվետվության տիտղոսաթերթին նշվում է օրինակի համարը։ Համարը ձեռքով գրելու համար դաշտը թողեք դատարկ։
export-copy-number = Օրինակի համարը
export-copy-invalid = Գրեք 1-ից սկսվող ամբողջ թիվ կամ դաշտը թողեք դատարկ։
export-copy-go = Արտահանել

## The parts of an assessment a change is named by (verify, the report's cover).
part-meta = գնահատման տվյալները
part-targets = թիրախային մակարդակները

## rbr verify: a part of the file that cannot be hashed fails the check.
cli-verify-chain-unhashable = { $seq } իրադարձությունից հետո շղթան հնարավոր չէ ստուգել․ իրադարձությունը պարունակում է արժեք, որը կանոնական JSON-ը չի կարող գրել (JSON-ի համար չափազանց մեծ թիվ), ուստի դրա հեշը հնարավոր չէ հաշվել։ Ստուգման հետքն անխախտ չէ։
cli-verify-content-unhashable = Բովանդակությունը հնարավոր չէ համեմատել { $seq } իրադարձության հետ․ ֆայլը պարունակում է արժեք, որը կանոնական JSON-ը չի կարող գրել (JSON-ի համար չափազանց մեծ թիվ), ուստի դրա հեշը հնարավոր չէ հաշվել։ Ստուգման հետքն անխախտ չէ։
